"""Dated local actions (``actions:``): which ones a visit sees, and what ``validate`` says.

An expired action is hidden from the card and is a warning at the line of its
``valid_until``; an action naming an unknown world is a warning with a suggestion (the card
never shows it for that world: a typo, or a world left out of this copy of the scenario).
"""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest

from game import PROJECT_ROOT
from game.scenario.actions import check_actions, current, matching
from game.scenario.analysis import analyse
from game.scenario.loader import load_scenario
from game.scenario.models import Action

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"

ACTIONS = """
actions:
  - id: info
    title: {fr: "Réunion d'information", en: "Information session"}
    date: 2027-03-18
    place: "GRETA, Dunkerque"
    url: "https://www.greta-hautsdefrance.fr/"
    valid_until: 2027-03-18
    worlds: [atelier]
  - id: old
    title: {fr: "Portes ouvertes", en: "Open day"}
    date: 2020-01-10
    place: "Lille"
    url: "https://example.org/"
    valid_until: 2020-01-10
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "ex")
    scenario = tmp_path / "ex" / "scenario.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8") + ACTIONS, encoding="utf-8")
    return tmp_path / "ex"


def act(aid: str, when: date, until: date, worlds: list[str] | None = None,
        trainings: list[str] | None = None) -> Action:
    return Action.model_validate({
        "id": aid, "title": {"fr": aid, "en": aid}, "date": when, "place": "Lens",
        "url": "https://example.org/", "valid_until": until, "worlds": worlds or [],
        "trainings": trainings or []})


def test_an_expired_action_is_a_warning_at_its_valid_until(folder: Path) -> None:
    problems = analyse(folder).problems
    expired = [p for p in problems if "expired" in p.message]
    assert len(expired) == 1 and "'old'" in expired[0].message
    assert expired[0].severity == "warning"
    line = (folder / "scenario.yaml").read_text(encoding="utf-8").splitlines()[
        expired[0].mark.line - 1]
    assert line.strip() == "valid_until: 2020-01-10"
    assert not [p for p in problems if p.severity == "error"]


def test_an_unknown_world_is_a_warning_with_a_suggestion(folder: Path) -> None:
    path = folder / "scenario.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("worlds: [atelier]",
                                                             "worlds: [ateliers]"),
                    encoding="utf-8")
    problems = analyse(folder).problems
    found = [p for p in problems if "no world has the id 'ateliers'" in p.message]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "atelier" in found[0].hint
    assert not [p for p in problems if p.severity == "error"]


def test_a_date_that_is_not_a_date_is_refused(folder: Path) -> None:
    path = folder / "scenario.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("date: 2027-03-18",
                                                             "date: next March"),
                    encoding="utf-8")
    errors = [p for p in analyse(folder).problems if p.severity == "error"]
    assert errors and any("date" in p.message.lower() for p in errors)


def test_the_card_sees_current_matching_actions_soonest_first() -> None:
    today = date(2027, 3, 1)
    a = act("later", date(2027, 5, 1), date(2027, 5, 1), worlds=["soudure"])
    b = act("soon", date(2027, 3, 10), date(2027, 3, 10), trainings=["tp-sai"])
    c = act("past", date(2027, 1, 1), date(2027, 2, 28), worlds=["soudure"])
    d = act("elsewhere", date(2027, 3, 5), date(2027, 3, 5), worlds=["batteries"])
    e = act("everyone", date(2027, 4, 1), date(2027, 4, 1))
    assert [x.id for x in current([a, b, c, d, e], today)] == ["elsewhere", "soon", "everyone",
                                                               "later"]
    model = load_scenario(EXAMPLE).model.model_copy(update={"actions": [a, b, c, d, e]})
    seen = matching(model, {"soudure"}, {"tp-sai"}, today)
    assert [x.id for x in seen] == ["soon", "everyone", "later"]
    assert [x.id for x in matching(model, set(), set(), today)] == ["everyone"]


def test_the_shipped_actions_are_valid_at_the_time_they_were_written() -> None:
    loaded = load_scenario(PROJECT_ROOT / "scenarios" / "cap-industrie")
    assert loaded.model.actions, "the default scenario ships example actions"

    class NoMarks:
        data: ClassVar[dict[str, object]] = {}

        def mark(self, path):  # type: ignore[no-untyped-def]
            return None

    problems = check_actions(loaded, NoMarks(), today=date(2026, 12, 1))  # type: ignore[arg-type]
    assert problems == []
    later = check_actions(loaded, NoMarks(), today=date(2031, 1, 1))  # type: ignore[arg-type]
    assert len(later) == len(loaded.model.actions)
    assert all(p.severity == "warning" for p in later)
