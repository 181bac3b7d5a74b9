"""A throwaway PostgreSQL server in a temporary folder, for the tests and ``bench/hub.py``.

Uses the server binaries of Debian's ``postgresql`` package (``initdb``, ``pg_ctl``, from the
PATH or ``/usr/lib/postgresql/*/bin``). The server refuses to run as root, so as root it runs
as ``nobody`` (``runuser``). It listens on 127.0.0.1 only, trusts local connections, and is
deleted when stopped.

Nothing of it needs to outlive the process, so nothing of it waits for a disk: its folder is on
a memory file system when there is one with room (``/dev/shm``), initdb does not sync its
files, and it stops with ``-m immediate`` (no checkpoint). Its stop's time was the deletion of
its folder (thousands of files and WAL segments): seconds on a disk others keep busy.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

USER = "cap"
MEMORY_DIR = Path("/dev/shm")  # a tmpfs on Linux; in a container it may be a few MiB only
MEMORY_ROOM = 1 << 30  # bytes free it must have: a cluster and its test databases fit easily


def find_bin(name: str) -> str | None:
    """The path of a PostgreSQL server program, or None if none is installed."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return found[0] if found else shutil.which(name)


def missing_reason() -> str | None:
    """Why no server can start here (None when one can)."""
    for name in ("initdb", "pg_ctl"):
        if find_bin(name) is None:
            return (f"no PostgreSQL server binary ({name}) on this machine: "
                    "apt-get install postgresql (.ci/run does)")
    return None


def _parent_folder() -> str | None:
    """Where the cluster's folder goes: the memory file system if it has room, else the
    system's temporary folder (None)."""
    try:
        if MEMORY_DIR.is_dir() and os.access(MEMORY_DIR, os.W_OK) and \
                shutil.disk_usage(MEMORY_DIR).free >= MEMORY_ROOM:
            return str(MEMORY_DIR)
    except OSError:
        pass
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempPostgres:
    """``start()``, then ``url(dbname)``; ``create_database()`` gives a fresh one."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cap-pg-", dir=_parent_folder()))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "nobody", "--"]
            os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> None:
        subprocess.run(self._as + list(args), check=True, capture_output=True, timeout=120)

    def start(self) -> TempPostgres:
        self.data.mkdir()
        if self._as:
            shutil.chown(self.data, "nobody")
        initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
        assert initdb is not None and pg_ctl is not None, missing_reason()
        self._run(initdb, "-D", str(self.data), "-U", USER, "-A", "trust", "-E", "UTF8",
                  "--no-instructions", "--no-sync")
        options = (f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c shared_buffers=64MB -c max_connections=60")
        self._run(pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.data / "log"),
                  "-w", "-t", "60", "start")
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # our own name, not a device's input
        return self.url(name)

    def stop(self) -> None:
        pg_ctl = find_bin("pg_ctl")
        try:
            if pg_ctl is not None and self.data.exists():
                self._run(pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
