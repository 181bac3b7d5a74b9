"""CSV export for trainers and organisers: one row per task result, with its game's columns.

Written for a French spreadsheet opened by a double click: UTF-8 with a BOM (accents),
``;`` between fields and a decimal comma (Excel's fr-FR list and decimal separators),
local times as ``YYYY-MM-DD HH:MM:SS``. A game with no task result still gets one row.
``route`` says what a game was (decouverte, world, grand_tour, class…): a découverte's three
worlds and a grand tour's three would otherwise read alike.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

COLUMNS = (
    "game_id", "day", "started_at", "finished_at", "scenario_id", "nickname", "session",
    "mode", "lang", "route", "worlds", "game_score", "game_stars",
    "task_order", "world_id", "station_id", "task_type", "task_score", "task_stars",
    "duration_s", "details_json",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas

_QUERY = """
SELECT g.id, g.day, g.started_at, g.finished_at, g.scenario_id, g.nickname, g.session,
       g.mode, g.lang, g.route, g.worlds, g.score AS game_score, g.stars AS game_stars,
       t.seq, t.world_id, t.station_id, t.task_type, t.score AS task_score,
       t.stars AS task_stars, t.duration_s, t.details_json
FROM games AS g LEFT JOIN task_results AS t ON t.game_id = g.id
{where}
ORDER BY g.finished_utc, g.id, t.seq
"""


def write_csv(conn: sqlite3.Connection, path: Path, day: date | None,
              delimiter: str = ";", decimal: str = ",") -> int:
    """Write the games of ``day`` (all games if None) to ``path``; return the row count."""
    where, params = ("WHERE g.day = ?", (day.isoformat(),)) if day else ("", ())
    rows = conn.execute(_QUERY.format(where=where), params).fetchall()
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(COLUMNS)
        for row in rows:
            duration = row["duration_s"]
            writer.writerow([
                row["id"], row["day"], _local(row["started_at"]), _local(row["finished_at"]),
                _text(row["scenario_id"]), _text(row["nickname"]), _text(row["session"]),
                row["mode"], row["lang"], _text(row["route"]),  # empty: saved before routes
                _text(" ".join(json.loads(row["worlds"]))),
                row["game_score"], row["game_stars"],
                "" if row["seq"] is None else row["seq"] + 1,
                _text(row["world_id"]), _text(row["station_id"]), _text(row["task_type"]),
                _blank(row["task_score"]), _blank(row["task_stars"]),
                "" if duration is None else f"{duration:.1f}".replace(".", decimal),
                _blank(row["details_json"]),
            ])
    return len(rows)


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S")


def _text(value: str | None) -> str:
    """A user-typed or authored string, defused so a spreadsheet shows it as text."""
    if value is None:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _blank(value: object) -> object:
    return "" if value is None else value
