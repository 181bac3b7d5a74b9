"""The event impact report, for the programme's funders: one HTML page and CSV files.

    python main.py report [--day YYYY-MM-DD | --all] [--out DIR] [--data-dir DIR]
                          [--db FILE ...] [--scenario PATH] [--lang fr|en] [--event NAME]

Reads the score file(s) without changing them (several kiosks: one ``--db`` each), and writes
``bilan.html`` (self-contained: opens offline, prints on A4) and the CSV files into ``--out``
(default: the data folder's ``reports/<day>``). The admin menu of a kiosk writes the same.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from game.kiosk.report.figures import Figures, compute
from game.kiosk.report.page import render
from game.kiosk.report.tables import write_tables
from game.scores.stats import DayData, read_day

HTML_NAME = "bilan.html"


@dataclass(frozen=True)
class Written:
    html: Path
    tables: list[Path]
    figures: Figures


def write_report(data: DayData, folder: Path, scenarios: dict[str, Any], lang: str,
                 event_name: str, sources: list[str], now: datetime) -> Written:
    """Compute the figures of ``data`` and write the page and the tables into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    fig = compute(data, scenarios, lang)
    html = folder / HTML_NAME
    tmp = html.with_name(HTML_NAME + ".tmp")
    tmp.write_text(render(fig, lang, event_name, sources, now), encoding="utf-8")
    tmp.replace(html)
    return Written(html, write_tables(fig, folder, event_name), fig)


def read_file(path: Path, day: date | None) -> DayData:
    """A score file's rows, read without writing to it (a copy on a USB stick is fine)."""
    from game.scores.db import connect, connect_read_only

    try:
        conn = connect_read_only(path)
        try:
            return read_day(conn, day)
        finally:
            conn.close()
    except sqlite3.OperationalError:
        conn = connect(path)  # a WAL file whose -shm is missing needs a writable connection
        try:
            return read_day(conn, day)
        finally:
            conn.close()


def load_scenarios(paths: list[Path]) -> dict[str, Any]:
    """Scenario models by id, for job titles, offers and myth statements (failures skipped)."""
    from game.scenario.loader import load_scenario
    from game.scenario.problems import ContentError

    out: dict[str, Any] = {}
    for path in paths:
        try:
            model = load_scenario(path).model
        except (ContentError, OSError) as err:
            print(f"report: scenario {path} not used ({type(err).__name__}); "
                  "ids are shown instead of titles", file=sys.stderr)
            continue
        out[model.id] = model
    return out


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a day like 2026-03-14") from None


def main(argv: list[str]) -> int:
    from game.kiosk.config import default_path, load
    from game.scenario.loader import DEFAULT_SCENARIO
    from game.settings import default_data_dir

    p = argparse.ArgumentParser(prog="main.py report", description=__doc__.splitlines()[0])
    when = p.add_mutually_exclusive_group()
    when.add_argument("--day", type=_day, default=None, help="YYYY-MM-DD (default: today)")
    when.add_argument("--all", action="store_true", help="every day in the file(s)")
    p.add_argument("--out", type=Path, default=None, help="folder for bilan.html and the CSVs")
    p.add_argument("--data-dir", type=Path, default=None, help="the game's data folder")
    p.add_argument("--db", action="append", default=None,
                   help="a score file (repeat for several kiosks), or a hub's postgresql://… "
                        "database; default: the data folder's")
    p.add_argument("--hub", default=None, help="the event hub's URL: every kiosk at once")
    p.add_argument("--hub-key", default=None, help="the hub's event key")
    p.add_argument("--scenario", type=Path, action="append", default=None,
                   help="scenario for titles (default: the shipped one and the kiosk's)")
    p.add_argument("--lang", choices=["fr", "en"], default=None)
    p.add_argument("--event", default=None, help="event name (default: the kiosk settings')")
    p.add_argument("--config", type=Path, default=None, help="kiosk settings file")
    a = p.parse_args(argv)
    data_dir = a.data_dir or default_data_dir()
    config = load(a.config or default_path(data_dir)).config
    day = None if a.all else (a.day or date.today())
    from game.hub.report import RemoteProblem, read_remote, split_sources

    files, servers = split_sources(a.db)
    remote = bool(servers or a.hub)
    files = files or ([] if remote else [data_dir / "scores.db"])
    try:
        data, remote_names = read_remote(a.hub, a.hub_key, servers, day) if remote else (
            DayData(day), [])
    except RemoteProblem as err:
        print(f"report: {err}", file=sys.stderr)
        return 1
    for path in files:
        if not path.is_file():
            print(f"report: no score file at {path}", file=sys.stderr)
            return 1
        try:
            data = data.merged(read_file(path, day))
        except sqlite3.DatabaseError as err:
            print(f"report: {path} cannot be read ({err})", file=sys.stderr)
            return 1
    scenario_paths = a.scenario or [DEFAULT_SCENARIO] + (
        [Path(config.scenario)] if config.scenario else [])
    scenarios = load_scenarios(scenario_paths)
    out = a.out or data_dir / "reports" / (day.isoformat() if day else "all")
    try:
        written = write_report(data, out, scenarios, a.lang or config.language,
                               a.event if a.event is not None else config.event_name,
                               remote_names + [str(f) for f in files], datetime.now())
    except OSError as err:
        print(f"report: cannot write into {out} ({err})", file=sys.stderr)
        return 1
    f = written.figures
    print(f"{f.players} players, {f.games_finished} games finished "
          f"({day.isoformat() if day else 'all days'})")
    print(f"report: {written.html}")
    return 0
