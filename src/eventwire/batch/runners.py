"""Batch runners: one small interface, three backends.

A runner takes the shards still to do and yields one :class:`ShardOutcome` per finished shard,
in any order; the driver (:func:`eventwire.batch.driver.run_batch`) records each as it comes.

- :class:`InlineRunner`: in this process, with a pipeline given: the fake used by tests.
- :class:`PoolRunner`: a pool of N spawned processes, each loading the pipeline once.
- :class:`~eventwire.batch.ray_runner.RayRunner`: Ray Data actors, local or on a cluster.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Protocol

from eventwire.batch.shards import Shard
from eventwire.batch.work import ShardJob, ShardOutcome, process_shard
from eventwire.config import Settings
from eventwire.extract import Pipeline


class Runner(Protocol):
    """Runs shards somewhere; the one method every backend has."""

    def map_shards(self, shards: Sequence[Shard], job: ShardJob) -> Iterator[ShardOutcome]:
        """Process every shard of ``shards``; yield each outcome as soon as it is done."""
        ...


class InlineRunner:
    """Shards one after the other in this process (tests; a one-core run without a pool)."""

    def __init__(self, pipeline: Pipeline | None = None) -> None:
        self.pipeline = pipeline

    def map_shards(self, shards: Sequence[Shard], job: ShardJob) -> Iterator[ShardOutcome]:
        pipeline = self.pipeline or Pipeline(job.settings)
        for shard in shards:
            yield process_shard(shard, pipeline, job)


# The pool worker's pipeline and the driver it works for, set once per process.
_worker_pipeline: Pipeline | None = None
_driver_pid = 0


def _init_worker(settings: Settings, driver_pid: int) -> None:
    global _worker_pipeline, _driver_pid
    # Ctrl-C reaches the whole process group: the driver alone decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _driver_pid = driver_pid
    _worker_pipeline = Pipeline(settings)
    _ = _worker_pipeline.nlp  # load now, not inside the first shard's timing


def _driver_alive() -> bool:
    # A killed driver leaves its workers orphaned (re-parented): their shard will be redone by
    # the next run, so they must not move files into place under it.
    return os.getppid() == _driver_pid


def _work(shard: Shard, job: ShardJob) -> ShardOutcome:
    assert _worker_pipeline is not None, "worker not initialised"
    return process_shard(shard, _worker_pipeline, job, still_wanted=_driver_alive)


#: Each worker's numerical libraries run one thread: N workers on N cores each starting a
#: BLAS thread per core fight over them (2 workers on 2 cores: 1.6x one worker with the
#: default threads, 1.95x with one; benchmarks/batch_scale.py). A value the user set is kept.
ONE_THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def worker_env() -> dict[str, str]:
    """:data:`ONE_THREAD_ENV`, less what this process's environment already sets."""
    return {k: v for k, v in ONE_THREAD_ENV.items() if k not in os.environ}


class PoolRunner:
    """``workers`` spawned processes; each loads the pipeline once and takes shards in turn."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)

    def map_shards(self, shards: Sequence[Shard], job: ShardJob) -> Iterator[ShardOutcome]:
        if not shards:
            return
        context = multiprocessing.get_context("spawn")  # no forked copy of the driver's state
        # Spawned workers read these at start, before their numerical libraries load.
        os.environ.update(worker_env())
        pool = ProcessPoolExecutor(
            max_workers=min(self.workers, len(shards)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(job.settings, os.getpid()),
        )
        try:
            pending: set[Future[ShardOutcome]] = {pool.submit(_work, s, job) for s in shards}
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop at once (Ctrl-C, a failed shard): kill the workers rather than wait for their shards,
    which the next run redoes anyway."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way to kill them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=5)
