"""Reading the hub: the boards, the summary, and the report's rows (the same rows as a device's).

The board reads the running totals and an index's first rows: its cost does not grow with
the number of games stored. Autoplay games never rank, games taken off the boards stay in the
report, like on a device.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Literal

from game.hub.db import Database, Tx
from game.scores.stats import (
    BeliefRow,
    DayData,
    GameRow,
    LikedRow,
    OfferRow,
    ProbeRow,
    TaskRow,
    VisitRow,
)

BoardScope = Literal["today", "event", "all"]
BOARD_SCOPES: tuple[BoardScope, ...] = ("today", "event", "all")
BOARD_ROWS = 10
_BOARD = "mode <> 'autoplay' AND off_board = 0"


def board_scope(text: str) -> BoardScope | None:
    """``text`` as one of :data:`BOARD_SCOPES` (a request's ``?scope=``), or None."""
    return next((scope for scope in BOARD_SCOPES if scope == text), None)


def change(db: Database) -> int:
    with db.read() as tx:
        return int(tx.rows("SELECT change FROM hub_state WHERE one = 1")[0][0])


def board(db: Database, today: date, scope: BoardScope = "today", limit: int = BOARD_ROWS,
          event_start: date | None = None) -> dict[str, Any]:
    """The shared leaderboard and today's counts, as JSON-ready values."""
    limit = max(0, min(limit, 50))
    with db.read() as tx:
        top = _top(tx, scope, today, limit, event_start)
        counts = tx.rows("SELECT games, visits, linked, stations FROM day_totals WHERE day = :d",
                         {"d": today.isoformat()})
        games, visits, linked, stations = counts[0] if counts else (0, 0, 0, 0)
        jobs = tx.rows(
            "SELECT scenario_id, world_id, station_id, games FROM day_stations WHERE day = :d "
            "ORDER BY games DESC, scenario_id, world_id, station_id LIMIT 12",
            {"d": today.isoformat()})
        liked = tx.rows(
            "SELECT scenario_id, world_id, station_id, games FROM day_liked WHERE day = :d "
            "AND games > 0 ORDER BY games DESC, scenario_id, world_id, station_id LIMIT 12",
            {"d": today.isoformat()})
        current = int(tx.rows("SELECT change FROM hub_state WHERE one = 1")[0][0])
        devices = int(tx.rows("SELECT COUNT(*) FROM devices")[0][0])
    return {
        "change": current, "day": today.isoformat(), "scope": scope, "top": top,
        "players": int(visits) + int(games) - int(linked), "games": int(games),
        "stations": int(stations), "devices": devices,
        "jobs": [{"scenario_id": s, "world_id": w, "station_id": st, "games": int(n)}
                 for s, w, st, n in jobs],
        # the jobs players ticked as liked on their cards today (games that liked each)
        "liked": [{"scenario_id": s, "world_id": w, "station_id": st, "games": int(n)}
                  for s, w, st, n in liked],
    }


def _top(tx: Tx, scope: BoardScope, today: date, limit: int,
         event_start: date | None) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"limit": limit}
    if scope == "today":
        where = f"{_BOARD} AND day = :day"
        params["day"] = today.isoformat()
    elif scope == "event" and event_start is not None:
        where = f"{_BOARD} AND day >= :start"
        params["start"] = event_start.isoformat()
    elif scope in ("event", "all"):
        where = _BOARD
    else:
        raise ValueError(f"unknown board {scope!r}: one of {', '.join(BOARD_SCOPES)}")
    rows = tx.rows(
        f"SELECT nickname, score, stars, finished_at, scenario_id, route, worlds FROM games "
        f"WHERE {where} ORDER BY score DESC, finished_utc, id LIMIT :limit", params)
    # route and worlds: what each score is from (game.routes.score_from says it in words)
    return [{"rank": i, "nickname": n, "score": int(s), "stars": int(st), "finished_at": f,
             "scenario_id": sc, "route": r, "worlds": _worlds(w)}
            for i, (n, s, st, f, sc, r, w) in enumerate(rows, start=1)]


def _worlds(text: str) -> list[str]:
    """A game's ``worlds`` column (JSON, as ingest wrote it) as a list; [] if unreadable."""
    try:
        worlds = json.loads(text)
    except ValueError:
        return []
    return [str(w) for w in worlds] if isinstance(worlds, list) else []


def summary(db: Database) -> dict[str, int]:
    """``{"games": n, "visits": n, "devices": n}``: everything the hub holds."""
    with db.read() as tx:
        games = int(tx.rows("SELECT COUNT(*) FROM games")[0][0])
        visits = int(tx.rows("SELECT COUNT(*) FROM visits")[0][0])
        devices = int(tx.rows("SELECT COUNT(*) FROM devices")[0][0])
    return {"games": games, "visits": visits, "devices": devices}


def devices(db: Database) -> list[dict[str, Any]]:
    """Each device: when first and last heard, its last counter, records stored, clock skew."""
    with db.read() as tx:
        rows = tx.rows("SELECT device_id, first_utc, last_utc, last_seq, records, skew_s "
                       "FROM devices ORDER BY first_utc, device_id")
    return [{"device": d, "first_utc": f, "last_utc": lu, "last_seq": int(s), "records": int(n),
             "skew_s": round(float(k), 1)} for d, f, lu, s, n, k in rows]


def day_data(db: Database, day: date | None) -> DayData:
    """The rows of ``day`` (the hub's date of each game or visit), or of every day."""
    where = "g.mode <> 'autoplay'" + (" AND g.day = :day" if day else "")
    params = {"day": day.isoformat()} if day else {}
    with db.read() as tx:
        games = [GameRow(int(r[0]), str(r[1]), datetime.fromisoformat(r[2]),
                         datetime.fromisoformat(r[3]), int(r[4]), int(r[5]), str(r[6]),
                         str(r[7]), r[8], r[9], r[10])
                 for r in tx.rows(
                     "SELECT g.id, g.scenario_id, g.started_at, g.finished_at, g.score, g.stars, "
                     f"g.mode, g.lang, g.gender, g.age_band, g.situation FROM games AS g "
                     f"WHERE {where} ORDER BY g.finished_utc, g.id", params)]
        tasks = [TaskRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]))
                 for r in tx.rows(
                     "SELECT t.game_id, t.world_id, t.station_id, t.task_type, t.score, t.stars "
                     f"FROM task_results AS t JOIN games AS g ON g.id = t.game_id WHERE {where} "
                     "ORDER BY t.game_id, t.seq", params)]
        probe = [ProbeRow(int(r[0]), str(r[1]), r[2], r[3]) for r in tx.rows(
            "SELECT p.game_id, p.myth_id, p.before, p.after FROM probe_answers AS p "
            f"JOIN games AS g ON g.id = p.game_id WHERE {where} ORDER BY p.game_id, p.myth_id",
            params)]
        beliefs = [BeliefRow(int(r[0]), str(r[1]), str(r[2]), _scale(r[3]), _scale(r[4]),
                             r[5], r[6]) for r in tx.rows(
            "SELECT b.game_id, b.item_id, b.kind, b.before, b.after, b.myth_id, b.world_id "
            f"FROM belief_answers AS b JOIN games AS g ON g.id = b.game_id WHERE {where} "
            "ORDER BY b.game_id, b.item_id", params)]
        liked = [LikedRow(int(r[0]), str(r[1]), str(r[2])) for r in tx.rows(
            "SELECT j.game_id, j.world_id, j.station_id FROM liked_jobs AS j "
            f"JOIN games AS g ON g.id = j.game_id WHERE {where} "
            "ORDER BY j.game_id, j.world_id, j.station_id", params)]
        offers = [OfferRow(int(r[0]), str(r[1])) for r in tx.rows(
            "SELECT o.game_id, o.offer_id FROM offers_shown AS o "
            f"JOIN games AS g ON g.id = o.game_id WHERE {where} ORDER BY o.game_id, o.offer_id",
            params)]
        vwhere = "WHERE v.day = :day" if day else ""
        visits = [VisitRow(str(r[0]), datetime.fromisoformat(r[1]), float(r[2]), str(r[3]),
                           str(r[4]), None if r[5] is None else int(r[5])) for r in tx.rows(
            "SELECT v.scenario_id, v.started_at, v.played_s, v.outcome, v.lang, g.id "
            "FROM visits AS v LEFT JOIN games AS g ON g.uuid = v.game_uuid "
            f"{vwhere} ORDER BY v.started_utc, v.id", params)]
    return DayData(day, games, tasks, probe, visits, beliefs, liked, offers)


def _scale(value: Any) -> int | None:
    return None if value is None else int(value)


def day_to_json(data: DayData) -> dict[str, Any]:
    """:class:`DayData` as JSON (``GET /api/report``)."""
    return {
        "day": data.day.isoformat() if data.day else None,
        "games": [[g.game_id, g.scenario_id, g.started_at.isoformat(), g.finished_at.isoformat(),
                   g.score, g.stars, g.mode, g.lang, g.gender, g.age_band, g.situation]
                  for g in data.games],
        "tasks": [[t.game_id, t.world_id, t.station_id, t.task_type, t.score, t.stars]
                  for t in data.tasks],
        "probe": [[p.game_id, p.myth_id, p.before, p.after] for p in data.probe],
        "visits": [[v.scenario_id, v.started_at.isoformat(), v.played_s, v.outcome, v.lang,
                    v.game_id] for v in data.visits],
        "beliefs": [[b.game_id, b.item_id, b.kind, b.before, b.after, b.myth_id, b.world_id]
                    for b in data.beliefs],
        "liked": [[j.game_id, j.world_id, j.station_id] for j in data.liked],
        "offers": [[o.game_id, o.offer_id] for o in data.offers],
    }


def day_from_json(raw: dict[str, Any]) -> DayData:
    """The inverse of :func:`day_to_json`; raises KeyError/ValueError/TypeError on a bad reply."""
    day = date.fromisoformat(raw["day"]) if raw.get("day") else None
    return DayData(
        day,
        [GameRow(int(g[0]), str(g[1]), datetime.fromisoformat(g[2]), datetime.fromisoformat(g[3]),
                 int(g[4]), int(g[5]), str(g[6]), str(g[7]), g[8], *g[9:11])
         for g in raw["games"]],
        [TaskRow(int(t[0]), str(t[1]), str(t[2]), str(t[3]), int(t[4]), int(t[5]))
         for t in raw["tasks"]],
        [ProbeRow(int(p[0]), str(p[1]), p[2], p[3]) for p in raw["probe"]],
        [VisitRow(str(v[0]), datetime.fromisoformat(v[1]), float(v[2]), str(v[3]), str(v[4]),
                  None if v[5] is None else int(v[5])) for v in raw["visits"]],
        [BeliefRow(int(b[0]), str(b[1]), str(b[2]), _scale(b[3]), _scale(b[4]), b[5], b[6])
         for b in raw.get("beliefs", [])],  # an older hub sends none
        [LikedRow(int(j[0]), str(j[1]), str(j[2])) for j in raw.get("liked", [])],
        [OfferRow(int(o[0]), str(o[1])) for o in raw.get("offers", [])],
    )
