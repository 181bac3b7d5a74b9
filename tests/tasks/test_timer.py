"""A task's timer waits while the player reads: from the first move, and not during feedback."""
from __future__ import annotations

import random
from typing import Any

import pytest

from game.actions import Press, Release
from game.loop import STEP_S
from game.tasks.quiz import QuizParams, QuizRules
from tests.tasks.conftest import drawn_words, open_task


def quiz() -> QuizRules:
    params = QuizParams.model_validate({"type": "quiz", "time_limit_s": 30, "questions": [
        {"id": f"q{i}", "kind": "truefalse", "prompt": {"fr": "q", "en": "q"}, "answer": True,
         "explain": {"fr": "car", "en": "because"}} for i in range(2)]})
    return QuizRules(params, random.Random(1))


def run(rules: QuizRules, seconds: float) -> None:
    for _ in range(int(seconds * 60)):
        rules.update(1 / 60)


def test_a_held_timer_starts_at_the_first_move() -> None:
    r = quiz()
    r.hold_timer()
    run(r, 45)  # reading the prompt for longer than the limit
    assert not r.finished and r.time_left == 30
    r.first_move()
    run(r, 10)
    assert r.time_left is not None and 19.5 < r.time_left < 20.5


def test_the_timer_stops_while_the_explanation_is_shown() -> None:
    r = quiz()
    r.toggle("true")
    r.submit()
    left = r.time_left
    run(r, 40)  # reading the explanation
    assert r.reading and r.time_left == left and not r.timed_out
    r.next()
    run(r, 31)
    assert r.timed_out


# -- every shipped task, on screen (issue 9: « timers never run while the player reads ») --
def shipped_tasks() -> list[tuple[str, str]]:
    """One station per task type and mode, from the shipped scenario."""
    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario

    model = load_scenario(DEFAULT_SCENARIO).model
    seen: dict[str, tuple[str, str]] = {}
    for w in model.worlds:
        for s in w.stations:
            kind = s.task.type + ":" + str(getattr(s.task, "mode", ""))
            seen.setdefault(kind, (w.id, s.id))
    return sorted(seen.values())


@pytest.mark.parametrize(("world", "station"), shipped_tasks())
def test_nothing_is_timed_or_measured_before_the_first_move(game: Any, world: str,
                                                            station: str) -> None:
    app, _ctx, clock = game
    view = open_task(game, world, station)
    rules = view.rules
    limit = rules.time_limit
    assert limit is not None, "a shipped task has a timer"
    for _ in range(round(20 / STEP_S)):  # reading the prompt and the screen for 20 s
        clock.advance(STEP_S)
        app.frame()
    assert rules.time_left == limit and not rules.finished, (station, rules.time_left)
    assert getattr(rules, "run_t", 0.0) == 0.0  # a gauge's hold has not begun either
    pos = (960, 1075)  # a first touch, on nothing
    app.dispatch(Press(pos))
    app.dispatch(Release(pos))
    for _ in range(round(3 / STEP_S)):
        clock.advance(STEP_S)
        app.frame()
    assert rules.time_left is not None and rules.time_left < limit - 2, (station, rules.time_left)


@pytest.mark.slow
def test_the_gauge_hold_waits_for_her_and_its_notice_stays_until_read(game: Any) -> None:
    """The hold's needle began drifting 1.5 s after the task opened, while the visitor read
    the prompt (a playtest: the hold was over, scored, before her first touch), and
    « Attention, l'aiguille va bouger ! » showed for less time than it takes to read."""
    from game.autoplay import READ_WPM, words
    from game.i18n import tr

    app, _ctx, clock = game
    view = open_task(game, "maintenance", "manometre")
    rules = view.rules
    assert rules.params.mode == "hold"

    for _ in range(round(10 / STEP_S)):
        clock.advance(STEP_S)
        app.frame()
    assert rules.run_t == 0 and rules.value == rules.params.target
    assert tr("gauge_begin", "fr") in drawn_words(game)  # what starts it, not « it will move »
    pos = view.halves[1].center
    app.dispatch(Press(pos))
    app.dispatch(Release(pos))
    notice = tr("gauge_ready", "fr")
    shown = 0.0
    while rules.ready > 0:
        assert notice in drawn_words(game)
        clock.advance(STEP_S)
        app.frame()
        shown += STEP_S
    assert shown >= words(notice) * 60 / READ_WPM
    for _ in range(round(1 / STEP_S)):
        clock.advance(STEP_S)
        app.frame()
    assert rules.run_t > 0.5  # then the hold runs
