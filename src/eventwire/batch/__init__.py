"""Batch runners: read inputs, run the pipeline, hand each result on, report bad records."""

from eventwire.batch.local import RunSummary, run

__all__ = ["RunSummary", "run"]
