"""What a score is from, in words (game/routes.py): the leaderboards' « Découverte »…"""
from __future__ import annotations

from pathlib import Path

import pytest

from game.routes import score_from
from game.scenario.loader import load_scenario


@pytest.fixture(scope="module")
def model(scenario_path: Path):  # type: ignore[no-untyped-def]
    return load_scenario(scenario_path).model


def test_a_route_or_a_world_in_words(model) -> None:  # type: ignore[no-untyped-def]
    every = [w.id for w in model.worlds]
    assert score_from(model, "decouverte", every[:3], "fr") == "Découverte"
    assert score_from(model, "decouverte", every[:3], "en") == "Discovery"
    assert score_from(model, "grand_tour", every, "fr") == "Grand tour"
    assert score_from(model, "world", ["soudure"], "fr") == "Soudure & chaudronnerie"
    assert score_from(model, "world", ["soudure", "maintenance"], "fr") == "2 univers"
    assert score_from(model, "class", ["soudure"], "fr") == "Séance en classe"


def test_an_older_game_is_told_by_its_worlds(model) -> None:  # type: ignore[no-untyped-def]
    every = [w.id for w in model.worlds]
    assert score_from(model, None, ["maintenance"], "en") == "Industrial maintenance"
    assert score_from(model, None, every, "fr") == "Grand tour"
    assert score_from(model, None, [], "fr") == ""
    assert score_from(model, None, ["a-world-since-removed"], "fr") == ""


def test_a_long_title_is_cut_at_a_word() -> None:
    from game.routes import fit

    def measure(text: str) -> int:
        return 10 * len(text)

    assert fit("Grand tour", 200, measure) == "Grand tour"
    assert fit("Ligne de batteries (gigafactory)", 200, measure) == "Ligne de batteries…"
    assert fit("Supercalifragilistique", 100, measure) == ""


def test_a_line_that_goes_on_ends_with_the_mark_even_when_it_fits() -> None:
    """The last line shown of a cut paragraph (TextCache.clipped) is cut by the same fit."""
    from game.routes import fit

    def measure(text: str) -> int:
        return 10 * len(text)

    assert fit("Lire un plan,", 200, measure, " …", more=True) == "Lire un plan …"
    assert fit("Lire un plan, préparer", 130, measure, " …", more=True) == "Lire un …"
    assert fit("Lire\u202f: un plan", 200, measure) == "Lire\u202f: un plan"  # kept glued
