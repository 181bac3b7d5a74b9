"""The local score store: finished games in one SQLite file, read back as leaderboards."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from game.scores import boards
from game.scores.db import checkpoint, transaction
from game.scores.export import write_csv
from game.scores.opening import Opened, in_memory, open_database
from game.scores.records import (
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

_GAME_COLUMNS = ("scenario_id, nickname, started_at, finished_at, finished_utc, day, score, "
                 "stars, worlds, lang, mode, session, gender")
_TASK_COLUMNS = ("game_id, seq, world_id, station_id, task_type, score, stars, duration_s, "
                 "details_json")


class ScoreStore:
    """Finished games and their task results. Build it with :meth:`open`.

    ``persistent`` is False when scores only live in memory; ``recovered_from`` names the
    damaged file that was set aside at opening, and ``problem`` says what went wrong.
    Other methods raise :class:`ScoreStoreError` (or :class:`InvalidRecordError`).
    """

    def __init__(self, opened: Opened, path: Path | None, now: Callable[[], datetime]) -> None:
        self._conn = opened.conn
        self._now = now
        self.path = path
        self.persistent = opened.persistent
        self.recovered_from = opened.recovered_from
        self.problem = opened.problem
        self.keep_autoplay = False  # True: autoplay games are saved too (pushed to a hub)

    @classmethod
    def open(cls, path: Path, now: Callable[[], datetime] = local_now) -> ScoreStore:
        """Open or create the score file at ``path``; never raises (see class doc)."""
        return cls(open_database(Path(path), now), Path(path), now)

    @classmethod
    def in_memory(cls, now: Callable[[], datetime] = local_now) -> ScoreStore:
        """A store that forgets everything at exit (tests, ``--no-save`` style runs)."""
        return cls(in_memory(), None, now)

    def save_game(self, game: GameRecord, *, save_autoplay: bool = False) -> int | None:
        """Store a game and its task results in one transaction; return its id.

        An autoplay game is skipped (returns None) unless ``save_autoplay`` (or the store's
        ``keep_autoplay``) is set.
        """
        check_game(game)
        if game.mode == "autoplay" and not (save_autoplay or self.keep_autoplay):
            return None
        finished = as_aware(game.finished_at)
        values = (
            game.scenario_id, clean_nickname(game.nickname), as_aware(game.started_at).isoformat(),
            finished.isoformat(), _utc_key(finished), finished.date().isoformat(), game.score,
            game.stars, json.dumps(list(game.worlds)), game.lang, game.mode, game.session,
            game.gender,
        )
        with self._errors(), transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO games ({_GAME_COLUMNS}) VALUES ({_marks(_GAME_COLUMNS)})", values)
            game_id = cursor.lastrowid
            assert game_id is not None
            conn.executemany(
                f"INSERT INTO task_results ({_TASK_COLUMNS}) VALUES ({_marks(_TASK_COLUMNS)})",
                [(game_id, seq, t.world_id, t.station_id, t.task_type, t.score, t.stars,
                  float(t.duration_s), t.details_json) for seq, t in enumerate(game.tasks)])
            conn.executemany(
                "INSERT INTO probe_answers (game_id, myth_id, before, after) VALUES (?, ?, ?, ?)",
                [(game_id, a.myth_id, a.before, a.after) for a in _one_per_myth(game.probe)])
        return game_id

    def set_nickname(self, game_id: int, nickname: str | None) -> bool:
        """Name (or un-name) a saved game; False if there is no such game."""
        name = clean_nickname(nickname)
        with self._errors(), transaction(self._conn) as conn:
            changed = conn.execute(
                "UPDATE games SET nickname = ? WHERE id = ?", (name, game_id)).rowcount
        return changed == 1

    def get_game(self, game_id: int) -> GameRecord | None:
        """One saved game with its task results, or None."""
        with self._errors():
            row = self._conn.execute("SELECT * FROM games WHERE id = ?", (game_id,)).fetchone()
            return None if row is None else self._record(row)

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
        """Best games of today (per ``now()``), of a session, or of all time."""
        with self._errors():
            return boards.top(self._conn, scope, limit, self._today(), session, scenario_id)

    def rank_of(self, game_id: int, scope: Scope,
                scenario_id: str | None = None) -> int | None:
        """Where a game stands on a board ("session" = the game's own); None if absent."""
        with self._errors():
            return boards.rank(self._conn, game_id, scope, self._today(), scenario_id)

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
            return int(conn.execute("UPDATE games SET off_board = 1 WHERE day = ? AND off_board = 0",
                                    (day.isoformat(),)).rowcount)

    def record_visit(self, visit: VisitRecord) -> int:
        """Keep one kiosk visit (see :class:`VisitRecord`); return its id."""
        check_visit(visit)
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
        """Fold the WAL into the file and close; calling it twice is harmless."""
        try:
            if self.persistent:
                checkpoint(self._conn)
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

    def _today(self) -> date:
        return self._now().date()

    def _record(self, row: sqlite3.Row) -> GameRecord:
        tasks = self._conn.execute(
            "SELECT * FROM task_results WHERE game_id = ? ORDER BY seq", (row["id"],)).fetchall()
        probe = self._conn.execute(
            "SELECT myth_id, before, after FROM probe_answers WHERE game_id = ? ORDER BY id",
            (row["id"],)).fetchall()
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


def _one_per_myth(answers: list[ProbeAnswer]) -> list[ProbeAnswer]:
    """One answer per statement: a statement asked twice keeps its first answers.

    A finished game is never refused because the probe repeated itself.
    """
    merged: dict[str, ProbeAnswer] = {}
    for a in answers:
        old = merged.get(a.myth_id)
        merged[a.myth_id] = a if old is None else ProbeAnswer(
            a.myth_id, old.before or a.before, old.after or a.after)
    return list(merged.values())


def _utc_key(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _marks(columns: str) -> str:
    return ", ".join("?" for _ in columns.split(","))
