"""Export targets: regular files are replaced atomically, symlinks followed, devices and FIFOs
written in place, disks and sockets refused, ``-`` is standard output."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from eventwire.errors import ExportError
from eventwire.export import export_all, quotes_path
from eventwire.records import Article, ArticleResult

ROOT = hasattr(os, "getuid") and os.getuid() == 0
needs_root = pytest.mark.skipif(not ROOT, reason="mknod of a device needs root")


def _results(n: int = 2) -> list[ArticleResult]:
    return [
        ArticleResult(article=Article(f"a{i}", f"Text {i}.", "Wire", dt.date(2024, 3, 7)))
        for i in range(n)
    ]


@needs_root
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_to_a_character_device_keeps_the_device(tmp_path: Path, fmt: str) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the same device as /dev/null
    summary = export_all(_results(), fmt, null)
    assert stat.S_ISCHR(null.stat().st_mode)
    assert summary.rows == (2 if fmt == "jsonl" else 0) and summary.quotes_path is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # no .part, no quote file


@needs_root
def test_export_to_a_block_device_is_refused(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    os.mknod(disk, 0o600 | stat.S_IFBLK, os.makedev(7, 0))
    with pytest.raises(ExportError, match="block device") as err:
        export_all(_results(), "jsonl", disk)
    assert err.value.code == "EW700"
    assert stat.S_ISBLK(disk.stat().st_mode)


def test_export_to_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(ExportError, match="socket"):
            export_all(_results(), "jsonl", path)


def _drain(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with fifo.open("rb") as fh:
            into.append(fh.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_to_a_fifo_writes_into_it(tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _drain(fifo, got)
    export_all(_results(), fmt, fifo)
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    lines = got[0].decode("utf-8").splitlines()
    assert len(lines) == (2 if fmt == "jsonl" else 1)  # CSV: header, no events


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_through_a_symlink_replaces_its_target_and_keeps_the_link(
    tmp_path: Path, fmt: str
) -> None:
    real = tmp_path / "data" / f"real.{fmt}"
    real.parent.mkdir()
    real.write_text("OLD", encoding="utf-8")
    link = tmp_path / f"link.{fmt}"
    link.symlink_to(real)
    export_all(_results(), fmt, link)
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text("utf-8") != "OLD"
    if fmt == "csv":  # the quote table goes beside the name the user gave
        assert quotes_path(link).is_file()


def test_export_through_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "new.jsonl")
    export_all(_results(), "jsonl", link)
    assert link.is_symlink() and (tmp_path / "new.jsonl").is_file()


def test_export_through_a_symlink_loop_is_an_export_error(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(ExportError, match="cannot write"):
        export_all(_results(), "jsonl", tmp_path / "a")


def test_export_dash_is_standard_output(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    summary = export_all(_results(), "jsonl", Path("-"))
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert summary.rows == 2 and [json.loads(x)["article"]["id"] for x in lines] == ["a0", "a1"]
    assert not Path("-").exists()


def test_export_parquet_to_standard_output_is_bytes(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    export_all(_results(), "parquet", Path("-"))
    assert capsysbinary.readouterr().out[:4] == b"PAR1"
