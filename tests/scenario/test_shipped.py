"""The scenario the game ships with passes `main.py validate` with nothing to report.

Issue 12's "done means": validate passes with no warnings. Generated content (the spot
outlines written by tools/art_spots.py) lands in the scenario's YAML, so a tool's slip shows
up here rather than on an author's screen.
"""
from __future__ import annotations

from game.scenario.analysis import analyse
from game.scenario.loader import DEFAULT_SCENARIO


def test_the_shipped_scenario_has_no_problem_not_even_a_warning():
    result = analyse(DEFAULT_SCENARIO)
    assert [str(p) for p in result.problems] == []
