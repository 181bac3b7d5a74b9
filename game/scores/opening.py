"""Open the score file whatever state it is in: damaged files are set aside, never fatal.

Outcomes, from best to worst: the file opens; the file is damaged, renamed
``<stem>.damaged-YYYYMMDD-HHMMSS<suffix>`` (with its -wal/-shm/-journal) and a new one is
started; nothing can be written there, so the game keeps its scores in memory.

The full ``PRAGMA quick_check`` reads the whole file (seconds at a million games), so it runs
only after an unclean shutdown, told by the journal SQLite leaves behind (a ``-wal`` or
``-journal`` file: a clean close folds and deletes it). A clean file still gets SQLite's own
checks on opening: a truncated file, a foreign one or a wrong schema are caught all the same.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from game.scores import schema
from game.scores.db import (
    MEMORY,
    UnusableFile,
    check_integrity,
    connect,
    connect_read_only,
    make_durable,
)

SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's companion files, named after the database
UNCLEAN_SIDECARS = ("-wal", "-journal")  # left behind only by a program that did not close
# Errors that mean "this file is broken or unusable": set it aside and start again.
_DAMAGE = {"SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CANTOPEN", "SQLITE_PERM",
           "SQLITE_READONLY", "SQLITE_AUTH", "SQLITE_FORMAT", "SQLITE_SCHEMA"}
# Anything else (busy, locked, disk full, I/O) may pass or concerns a healthy file that
# another process uses: leave the file alone and keep this run's scores in memory.


@dataclass(frozen=True)
class Opened:
    """A ready connection and what happened on the way, for the game's log."""

    conn: sqlite3.Connection
    persistent: bool
    recovered_from: Path | None = None  # where the damaged file was moved
    problem: str | None = None


def open_database(path: Path, now: Callable[[], datetime]) -> Opened:
    """Open or create ``path``; recover or fall back to memory instead of raising."""
    try:
        return _open_or_recover(path, now)
    except Exception as exc:  # the game must go on whatever the disk does
        return in_memory(f"unexpected error with {path}: {exc!r}")


def in_memory(problem: str | None = None, recovered_from: Path | None = None) -> Opened:
    """A fresh in-memory store: scores last until the program ends."""
    conn = connect(MEMORY)
    make_durable(conn)
    schema.prepare(conn)
    return Opened(conn, persistent=False, recovered_from=recovered_from, problem=problem)


def _open_or_recover(path: Path, now: Callable[[], datetime]) -> Opened:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return in_memory(f"cannot create folder {path.parent}: {exc}")
    problem: str | None = None
    if not path.exists() and _present(path):
        problem = "leftover journal files without their database"
    else:
        try:
            return Opened(_open_file(path), persistent=True)
        except (sqlite3.Error, UnusableFile) as exc:
            problem = f"{path.name}: {_describe(exc)}"
            if not path.exists() or not _is_damage(exc):
                return in_memory(problem)
    try:
        moved = move_aside(path, now())
    except OSError as exc:
        return in_memory(f"{problem}; could not move it aside: {exc}")
    try:
        conn = _open_file(path)
    except (sqlite3.Error, UnusableFile, OSError) as exc:
        return in_memory(f"{problem}; new file failed too: {_describe(exc)}", moved)
    return Opened(conn, persistent=True, recovered_from=moved, problem=problem)


def _open_file(path: Path) -> sqlite3.Connection:
    if path.exists():
        _inspect(path)  # before anything may write to it
    conn = connect(path)
    try:
        make_durable(conn)
        schema.prepare(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def unclean(path: Path) -> bool:
    """Did the last program to use ``path`` stop without closing it (or is one still on it)?"""
    return any(Path(f"{path}{suffix}").exists() for suffix in UNCLEAN_SIDECARS)


def _inspect(path: Path) -> None:
    """Raise unless ``path`` is sound and holds a schema this version can use."""
    full = unclean(path)
    conn = connect_read_only(path)
    try:
        if full:
            check_integrity(conn)
        schema.check(conn)
    finally:
        conn.close()


def move_aside(path: Path, moment: datetime) -> Path:
    """Rename ``path`` and its companion files to a free ``.damaged-<stamp>`` name."""
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while _present(target) or target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    if path.exists():
        path.rename(target)
    for suffix in SIDECARS:
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.rename(Path(f"{target}{suffix}"))  # a stale WAL must not meet the new file
    return target


def _present(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}{s}") for s in SIDECARS) if p.exists()]


def _is_damage(exc: BaseException) -> bool:
    if isinstance(exc, UnusableFile):
        return True
    name = str(getattr(exc, "sqlite_errorname", ""))  # e.g. SQLITE_CANTOPEN_ISDIR
    return "_".join(name.split("_")[:2]) in _DAMAGE


def _describe(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    return f"{exc} ({name})" if name else str(exc)
