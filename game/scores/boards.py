"""Leaderboards: best score first, an earlier finish wins a tie; autoplay never ranks.

Games an organiser took off the boards (``off_board``) stay stored for the impact report.
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime

from game.scores.records import LeaderboardRow, Scope

# Better-than: higher score, then earlier finish, then the earlier save (same instant).
_ORDER = "score DESC, finished_utc ASC, id ASC"
_BETTER = ("(score > :score OR (score = :score AND (finished_utc < :finished OR "
           "(finished_utc = :finished AND id < :id))))")


def _filters(scope: Scope, today: date, session: str | None,
             scenario_id: str | None) -> tuple[str, dict[str, object]]:
    clauses = ["mode <> 'autoplay'", "off_board = 0"]
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
        f"SELECT id, nickname, score, stars, finished_at FROM games WHERE {where} "
        f"ORDER BY {_ORDER} LIMIT :limit", params)
    return [
        LeaderboardRow(rank=i, nickname=row["nickname"], score=row["score"], stars=row["stars"],
                       finished_at=datetime.fromisoformat(row["finished_at"]),
                       game_id=row["id"])
        for i, row in enumerate(rows, start=1)
    ]


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
    better = conn.execute(f"SELECT COUNT(*) FROM games WHERE {where} AND {_BETTER}", params)
    return int(better.fetchone()[0]) + 1
