"""The report's figures as CSV files for a French spreadsheet (UTF-8 with BOM, ';', 1,5)."""
from __future__ import annotations

import csv
from pathlib import Path

from game.beliefs import SCALE
from game.kiosk.report.figures import ANSWERS, GENDERS, Figures

FILES = ("summary.csv", "gender.csv", "myths.csv", "beliefs.csv", "context.csv", "jobs.csv",
         "liked.csv", "trainings.csv", "hours.csv")
BELIEF_HEADER = ["item_id", "kind", "statement", "games_answered", "games_with_answers",
                 *(f"before_{n}" for n in SCALE),
                 *(f"after_{n}" for n in SCALE), "paired", "away", "same", "toward",
                 "mean_change", "ci95_low", "ci95_high", "verdict"]


def _number(value: float | None, places: int = 1) -> str:
    return "" if value is None else f"{value:.{places}f}".replace(".", ",")


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
    _write(folder / "beliefs.csv", BELIEF_HEADER, [
        [b.item_id, b.kind, b.text, b.answered, fig.belief_games,
         *(b.before[n] for n in SCALE), *(b.after[n] for n in SCALE),
         b.change.paired, b.change.away, b.change.same, b.change.toward,
         _number(b.change.mean, 2), _number(b.change.low, 2), _number(b.change.high, 2),
         b.change.verdict] for b in fig.beliefs])
    _write(folder / "context.csv", ["question", "answer", "games"],
           [["age_band", k, n] for k, n in fig.age_bands.items()]
           + [["situation", k, n] for k, n in fig.situations.items()])
    _write(folder / "jobs.csv", ["job", "games"], [[k, v] for k, v in fig.jobs])
    _write(folder / "liked.csv", ["job", "games"], [[k, v] for k, v in fig.liked])
    _write(folder / "trainings.csv", ["training", "games"], [[k, v] for k, v in fig.trainings])
    _write(folder / "hours.csv", ["hour", "players"], [[h, n] for h, n in fig.hours])
    return [folder / name for name in FILES]
