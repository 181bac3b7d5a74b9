"""Leaderboards: best score first, an earlier finish wins a tie; autoplay never ranks.

Games an organiser took off the boards (``off_board``) stay stored for the impact report.
Every query here is served by a partial index of ``schema.BOARD_INDEXES`` (its WHERE repeats
``schema.ON_BOARD`` word for word, or SQLite would not use them); a rank adds up
``board_counts`` instead of counting the games ahead one by one.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from game.scores.records import LeaderboardRow, Scope
from game.scores.schema import ON_BOARD

# Better-than: higher score, then earlier finish, then the earlier save (same instant).
_ORDER = "score DESC, finished_utc ASC, id ASC"
# Of the games with the same score, those ahead: an earlier finish, or the same and saved first.
_AHEAD = ("score = :score AND finished_utc <= :finished AND "
          "(finished_utc < :finished OR id < :id)")


def _filters(scope: Scope, today: date, session: str | None,
             scenario_id: str | None) -> tuple[str, dict[str, object]]:
    clauses = [ON_BOARD]
    params: dict[str, object] = {}
    if scope == "today":
        clauses.append("day = :day")
        params["day"] = today.isoformat()
    elif scope == "session":
        if session is None:
            raise ValueError("the 'session' leaderboard needs a session code")
        clauses.append("session = :session")
        params["session"] = session
    elif scope != "all":
        raise ValueError(f"unknown leaderboard scope {scope!r}")
    if scenario_id is not None:
        clauses.append("scenario_id = :scenario")
        params["scenario"] = scenario_id
    return " AND ".join(clauses), params


def top(conn: sqlite3.Connection, scope: Scope, limit: int, today: date,
        session: str | None, scenario_id: str | None) -> list[LeaderboardRow]:
    """The first ``limit`` games of the board."""
    where, params = _filters(scope, today, session, scenario_id)
    if limit <= 0:
        return []
    params["limit"] = limit
    rows = conn.execute(
        f"SELECT id, nickname, score, stars, finished_at, route, worlds FROM games "
        f"WHERE {where} ORDER BY {_ORDER} LIMIT :limit", params)
    return [
        LeaderboardRow(rank=i, nickname=row["nickname"], score=row["score"], stars=row["stars"],
                       finished_at=datetime.fromisoformat(row["finished_at"]),
                       game_id=row["id"], route=row["route"], worlds=_worlds(row["worlds"]))
        for i, row in enumerate(rows, start=1)
    ]


def _worlds(text: str) -> tuple[str, ...]:
    """The stored JSON list of worlds; an unreadable one is no worlds (the row still shows)."""
    try:
        worlds = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple(w for w in worlds if isinstance(w, str)) if isinstance(worlds, list) else ()


def rank(conn: sqlite3.Connection, game_id: int, scope: Scope, today: date,
         scenario_id: str | None) -> int | None:
    """The game's place on the board, or None if it is not on it (autoplay, other day…)."""
    game = conn.execute(
        "SELECT id, score, finished_utc, day, session, scenario_id, mode, off_board FROM games "
        "WHERE id = ?", (game_id,)).fetchone()
    if game is None or game["mode"] == "autoplay" or game["off_board"]:
        return None
    if scope == "today" and game["day"] != today.isoformat():
        return None
    if scope == "session" and game["session"] is None:
        return None
    if scenario_id is not None and game["scenario_id"] != scenario_id:
        return None
    where, params = _filters(scope, today, game["session"], scenario_id)
    params.update(score=game["score"], finished=game["finished_utc"], id=game["id"])
    board = {"all": "all", "today": f"day:{today.isoformat()}",
             "session": f"session:{game['session']}"}[scope]
    counted = "board = :board AND score > :score" + (
        " AND scenario_id = :scenario" if scenario_id is not None else "")
    better = conn.execute(f"SELECT COALESCE(SUM(games), 0) FROM board_counts WHERE {counted}",
                          {**params, "board": board}).fetchone()[0]
    ties = conn.execute(f"SELECT COUNT(*) FROM games WHERE {where} AND {_AHEAD}", params)
    return int(better) + int(ties.fetchone()[0]) + 1
