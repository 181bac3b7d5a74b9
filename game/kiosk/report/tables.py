"""The report's figures as CSV files for a French spreadsheet (UTF-8 with BOM, ';', 1,5)."""
from __future__ import annotations

import csv
from pathlib import Path

from game.kiosk.report.figures import ANSWERS, GENDERS, Figures

FILES = ("summary.csv", "gender.csv", "myths.csv", "jobs.csv", "trainings.csv", "hours.csv")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",")


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows([[_safe(v) for v in row] for row in rows])


def _safe(value: object) -> object:
    """Text a spreadsheet would run as a formula is shown as text."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        return "'" + value
    return value


def write_tables(fig: Figures, folder: Path, event_name: str) -> list[Path]:
    """Write the CSV files into ``folder``; return their paths."""
    day = fig.day.isoformat() if fig.day else "all"
    _write(folder / "summary.csv", ["figure", "value"], [
        ["event", event_name], ["day", day], ["players", fig.players],
        ["players_counted_from", "kiosk visits (+ games without one)" if fig.players_from_visits
         else "finished games"],
        ["games_finished", fig.games_finished], ["walked_away", fig.walked_away],
        ["mean_time_played_s", _number(fig.mean_s)], ["median_time_played_s",
                                                      _number(fig.median_s)],
        ["mean_score", _number(fig.mean_score)], ["scenarios", " ".join(fig.scenarios)],
    ])
    _write(folder / "gender.csv", ["answer", "games"],
           [[g, fig.gender.get(g, 0)] for g in (*GENDERS, "none")])
    rows: list[list[object]] = []
    for m in fig.myths:
        for phase, counts in (("before", m.before), ("after", m.after)):
            rows.append([m.myth_id, m.statement, phase, *(counts.get(a, 0) for a in ANSWERS),
                         sum(counts.values())])
    _write(folder / "myths.csv", ["myth_id", "statement", "phase", *ANSWERS, "answers"], rows)
    _write(folder / "jobs.csv", ["job", "games"], [[k, v] for k, v in fig.jobs])
    _write(folder / "trainings.csv", ["training", "games"], [[k, v] for k, v in fig.trainings])
    _write(folder / "hours.csv", ["hour", "players"], [[h, n] for h, n in fig.hours])
    return [folder / name for name in FILES]
