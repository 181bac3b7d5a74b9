"""The weld pass: geometry, measures, bead, defects, score, debrief data, bot."""
from __future__ import annotations

import math
import random
import subprocess
import sys
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from game.tasks import get
from game.tasks.base import TaskResult
from game.tasks.trace import Polyline, TraceBot, TraceParams, TraceRules

ROOT = Path(__file__).resolve().parents[2]
DT = 1 / 60
Pos = tuple[float, float] | None


def params(**extra: Any) -> TraceParams:
    data: dict[str, Any] = {
        "type": "trace",
        "seam_mm": [[0, 0], [60, 0]],
        "speed_mm_s": {"target": 6.0, "tolerance": 2.0},
        "aim_mm": {"tolerance": 1.5},
        "steadiness_mm": {"tolerance": 0.5},
    }
    data.update(extra)
    return TraceParams.model_validate(data)


def weld(torch: Callable[[float], Pos], limit_s: float = 40.0, **extra: Any) -> TraceRules:
    """Feed ``torch(t)`` every fixed step until the pass ends (or ``limit_s``)."""
    r = TraceRules(params(**extra), random.Random(0))
    steps = 0
    while not r.finished and steps * DT < limit_s:
        steps += 1
        r.step(torch(steps * DT), DT)
    return r


def along(speed: float, y: Callable[[float], float] = lambda t: 0.0) -> Callable[[float], Pos]:
    return lambda t: (speed * t, y(t))


def mean_width(r: TraceRules) -> float:
    return sum(d.width_mm for d in r.bead) / len(r.bead)


# -- parameters ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"seam_mm": [[0, 0]]}, "the seam needs at least two points"),
        ({"seam_mm": [[0, 0], [50, 0], [50, 0]]}, "seam points 2 and 3 are the same point (50, 0)"),
        ({"speed_mm_s": {"target": 6, "tolerance": 6}}, "must be smaller than the target (6 mm/s)"),
        ({"speed_mm_s": {"target": 0, "tolerance": 1}}, "the target speed must be above 0 mm/s"),
        ({"seam_mm": [[0, 0], [5, 0]]}, "the seam is only 5 mm long; make it at least 20 mm"),
        ({"aim_mm": {"tolerance": 0}}, "a tolerance must be above 0 mm; got 0"),
    ],
)
def test_validation_messages(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        params(**change)
    assert message in str(info.value)


# -- geometry --------------------------------------------------------------------------
def test_polyline_measures_and_projects() -> None:
    seam = Polyline([(0, 0), (30, 0), (30, 40)])
    assert seam.length_mm == 70
    assert seam.point_at(45) == (30, 15)
    assert seam.tangent_at(45) == (0, 1)
    assert seam.project((10, 2)) == pytest.approx((10, 2))  # left of travel: positive
    assert seam.project((10, -2)) == pytest.approx((10, -2))
    assert seam.project((33, 20)) == pytest.approx((50, -3))
    assert seam.project((-4, 3)) == pytest.approx((0, 5))  # before the start: distance to it
    assert seam.project((31, 5), lo=0, hi=25) == pytest.approx((25, math.hypot(6, 5)))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=2, max_size=5,
             unique=True),
    st.floats(0, 1),
)
def test_every_point_of_the_seam_projects_onto_itself(points: list[tuple[int, int]],
                                                      k: float) -> None:
    seam = Polyline([(float(x), float(y)) for x, y in points])
    s = k * seam.length_mm
    back_s, offset = seam.project(seam.point_at(s))
    assert abs(offset) < 1e-9
    assert math.dist(seam.point_at(back_s), seam.point_at(s)) < 1e-9


# -- a pass ----------------------------------------------------------------------------
def test_a_clean_pass_scores_high_without_defects() -> None:
    r = weld(along(6.0))
    res = r.result()
    assert r.started and r.progress == 1.0 and not res.timed_out
    assert res.score >= 95 and res.details["defects"] == []
    assert all(f.ok for f in res.feedback) and len(res.feedback) == 4
    assert mean_width(r) == pytest.approx(6.0, abs=0.2)
    assert res.details["shares"]["coverage"] == pytest.approx(1.0)


def test_too_fast_gives_lack_of_fusion_and_a_thin_bead() -> None:
    r = weld(along(13.0))
    res = r.result()
    assert "lack_of_fusion" in res.details["defects"]
    assert res.details["shares"]["speed"] < 0.2 and res.score < 70
    assert mean_width(r) < 5.0
    assert r.live.hint == "too_fast"
    speed = res.feedback[0]
    assert not speed.ok and speed.explain is not None
    assert "4–8 mm/s" in speed.explain.get("en") and "too fast on" in speed.explain.get("en")
    assert "manque de fusion" in speed.explain.get("fr")
    assert any(f.label.get("fr") == "Manque de fusion" for f in res.feedback)


def test_too_slow_gives_lack_of_fusion_from_the_pool_ahead_and_a_wide_bead() -> None:
    """MAG physics: too slow, the pool runs ahead of the arc and the edges stay unfused;
    burn-through comes mostly from the gap or the current, not from the speed alone."""
    r = weld(along(2.5), seam_mm=[[0, 0], [30, 0]])
    res = r.result()
    assert res.details["defects"] == ["pool_ahead"]
    assert mean_width(r) > 8.0 and res.score < 70
    defect = next(f for f in res.feedback
                  if f.label.get("fr") == "Manque de fusion : avance trop lente")
    why = defect.explain.get("fr")  # type: ignore[union-attr]
    assert "devant l'arc" in why and "écartement" in why and "intensité" in why
    speed = res.feedback[0].explain
    assert speed is not None and "trop lent sur" in speed.get("fr")
    assert "percement" not in speed.get("fr") and "burn-through" not in speed.get("en")
    assert "pool runs ahead of the arc, lack of fusion" in speed.get("en")


def test_an_offset_pass_is_misplaced() -> None:
    r = weld(along(6.0, lambda t: 3.0))
    res = r.result()
    assert res.details["defects"] == ["misplaced"]
    assert res.details["shares"]["aim"] < 0.05 and res.score <= 60
    assert r.samples[-1].offset == pytest.approx(3.0)
    assert "1,5 mm" in res.feedback[1].explain.get("fr")  # type: ignore[union-attr]


def test_a_shaky_hand_makes_an_irregular_bead() -> None:
    r = weld(along(6.0, lambda t: 1.2 * math.sin(2 * math.pi * 6 * t)))
    res = r.result()
    assert "irregular" in res.details["defects"]
    assert res.details["shares"]["steadiness"] < 0.2
    assert not res.feedback[2].ok


def test_a_slow_drift_is_not_a_tremor() -> None:
    r = weld(along(6.0, lambda t: 0.1 * t))  # 1 mm over the pass: aim moves, hand is steady
    assert r.result().details["shares"]["steadiness"] == 1.0


def test_lifting_the_torch_halfway_leaves_a_gap() -> None:
    def torch(t: float) -> Pos:
        x = 6.0 * t
        return None if 20 < x < 40 else (x, 0.0)

    r = weld(torch)
    res = r.result()
    assert res.details["shares"]["coverage"] == pytest.approx(2 / 3, abs=0.03)
    assert 55 < res.score < 75
    assert not any(20.5 < d.s < 39.5 for d in r.bead)
    assert not res.feedback[3].ok


def test_going_back_does_not_weld_twice() -> None:
    def torch(t: float) -> Pos:  # 0→30 mm in 5 s, back to 10 in 1 s, then on to the end
        if t < 5:
            return (6 * t, 0.0)
        if t < 6:
            return (30 - 20 * (t - 5), 0.0)
        return (10 + 6 * (t - 6), 0.0)

    r = weld(torch)
    assert r.finished and r.result().details["shares"]["coverage"] == pytest.approx(1.0)
    assert not any(5.15 < s.t < 8.95 for s in r.samples)  # back over the weld, then to 28 mm
    assert r.result().score >= 90


def test_a_flick_across_the_seam_scores_almost_nothing() -> None:
    r = weld(along(300.0))
    assert r.finished and r.result().score < 10


def test_never_started_scores_zero_and_the_timer_ends_it() -> None:
    r = weld(lambda t: (30.0, 20.0), time_limit_s=3)
    res = r.result()
    assert not r.started and res.timed_out and res.score == 0 and res.stars == 0
    assert r.progress == 0.0


def test_timer_ends_a_pass_midway() -> None:
    r = weld(along(6.0), time_limit_s=5)
    res = r.result()
    assert res.timed_out and r.elapsed == pytest.approx(5.0, abs=DT)
    assert 0.45 < res.details["shares"]["coverage"] < 0.55


def test_details_carry_the_graph_of_the_pass() -> None:
    res = weld(along(6.0, lambda t: 0.5)).result()
    assert res.details["speed_band"] == (4.0, 8.0)
    assert res.details["aim_band"] == (-1.5, 1.5)
    assert res.details["length_mm"] == 60
    assert len(res.details["speed"]) == len(res.details["aim"]) > 500
    s, offset = res.details["aim"][100]
    assert 0 < s < 60 and offset == pytest.approx(0.5)


def test_live_status_follows_the_torch() -> None:
    r = TraceRules(params(), random.Random(0))
    r.step((40.0, 0.0), DT)
    assert not r.started and r.live.hint is None
    for i in range(60):
        r.step((6 * i * DT, 4.0), DT)
    assert r.started and r.live.welding and r.live.hint == "off_joint"
    r.step(None, DT)
    assert not r.live.welding and r.live.hint is None


# -- bot -------------------------------------------------------------------------------
def bot_pass(skill: float, seed: int, **extra: Any) -> TaskResult:
    p = params(**extra)
    r = TraceRules(p, random.Random(seed))
    bot = TraceBot(p, random.Random(seed), skill)
    steps = 0
    while not r.finished and steps < 60 * 60:
        steps += 1
        r.step(bot.position(r, steps * DT), DT)
    return r.finish()


CORNER = {"seam_mm": [[0, 0], [40, 0], [40, 30]],
          "speed_mm_s": {"target": 5.0, "tolerance": 1.0}, "aim_mm": {"tolerance": 1.0}}


@pytest.mark.parametrize("extra", [{}, CORNER])
def test_bot_skill_follows_the_score(extra: dict[str, Any]) -> None:
    for seed in range(3):
        best = bot_pass(1.0, seed, **extra).score
        mid = bot_pass(0.5, seed, **extra).score
        worst = bot_pass(0.0, seed, **extra).score
        assert best >= 90 and 35 <= mid <= 80 and worst < mid - 10


def test_bot_same_seed_same_pass() -> None:
    assert bot_pass(0.6, 7) == bot_pass(0.6, 7)
    assert bot_pass(0.6, 7).details != bot_pass(0.6, 8).details


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("trace").rules is TraceRules
    code = "import sys, game.tasks.trace; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# -- the verdict agrees with the graph (a playtest: « trop lent sur 50–63 % » under a green graph)
def rest_then_weld(rest_s: float, pause_at: float, pause_s: float) -> Callable[[float], Pos]:
    """The torch put on the start and held still ``rest_s`` (reading the HUD), then moved
    at 6 mm/s, stopped ``pause_s`` at ``pause_at`` mm, then on to the end."""
    def torch(t: float) -> Pos:
        t -= rest_s
        if t <= 0:
            return (0.0, 0.0)
        x = 6.0 * t
        if x > pause_at:
            x = max(pause_at, 6.0 * (t - pause_s))
        return (x, 0.0)
    return torch


def graph_share_in_band(res: TaskResult) -> float:
    """What the debrief's graph shows: the share of the seam's length (its x axis) where the
    speed line is inside the band."""
    lo, hi = res.details["speed_band"]
    points = res.details["speed"]
    laid = inside = 0.0
    for (s0, _), (s1, v) in pairwise(points):
        laid += max(0.0, s1 - s0)
        inside += max(0.0, s1 - s0) if lo <= v <= hi else 0.0
    return inside / laid


def test_a_resting_torch_is_not_too_slow_where_the_graph_is_in_the_band() -> None:
    r = weld(rest_then_weld(4.0, 30.0, 3.0), limit_s=60)
    res = r.result()
    assert r.finished and not res.timed_out
    assert graph_share_in_band(res) > 0.9  # the graph: in the band but for two short dips
    assert res.details["shares"]["speed"] == pytest.approx(graph_share_in_band(res), abs=0.02)
    assert "pool_ahead" not in res.details["defects"]
    speed = res.feedback[0]
    assert speed.ok and speed.explain is not None
    fr, en = speed.explain.get("fr"), speed.explain.get("en")
    assert fr.startswith(("9", "100")) and "du cordon entre 4 et 8 mm/s" in fr
    assert "of the bead within 4–8 mm/s" in en
    assert res.score >= 90


def test_a_pass_too_slow_along_its_length_is_still_too_slow() -> None:
    r = weld(along(2.5), seam_mm=[[0, 0], [30, 0]])
    res = r.result()
    assert graph_share_in_band(res) < 0.05
    assert res.details["shares"]["speed"] < 0.05 and "pool_ahead" in res.details["defects"]


def test_the_graph_names_its_zones_with_the_verdicts_words() -> None:
    from game.i18n import LANGUAGES, tr

    for lang in LANGUAGES:
        assert tr("trace.too_slow_on", lang, share="x").startswith(tr("trace.zone_slow", lang))
        assert tr("trace.too_fast_on", lang, share="x").startswith(tr("trace.zone_fast", lang))
        assert tr("trace.off_joint_on", lang, share="x").startswith(tr("trace.zone_off", lang))
