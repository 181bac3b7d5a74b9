"""A finished game is never lost: games waiting to be written, and the retry thread.

When the score file refuses a game (read-only, locked by another program, disk full) the
game stays *pending*: it is kept here in memory, written at once to the fallback journal
(:mod:`game.scores.journal`), and a background thread retries it, waiting longer each time
(1 s, 2 s, 4 s… up to 30 s), so no frame ever waits on the disk. The caller gets a
*provisional* id (negative) that ``set_nickname``, ``rank_of`` and ``record_visit`` accept
like any other; once written, it names the game's row. A nickname the file refuses waits
the same way. Games written at once leave nothing here: memory stays flat all day long.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from game.scores.db import checkpoint
from game.scores.journal import Journal
from game.scores.opening import open_database
from game.scores.records import GameRecord
from game.scores.writing import insert_game, name_by_uid, stored_uids

RETRY_FIRST_S = 1.0
RETRY_MAX_S = 30.0
RETRY_BUSY_MS = 5000  # the retry thread may wait for a lock: it holds no frame
LAST_TRY_BUSY_MS = 500  # on closing the store: one short last try, the journal keeps the rest


@dataclass
class Pending:
    """A game the file refused (``record`` set), or only its new nickname (``record`` None)."""

    uid: str
    record: GameRecord | None
    nickname: str | None = None


class Keeper:
    """What waits to be written, and the ids it was given; thread-safe. The store owns one."""

    def __init__(self, path: Path | None, journal: Journal | None,
                 now: Callable[[], datetime], log: logging.Logger) -> None:
        self.path = path
        self.journal = journal
        self.now = now
        self.log = log
        self.journal_waiting = False  # a journal from an earlier run is not imported yet
        self.problem: str | None = None  # why the last write failed
        self._games: dict[int, Pending] = {}  # by provisional id (games) or row (names)
        self._rows: dict[int, int] = {}  # id given out -> row, where they differ
        self._ids: dict[int, int] = {}  # row -> id given out, where they differ
        self._next_provisional = -1
        self._lock = threading.Lock()
        self._retry_lock = threading.Lock()
        self._stop = threading.Event()
        self._running = False  # the retry thread is on (it clears this as it stops)
        self._thread: threading.Thread | None = None

    # --- ids --------------------------------------------------------------------------------
    def row_of(self, game_id: int) -> int | None:
        """The file's row for the game ``game_id`` names; None while it is pending."""
        with self._lock:
            row = self._rows.get(game_id)
        if row is not None:
            return row
        return None if game_id < 0 else game_id

    def public_id(self, row: int) -> int:
        """The id the caller holds for the game in ``row`` (its provisional one, if it had one)."""
        with self._lock:
            return self._ids.get(row, row)

    def moved(self, rows: dict[int, int]) -> None:
        """Rows that changed (a new file): ids given out follow them."""
        with self._lock:
            for old, new in rows.items():
                if old == new:
                    continue
                given = self._ids.pop(old, old)
                self._rows[given] = new
                self._ids[new] = given

    # --- waiting ----------------------------------------------------------------------------
    def keep(self, uid: str, record: GameRecord, why: str) -> int:
        """The file refused ``record``: keep it pending, journal it, retry it; its id."""
        with self._lock:
            game_id = self._next_provisional
            self._next_provisional -= 1
            self._games[game_id] = Pending(uid, record)
        self.problem = why
        self.log.warning("score file refused a finished game (%s): kept pending and retried; "
                         "%s", why, self._journal(uid, record))
        self.start()
        return game_id

    def rename_pending(self, game_id: int, nickname: str | None) -> bool:
        """A nickname for a game still pending; False if ``game_id`` names no such game."""
        with self._lock:
            known = self._games.get(game_id)
            if known is None:
                return False
            if known.record is not None:
                known.record = replace(known.record, nickname=nickname)
            known.nickname = nickname
            uid = known.uid
        self._journal(uid, None, nickname)
        return True

    def rename_later(self, row: int, uid: str, nickname: str | None, why: str) -> None:
        """The file refused a nickname for the stored game ``row``: journal it and retry."""
        with self._lock:
            self._games[row] = Pending(uid, None, nickname)
        self.problem = why
        self.log.warning("nickname not written (%s): retried; %s", why,
                         self._journal(uid, None, nickname))
        self.start()

    def pending_count(self) -> int:
        """Games not in the file yet (this run's, and an earlier run's journal not imported)."""
        with self._lock:
            mine = sum(1 for p in self._games.values() if p.record is not None)
        waiting = 0
        if self.journal_waiting and self.journal is not None:
            waiting = len(self.journal.read()[0])
        return max(mine, waiting)

    def waiting(self) -> bool:
        with self._lock:
            return self._waiting()

    def _waiting(self) -> bool:
        return self.journal_waiting or bool(self._games)

    # --- retrying ---------------------------------------------------------------------------
    def start(self) -> None:
        """Make sure the retry thread runs (it stops by itself once nothing waits)."""
        if self.path is None:
            return
        with self._lock:
            if self._running:
                return
            self._running = True
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="scores-retry", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)

    def retry(self, busy_ms: int = RETRY_BUSY_MS) -> int:
        """Write what waits (pending games, names, an old journal); return the games written.

        Opens its own connection (callable from any thread); never raises.
        """
        if self.path is None or not self.waiting():
            return 0
        with self._retry_lock:
            opened = open_database(self.path, self.now)
            if not opened.persistent:
                opened.conn.close()
                self.problem = opened.problem
                return 0
            conn = opened.conn
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
                written = self.write(conn)
                self.import_journal(conn)
                checkpoint(conn)
                return written
            except sqlite3.Error as exc:
                self.problem = f"{exc} ({getattr(exc, 'sqlite_errorname', '?')})"
                return 0
            finally:
                conn.close()

    def write(self, conn: sqlite3.Connection) -> int:
        """Write the pending games and names to ``conn``; raises ``sqlite3.Error``."""
        with self._lock:
            todo = [(key, p, p.record, p.nickname) for key, p in self._games.items()]
        written = 0
        for key, item, record, nickname in todo:
            if record is not None:
                row = insert_game(conn, record, item.uid)
                written += 1
            else:
                name_by_uid(conn, [(item.uid, nickname)])
            with self._lock:
                if record is not None:
                    self._rows[key] = row
                    self._ids[row] = key
                if self._games.get(key) is not item:
                    continue
                if item.record is record and item.nickname == nickname:
                    del self._games[key]
                elif item.record is not None:  # renamed while being written: the name follows
                    self._games[key] = Pending(item.uid, None, item.record.nickname)
        if written:
            self.log.info("%d pending game(s) written to %s", written, self.path)
        self.problem = None
        return written

    def import_journal(self, conn: sqlite3.Connection) -> int:
        """Add the journal's games the file lacks and its names, then delete it; games added.

        Raises ``sqlite3.Error``. The journal stays while this run still has games waiting.
        """
        if self.journal is None or not self.journal.exists():
            self.journal_waiting = False
            return 0
        with self._lock:
            if self._games:
                return 0
        games, names, bad = self.journal.read()
        present = stored_uids(conn, games)
        for uid, record in games.items():
            if uid not in present:
                insert_game(conn, record, uid)
        name_by_uid(conn, [(u, games[u].nickname) for u in present] + list(names.items()))
        with self._lock:
            if self._games:  # refused again meanwhile: its lines must stay
                return len(games) - len(present)
            self.journal.remove()
            self.journal_waiting = False
        added = len(games) - len(present)
        self.log.info("fallback journal %s imported: %d game(s) added, %d already there%s",
                      self.journal.path, added, len(present),
                      f", {bad} unreadable line(s) skipped" if bad else "")
        return added

    def _run(self) -> None:
        delay = RETRY_FIRST_S
        try:
            while not self._stop.wait(delay):
                self.retry()
                with self._lock:
                    if not self._waiting():
                        return
                delay = min(RETRY_MAX_S, delay * 2)
        finally:
            with self._lock:
                self._running = False

    def _journal(self, uid: str, record: GameRecord | None, nickname: str | None = None) -> str:
        if self.journal is None:
            return "no fallback journal"
        try:
            if record is not None:
                self.journal.add_game(uid, record)
            else:
                self.journal.set_nickname(uid, nickname)
        except OSError as exc:
            self.log.error("fallback journal %s cannot be written either (%s): kept in memory "
                           "only", self.journal.path, exc)
            return "kept in memory only"
        return f"copy in {self.journal.path}"
