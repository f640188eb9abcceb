"""``eventwire load`` into SQLite and into PostgreSQL: articles per second, same batch output.

    python benchmarks/load_stores.py [--copies 40]

The example articles are repeated ``--copies`` times with new ids, run through the pipeline
once (``eventwire batch``'s inline runner) and the batch output is loaded into a new SQLite
file and into a throwaway PostgreSQL server (``tests/pgserver.py``; skipped where none can be
started). Loading files each article into its story, as ingest does: that, not writing rows,
is most of the cost. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pgserver import NoServer, throwaway_server  # noqa: E402

from eventwire.batch import InlineRunner, load_batch, run_batch  # noqa: E402
from eventwire.extract import Pipeline  # noqa: E402
from eventwire.readers import read_inputs  # noqa: E402
from eventwire.store import open_store  # noqa: E402

EXAMPLES = ROOT / "src" / "eventwire" / "examples" / "articles"


def batch_output(folder: Path, copies: int) -> int:
    """Write the batch output of ``copies`` x the examples under ``folder/out``; returns the
    number of articles."""
    examples = list(read_inputs([str(EXAMPLES)]))
    lines = [
        json.dumps({"id": f"c{k}-{a.id}", "text": f"{a.text}\n(copy {k})",
                    "published": str(a.published)})
        for k in range(copies)
        for a in examples
    ]  # fmt: skip
    (folder / "in.jsonl").write_text("\n".join(lines) + "\n")
    pipeline = Pipeline()
    run_batch([str(folder / "in.jsonl")], folder / "out", InlineRunner(pipeline),
              pipeline.settings, progress=False)  # fmt: skip
    return len(lines)


def timed_load(folder: Path, target: str, n: int, name: str) -> None:
    with open_store(target) as store:
        begin = time.perf_counter()
        load_batch(folder / "out", store)
        seconds = time.perf_counter() - begin
    print(f"{name}: {n} articles in {seconds:.1f} s = {n / seconds:.1f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="eventwire-load-"))
    n = batch_output(folder, args.copies)
    timed_load(folder, str(folder / "x.db"), n, "sqlite")
    try:
        with throwaway_server() as url:
            timed_load(folder, url, n, "postgresql (put_many, COPY)")
    except NoServer as exc:
        print(f"postgresql: skipped ({exc})")


if __name__ == "__main__":
    main()
