"""Batch runners: read inputs, run the pipeline, hand each result on, report bad records.

- :mod:`~eventwire.batch.local`: one process, results to a callback (``extract``, ``ingest``).
- :mod:`~eventwire.batch.driver`: ``eventwire batch``, shards on a runner (:mod:`.runners`: inline,
  process pool; :mod:`.ray_runner`: Ray) into partitioned Parquet (:mod:`.output`), resumable.
- :mod:`~eventwire.batch.load`: ``eventwire load``, that output into a store as ``ingest`` would.
"""

from eventwire.batch.driver import BatchSummary, run_batch
from eventwire.batch.load import LoadSummary, load_batch
from eventwire.batch.local import RunSummary, run
from eventwire.batch.runners import InlineRunner, PoolRunner, Runner
from eventwire.batch.shards import Shard, find_shards

__all__ = [
    "BatchSummary",
    "InlineRunner",
    "LoadSummary",
    "PoolRunner",
    "RunSummary",
    "Runner",
    "Shard",
    "find_shards",
    "load_batch",
    "run",
    "run_batch",
]
