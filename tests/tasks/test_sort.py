"""Sort rules: validation messages, placing and taking out, scoring, time-out, bot."""
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
from game.tasks.sort import SortBot, SortParams, SortRules

ROOT = Path(__file__).resolve().parents[2]
BINS = ["a", "b", "rebut"]
ITEMS = {"c1": "a", "c2": "b", "c3": "rebut", "c4": "a", "c5": "b"}


def text(fr: str) -> dict[str, str]:
    return {"fr": fr, "en": fr + " (en)"}


def spec(bins: list[str] = BINS, items: dict[str, str] = ITEMS, **extra: Any) -> dict[str, Any]:
    return {"type": "sort",
            "bins": [{"id": b, "label": text(f"Bac {b}")} for b in bins],
            "items": [{"id": i, "text": text(f"Cellule {i}"), "bin": b,
                       "explain": text(f"pourquoi {i}")} for i, b in items.items()],
            **extra}


def params(**kw: Any) -> SortParams:
    return SortParams.model_validate(spec(**kw))


def rules(seed: int = 0, **kw: Any) -> SortRules:
    return SortRules(params(**kw), random.Random(seed))


def error(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as info:
        SortParams.model_validate(data)
    return str(info.value)


# -- validation -----------------------------------------------------------------------
def test_bins_and_items_are_counted() -> None:
    assert "needs 2 to 5 bins; it has 1" in error(spec(bins=["a"], items={"x": "a", "y": "a"}))
    six = ["a", "b", "c", "d", "e", "f"]
    assert "needs 2 to 5 bins; it has 6" in error(spec(bins=six))
    assert "needs 3 to 12 items; it has 2" in error(spec(items={"x": "a", "y": "b"}))
    many = {f"i{k}": BINS[k % 3] for k in range(13)}
    assert "needs 3 to 12 items; it has 13" in error(spec(items=many))


def test_ids_must_be_unique() -> None:
    assert "bin id 'a' is used twice" in error(spec(bins=["a", "b", "a"]))
    data = spec()
    data["items"][1]["id"] = "c1"
    assert "item id 'c1' is used twice; each item needs its own id" in error(data)


def test_an_item_must_name_an_existing_bin() -> None:
    msg = error(spec(items={"c1": "a", "c2": "rebu", "c3": "b"}))
    assert "item 'c2' goes in bin 'rebu', which does not exist; did you mean 'rebut'?" in msg
    msg = error(spec(items={"c1": "a", "c2": "zzz", "c3": "b"}))
    assert "the bins are: a, b, rebut" in msg


def test_items_must_spread_over_two_bins_but_a_bin_may_stay_empty() -> None:
    assert "every item goes in bin 'a'; spread the items over at least two bins" in \
        error(spec(items={"x": "a", "y": "a", "z": "a"}))
    p = params(items={"x": "a", "y": "b", "z": "a"})  # 'rebut' is a decoy: allowed
    assert [b.id for b in p.bins] == BINS


def test_texts_must_be_short_enough_for_a_card() -> None:
    data = spec()
    data["items"][0]["text"] = {"fr": "x" * 41, "en": "ok"}
    assert "an item's text is 41 characters long in 'fr'; keep it to 40" in error(data)
    data = spec()
    data["bins"][0]["label"] = {"fr": "ok", "en": "y" * 33}
    assert "a bin label is 33 characters long in 'en'; keep it to 32" in error(data)


def test_extra_keys_and_blank_ids_are_refused() -> None:
    data = spec()
    data["items"][0]["colour"] = "red"
    assert "colour" in error(data)
    data = spec()
    data["bins"][0]["id"] = "  "
    assert "an id cannot be empty" in error(data)


# -- play -----------------------------------------------------------------------------
def test_items_start_unplaced_in_a_shuffled_order() -> None:
    orders = {tuple(rules(seed).order) for seed in range(20)}
    assert len(orders) > 1
    r = rules()
    assert sorted(r.unplaced) == sorted(ITEMS) and not r.can_submit
    assert r.in_bin("a") == [] and r.bin_of("c1") is None


def test_place_move_and_take_out() -> None:
    r = rules()
    assert r.place("c1", "b") and r.bin_of("c1") == "b" and not r.is_right("c1")
    assert r.place("c1", "a") and r.in_bin("a") == ["c1"] and r.in_bin("b") == []
    assert not r.place("c1", "a")  # already there: not a move
    assert not r.place("c1", "nope") and not r.place("nope", "a")
    assert r.unplace("c1") and r.bin_of("c1") is None and "c1" in r.unplaced
    assert not r.unplace("c1")
    assert r.moves == 3


def test_scoring_counts_correct_placements_and_unplaced_are_wrong() -> None:
    r = rules()
    for item, right in ITEMS.items():
        r.place(item, right)
    assert r.can_submit and r.score() == 100
    r.place("c2", "a")  # one of five wrong
    assert r.score() == 80
    r.unplace("c3")  # an unplaced card counts as wrong
    assert r.score() == 60 and not r.can_submit
    r.submit()  # submitting anyway is allowed (a time-out does it)
    res = r.result()
    assert res.score == 60 and res.stars == 1 and not res.timed_out
    assert not r.place("c3", "rebut")  # finished: nothing moves


def test_feedback_per_item_says_where_it_goes_and_why() -> None:
    r = rules()
    r.place("c1", "a")
    r.place("c2", "a")  # wrong
    r.submit()
    fb = {f.label.get("fr"): f for f in r.result().feedback}
    assert list(fb) == [f"Cellule {i}" for i in ITEMS]  # written order
    assert fb["Cellule c1"].ok and fb["Cellule c1"].explain.get("fr") == \
        "Va dans « Bac a ». pourquoi c1"
    assert not fb["Cellule c2"].ok
    assert fb["Cellule c2"].explain.get("fr") == \
        "Va dans « Bac b », pas dans « Bac a ». pourquoi c2"
    assert fb["Cellule c2"].explain.get("en") == \
        'Goes in "Bac b (en)", not in "Bac a (en)". pourquoi c2 (en)'
    assert not fb["Cellule c3"].ok  # never placed
    assert fb["Cellule c3"].explain.get("fr") == "Va dans « Bac rebut ». pourquoi c3"
    details = r.result().details
    assert details["placement"] == {"c1": "a", "c2": "a", "c3": None, "c4": None, "c5": None}
    assert details["correct"] == ITEMS and details["unplaced"] == ["c3", "c4", "c5"]
    assert details["moves"] == 2


def test_an_item_without_explain_still_says_its_bin() -> None:
    data = spec()
    del data["items"][0]["explain"]
    r = SortRules(SortParams.model_validate(data), random.Random(0))
    r.submit()
    assert r.result().feedback[0].explain.get("fr") == "Va dans « Bac a »."


def test_time_out_scores_what_is_placed() -> None:
    r = rules(time_limit_s=2)
    r.place("c1", "a")
    r.place("c2", "b")
    for _ in range(121):
        r.update(1 / 60)
    res = r.result()
    assert r.finished and res.timed_out and res.score == 40


def test_timers_off_never_time_out() -> None:
    r = SortRules(params(time_limit_s=2), random.Random(0), timers=False)
    for _ in range(600):
        r.update(1 / 60)
    assert not r.finished and r.time_left is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(ITEMS)), st.sampled_from([*BINS, None])),
                max_size=20))
def test_any_moves_keep_every_item_once(moves: list[tuple[str, str | None]]) -> None:
    r = rules()
    for item, b in moves:
        if b is None:
            r.unplace(item)
        else:
            r.place(item, b)
    placed = [i for b in BINS for i in r.in_bin(b)]
    assert sorted(placed + r.unplaced) == sorted(ITEMS)
    assert 0 <= r.score() <= 100
    assert r.score() == 100 * sum(r.bin_of(i) == ITEMS[i] for i in ITEMS) / len(ITEMS)


# -- bot ------------------------------------------------------------------------------
def play(skill: float, seed: int) -> tuple[int, dict[str, str | None]]:
    items = {f"i{k}": BINS[k % 3] for k in range(12)}
    p = params(items=items)
    r = SortRules(p, random.Random(seed))
    bot = SortBot(p, random.Random(seed), skill)
    moves = 0
    while (move := bot.next_move(r)) is not None:
        assert r.place(*move)
        moves += 1
        assert moves <= len(items)
    r.submit()
    return r.result().score, r.result().details["placement"]


def test_bot_at_full_skill_sorts_everything() -> None:
    for seed in range(20):
        assert play(1.0, seed)[0] == 100


def test_bot_is_deterministic_and_a_low_skill_makes_mistakes() -> None:
    assert [play(0.3, s) for s in range(10)] == [play(0.3, s) for s in range(10)]
    assert max(play(0.0, s)[0] for s in range(10)) == 0  # skill 0: always a wrong bin
    assert 0 < sum(play(0.5, s)[0] for s in range(10)) / 10 < 100


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("sort").rules is SortRules and get("sort").bot is SortBot
    code = "import sys, game.tasks.sort; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
