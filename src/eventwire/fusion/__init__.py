"""Fusion: the same happening across articles. :func:`cluster_stories` groups articles into
stories (see :mod:`eventwire.fusion.stories` for the method)."""

from eventwire.fusion.stories import DEFAULT_THRESHOLD, cluster_stories, story_id

__all__ = ["DEFAULT_THRESHOLD", "cluster_stories", "story_id"]
