"""CSV export: one row per task result, readable by a French spreadsheet."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from game.scores import ScoreStore
from game.scores.export import COLUMNS
from tests.scores.conftest import at, game, task


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_export_has_one_row_per_task_with_accents_intact(
        store: ScoreStore, tmp_path: Path) -> None:
    details = json.dumps({"réponse": "gants en cuir; masque"}, ensure_ascii=False)
    store.save_game(game(250, at(14, 9, 30), nickname="Léa-Maëlys", session="Lycée Çà", tasks=[
        task(90, 3, station="épi", details_json=details),
        task(40, 1, station="soudage", task_type="trace", duration_s=31.34),
    ]))
    out = tmp_path / "export.csv"
    assert store.export_csv(out) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = read_rows(out)
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["nickname"], r["session"], r["station_id"]) for r in rows] == [
        ("Léa-Maëlys", "Lycée Çà", "épi"), ("Léa-Maëlys", "Lycée Çà", "soudage")]
    first, second = rows
    assert (first["game_score"], first["task_score"], first["task_stars"]) == ("250", "90", "3")
    assert first["finished_at"] == "2026-03-14 09:30:00"  # local time, as a spreadsheet parses
    assert json.loads(first["details_json"]) == {"réponse": "gants en cuir; masque"}
    assert (second["task_order"], second["duration_s"]) == ("2", "31,3")  # decimal comma


def test_export_of_one_day_and_of_a_game_without_tasks(
        store: ScoreStore, tmp_path: Path) -> None:
    store.save_game(game(100, at(13, 17), nickname="Hier"))
    store.save_game(game(0, at(14, 9), nickname="Abandon", tasks=[]))
    out = tmp_path / "day.csv"
    assert store.export_csv(out, day=date(2026, 3, 14)) == 1
    [row] = read_rows(out)
    assert (row["nickname"], row["task_score"], row["station_id"]) == ("Abandon", "", "")
    assert store.export_csv(tmp_path / "all.csv") == 3


def test_a_nickname_that_looks_like_a_formula_stays_text(
        store: ScoreStore, tmp_path: Path) -> None:
    store.save_game(game(100, at(14, 9), nickname="=1+1"))
    out = tmp_path / "x.csv"
    store.export_csv(out)
    assert {r["nickname"] for r in read_rows(out)} == {"'=1+1"}


def test_each_row_says_the_route_its_game_took(store: ScoreStore, tmp_path: Path) -> None:
    """A découverte and a one-world game both list worlds; only the route tells them apart."""
    from dataclasses import replace

    store.save_game(replace(game(120, at(14, 9), nickname="Nour"), route="decouverte"))
    store.save_game(game(90, at(14, 10), nickname="Avant"))  # saved before routes were kept
    out = tmp_path / "routes.csv"
    store.export_csv(out)
    routes = {r["nickname"]: r["route"] for r in read_rows(out)}
    assert routes == {"Nour": "decouverte", "Avant": ""}
