"""Incremental stories: each new article joins the stored story it is most like, or starts one.

The batch clustering of :mod:`eventwire.fusion.stories` sees every article at once; ingest sees
one at a time, so this module continues the same average-link clustering one article at a time,
on the article's neighbourhood in the store:

1. **Candidates** come from the index (:class:`StoryIndex`): stored articles sharing the new
   article's most distinctive features, filed under a day within the date window (or undated).
   No story outside them is looked at, so the cost does not grow with the store.
2. The article and up to ``members`` (most recent) members of each candidate story are weighted
   by TF-IDF against the store (document frequencies with the new article counted in). Unlike
   the batch method, a feature no other stored article has keeps its full weight (a later
   article may well share it, and discounting it would make a new article look like any story
   sharing its topic words), and the kinds of feature weigh differently (``kinds``): numbers
   double (tolls, magnitudes and ages tell two happenings of one kind apart), content words
   0.3, while event types, actor countries and place ids, which two happenings of one kind in
   one region share, count for nothing.
3. **Join**: each candidate story scores the mean similarity of the article to its members
   (dates penalised as in the batch method); the best story above ``threshold`` is joined,
   otherwise the article starts a story, whose id comes from that first article.
4. **Merge**: a one-pass decision cannot be undone by later articles, so an article that also
   links above ``threshold`` to another candidate story may bridge the two: when the mean
   similarity over all pairs of the union (average link, as in the batch method) is above
   ``threshold`` the two become one story (:meth:`StoryIndex.merge`); the larger keeps its id.
5. **Re-look**: an earlier article was filed before the one most like it arrived, so it may sit
   in a story it only just cleared the bar for. The ``relook`` members of the other candidate
   stories most like the new article are judged again: one whose mean similarity to the new
   article's story (the new article included) clears that story's bar and beats its mean
   similarity to the rest of its own story moves over. Only the vectors already computed for
   the decision are used, so the cost per article stays bounded. This is what batch average
   link gets from merging the closest pair first.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from eventwire.fusion.index import Profile, StoryIndex
from eventwire.fusion.stories import DATE_PENALTY, UNIQUE_WEIGHT, WORD_WEIGHT

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class AssignParams:
    """The knobs of assignment (defaults tuned on the ECB+ train topics)."""

    threshold: float = 0.16
    window_days: int = 3
    #: Features looked up for candidates: the article's most distinctive ones.
    query_features: int = 40
    #: Stored articles fetched as candidates, and members compared per candidate story.
    neighbours: int = 200
    members: int = 25
    #: Candidate stories compared: those of the neighbours sharing the most features.
    stories: int = 20
    #: IDF is computed as if the store held at least this many articles.
    min_docs: int = 1
    #: Weight kept by a feature no other stored article has (the batch method's 0.3).
    unique_weight: float = 1.0
    #: Weight of each kind of feature, by prefix (``w:`` content words, ``#:`` numbers,
    #: ``e:`` event types, ``c:`` actor countries, ...); kinds not listed weigh 1.
    kinds: tuple[tuple[str, float], ...] = (
        ("w:", 0.3),
        ("#:", 2.0),
        ("e:", 0),
        ("c:", 0),
        ("p:", 0),
    )
    #: Whether an article may merge two stories it bridges.
    merge: bool = True
    #: Bar to join a story of 1, 2, ... members (a small story is easily one of two similar
    #: happenings); larger stories use ``threshold``.
    small: tuple[float, ...] = (0.24, 0.24)
    #: Members of other candidate stories judged again after each filing: the ones most like
    #: the new article (0: none).
    relook: int = 3


@dataclass(slots=True)
class Assignment:
    """Where an article went and what else it changed.

    ``merged`` lists every other story the filing changed, each to be rebuilt by the caller:
    the stories merged into this one (now gone) and those that lost members to it (``moved``:
    article id → the story it left; a story left empty is gone too).
    """

    story_id: str
    merged: list[str] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)


def new_story_id(article_id: str) -> str:
    """The id of a story started by ``article_id``: stable across stores and re-ingests."""
    return "s" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def weigh(
    features: Mapping[str, int],
    df: Mapping[str, int],
    n: int,
    unique: float = UNIQUE_WEIGHT,
    kinds: Mapping[str, float] | None = None,
) -> Vector:
    """An L2-normalised TF-IDF vector (the batch method's weights; unseen features df 1)."""
    kinds = {"w:": WORD_WEIGHT} if kinds is None else kinds
    vec: Vector = {}
    for feature, tf in features.items():
        d = max(df.get(feature, 0), 1)
        weight = kinds.get(feature[:2], 1.0)
        if not weight:
            continue
        if d < 2:
            # Only shared features are boosted: a number no other article has tells nothing.
            weight = min(weight, 1.0) * unique
        vec[feature] = weight * (1 + math.log(tf)) * math.log(1 + n / d)
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {f: v / norm for f, v in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[f] for f, v in a.items() if f in b)


def _far(a: Profile, b: Profile, window_days: int) -> bool:
    if not a.dates or not b.dates:
        return False
    return not any(abs((x - y).days) <= window_days for x in a.dates for y in b.dates)


def similarity(a: Profile, b: Profile, df: Mapping[str, int], n: int, window_days: int) -> float:
    """Cosine of two profiles' TF-IDF vectors, halved when their dates are far apart."""
    sim = cosine(weigh(a.features, df, n), weigh(b.features, df, n))
    return sim * DATE_PENALTY if _far(a, b, window_days) else sim


@dataclass
class _Neighbourhood:
    """The article, its candidate stories' members and their vectors, for one decision."""

    profile: Profile
    params: AssignParams
    members: dict[str, list[str]]
    profiles: dict[str, Profile]
    vectors: dict[str, Vector]

    def sim(self, a: str, b: str) -> float:
        pa, pb = self._profile(a), self._profile(b)
        s = cosine(self.vectors[a], self.vectors[b])
        return s * DATE_PENALTY if _far(pa, pb, self.params.window_days) else s

    def _profile(self, article_id: str) -> Profile:
        if article_id == self.profile.article_id:
            return self.profile
        return self.profiles[article_id]

    def link(self, ids: Sequence[str], others: Sequence[str]) -> float:
        """Mean similarity over all pairs (average link)."""
        if not ids or not others:
            return 0.0
        return sum(self.sim(a, b) for a in ids for b in others) / (len(ids) * len(others))


def _neighbourhood(profile: Profile, index: StoryIndex, params: AssignParams) -> _Neighbourhood:
    n = max(index.n_articles() + 1, params.min_docs)
    own_df = _with_self(index.doc_freq(profile.features), profile)
    query = _distinctive(profile, own_df, n, params.query_features)
    near = index.neighbours(query, profile.day, params.window_days, params.neighbours)
    stories = list(dict.fromkeys(nb.story_id for nb in near))[: params.stories]
    members = {s: index.members(s, params.members) for s in stories}
    profiles = index.profiles({a for ids in members.values() for a in ids})
    members = {s: [a for a in ids if a in profiles] for s, ids in members.items()}
    union = set(profile.features).union(*(p.features for p in profiles.values()))
    df = _with_self(index.doc_freq(union), profile)
    unique, kinds = params.unique_weight, dict(params.kinds)
    vectors = {a: weigh(p.features, df, n, unique, kinds) for a, p in profiles.items()}
    vectors[profile.article_id] = weigh(profile.features, df, n, unique, kinds)
    return _Neighbourhood(profile, params, members, profiles, vectors)


def choose(
    profile: Profile, index: StoryIndex, params: AssignParams
) -> tuple[str | None, list[str]]:
    """The stored story ``profile`` joins (``None``: a new one) and the stories it bridges,
    which are to be merged into that one."""
    return _choose(_neighbourhood(profile, index, params), params)


def _choose(hood: _Neighbourhood, params: AssignParams) -> tuple[str | None, list[str]]:
    profile = hood.profile
    me = [profile.article_id]
    scores = {s: hood.link(me, ids) for s, ids in hood.members.items()}
    linked = sorted(
        (s for s in scores if scores[s] > _bar(len(hood.members[s]), params)),
        key=lambda s: (-scores[s], s),
    )
    if not linked:
        return None, []
    best, bridged = linked[0], []
    if params.merge:
        group = hood.members[best] + me
        for other in linked[1:]:
            if hood.link(group, hood.members[other]) > params.threshold:
                bridged.append(other)
                group += hood.members[other]
    # The story with the most members keeps its id (ties: the one the article is most like).
    keep = max([best, *bridged], key=lambda s: len(hood.members[s]))
    return keep, [s for s in [best, *bridged] if s != keep]


def _bar(size: int, params: AssignParams) -> float:
    """The similarity an article needs to join a story of ``size`` members."""
    if 0 < size <= len(params.small):
        return max(params.threshold, params.small[size - 1])
    return params.threshold


def choose_story(profile: Profile, index: StoryIndex, params: AssignParams) -> str | None:
    """The stored story ``profile`` belongs to, or ``None`` when it starts a new one."""
    return choose(profile, index, params)[0]


def _with_self(df: Mapping[str, int], profile: Profile) -> dict[str, int]:
    out = defaultdict(int, df)
    for feature in profile.features:
        out[feature] += 1
    return dict(out)


def _distinctive(profile: Profile, df: Mapping[str, int], n: int, k: int) -> list[str]:
    """The ``k`` features of ``profile`` that weigh most and that some stored article shares."""
    shared = {f: c for f, c in profile.features.items() if df.get(f, 0) > 1}
    vec = weigh(shared, df, n)
    return sorted(vec, key=lambda f: (-vec[f], f))[:k]


def assign_article(
    profile: Profile, index: StoryIndex, params: AssignParams | None = None
) -> Assignment:
    """Put ``profile`` in its story (joined, new, or merged) in ``index``.

    An article already indexed is taken out first, so re-assigning is idempotent. When the
    article bridges stories, they are merged into one: the story with the most members keeps
    its id (ties: the one the article is most like) and the others are returned as merged.
    Members of nearby stories that belong with the new article move to its story (see the
    module docstring, step 5); the stories they left are returned as merged too.
    """
    params = params or AssignParams()
    index.remove(profile.article_id)
    hood = _neighbourhood(profile, index, params)
    joined, merged = _choose(hood, params)
    story = joined or new_story_id(profile.article_id)
    for other in merged:
        index.merge(story, other)
    index.add(profile, story)
    moved = _relook(hood, [joined, *merged] if joined else [], params)
    for article_id in moved:
        index.remove(article_id)
        index.add(hood.profiles[article_id], story)
    left = [s for s in dict.fromkeys(moved.values()) if s not in merged]
    return Assignment(story, merged + left, moved)


def _relook(hood: _Neighbourhood, taken: list[str], params: AssignParams) -> dict[str, str]:
    """Members of the other candidate stories that belong with the new article's story
    (made of the new article and the stories ``taken``), each with the story it leaves."""
    me = hood.profile.article_id
    group = [me] + [a for s in taken for a in hood.members[s]]
    others = [(a, s) for s, ids in hood.members.items() if s not in taken for a in ids]
    others.sort(key=lambda pair: (-hood.sim(me, pair[0]), pair[0]))
    moved: dict[str, str] = {}
    for article_id, story in others[: params.relook]:
        own = [a for a in hood.members[story] if a != article_id and a not in moved]
        there = hood.link([article_id], group)
        if there > _bar(len(group), params) and there > hood.link([article_id], own):
            moved[article_id] = story
            group.append(article_id)
    return moved


def assign(profile: Profile, index: StoryIndex, params: AssignParams | None = None) -> str:
    """Put ``profile`` in its story in ``index``; returns the story id (see
    :func:`assign_article`, which also says which stories were merged)."""
    return assign_article(profile, index, params).story_id
