"""The impact report from every kiosk at once: the rows from a hub, or from its PostgreSQL.

``main.py report --hub URL --hub-key K`` asks the hub (``GET /api/report``);
``main.py report --db postgresql://…`` reads the hub's database directly (read-only queries),
and ``main.py report --db hub.db`` a hub's SQLite file (told from a kiosk's score file by its
``hub_schema`` table).
Either gives the same rows as a kiosk's own file, so the report's page and tables are the same.
"""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from game.hub.client import HubClient, HubError
from game.hub.db import Database, PostgresDatabase, SqliteDatabase, is_server_url
from game.hub.queries import day_data, day_from_json
from game.scores.stats import DayData


class RemoteProblem(Exception):
    """The hub or its database could not give the rows; the message says why, in words."""


def from_hub(url: str, key: str | None, day: date | None) -> DayData:
    if not key:
        raise RemoteProblem("--hub needs --hub-key KEY (the event key the hub showed)")
    client = HubClient(url, key, timeout_s=60.0)
    try:
        return day_from_json(client.report(day.isoformat() if day else "all"))
    except HubError as err:
        raise RemoteProblem(f"the hub {client.url} did not give the report's rows: {err}") from None
    except (KeyError, TypeError, ValueError) as err:
        raise RemoteProblem(f"the hub {client.url} gave rows this version cannot read: "
                            f"{err!r}") from None


def is_hub_file(path: Path) -> bool:
    """A hub's SQLite file (not a kiosk's score file): it has the hub's version table."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return False
    try:
        return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'hub_schema'").fetchone())
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def from_database(url: str, day: date | None) -> DayData:
    """The rows from a hub's database, PostgreSQL or SQLite file (the schema this reads)."""
    try:
        db: Database = (PostgresDatabase(url, max_size=1) if is_server_url(url)
                        else SqliteDatabase(Path(url)))
    except Exception as err:  # the server's message, in words
        where = url.rsplit("@", maxsplit=1)[-1]
        raise RemoteProblem(f"cannot reach the database {where}: {err}") from None
    try:
        return day_data(db, day)
    except Exception as err:
        raise RemoteProblem(f"the database {db.where} cannot be read as a hub's: {err}") from None
    finally:
        db.close()


def read_remote(hub: str | None, key: str | None, databases: list[str],
                day: date | None) -> tuple[DayData, list[str]]:
    """Every remote source's rows together, and their names for the report's footer."""
    data = DayData(day)
    names: list[str] = []
    if hub:
        data = data.merged(from_hub(hub, key, day))
        names.append(HubClient(hub, key or "").url)
    for url in databases:
        data = data.merged(from_database(url, day))
        names.append(url.split("@")[-1] if is_server_url(url) else url)
    return data, names


def split_sources(values: list[str] | None) -> tuple[list[Path], list[str]]:
    """``--db`` values: kiosks' score files, and hubs' databases (PostgreSQL URLs, hub files)."""
    values = values or []
    hubs = [v for v in values if is_server_url(v) or (Path(v).is_file()
                                                       and is_hub_file(Path(v)))]
    return [Path(v) for v in values if v not in hubs], hubs
