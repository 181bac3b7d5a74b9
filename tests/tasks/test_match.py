"""Match rules: validation messages, linking and unlinking, scoring, time-out, bot."""
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
from game.tasks.match import MatchBot, MatchParams, MatchRules

ROOT = Path(__file__).resolve().parents[2]
IDS = ["angle", "v", "droits", "tour"]


def text(fr: str) -> dict[str, str]:
    return {"fr": fr, "en": fr + " (en)"}


def pair(pid: str) -> dict[str, Any]:
    return {"id": pid, "left": {"text": text(f"symbole {pid}")},
            "right": {"text": text(f"sens {pid}")}, "explain": text(f"car {pid}")}


def spec(ids: list[str] = IDS, **extra: Any) -> dict[str, Any]:
    return {"type": "match", "pairs": [pair(i) for i in ids], **extra}


def rules(seed: int = 0, ids: list[str] = IDS, **extra: Any) -> MatchRules:
    return MatchRules(MatchParams.model_validate(spec(ids, **extra)), random.Random(seed))


def error(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as info:
        MatchParams.model_validate(data)
    return str(info.value)


# -- validation -----------------------------------------------------------------------
def test_pairs_are_counted() -> None:
    assert "needs 3 to 8 pairs; it has 2" in error(spec(IDS[:2]))
    assert "needs 3 to 8 pairs; it has 9" in error(spec([f"p{k}" for k in range(9)]))


def test_pair_ids_must_be_unique() -> None:
    assert "pair id 'v' is used twice; each pair needs its own id" in error(spec(["v", "a", "v"]))


def test_a_side_needs_a_text_or_an_image_and_a_pair_a_text() -> None:
    data = spec()
    data["pairs"][0]["left"] = {}
    assert "give this side a text or an image (or both)" in error(data)
    data = spec()
    data["pairs"][1]["left"] = {"image": "a.png"}
    data["pairs"][1]["right"] = {"image": "b.png"}
    assert "pair 'v' has pictures only; give one side a text" in error(data)
    data = spec()
    data["pairs"][1]["left"] = {"image": "a.png"}  # a picture ↔ a text: fine
    MatchParams.model_validate(data)


def test_two_items_that_look_the_same_are_refused() -> None:
    data = spec()
    data["pairs"][2]["right"] = {"text": text("sens angle")}
    assert "pairs 'angle' and 'droits' show the same right item" in error(data)


def test_texts_must_fit_a_row() -> None:
    data = spec()
    data["pairs"][0]["right"] = {"text": {"fr": "m" * 71, "en": "ok"}}
    assert "this text is 71 characters long in 'fr'; keep it to 70" in error(data)


# -- play -----------------------------------------------------------------------------
def test_right_column_is_shuffled_never_in_straight_lines() -> None:
    for seed in range(100):
        r = rules(seed, IDS[:3])
        assert r.left == IDS[:3] and sorted(r.right) == sorted(IDS[:3])
        assert r.right != r.left
    assert len({tuple(rules(s).right) for s in range(20)}) > 1


def test_links_are_one_to_one() -> None:
    r = rules()
    assert r.link("angle", "v") and r.links == {"angle": "v"}
    assert r.link("angle", "angle") and r.links == {"angle": "angle"}  # re-linked
    assert r.link("v", "angle")  # takes 'angle' away from the left 'angle'
    assert r.links == {"v": "angle"} and r.left_of("angle") == "v"
    assert not r.link("v", "angle") and not r.link("nope", "v") and not r.link("v", "nope")
    assert r.unlinked == ["angle", "droits", "tour"]
    assert r.unlink_right("angle") and r.links == {}
    assert not r.unlink("v") and not r.unlink_right("angle")
    assert r.moves == 4


def test_scoring_counts_correct_pairs() -> None:
    r = rules()
    for p in IDS:
        r.link(p, p)
    assert r.can_submit and r.score() == 100
    r.link("angle", "v")  # swaps two pairs' partners: 'v' left loses its link
    assert r.score() == 50 and not r.can_submit
    r.link("v", "angle")
    assert r.score() == 50 and r.can_submit
    r.submit()
    res = r.result()
    assert res.score == 50 and res.stars == 1
    assert not r.link("angle", "angle")  # finished: nothing moves


def test_feedback_names_each_pair_and_what_the_player_linked() -> None:
    r = rules()
    r.link("angle", "angle")
    r.link("v", "droits")
    r.submit()
    fb = r.result().feedback
    assert [f.label.get("fr") for f in fb] == [f"symbole {p} — sens {p}" for p in IDS]
    assert [f.ok for f in fb] == [True, False, False, False]
    assert fb[0].explain.get("fr") == "car angle"
    assert fb[1].explain.get("fr") == "Tu l'avais relié à « sens droits ». car v"
    assert fb[1].explain.get("en") == 'You had linked it to "sens droits (en)". car v (en)'
    assert fb[2].explain.get("fr") == "car droits"  # left unlinked: just the why
    d = r.result().details
    assert d["links"] == {"angle": "angle", "v": "droits", "droits": None, "tour": None}
    assert d["right_order"] == r.right and d["moves"] == 2


def test_a_pair_with_a_picture_side_is_named_by_its_text() -> None:
    data = spec()
    data["pairs"][0]["left"] = {"image": "symbol.png"}
    r = MatchRules(MatchParams.model_validate(data), random.Random(0))
    r.submit()
    assert r.result().feedback[0].label.get("fr") == "sens angle"


def test_time_out_scores_the_links_so_far() -> None:
    r = rules(time_limit_s=1.5)
    r.link("angle", "angle")
    for _ in range(91):
        r.update(1 / 60)
    res = r.result()
    assert res.timed_out and res.score == 25


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(IDS), st.sampled_from([*IDS, None])), max_size=20))
def test_any_moves_keep_links_one_to_one(moves: list[tuple[str, str | None]]) -> None:
    r = rules()
    for left, right in moves:
        if right is None:
            r.unlink(left)
        else:
            r.link(left, right)
    assert len(set(r.links.values())) == len(r.links)
    assert sorted(r.unlinked + list(r.links)) == sorted(IDS)
    assert r.score() == 100 * sum(r.links.get(p) == p for p in IDS) / len(IDS)


# -- bot ------------------------------------------------------------------------------
def play(skill: float, seed: int, n: int = 8) -> tuple[int, dict[str, str | None]]:
    ids = [f"p{k}" for k in range(n)]
    p = MatchParams.model_validate(spec(ids))
    r = MatchRules(p, random.Random(seed))
    bot = MatchBot(p, random.Random(seed), skill)
    moves = 0
    while (move := bot.next_move(r)) is not None:
        assert r.link(*move)
        moves += 1
        assert moves <= n  # every move adds a link: the bot always ends
    r.submit()
    return r.result().score, r.result().details["links"]


def test_bot_at_full_skill_matches_everything() -> None:
    for seed in range(20):
        assert play(1.0, seed)[0] == 100


def test_bot_is_deterministic_and_a_low_skill_makes_mistakes() -> None:
    assert [play(0.4, s) for s in range(10)] == [play(0.4, s) for s in range(10)]
    assert min(play(0.0, s)[0] for s in range(10)) < 50
    assert 0 < sum(play(0.5, s)[0] for s in range(10)) / 10 < 100


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("match").rules is MatchRules and get("match").bot is MatchBot
    code = "import sys, game.tasks.match; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
