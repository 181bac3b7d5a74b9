"""Writing finished games: one transaction per game, keyed by its ``uid`` so a game written
twice (a retry that did get through, a journal imported again) is stored once."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from game.scores import outbox
from game.scores.db import transaction
from game.scores.records import (
    BeliefAnswer,
    GameRecord,
    ProbeAnswer,
    as_aware,
    clean_nickname,
)

_GAME_COLUMNS = ("scenario_id, nickname, started_at, finished_at, finished_utc, day, score, "
                 "stars, worlds, lang, mode, session, gender, uid, age_band, situation, route")
_BELIEF_COLUMNS = "game_id, item_id, kind, myth_id, world_id, before, after"
_TASK_COLUMNS = ("game_id, seq, world_id, station_id, task_type, score, stars, duration_s, "
                 "details_json")


def insert_game(conn: sqlite3.Connection, game: GameRecord, uid: str | None,
                row: int | None = None) -> int:
    """Store ``game`` with its task results and probe answers in one transaction; its id.

    A game whose ``uid`` is already stored is not added again: its id is returned. ``row``:
    the id to give it if that one is free. Raises ``sqlite3.Error``.
    """
    with transaction(conn):
        return _insert(conn, game, uid, row)


def _insert(conn: sqlite3.Connection, game: GameRecord, uid: str | None, row: int | None) -> int:
    if uid is not None:
        found = conn.execute("SELECT id FROM games WHERE uid = ?", (uid,)).fetchone()
        if found is not None:
            return int(found[0])
    if row is not None and conn.execute("SELECT 1 FROM games WHERE id = ?", (row,)).fetchone():
        row = None
    finished = as_aware(game.finished_at)
    values = (
        row, game.scenario_id, clean_nickname(game.nickname),
        as_aware(game.started_at).isoformat(), finished.isoformat(), utc_key(finished),
        finished.date().isoformat(), game.score, game.stars, json.dumps(list(game.worlds)),
        game.lang, game.mode, game.session, _gender(conn, game.gender), uid, game.age_band,
        game.situation, game.route or None,
    )
    cursor = conn.execute(
        f"INSERT INTO games (id, {_GAME_COLUMNS}) VALUES (?, {_marks(_GAME_COLUMNS)})", values)
    game_id = cursor.lastrowid
    assert game_id is not None
    conn.executemany(
        f"INSERT INTO task_results ({_TASK_COLUMNS}) VALUES ({_marks(_TASK_COLUMNS)})",
        [(game_id, seq, t.world_id, t.station_id, t.task_type, t.score, t.stars,
          float(t.duration_s), t.details_json) for seq, t in enumerate(game.tasks)])
    conn.executemany(
        "INSERT INTO probe_answers (game_id, myth_id, before, after) VALUES (?, ?, ?, ?)",
        [(game_id, a.myth_id, a.before, a.after) for a in _one_per_myth(game.probe)])
    conn.executemany(
        f"INSERT INTO belief_answers ({_BELIEF_COLUMNS}) VALUES ({_marks(_BELIEF_COLUMNS)})",
        [(game_id, b.item_id, b.kind, b.myth_id, b.world_id, b.before, b.after)
         for b in _one_per_item(game.beliefs)])
    return int(game_id)


def _gender(conn: sqlite3.Connection, gender: str | None) -> str | None:
    """« autre » as unsaid in a file an old SQLite migrated (its CHECK could not widen)."""
    if gender != "other":
        return gender
    found = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'games'").fetchone()
    return gender if found is not None and "'other'" in str(found[0]) else "unsaid"


def replace_interests(conn: sqlite3.Connection, game_id: int,
                      liked: Iterable[tuple[str, str]], offers: Iterable[str]) -> bool:
    """The game's jobs liked and offers shown, replaced whole and queued for the hub, in one
    transaction; False if there is no such game."""
    liked = list(dict.fromkeys((str(w), str(s)) for w, s in liked))
    offers = list(dict.fromkeys(str(o) for o in offers))
    with transaction(conn):
        if conn.execute("SELECT 1 FROM games WHERE id = ?", (game_id,)).fetchone() is None:
            return False
        conn.execute("DELETE FROM liked_jobs WHERE game_id = ?", (game_id,))
        conn.execute("DELETE FROM offers_shown WHERE game_id = ?", (game_id,))
        conn.executemany("INSERT INTO liked_jobs (game_id, world_id, station_id) "
                         "VALUES (?, ?, ?)", [(game_id, w, st) for w, st in liked])
        conn.executemany("INSERT INTO offers_shown (game_id, offer_id) VALUES (?, ?)",
                         [(game_id, o) for o in offers])
        outbox.interests_queued(conn, game_id)
    return True


def name_by_uid(conn: sqlite3.Connection, names: Iterable[tuple[str, str | None]]) -> int:
    """Apply nicknames given to stored games (found by uid); return how many were found."""
    found = 0
    with transaction(conn):
        for uid, nickname in names:
            found += conn.execute("UPDATE games SET nickname = ? WHERE uid = ?",
                                  (clean_nickname(nickname), uid)).rowcount
    return found


def stored_uids(conn: sqlite3.Connection, uids: Iterable[str]) -> set[str]:
    """Which of ``uids`` the file holds."""
    wanted = list(uids)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = conn.execute(f"SELECT uid FROM games WHERE uid IN ({', '.join('?' * len(chunk))})",
                            chunk)
        found.update(str(r[0]) for r in rows)
    return found


def first_rows(conn: sqlite3.Connection) -> tuple[int, int]:
    """The ids the next game and the next visit will get (both read off the rowid's end)."""
    games = conn.execute("SELECT MAX(id) FROM games").fetchone()[0] or 0
    visits = conn.execute("SELECT MAX(id) FROM visits").fetchone()[0] or 0
    return int(games) + 1, int(visits) + 1


def copy_run(src: sqlite3.Connection, dst: sqlite3.Connection, first_game: int,
             first_visit: int) -> dict[int, int]:
    """Copy the games (with their tasks and answers) and visits from those ids on, in one
    transaction; games keep their ids where free. Returns old id -> new id for each game."""
    moved: dict[int, int] = {}
    games = src.execute("SELECT * FROM games WHERE id >= ? ORDER BY id", (first_game,)).fetchall()
    visits = src.execute("SELECT * FROM visits WHERE id >= ? ORDER BY id",
                         (first_visit,)).fetchall()
    with transaction(dst):
        for game in games:
            uid = game["uid"]
            found = uid and dst.execute("SELECT id FROM games WHERE uid = ?", (uid,)).fetchone()
            if found:
                moved[game["id"]] = int(found[0])
                continue
            free = not dst.execute("SELECT 1 FROM games WHERE id = ?", (game["id"],)).fetchone()
            new_id = _copy_row(dst, "games", game, keep_id=free)
            moved[game["id"]] = new_id
            for table in ("task_results", "probe_answers", "belief_answers", "liked_jobs",
                          "offers_shown"):
                for row in src.execute(f"SELECT * FROM {table} WHERE game_id = ? ORDER BY id",
                                       (game["id"],)):
                    _copy_row(dst, table, row, keep_id=False, game_id=new_id)
        for visit in visits:
            old = visit["game_id"]
            _copy_row(dst, "visits", visit, keep_id=False,
                      game_id=None if old is None else moved.get(old))
    return moved


def _copy_row(dst: sqlite3.Connection, table: str, row: sqlite3.Row, keep_id: bool,
              **override: object) -> int:
    values = {k: row[k] for k in row.keys() if keep_id or k != "id"}  # noqa: SIM118
    values.update(override)
    names = ", ".join(values)
    cursor = dst.execute(f"INSERT INTO {table} ({names}) VALUES ({_marks(names)})",
                         tuple(values.values()))
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


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


def _one_per_item(answers: list[BeliefAnswer]) -> list[BeliefAnswer]:
    """One row per item, as :func:`_one_per_myth`: an item given twice keeps its first answers."""
    merged: dict[str, BeliefAnswer] = {}
    for b in answers:
        old = merged.get(b.item_id)
        merged[b.item_id] = b if old is None else BeliefAnswer(
            b.item_id, old.kind, old.before if old.before is not None else b.before,
            old.after if old.after is not None else b.after, old.myth_id, old.world_id)
    return list(merged.values())


def utc_key(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _marks(columns: str) -> str:
    return ", ".join("?" for _ in columns.split(","))
