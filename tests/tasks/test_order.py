"""Order rules: validation, shuffle, moves, scoring by inversions, bot."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from game.tasks import get
from game.tasks.order import OrderBot, OrderParams, OrderRules

ROOT = Path(__file__).resolve().parents[2]
IDS = ["consigner", "couper", "verrouiller", "verifier"]


def params(ids: list[str] = IDS, **extra: Any) -> OrderParams:
    steps = [{"id": i, "text": {"fr": i, "en": i}, "explain": {"fr": "car", "en": "because"}}
             for i in ids]
    return OrderParams.model_validate({"type": "order", "steps": steps, **extra})


def rules(seed: int = 0, ids: list[str] = IDS, **extra: Any) -> OrderRules:
    return OrderRules(params(ids, **extra), random.Random(seed))


def test_validation_messages() -> None:
    with pytest.raises(ValidationError, match="at least two steps to put in order; it has 1"):
        params(["seul"])
    with pytest.raises(ValidationError, match="step id 'a' is used twice"):
        params(["a", "b", "a"])


@pytest.mark.parametrize("ids", [IDS[:2], IDS[:3], IDS])
def test_shuffle_is_never_already_sorted(ids: list[str]) -> None:
    for seed in range(100):
        r = rules(seed, ids)
        assert r.order != ids and sorted(r.order) == sorted(ids)


def test_move_and_swap() -> None:
    r = rules()
    r.order = ["a", "b", "c", "d"]
    r.move(0, 2)
    assert r.order == ["b", "c", "a", "d"]
    r.swap(0, 3)
    assert r.order == ["d", "c", "a", "b"]
    r.move(0, 4)
    r.swap(-1, 2)
    assert r.order == ["d", "c", "a", "b"]  # out of range: ignored


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(-2, 5), st.integers(-2, 5), st.booleans()), max_size=12))
def test_any_moves_keep_every_step_once(moves: list[tuple[int, int, bool]]) -> None:
    r = rules()
    for a, b, swap in moves:
        (r.swap if swap else r.move)(a, b)
    assert sorted(r.order) == sorted(IDS) and 0 <= r.score() <= 100


def test_scoring_by_inversions() -> None:
    r = rules()
    r.order = list(IDS)
    assert r.score() == 100
    r.order = list(reversed(IDS))
    assert r.score() == 0
    r.order = [IDS[1], IDS[0], IDS[2], IDS[3]]  # one adjacent swap: 1 of 6 pairs wrong
    r.submit()
    assert r.finished and r.result().score == round(100 * 5 / 6)


def test_feedback_per_step_and_details() -> None:
    r = rules()
    r.order = [IDS[0], IDS[2], IDS[1], IDS[3]]
    r.submit()
    result = r.result()
    assert [f.ok for f in result.feedback] == [True, False, False, True]
    assert [f.label.get("fr") for f in result.feedback] == IDS
    assert result.details == {"order": r.order, "correct": IDS}
    r.move(0, 1)  # finished: nothing moves
    assert r.order == [IDS[0], IDS[2], IDS[1], IDS[3]]


def test_a_misplaced_step_says_where_she_put_it() -> None:
    """The debrief lists the steps in the right order: a cross beside a step's text says in
    words where she had it (a playtest read the cross as "this step is wrong")."""
    r = rules()
    r.order = [IDS[0], IDS[2], IDS[1], IDS[3]]
    r.submit()
    said = [f.answer for f in r.result().feedback]
    assert said[0] is None and said[3] is None  # in place: the tick says it
    assert said[1] is not None and said[2] is not None
    assert said[1].get("fr") == "C'est l'étape 2 ; tu l'avais mise en position 3."
    assert said[2].get("en") == "This is step 3; you had put it at position 2."


def test_time_out_scores_the_current_order() -> None:
    r = rules(time_limit_s=2)
    before = r.score()
    for _ in range(121):
        r.update(1 / 60)
    assert r.finished and r.result().timed_out and r.result().score == round(before)


def play(skill: float, seed: int, n: int = 6) -> tuple[int, int]:
    ids = [f"s{i}" for i in range(n)]
    p = params(ids)
    r = OrderRules(p, random.Random(seed))
    bot = OrderBot(p, random.Random(seed), skill)
    moves = 0
    while (move := bot.next_move(r)) is not None:
        r.move(*move)
        moves += 1
        assert moves <= 2 * n
    r.submit()
    return r.result().score, moves


def test_bot_at_full_skill_sorts_perfectly() -> None:
    for seed in range(20):
        score, moves = play(1.0, seed)
        assert score == 100 and moves <= 5


def test_bot_at_low_skill_ends_and_is_deterministic() -> None:
    runs = [play(0.0, seed) for seed in range(20)]
    assert runs == [play(0.0, seed) for seed in range(20)]
    assert min(score for score, _ in runs) < 100


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("order").rules is OrderRules
    code = "import sys, game.tasks.order; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
