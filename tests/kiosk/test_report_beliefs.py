"""The report's before/after: per item the distributions, paired counts, mean change, 95 % CI."""
from __future__ import annotations

import csv
import math
import statistics
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from game.kiosk.report import load_scenarios, main
from game.kiosk.report.change import MIN_PAIRED, paired_change, t975
from game.kiosk.report.figures import compute
from game.scenario.loader import DEFAULT_SCENARIO
from game.scores import BeliefAnswer, GameRecord, ScoreStore

TZ = timezone(timedelta(hours=1))


def game(n: int, beliefs: list[BeliefAnswer], **context: str) -> GameRecord:
    start = datetime(2026, 3, 14, 10, tzinfo=TZ) + timedelta(minutes=10 * n)
    return GameRecord("cap-industrie", None, start, start + timedelta(minutes=4), 100, 3,
                      ["soudure"], "fr", "kiosk", beliefs=beliefs, **context)  # type: ignore[arg-type]


# 12 games: « industrie-hommes » (worded as the stereotype) before 4, after 2 for most
BEFORE_AFTER = [(4, 2), (4, 2), (5, 2), (4, 3), (3, 2), (4, 4), (5, 1), (4, 2), (2, 2), (4, 3),
                (3, 3), (4, 5)]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "scores.db"
    with ScoreStore.open(path) as store:
        for n, (b, a) in enumerate(BEFORE_AFTER):
            beliefs = [BeliefAnswer("industrie-hommes", "stereotype", b, a, "metier-homme"),
                       BeliefAnswer("capable:soudure", "self", 2, 3 if n < 3 else None,
                                    world_id="soudure")]
            store.save_game(game(n, beliefs, age_band="under18" if n % 2 else "30-54",
                                 situation="pupil"))
        store.save_game(game(20, [BeliefAnswer("femme-cheffe", "counter", None, 5)]))
    return path


def test_the_change_is_read_away_from_the_stereotype_with_its_interval(db: Path) -> None:
    with ScoreStore.open(db) as store:
        data = store.day_data(None)
    fig = compute(data, load_scenarios([DEFAULT_SCENARIO]), "fr")
    first = fig.beliefs[0]  # in the scenario's order: its first statement first
    assert first.item_id == "industrie-hommes" and first.kind == "stereotype"
    assert first.text == "Les métiers de l'industrie, ce sont des métiers d'hommes."
    assert first.before == {1: 0, 2: 1, 3: 2, 4: 7, 5: 2}
    assert sum(first.after.values()) == 12
    diffs = [b - a for b, a in BEFORE_AFTER]  # agreeing less with the stereotype: +
    c = first.change
    assert (c.paired, c.away, c.same, c.toward) == (12, 8, 3, 1)
    assert c.mean == pytest.approx(statistics.fmean(diffs))
    half = 2.201 * statistics.stdev(diffs) / math.sqrt(12)  # t(0.975, 11) = 2.201
    assert (c.low, c.high) == (pytest.approx(c.mean - half), pytest.approx(c.mean + half))
    assert c.verdict == "clear"
    self_item = next(b for b in fig.beliefs if b.kind == "self")
    assert self_item.change.paired == 3 and self_item.change.verdict == "too_few"
    only_after = next(b for b in fig.beliefs if b.item_id == "femme-cheffe")
    assert only_after.change.paired == 0 and only_after.change.verdict == "none"
    assert fig.age_bands == {"under18": 6, "18-29": 0, "30-54": 6, "55plus": 0, "none": 1}
    assert fig.situations["pupil"] == 12 and fig.situations["none"] == 1


def test_small_effects_are_small_and_an_interval_around_zero_is_no_change() -> None:
    assert paired_change([1, 0, -1] * 6).verdict == "no_change"
    small = paired_change([1, 0, 0, 0] * 10)  # +0.25 point, interval clear of 0
    assert small.low is not None and small.low > 0 and small.verdict == "small"
    assert paired_change([2, 1] * (MIN_PAIRED // 2 - 1)).verdict == "too_few"
    assert t975(1) == 12.706 and t975(30) == 2.042
    assert t975(60) == pytest.approx(2.000, abs=0.001) and t975(10_000) == pytest.approx(
        1.960, abs=0.001)


def test_the_page_and_the_table_say_it(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r"
    assert main(["--all", "--db", str(db), "--out", str(out)]) == 0
    html = (out / "bilan.html").read_text(encoding="utf-8")
    assert "Avant / après : ce qui a changé" in html
    assert "12 réponses appariées : 8 vers la réponse non stéréotypée, 3 sans changement, " \
           "1 vers l'idée reçue." in html
    assert "IC 95 %" in html and "Trop peu de réponses appariées" in html
    assert "Idées reçues : avant et après le jeu" not in html  # no old 3-point answers here
    assert "Moins de 18 ans" in html
    rows = list(csv.reader((out / "beliefs.csv").open(encoding="utf-8-sig"), delimiter=";"))
    head, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert head[:3] == ["item_id", "kind", "statement"] and "ci95_low" in head
    assert first["item_id"] == "industrie-hommes" and first["paired"] == "12"
    assert first["mean_change"] == "1,25" and first["verdict"] == "clear"


def test_per_visitor_subsets_read_item_by_item_with_their_own_counts(tmp_path: Path) -> None:
    """The découverte's rotating subsets (planned missing data): each item is read over the
    games that were asked it, and the report says how many those are."""
    from game.beliefs import items_for

    model = load_scenarios([DEFAULT_SCENARIO])["cap-industrie"]
    worlds = ["soudure", "maintenance", "batteries"]
    path = tmp_path / "scores.db"
    with ScoreStore.open(path) as store:
        for k in range(54):
            items = items_for(model, worlds, (), rotation=k)
            answers = [BeliefAnswer(i.id, i.kind, 4 if i.kind == "stereotype" else 2,
                                    2 if i.kind == "stereotype" else 4, i.myth_id, i.world_id)
                       for i in items]
            store.save_game(game(k, answers))
        data = store.day_data(None)
    fig = compute(data, {"cap-industrie": model}, "fr")
    assert fig.belief_games == 54 and len(fig.beliefs) == 12
    for b in fig.beliefs:  # a statement: a third of the visitors; about herself: a sixth
        n = 9 if b.kind == "self" else 18
        assert b.answered == n and b.change.paired == n and b.change.away == n
        assert sum(b.before.values()) == sum(b.after.values()) == n
        assert b.change.verdict == ("too_few" if n == 9 else "clear")  # under MIN_PAIRED: said
    out = tmp_path / "r"
    assert main(["--all", "--db", str(path), "--out", str(out)]) == 0
    html = (out / "bilan.html").read_text(encoding="utf-8")
    assert html.count("9 parties sur 54 y ont répondu (9 avant, 9 après).") == 6
    assert html.count("18 parties sur 54 y ont répondu (18 avant, 18 après).") == 6
    assert html.count("(confiance en soi)") == html.count("(envie de faire ce métier)") == 3
    assert html.count("9 plus attirées par ce métier") == 3
    assert "chaque visiteur ne répond qu'à une partie des phrases" in html
    rows = list(csv.DictReader((out / "beliefs.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert {(r["games_answered"], r["games_with_answers"], r["paired"]) for r in rows} == \
        {("9", "54", "9"), ("18", "54", "18")}
