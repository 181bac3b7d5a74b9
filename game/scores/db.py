"""SQLite connections set up for durability, and explicit transactions."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

BUSY_TIMEOUT_S = 5.0  # wait this long for another process's write lock before failing
MEMORY = ":memory:"


class UnusableFile(Exception):
    """The file opens but cannot serve as a score store (corrupt, foreign or newer schema)."""


def connect(target: Path | str) -> sqlite3.Connection:
    """Open a connection in autocommit mode; transactions are begun explicitly."""
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an existing file for inspection only.

    A read-only connection never checkpoints nor deletes the -wal/-shm files on close, so a
    damaged file and its journal reach the post-mortem exactly as they were found.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def check_integrity(conn: sqlite3.Connection) -> None:
    """Run ``PRAGMA quick_check``; raise :class:`UnusableFile` if it finds damage."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise UnusableFile("quick_check: " + "; ".join(rows[:3]))


def make_durable(conn: sqlite3.Connection) -> None:
    """WAL plus synchronous=FULL: a commit survives a power cut and a crash never corrupts.

    Where the file system cannot do WAL (some network shares) SQLite keeps its rollback
    journal, which with synchronous=FULL is just as safe, only slower.
    """
    conn.execute("PRAGMA journal_mode=WAL").fetchone()
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA secure_delete=ON")  # purged nicknames are overwritten, not left behind


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` if the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Fold the WAL back into the main file, so the ``.db`` alone holds every game."""
    with suppress(sqlite3.Error):  # a busy reader elsewhere: SQLite checkpoints later on its own
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
