"""The Ray runner: shards through Ray Data, one pipeline per actor, local or on a cluster.

``ray`` is an optional extra (``pip install 'eventwire[ray]'``) and is imported only here, only
when the runner runs. Each shard is one row of a Ray dataset; ``map_batches`` hands rows one at
a time to a pool of :class:`ShardActor` (``concurrency`` = workers), which loads the pipeline
once in its constructor. Actors write the part files themselves, so on a cluster ``--out`` must
be a folder every node sees at the same path (NFS or similar); the driver writes the manifest.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from eventwire.batch.runners import worker_env
from eventwire.batch.shards import Shard
from eventwire.batch.work import ShardJob, ShardOutcome, process_shard
from eventwire.errors import BatchError
from eventwire.extract import Pipeline


class ShardActor:
    """A Ray Data callable class: built once per actor (the pipeline loads here)."""

    def __init__(self, job: ShardJob) -> None:
        self.job = job
        self.pipeline = Pipeline(job.settings)
        _ = self.pipeline.nlp

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        outcomes = []
        for text in batch["shard"]:
            shard = Shard.from_dict(json.loads(str(text)))
            outcome = process_shard(shard, self.pipeline, self.job)
            outcomes.append(json.dumps(_as_dict(outcome)))
        return {"outcome": outcomes}


def _as_dict(outcome: ShardOutcome) -> dict[str, Any]:
    return {**outcome.entry(), "errors": outcome.errors}


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is a separate part of the extra
    except ImportError as exc:
        raise BatchError(
            "--runner ray needs Ray: pip install 'eventwire[ray]' (or use --runner local)"
        ) from exc
    return ray


class RayRunner:
    """Shards on ``workers`` Ray actors; a local Ray with that many CPUs unless ``address``."""

    def __init__(self, workers: int, address: str | None = None) -> None:
        self.workers = max(1, workers)
        self.address = address

    def _init(self, ray: Any) -> bool:
        if ray.is_initialized():
            return False
        try:
            ray.init(
                address=self.address,
                num_cpus=None if self.address else self.workers,
                include_dashboard=False,
                logging_level=logging.WARNING,
                log_to_driver=False,
                runtime_env={"env_vars": worker_env()},  # one BLAS thread per actor
            )
        except Exception as exc:  # noqa: BLE001 - Ray raises many kinds; all mean "no cluster"
            where = self.address or "a local Ray"
            raise BatchError(f"cannot start or reach {where}: {exc}") from exc
        return True

    def map_shards(self, shards: Sequence[Shard], job: ShardJob) -> Iterator[ShardOutcome]:
        if not shards:
            return
        ray = _ray()
        started = self._init(ray)
        try:
            # eventwire draws its own progress bar; Ray Data's bars and INFO lines would mix in.
            logging.getLogger("ray.data").setLevel(logging.ERROR)
            ray.data.DataContext.get_current().enable_progress_bars = False
            rows = [{"shard": json.dumps(s.to_dict())} for s in shards]
            dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
                ShardActor,
                fn_constructor_args=(job,),
                batch_size=1,
                concurrency=self.workers,
                num_cpus=1,
            )
            for row in dataset.iter_rows():
                yield ShardOutcome.from_dict(json.loads(row["outcome"]))
        finally:
            if started:
                ray.shutdown()
