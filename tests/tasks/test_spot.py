"""Spot rules: validation, taps and their reach, reading order, scoring, feedback, bot."""
from __future__ import annotations

import random
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from game.tasks import get
from game.tasks.base import TaskResult
from game.tasks.spot import SpotBot, SpotParams, SpotRules, check_image_bounds, reading_order

ROOT = Path(__file__).resolve().parents[2]


def area(i: str, x: float, y: float, r: float = 20, **extra: Any) -> dict[str, Any]:
    return {"id": i, "x": x, "y": y, "radius": r, "label": {"fr": f"{i} fr", "en": f"{i} en"},
            "explain": {"fr": f"pourquoi {i}", "en": f"why {i}"}, **extra}


HOTSPOTS = [area("pores", 180, 164), area("caniveau", 350, 160), area("fissure", 100, 250)]
DECOYS = [area("vagues", 120, 160), area("reflet", 420, 240, 30)]


def params(**extra: Any) -> SpotParams:
    data: dict[str, Any] = {"type": "spot", "image": "assets/welding/defect_porosity.png",
                            "hotspots": HOTSPOTS, "decoys": DECOYS}
    data.update(extra)
    return SpotParams.model_validate(data)


def rules(seed: int = 0, **extra: Any) -> SpotRules:
    return SpotRules(params(**extra), random.Random(seed))


def texts(result: TaskResult, lang: str = "fr") -> list[tuple[str, bool, str]]:
    return [(f.label.get(lang), f.ok, f.explain.get(lang) if f.explain else "")
            for f in result.feedback]


# -- parameters ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"hotspots": []}, "a spot task needs at least one hotspot"),
        ({"decoys": DECOYS[:1]}, "a spot task needs at least 2 decoys"),
        ({"decoys": [*DECOYS, area("pores", 10, 10)]},
         "the id 'pores' is used twice (a hotspot and a decoy)"),
        ({"hotspots": [area("a", -5, 10)]}, "'a' is at (-5, 10); positions are image pixels"),
        ({"hotspots": [area("a", 5, 10, 0)]}, "the radius of 'a' must be above 0 pixels; got 0"),
        ({"hotspots": [area("a", 120, 160)]},
         "'a' and 'vagues' have the same centre (120, 160)"),
        ({"hotspots": [area(" ", 5, 10)]}, "an id cannot be empty"),
        ({"hotspots": [{k: v for k, v in area("a", 5, 5).items() if k != "explain"}]},
         "explain"),
        ({"hotspots": [area("a", 5, 10, outline=[[0, 0], [9, 9]])]},
         "the outline of 'a' has 2 corners; an outline needs 3 to 200"),
        ({"hotspots": [area("a", 5, 10, outline=[[0, 0], [9, -9], [9, 9]])]},
         "the outline of 'a' has a corner at (9, -9)"),
    ],
)
def test_validation_messages(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        params(**change)
    assert message in str(info.value)


def test_image_bounds_are_checked_once_the_size_is_known() -> None:
    p = params(hotspots=[*HOTSPOTS, area("dehors", 500, 10), area("enorme", 200, 100, 200)])
    problems = check_image_bounds(p, (480, 320))
    assert problems == [
        ("hotspot 'dehors' is at (500, 10), outside the 480×320 image "
         "assets/welding/defect_porosity.png; positions are in the image's own pixels"),
        ("hotspot 'enorme' has a radius of 200 px, more than half of the 480×320 image; "
         "circle only the place that matters"),
    ]
    assert check_image_bounds(params(), (480, 320)) == []


def test_an_outline_outside_the_picture_is_reported() -> None:
    p = params(hotspots=[area("porte", 100, 100, outline=[[90, 90], [600, 90], [90, 200]])])
    assert check_image_bounds(p, (480, 320)) == [
        "the outline of hotspot 'porte' goes outside the 480×320 image "
        "assets/welding/defect_porosity.png; corners are in the image's own pixels"]


# -- taps ------------------------------------------------------------------------------
def test_a_tap_on_the_drawn_outline_counts_beyond_the_circle() -> None:
    # a door leaf drawn to the right of its circle: (260, 60) is 80 px from the centre
    leaf = [[150, 20], [280, 20], [280, 120], [150, 120]]
    r = rules(hotspots=[area("porte", 180, 60, 30, outline=leaf)],
              decoys=[area("tapis", 400, 60, 30), area("vitre", 60, 250, 30)])
    assert r.area_at(260, 60).id == "porte"  # type: ignore[union-attr]
    assert r.area_at(300, 60) is None  # off the leaf, off the circle
    assert r.tap(260, 60).kind == "found"  # type: ignore[union-attr]


def test_a_drawn_object_wins_over_a_neighbours_circle() -> None:
    # the decoy's circle (r 60) reaches over the hotspot's small drawn cup at (250, 60)
    cup = [[240, 40], [262, 40], [262, 80], [240, 80]]
    r = rules(hotspots=[area("gobelet", 251, 60, 10, outline=cup)],
              decoys=[area("banc", 200, 60, 60), area("vitre", 60, 250, 30)])
    assert r.area_at(242, 45).id == "gobelet"  # type: ignore[union-attr]
    assert r.area_at(230, 60).id == "banc"  # type: ignore[union-attr]


def test_taps_find_hotspots_and_count_wrong_taps() -> None:
    r = rules()
    assert r.tap(185, 170).kind == "found"  # type: ignore[union-attr]
    assert r.tap(180, 164).kind == "again"  # type: ignore[union-attr]  # no effect
    assert r.tap(121, 158).kind == "decoy"  # type: ignore[union-attr]
    assert r.tap(121, 158).kind == "again"  # type: ignore[union-attr]  # read again: free
    assert r.tap(300, 40).kind == "miss"  # type: ignore[union-attr]
    assert r.found == ["pores"] and r.decoys_tapped == ["vagues"] and r.misses == 1
    assert r.wrong_taps == 2
    assert r.score() == pytest.approx(100 / 3 - 20)


def test_a_finger_reaches_small_circles_and_overlaps_go_to_the_nearest_centre() -> None:
    r = rules()
    assert r.area_at(180, 190) is None  # 26 px from a 20 px circle
    assert r.area_at(180, 190, reach=32).id == "pores"  # type: ignore[union-attr]
    # between "vagues" (120) and "pores" (180), nearer the decoy
    assert r.area_at(145, 162, reach=40).id == "vagues"  # type: ignore[union-attr]


def test_finding_everything_ends_the_task_with_full_marks() -> None:
    r = rules()
    for h in HOTSPOTS:
        assert not r.finished
        r.mark(h["id"])
    assert r.finished and r.result().score == 100 and r.result().stars == 3
    assert r.tap(10, 10) is None  # finished: taps are ignored


def test_done_early_scores_what_was_found_and_never_below_zero() -> None:
    r = rules()
    r.mark("pores")
    r.done()
    assert r.result().score == 33
    r = rules()
    r.mark("caniveau")
    for _ in range(5):
        r.tap(5, 5)
    r.done()
    assert r.result().score == 0


def test_timer_ends_the_task() -> None:
    r = rules(time_limit_s=2)
    r.mark("pores")
    r.mark("caniveau")
    for _ in range(121):
        r.update(1 / 60)
    assert r.finished and r.result().timed_out and r.result().score == 67


def test_reading_order_is_rows_then_left_to_right() -> None:
    r = rules()
    assert r.candidates == ["vagues", "pores", "caniveau", "fissure", "reflet"]  # 2 rows
    shuffled = [*reversed(params().areas())]
    assert reading_order(shuffled) == r.candidates


def test_feedback_for_every_hotspot_and_every_wrong_tap() -> None:
    r = rules()
    r.mark("caniveau")
    r.mark("reflet")
    r.tap(300, 40)
    r.tap(300, 300)
    r.done()
    res = r.result()
    assert texts(res) == [
        ("pores fr", False, "pourquoi pores"),
        ("caniveau fr", True, "pourquoi caniveau"),
        ("fissure fr", False, "pourquoi fissure"),
        ("reflet fr : ce n'était pas un défaut", False, "pourquoi reflet"),
        ("2 touches sur une zone sans défaut", False,
         ("Chaque touche à côté coûte 10 points : en contrôle, un faux défaut fait refaire "
          "une pièce bonne. Observe bien avant de toucher.")),
    ]
    assert texts(res, "en")[3] == ("reflet en: not a fault", False, "why reflet")
    # beside a missed fault's name a cross alone could read « not a fault »: words say it
    said = [f.answer.get("fr") if f.answer else None for f in res.feedback]
    assert said[:3] == ["Manqué : c'était à signaler.", None, "Manqué : c'était à signaler."]
    assert res.feedback[0].answer.get("en") == "Missed: it needed reporting."
    d = res.details
    assert d["found"] == ["caniveau"] and d["missed"] == ["pores", "fissure"]
    assert d["decoys_tapped"] == ["reflet"] and d["misses"] == 2 and d["wrong_taps"] == 3
    assert [t[2] for t in d["taps"]] == ["found", "decoy", "miss", "miss"]
    assert d["image"] == "assets/welding/defect_porosity.png"
    assert res.score == 3  # 33 − 30


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 480), st.floats(0, 320)), max_size=25))
def test_any_taps_keep_the_score_in_range(taps: list[tuple[float, float]]) -> None:
    r = rules()
    for x, y in taps:
        r.tap(x, y, reach=10)
    assert 0 <= r.score() <= 100
    assert len(set(r.found)) == len(r.found) and len(r.found) + r.wrong_taps <= len(taps)


# -- bot -------------------------------------------------------------------------------
def bot_play(skill: float, seed: int) -> TaskResult:
    p = params()
    r = SpotRules(p, random.Random(seed))
    bot = SpotBot(p, random.Random(seed + 1), skill)
    while (spot := bot.next_tap(r)) is not None:
        r.tap(*spot, reach=12)
    r.done()
    return r.result()


def test_bot_skill_follows_the_score() -> None:
    seeds = range(30)
    best = [bot_play(1.0, s).score for s in seeds]
    mid = [bot_play(0.5, s).score for s in seeds]
    worst = [bot_play(0.0, s).score for s in seeds]
    assert min(best) >= 90
    assert statistics.mean(best) > statistics.mean(mid) + 15 > statistics.mean(worst) + 30


def test_bot_same_seed_same_game() -> None:
    assert bot_play(0.4, 7) == bot_play(0.4, 7)
    assert any(bot_play(0.4, 7).details != bot_play(0.4, s).details for s in range(8, 12))


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("spot").rules is SpotRules and get("spot").bot is SpotBot
    code = "import sys, game.tasks.spot; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
