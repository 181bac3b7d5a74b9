"""A task's timer waits while the player reads: from the first move, and not during feedback."""
from __future__ import annotations

import random

from game.tasks.quiz import QuizParams, QuizRules


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
