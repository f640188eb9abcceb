"""A throwaway PostgreSQL server for the tests: its own data directory, a free port, stopped after.

``make postgres`` installs Debian's server where it can; :func:`throwaway_server` finds its
binaries, runs ``initdb`` in a temporary folder (as the ``postgres`` user when the tests run as
root, which ``initdb`` refuses), starts ``postgres`` on 127.0.0.1 and a free port with fsync off
(a test database need not survive a power cut), and yields a ``postgresql://`` URL. Set
``EVENTWIRE_TEST_PG_URL`` to test against a server of your own instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

URL_ENV = "EVENTWIRE_TEST_PG_URL"


class NoServer(Exception):
    """No PostgreSQL server can be started here; the message says why (the skip reason)."""


def find_bindir() -> Path:
    """The newest installed server's ``bin`` folder."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=_major)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("postgres")
    if on_path:
        return Path(on_path).parent
    raise NoServer("no PostgreSQL server installed (`make postgres` installs Debian's)")


def _major(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    """``cmd`` run as the ``postgres`` user when we are root (the server refuses root)."""
    if os.geteuid() != 0:
        return cmd
    if shutil.which("runuser") is None:
        raise NoServer("running as root and no `runuser` to start PostgreSQL as another user")
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        program = next((Path(c).name for c in cmd if "/bin/" in c), cmd[0])
        raise NoServer(f"{program} failed: {done.stderr.strip()[-300:]}")


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a server, yield its URL (database ``eventwire_test``), stop it and remove its data."""
    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    bindir = find_bindir()
    root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    try:
        _run(_as_owner([str(bindir / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(data)]))
        _start(bindir, data, sock, port)
        _run(_as_owner([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                        "-U", "postgres", "eventwire_test"]))  # fmt: skip
        yield f"postgresql://postgres@127.0.0.1:{port}/eventwire_test"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(root, ignore_errors=True)


def _start(bindir: Path, data: Path, sock: Path, port: int) -> None:
    options = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off"
    options += " -c max_connections=50"
    cmd = [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data / "log"), "-w"]
    _run(_as_owner([*cmd, "start"]))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise NoServer(f"PostgreSQL did not start on port {port}")


class PgSchemas:
    """Fresh schemas on the session's PostgreSQL server, each given as a URL to open a store on;
    :meth:`drop` removes them."""

    def __init__(self, server: str) -> None:
        self.server = server
        self.made: list[str] = []

    def new(self) -> str:
        import psycopg

        schema = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.server, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        self.made.append(schema)
        return with_search_path(self.server, schema)

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.server, autocommit=True) as conn:
            conn.execute("SET lock_timeout = '10s'")
            for schema in self.made:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        self.made.clear()


def with_search_path(url: str, schema: str) -> str:
    """``url`` with its tables kept in ``schema`` (a libpq ``options`` parameter)."""
    options = urllib.parse.quote(f"-csearch_path={schema}")
    return url + ("&" if "?" in url else "?") + f"options={options}"
