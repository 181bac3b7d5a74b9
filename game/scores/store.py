"""The local score store: finished games in one SQLite file, read back as leaderboards."""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from game.scores import boards
from game.scores.db import BUSY_TIMEOUT_S, checkpoint, transaction
from game.scores.export import write_csv
from game.scores.journal import Journal, journal_for
from game.scores.keeper import LAST_TRY_BUSY_MS, Keeper
from game.scores.opening import Opened, in_memory, open_database
from game.scores.records import (
    BeliefAnswer,
    GameRecord,
    InvalidRecordError,
    LeaderboardRow,
    ProbeAnswer,
    SavedGame,
    Scope,
    ScoreStoreError,
    TaskRecord,
    VisitRecord,
    as_aware,
    check_game,
    check_visit,
    clean_nickname,
    local_now,
)
from game.scores.stats import DayData, read_day
from game.scores.writing import copy_run, first_rows, insert_game, replace_interests

FRAME_BUSY_MS = 50  # the game's own connection waits this long for a lock, then the game waits
# in memory and a thread retries (a locked file never freezes the screen)
FileId = tuple[int, int] | None


class ScoreStore:
    """Finished games and their task results. Build it with :meth:`open`.

    ``persistent`` is False when scores only live in memory; ``recovered_from`` names the
    damaged file that was set aside at opening, and ``problem`` says what went wrong.
    What the game calls on a finished game (:meth:`keep_game`, :meth:`set_nickname`,
    :meth:`leaderboard`, :meth:`rank_of`) never raises for the disk's sake: a game the file
    refuses waits in memory and in the fallback journal (see :mod:`game.scores.keeper`).
    Other methods raise :class:`ScoreStoreError` (or :class:`InvalidRecordError`).
    """

    def __init__(self, opened: Opened, path: Path | None, now: Callable[[], datetime],
                 fallback_dir: Path | None = None) -> None:
        self._conn = opened.conn
        self._now = now
        self.path = path
        self.persistent = opened.persistent
        self.recovered_from = opened.recovered_from
        self.problem = opened.problem
        self.keep_autoplay = False  # True: autoplay games are saved too (pushed to a hub)
        self.log = logging.getLogger("game.scores")
        journal = Journal(journal_for(path, fallback_dir)) if path is not None else None
        self._keeper = Keeper(path, journal, now, self.log)
        self._file: FileId = None
        self._first_rows = (0, 0)  # this run's games and visits start there (see _follow_file)
        if self.persistent and path is not None:
            self._file = _file_id(path)
            self._conn.execute(f"PRAGMA busy_timeout = {FRAME_BUSY_MS}")
        self._import_journal()
        if self.persistent:
            self._first_rows = first_rows(self._conn)

    @classmethod
    def open(cls, path: Path, now: Callable[[], datetime] = local_now,
             fallback_dir: Path | None = None) -> ScoreStore:
        """Open or create the score file at ``path``; never raises (see class doc).

        ``fallback_dir``: where the journal of refused games goes (default: the temp folder);
        a journal left there by an earlier run is imported now.
        """
        return cls(open_database(Path(path), now), Path(path), now, fallback_dir)

    @classmethod
    def in_memory(cls, now: Callable[[], datetime] = local_now) -> ScoreStore:
        """A store that forgets everything at exit (tests, ``--no-save`` style runs)."""
        return cls(in_memory(), None, now)

    def use_log(self, log: logging.Logger) -> None:
        """Say what happens to the scores in ``log`` (the kiosk's) from now on."""
        self.log = self._keeper.log = log
        if not self.persistent:
            log.error("scores are kept in memory only: %s", self.problem)

    def save_game(self, game: GameRecord, *, save_autoplay: bool = False) -> int | None:
        """Store a game and its task results in one transaction; return its id.

        An autoplay game is skipped (returns None) unless ``save_autoplay`` (or the store's
        ``keep_autoplay``) is set. Raises if the file refuses it; the game itself calls
        :meth:`keep_game`, which never does.
        """
        check_game(game)
        if game.mode == "autoplay" and not (save_autoplay or self.keep_autoplay):
            return None
        self._follow_file()
        uid = uuid.uuid4().hex
        with self._errors():
            row = insert_game(self._conn, game, uid)
        self._copy_if_memory(uid, game)
        return row

    def keep_game(self, game: GameRecord, *, save_autoplay: bool = False) -> int | None:
        """Save a finished game, whatever the disk does; return the id the other calls take.

        The id is negative while the game waits to be written (the file refused it: it is
        in the fallback journal and retried off the frame). None: an autoplay game not kept,
        or a record the store refuses (a bug, logged).
        """
        try:
            return self.save_game(game, save_autoplay=save_autoplay)
        except InvalidRecordError as exc:
            self.log.error("finished game refused as invalid, not saved: %s", exc)
            return None
        except ScoreStoreError as exc:
            return self._keeper.keep(uuid.uuid4().hex, game, str(exc))
        except Exception as exc:  # whatever happens, the game is kept
            return self._keeper.keep(uuid.uuid4().hex, game, f"unexpected error: {exc!r}")

    def pending_count(self) -> int:
        """Finished games not in the score file yet (the organiser's menu shows them)."""
        return self._keeper.pending_count()

    def waiting_reason(self) -> str:
        """Why games wait (the file's last refusal), for the organiser's menu."""
        return self._keeper.problem or (self.problem or "?")

    def retry_pending(self) -> int:
        """Try now to write the games waiting (the retry thread does it by itself)."""
        self._follow_file()
        return self._keeper.retry()

    def set_nickname(self, game_id: int, nickname: str | None) -> bool:
        """Name (or un-name) a saved game; False if there is no such game.

        A game of this run whose file refuses the name (or which is still pending) gets it
        later, like a pending game: True, and nothing raised but a bad nickname.
        """
        name = clean_nickname(nickname)
        self._follow_file()
        row = self._keeper.row_of(game_id)
        if row is None:
            return self._keeper.rename_pending(game_id, name)
        try:
            with self._errors(), transaction(self._conn) as conn:
                changed = conn.execute(
                    "UPDATE games SET nickname = ? WHERE id = ?", (name, row)).rowcount
        except InvalidRecordError:
            raise
        except ScoreStoreError as exc:
            return self._name_later(row, name, str(exc))
        if not self.persistent:
            self._copy_name_if_memory(row, name)
        return changed == 1

    def set_interests(self, game_id: int, liked: list[tuple[str, str]],
                      offers: list[str]) -> bool:
        """The jobs (world, station) the player liked and the offers her card showed, kept
        with the saved game and sent to the hub; never raises. False when they could not be
        kept (no such game, a game still waiting to be written, the file refusing)."""
        self._follow_file()
        row = self._keeper.row_of(game_id)
        if row is None:
            return False
        try:
            with self._errors():
                return replace_interests(self._conn, row, liked, offers)
        except ScoreStoreError as exc:
            self.log.warning("jobs liked of game %d not written: %s", row, exc)
            return False

    def get_game(self, game_id: int) -> GameRecord | None:
        """One saved game with its task results, or None (also while it is pending)."""
        row = self._keeper.row_of(game_id)
        if row is None:
            return None
        with self._errors():
            found = self._conn.execute("SELECT * FROM games WHERE id = ?", (row,)).fetchone()
            return None if found is None else self._record(found)

    def games_on(self, day: date) -> list[SavedGame]:
        """Every game that finished on local date ``day`` (autoplay included), in order."""
        with self._errors():
            rows = self._conn.execute(
                "SELECT * FROM games WHERE day = ? ORDER BY finished_utc, id", (day.isoformat(),))
            return [SavedGame(row["id"], self._record(row)) for row in rows.fetchall()]

    def count_games(self) -> int:
        """How many games are stored, all modes included."""
        with self._errors():
            return int(self._conn.execute("SELECT COUNT(*) FROM games").fetchone()[0])

    def leaderboard(self, scope: Scope, limit: int = 10, scenario_id: str | None = None,
                    session: str | None = None) -> list[LeaderboardRow]:
        """Best games of today (per ``now()``), of a session, or of all time.

        Empty (and logged) if the file cannot be read: the player sees no error.
        """
        try:
            with self._errors():
                rows = boards.top(self._conn, scope, limit, self._today(), session, scenario_id)
        except ScoreStoreError as exc:
            self.log.warning("leaderboard not read: %s", exc)
            return []
        return [replace(r, game_id=self._keeper.public_id(r.game_id)) for r in rows]

    def rank_of(self, game_id: int, scope: Scope,
                scenario_id: str | None = None) -> int | None:
        """Where a game stands on a board ("session" = the game's own); None if absent.

        None too while the game is pending, or if the file cannot be read (logged).
        """
        row = self._keeper.row_of(game_id)
        if row is None:
            return None
        try:
            with self._errors():
                return boards.rank(self._conn, row, scope, self._today(), scenario_id)
        except ScoreStoreError as exc:
            self.log.warning("rank not read: %s", exc)
            return None

    def export_csv(self, path: Path, day: date | None = None) -> int:
        """Write task results (of ``day``, or all) as CSV; return the row count.

        Raises OSError if the file cannot be written (full or missing USB stick).
        """
        with self._errors():
            return write_csv(self._conn, Path(path), day)

    def purge(self, before: date | None = None) -> int:
        """Delete games that finished before ``before`` (everything if None); return count."""
        if before is None:
            return self._delete("DELETE FROM games", (), "DELETE FROM visits")
        return self._delete("DELETE FROM games WHERE day < ?", (before.isoformat(),),
                            "DELETE FROM visits WHERE day < ?")

    def clear_day(self, day: date) -> int:
        """Delete the games (and kiosk visits) of one local date; return how many games went.

        To empty a day's leaderboard but keep its figures, use :meth:`hide_from_boards`.
        """
        return self._delete("DELETE FROM games WHERE day = ?", (day.isoformat(),),
                            "DELETE FROM visits WHERE day = ?")

    def hide_from_boards(self, day: date) -> int:
        """Take the games of one local date off the leaderboards; the report still counts them.

        Returns how many games left the boards.
        """
        with self._errors(), transaction(self._conn) as conn:
            return int(conn.execute("UPDATE games SET off_board = 1 "
                                    "WHERE day = ? AND off_board = 0",
                                    (day.isoformat(),)).rowcount)

    def record_visit(self, visit: VisitRecord) -> int:
        """Keep one kiosk visit (see :class:`VisitRecord`); return its id."""
        check_visit(visit)
        if visit.game_id is not None:  # this run's id for it; None while the game is pending
            visit = replace(visit, game_id=self._keeper.row_of(visit.game_id))
        started = as_aware(visit.started_at)
        with self._errors(), transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO visits (scenario_id, started_at, ended_at, day, played_s, outcome, "
                "lang, game_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (visit.scenario_id, started.isoformat(), as_aware(visit.ended_at).isoformat(),
                 started.date().isoformat(), float(max(0.0, visit.played_s)), visit.outcome,
                 visit.lang, visit.game_id))
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def day_data(self, day: date | None) -> DayData:
        """The rows behind a day's figures (every day if None): see :mod:`game.scores.stats`."""
        with self._errors():
            return read_day(self._conn, day)

    def today(self) -> date:
        """The local date per the store's clock (what "today" boards use)."""
        return self._today()

    def close(self) -> None:
        """Write what waits if it can, fold the WAL into the file and close.

        Games still refused stay in the fallback journal for the next start. Calling it
        twice is harmless.
        """
        try:
            self._keeper.stop()
            self._follow_file()
            if self._keeper.waiting():
                self._keeper.retry(LAST_TRY_BUSY_MS)
                left = self._keeper.pending_count()
                if left:
                    journal = self._keeper.journal
                    self.log.error("%d finished game(s) could not be written to %s (%s); "
                                   "they wait in %s for the next start", left, self.path,
                                   self._keeper.problem, journal.path if journal else "memory")
            if self.persistent:
                checkpoint(self._conn)
        except Exception as exc:  # closing must not fail the program's exit
            self.log.warning("score store not closed cleanly: %s", exc)
        finally:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _delete(self, sql: str, params: tuple[str, ...], visits_sql: str) -> int:
        with self._errors():
            with transaction(self._conn) as conn:
                count = conn.execute(sql, params).rowcount  # task results follow by cascade
                conn.execute(visits_sql, params)
            if self.persistent:
                checkpoint(self._conn)  # don't leave deleted nicknames in the WAL
            return int(count)

    def _follow_file(self) -> None:
        """Start a new file if the data folder (or the file) vanished under the game.

        SQLite would go on writing into the deleted file, and every game of the run would
        be lost at exit: the run's games are written again to the new file.
        """
        if self._file is None or self.path is None:
            return
        try:
            now = _file_id(self.path)
        except OSError:
            return  # cannot tell (permissions): leave things as they are
        if now == self._file:
            return
        self.log.error("score file %s vanished during the run (data folder deleted?): "
                       "a new one is started and this run's games are written again", self.path)
        opened = open_database(self.path, self._now)
        old, self._conn = self._conn, opened.conn
        self.persistent, self.problem = opened.persistent, opened.problem
        self._file = _file_id(self.path) if opened.persistent else None
        if opened.persistent:
            self._conn.execute(f"PRAGMA busy_timeout = {FRAME_BUSY_MS}")
        try:  # the old connection still reads the deleted file: this run's rows come back
            moved = copy_run(old, self._conn, *self._first_rows)
            self._keeper.moved(moved)
            self.log.warning("%d game(s) of this run written to the new file %s", len(moved),
                             self.path if opened.persistent else "in memory")
        except sqlite3.Error as exc:
            self.log.error("this run's games could not be copied to the new file: %s", exc)
            self._journal_run(old)
        finally:
            old.close()
        self._first_rows = (1, 1)  # everything in the new file is this run's

    def _journal_run(self, old: sqlite3.Connection) -> None:
        """Last resort: this run's games from the deleted file into the journal, one by one."""
        for row in old.execute("SELECT * FROM games WHERE id >= ?", (self._first_rows[0],)):
            self._keeper.keep(row["uid"] or uuid.uuid4().hex, self._record(row, old),
                              "its data folder vanished")

    def _name_later(self, row: int, name: str | None, why: str) -> bool:
        try:
            found = self._conn.execute("SELECT uid FROM games WHERE id = ?", (row,)).fetchone()
        except sqlite3.Error:
            found = None
        if found is None or found[0] is None:
            self.log.warning("nickname of game %d not written: %s", row, why)
            return False
        self._keeper.rename_later(row, str(found[0]), name, why)
        return True

    def _copy_name_if_memory(self, row: int, name: str | None) -> None:
        journal = self._keeper.journal
        if journal is None:
            return
        found = self._conn.execute("SELECT uid FROM games WHERE id = ?", (row,)).fetchone()
        if found is not None and found[0] is not None:
            try:
                journal.set_nickname(str(found[0]), name)
            except OSError as exc:
                self.log.error("nickname kept in memory only (no journal either: %s)", exc)

    def _import_journal(self) -> None:
        """A journal left by an earlier run: into the file now, or by the retry thread."""
        journal = self._keeper.journal
        if journal is None or not journal.exists():
            return
        self._keeper.journal_waiting = True
        if not self.persistent:
            return  # not into memory: it waits for a run that has its file
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self._keeper.import_journal(self._conn)
        except sqlite3.Error as exc:
            self.log.warning("fallback journal %s not imported yet (%s): retried", journal.path,
                             exc)
            self._keeper.start()
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {FRAME_BUSY_MS}")

    def _copy_if_memory(self, uid: str, game: GameRecord) -> None:
        """Scores kept in memory only: a copy of each game in the journal, for the next start."""
        journal = self._keeper.journal
        if self.persistent or journal is None:
            return
        try:
            journal.add_game(uid, game)
            self._keeper.journal_waiting = True
        except OSError as exc:
            self.log.error("game kept in memory only (no journal either: %s)", exc)

    def _today(self) -> date:
        return self._now().date()

    def _record(self, row: sqlite3.Row, conn: sqlite3.Connection | None = None) -> GameRecord:
        conn = conn or self._conn
        tasks = conn.execute(
            "SELECT * FROM task_results WHERE game_id = ? ORDER BY seq", (row["id"],)).fetchall()
        probe = conn.execute(
            "SELECT myth_id, before, after FROM probe_answers WHERE game_id = ? ORDER BY id",
            (row["id"],)).fetchall()
        beliefs = conn.execute(
            "SELECT item_id, kind, before, after, myth_id, world_id FROM belief_answers "
            "WHERE game_id = ? ORDER BY id", (row["id"],)).fetchall()
        return GameRecord(
            scenario_id=row["scenario_id"], nickname=row["nickname"],
            started_at=datetime.fromisoformat(row["started_at"]),
            finished_at=datetime.fromisoformat(row["finished_at"]),
            score=row["score"], stars=row["stars"], worlds=json.loads(row["worlds"]),
            lang=row["lang"], mode=row["mode"], session=row["session"],
            tasks=[TaskRecord(t["world_id"], t["station_id"], t["task_type"], t["score"],
                              t["stars"], t["duration_s"], t["details_json"]) for t in tasks],
            gender=row["gender"],
            probe=[ProbeAnswer(p["myth_id"], p["before"], p["after"]) for p in probe],
            beliefs=[BeliefAnswer(*b) for b in beliefs],
            age_band=row["age_band"], situation=row["situation"],
            route=row["route"] if "route" in row.keys() else None,  # noqa: SIM118
        )

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn SQLite's exceptions into the store's own."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise InvalidRecordError(f"record refused by the database: {exc}") from exc
        except sqlite3.Error as exc:
            raise ScoreStoreError(str(exc)) from exc


def _file_id(path: Path) -> FileId:
    """Which file ``path`` is (device, inode); None if there is none."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)
