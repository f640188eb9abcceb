"""``eventwire batch`` and ``load``: shards on a process pool or Ray, partitioned Parquet,
resumable runs; real processes killed with SIGKILL or Ctrl-C and run again; loads run twice
and two at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.pgserver import PgSchemas

from eventwire.batch import (
    BatchSummary,
    InlineRunner,
    PoolRunner,
    find_shards,
    load_batch,
    run_batch,
)
from eventwire.batch.load import batch_results
from eventwire.batch.output import ERRORS, MANIFEST, ShardWriter, part_path
from eventwire.batch.work import ShardOutcome
from eventwire.config import load_settings
from eventwire.errors import BatchError
from eventwire.extract import Pipeline
from eventwire.readers import read_inputs
from eventwire.records import ArticleResult
from eventwire.store import EventFilter, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "examples" / "articles"


def write_shards(folder: Path, per_shard: int, bad_every: int = 0) -> list[str]:
    """JSONL shards of the example articles (``per_shard`` each); every ``bad_every``-th shard
    starts with a broken line. Returns the shard paths."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"id": a.id, "text": a.text, "source": a.source, "published": str(a.published)})
        for a in read_inputs([str(EXAMPLES)])
    ]
    paths = []
    for n, start in enumerate(range(0, len(lines), per_shard)):
        bad = ["{broken"] if bad_every and n % bad_every == 0 else []
        path = folder / f"shard-{n:03d}.jsonl"
        path.write_text("\n".join([*bad, *lines[start : start + per_shard]]) + "\n")
        paths.append(str(path))
    return paths


def events_of(out: Path) -> list[str]:
    """Every event of a batch output as sorted JSON (article id + event object)."""
    return sorted(
        json.dumps({"article": r.article.id, **e.to_dict()}, sort_keys=True)
        for r in batch_results(out)
        for e in r.events
    )


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_shards(tmp_path_factory.mktemp("in"), per_shard=2, bad_every=3)


@pytest.fixture(scope="module")
def local_run(shards: list[str], tmp_path_factory: pytest.TempPathFactory) -> BatchSummary:
    out = tmp_path_factory.mktemp("local") / "out"
    return run_batch(shards, out, PoolRunner(2), load_settings(), progress=False)


def test_batch_local_pool_writes_every_article_once(local_run: BatchSummary) -> None:
    out = local_run.out
    ids = [r.article.id for r in batch_results(out)]
    assert len(ids) == len(set(ids)) == 6
    assert (local_run.ok, local_run.failed, local_run.done, local_run.exit_code) == (6, 1, 3, 3)
    assert os.getpid() not in {o.pid for o in local_run.outcomes}  # run in workers
    first = local_run.outcomes[0]
    assert part_path(out, "events", first.partitions[0], first.shard).exists()
    table = pq.read_table(out / "events")  # one dataset, partitions read as a date column
    assert table.num_rows == len(events_of(out))


def test_batch_errors_file_names_shard_record_code(local_run: BatchSummary, shards: list[str]):
    errors = [json.loads(line) for line in (local_run.out / ERRORS).read_text().splitlines()]
    shard = find_shards(shards[:1])[0]
    assert errors == [
        {
            "shard": shard.id,
            "record": f"{shards[0]}:1",
            "code": "EW302",
            "reason": "broken JSON: Expecting property name enclosed in double quotes at column 2",
        }
    ]


def test_batch_ray_gives_the_local_events(
    local_run: BatchSummary, shards: list[str], tmp_path: Path
) -> None:
    from eventwire.batch.ray_runner import RayRunner

    try:
        summary = run_batch(shards, tmp_path / "ray", RayRunner(2), load_settings(), progress=False)
    except BatchError as exc:
        if "Ray" not in str(exc):
            raise
        pytest.skip(f"a local Ray cannot start here: {exc}")
    assert (summary.ok, summary.failed) == (6, 1)
    assert events_of(tmp_path / "ray") == events_of(local_run.out)


def test_batch_rerun_skips_finished_and_redoes_half_written_shards(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    paths = write_shards(tmp_path / "in", per_shard=3, bad_every=1)
    out = tmp_path / "out"
    first = run_batch(paths[:1], out, InlineRunner(pipeline), pipeline.settings, progress=False)
    assert (first.ok, first.failed) == (3, 1)
    # A crash part-way through the second shard: a part file and an error line, no manifest.
    cut = find_shards(paths[1:])[0]
    stale = part_path(out, "articles", "2024-03-10", cut.id)
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"half a parquet file")
    with (out / ERRORS).open("a") as fh:
        fh.write(json.dumps({"shard": cut.id, "record": "x:1", "code": "EW302", "reason": "r"}))
        fh.write("\n{cut off")
    again = run_batch(paths, out, InlineRunner(pipeline), pipeline.settings, progress=False)
    assert (again.skipped, again.done, again.ok, again.failed) == (1, 1, 3, 1)
    assert not stale.exists()
    ids = [r.article.id for r in batch_results(out)]
    assert len(ids) == len(set(ids)) == 6
    records = [json.loads(line)["record"] for line in (out / ERRORS).read_text().splitlines()]
    assert sorted(records) == sorted(f"{p}:1" for p in paths)
    done = run_batch(paths, out, InlineRunner(pipeline), pipeline.settings, progress=False)
    assert (done.skipped, done.done, done.exit_code) == (2, 0, 0)
    assert len(list((out / MANIFEST).glob("*.json"))) == 2


def test_batch_refuses_a_folder_another_batch_is_writing(tmp_path: Path) -> None:
    import fcntl

    (tmp_path / "out").mkdir()
    with (tmp_path / "out" / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(BatchError, match="another batch is writing"):
            run_batch([], tmp_path / "out", InlineRunner(), load_settings(), progress=False)


def test_batch_shards_of_a_folder(tmp_path: Path) -> None:
    for name in ("a.jsonl", "b.parquet", "c.txt", "d.txt"):
        (tmp_path / name).write_text("x")
    shards = find_shards([str(tmp_path), str(tmp_path / "a.jsonl")])
    assert [len(s.paths) for s in shards] == [1, 1, 2]  # a.jsonl once; the .txt files together
    assert [s.id for s in shards] == [s.id for s in find_shards([str(tmp_path)])]


def test_batch_a_loose_file_given_twice_is_one_shards_file(tmp_path: Path) -> None:
    for name in ("c.txt", "d.txt"):
        (tmp_path / name).write_text("x")
    for inputs in (
        [str(tmp_path / "c.txt"), str(tmp_path)],
        [str(tmp_path), str(tmp_path / "c.txt")],
    ):
        paths = [p for s in find_shards(inputs) for p in s.paths]
        assert sorted(paths) == sorted(str((tmp_path / n).resolve()) for n in ("c.txt", "d.txt"))


def test_batch_writers_of_one_shard_keep_their_own_temporary_files(
    tmp_path: Path, seed_result: ArticleResult
) -> None:
    # A worker orphaned by a killed driver and the rerun's worker may write one shard at once.
    orphan, rerun = ShardWriter(tmp_path, "abc123"), ShardWriter(tmp_path, "abc123")
    for writer in (orphan, rerun):
        writer.add(seed_result)
        writer.flush()
    orphan.abort()  # must not remove the rerun's file
    assert rerun.commit()
    assert pq.read_table(tmp_path / "articles").num_rows == 1


def test_batch_a_dead_worker_is_a_batch_error_not_a_traceback(tmp_path: Path) -> None:
    class Dying:
        def map_shards(self, shards: object, job: object) -> Iterator[ShardOutcome]:
            raise BrokenProcessPool("a process in the pool was terminated abruptly")
            yield  # a generator, as the real runners are

    (tmp_path / "a.jsonl").write_text("{}\n")
    with pytest.raises(BatchError, match="run the same command again"):
        run_batch([str(tmp_path / "a.jsonl")], tmp_path / "out", Dying(), load_settings(),
                  progress=False)  # fmt: skip


def eventwire(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire", *args]


def test_batch_killed_part_way_then_rerun_has_every_article_once(tmp_path: Path) -> None:
    # One article a shard, one worker: slow enough to be killed between shards.
    paths = write_shards(tmp_path / "in", per_shard=1, bad_every=2)
    out = tmp_path / "out"
    command = eventwire("batch", *paths, "--out", str(out), "--workers", "1", "--quiet")
    # Its own process group: SIGKILL takes the driver and its worker at once, like a crash.
    proc = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list((out / MANIFEST).glob("*.json"))) < 2 and proc.poll() is None:
        assert time.monotonic() < deadline, "the batch finished no shard in time"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = len(list((out / MANIFEST).glob("*.json")))
    assert 2 <= finished < len(paths), "killed too late to test a resume"
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 3, rerun.stderr  # the broken lines
    ids = [r.article.id for r in batch_results(out)]
    assert len(ids) == len(set(ids)) == 6
    errors = (out / ERRORS).read_text().splitlines()
    assert len(errors) == len(set(errors)) == 3
    assert sorted(json.loads(e)["record"] for e in errors) == [f"{p}:1" for p in paths[::2]]


def test_batch_ctrl_c_exits_130_and_leaves_no_partial_files(tmp_path: Path) -> None:
    paths = write_shards(tmp_path / "in", per_shard=1)
    # Eight copies of the six one-article shards: a worker that has loaded its model finishes
    # six small shards before the first one's manifest is seen, and the signal came too late.
    paths += [shutil.copy(p, f"{p}.{k}.jsonl") for k in range(7) for p in list(paths)]
    out = tmp_path / "out"
    proc = subprocess.Popen(
        eventwire("batch", *paths, "--out", str(out), "--workers", "1"),
        stderr=subprocess.PIPE,
        text=True,
        # A test run started in the background (nohup, `&` in a script) hands its children
        # SIGINT ignored, and Python then never raises KeyboardInterrupt: give it back.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while not list((out / MANIFEST).glob("*.json")) and proc.poll() is None:
        assert time.monotonic() < deadline, "the batch finished no shard in time"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted:" in err
    assert not list(out.glob("*/*/.part-*"))  # the workers were stopped, not left writing


@pytest.fixture(scope="module")
def batch_out(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    paths = write_shards(folder / "in", per_shard=2)
    run_batch(paths, folder / "out", InlineRunner(pipeline), pipeline.settings, progress=False)
    return folder / "out"


def test_load_twice_stores_each_article_once(batch_out: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        first = load_batch(batch_out, store)
        second = load_batch(batch_out, store)
        counts = store.count()
    assert first.outcomes == {"inserted": 6}
    assert second.outcomes == {"unchanged": 6}
    assert counts["articles"] == 6
    assert counts["stories"] >= 1


def test_load_two_processes_at_once_lose_nothing(batch_out: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "shared.db")
    procs = [
        subprocess.Popen(eventwire("load", str(batch_out), "--db", db), stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    with open_store(db) as store:
        stored = {r.article.id for r in store.iter_results()}
        assert store.count()["articles"] == 6
    assert stored == {r.article.id for r in batch_results(batch_out)}


def test_load_leaves_out_unfinished_shards(batch_out: Path, tmp_path: Path) -> None:
    manifest = sorted((batch_out / MANIFEST).glob("*.json"))[0]
    copy = tmp_path / "out"
    shutil.copytree(batch_out, copy)
    (copy / MANIFEST / manifest.name).unlink()  # as if that shard were still being written
    with open_store(":memory:") as store:
        summary = load_batch(copy, store)
    assert summary.articles == 4
    assert summary.unfinished == len(json.loads(manifest.read_text())["partitions"])


def test_load_into_postgres_uses_copy_and_stores_as_sqlite_does(
    batch_out: Path, tmp_path: Path, pg_schemas: PgSchemas
) -> None:
    url = pg_schemas.new()
    with open_store(url) as store:
        assert hasattr(store, "put_many")  # the bulk (COPY) path is the one under test
        first = load_batch(batch_out, store)
        second = load_batch(batch_out, store)
        pg_events = sorted(
            json.dumps(r.to_dict(), sort_keys=True) for r in store.events(EventFilter())
        )
        pg_counts = store.count()
    with open_store(tmp_path / "x.db") as store:
        load_batch(batch_out, store)
        sqlite_events = sorted(
            json.dumps(r.to_dict(), sort_keys=True) for r in store.events(EventFilter())
        )
        sqlite_counts = store.count()
    assert first.outcomes == {"inserted": 6}
    assert second.outcomes == {"unchanged": 6}
    assert pg_counts == sqlite_counts
    assert pg_events == sqlite_events


def test_load_killed_part_way_then_rerun_stores_every_article_once(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    examples = list(read_inputs([str(EXAMPLES)]))
    lines = [
        json.dumps({"id": f"k{k}-{a.id}", "text": f"{a.text}\n({k})",
                    "published": str(a.published)})
        for k in range(6)
        for a in examples
    ]  # fmt: skip
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    out, db = tmp_path / "out", tmp_path / "x.db"
    run_batch([str(tmp_path / "in.jsonl")], out, InlineRunner(pipeline), pipeline.settings,
              progress=False)  # fmt: skip
    first = subprocess.Popen(eventwire("load", str(out), "--db", str(db)), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while first.poll() is None and time.monotonic() < deadline:
        if db.exists() and _stored(db) >= 3:
            break
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert _stored(db) < len(lines), "the kill came too late to test anything"
    rerun = subprocess.run(eventwire("load", str(out), "--db", str(db)), capture_output=True)
    assert rerun.returncode == 0, rerun.stderr.decode()
    with open_store(db) as store:
        assert sorted(r.article.id for r in store.iter_results()) == sorted(
            json.loads(line)["id"] for line in lines
        )
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            conn.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
        )


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # being created
