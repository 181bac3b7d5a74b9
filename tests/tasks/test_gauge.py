"""Gauge rules: validation, the needle's motion, stop and hold scoring, feedback, bot."""
from __future__ import annotations

import random
import statistics
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from game.tasks import get
from game.tasks.base import TaskResult
from game.tasks.gauge import GaugeBot, GaugeParams, GaugeRules, closeness, stop_points
from game.tasks.gauge.rules import READY_S, REVEAL_S

ROOT = Path(__file__).resolve().parents[2]
DT = 1 / 60


def params(**extra: Any) -> GaugeParams:
    data: dict[str, Any] = {
        "type": "gauge", "label": {"fr": "Épaisseur d'enduction", "en": "Coating thickness"},
        "unit": "µm", "min": 0, "max": 200, "target": 120, "tolerance": 6,
        "explain": {"fr": "Trop mince : moins d'énergie.", "en": "Too thin: less energy."},
    }
    data.update(extra)
    return GaugeParams.model_validate(data)


def rules(seed: int = 0, **extra: Any) -> GaugeRules:
    return GaugeRules(params(**extra), random.Random(seed))


def run(r: GaugeRules, seconds: float) -> None:
    for _ in range(round(seconds / DT)):
        r.update(DT)


def texts(result: TaskResult, lang: str = "fr") -> list[tuple[str, bool, str]]:
    return [(f.label.get(lang), f.ok, f.explain.get(lang) if f.explain else "")
            for f in result.feedback]


# -- parameters ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"max": 0}, "max (0) must be above min (0)"),
        ({"tolerance": 0}, "the tolerance must be above 0 µm; got 0"),
        ({"target": 198}, "the zone 192–204 µm (target ± tolerance) must lie on the scale 0–200"),
        ({"tolerance": 60}, "the zone covers 60 % of the scale; keep it under 50 %"),
        ({"rounds": 0}, "rounds must be between 1 and 10; got 0"),
        ({"sweep_s": 0.2}, "sweep_s must be at least 0.5 s, or the needle is a blur; got 0.2"),
        ({"mode": "hold", "hold_s": 0}, "hold_s must be above 0 seconds; got 0"),
        ({"mode": "hold", "drift": -1}, "drift is a strength (µm per second), 0 or more; got -1"),
        ({"mode": "hold", "drift": 31}, "keep drift at most 5 × tolerance (30 µm/s here)"),
        ({"mode": "sometimes"}, "Input should be 'stop' or 'hold'"),
        ({"style": "round"}, "Input should be 'dial' or 'bar'"),
    ],
)
def test_validation_messages(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        params(**change)
    assert message in str(info.value)


def test_a_strong_drift_is_fine_when_nothing_drifts() -> None:
    assert params(mode="stop", drift=100).drift == 100  # only hold mode uses it


# -- scoring curves --------------------------------------------------------------------
def test_stop_points_full_in_the_zone_then_linear_to_nothing_at_four_tolerances() -> None:
    assert stop_points(0, 6) == stop_points(-6, 6) == stop_points(6, 6) == 1.0
    assert stop_points(15, 6) == pytest.approx(0.5)  # halfway from 1 × to 4 × tolerance
    assert stop_points(-24, 6) == 0.0 and stop_points(100, 6) == 0.0
    assert closeness(0, 6) == 1.0 and closeness(6, 6) == 0.75 and closeness(-24, 6) == 0.0


# -- stop mode -------------------------------------------------------------------------
def test_the_needle_sweeps_the_scale_and_bounces_at_the_ends() -> None:
    r = rules(sweep_s=2.0)
    assert r.value == 0 and r.sweeping
    run(r, 1.0)
    assert r.value == pytest.approx(100, abs=0.5) and r.velocity == pytest.approx(100)
    run(r, 1.5)  # past the top: on its way back down
    assert r.value == pytest.approx(150, abs=0.5) and r.velocity < 0


def test_stops_score_by_distance_and_the_round_ends_after_the_reveal() -> None:
    r = rules(rounds=3)
    for value in (120.0, 129.0, 150.0):  # in the zone, 9 off (3 past the zone), 30 off
        r.value = value
        stop = r.stop()
        assert stop is not None and stop.value == value
        assert r.stop() is None  # the stopped needle is shown: a second tap does nothing
        frozen = r.value
        run(r, REVEAL_S / 2)
        assert r.value == frozen and not r.sweeping
        run(r, REVEAL_S / 2 + 0.05)
    assert r.finished
    result = r.result()
    assert [s.points for s in r.stops] == pytest.approx([1.0, 1 - 3 / 18, 0.0])
    assert result.score == round(100 * (1 + 15 / 18) / 3)
    assert result.details["stops"] == [120.0, 129.0, 150.0]
    assert result.details["band"] == (114, 126) and result.details["range"] == (0, 200)


def test_stop_feedback_explains_every_round_in_both_languages() -> None:
    r = rules(rounds=3, time_limit_s=10)
    r.value = 120.0
    r.stop()
    run(r, REVEAL_S + 0.05)
    r.value = 131.0
    r.stop()
    run(r, 20)
    result = r.result()
    assert result.timed_out
    fr = texts(result)
    assert fr[0] == ("Épaisseur d'enduction : zone 114–126 µm", False,
                     "Trop mince : moins d'énergie.")
    assert fr[1] == ("Arrêt 1 : 120 µm", True, "Pile sur la cible : tous les points.")
    assert fr[2] == ("Arrêt 2 : 131 µm", False,
                     "Trop haut : 5 µm au-dessus de la zone, 72 % des points.")
    assert fr[3] == ("Arrêt 3 : pas fait", False, "Le temps s'est écoulé avant cet arrêt.")
    en = texts(result, "en")
    assert en[2] == ("Stop 2: 131 µm", False, "Too high: 5 µm above the zone, 72% of the points.")


def test_a_stop_just_past_a_bound_never_reads_as_the_bound() -> None:
    """A playtest: 126,3 µm outside 114–126 read « 126 µm » beside a cross, and « 0 µm
    au-dessus »; a judged value gets the decimals that put it on its side of the bound."""
    r = rules(rounds=3)
    for value in (126.3, 125.6, 113.96):
        r.value = value
        r.stop()
        run(r, REVEAL_S + 0.05)
    fr = texts(r.result())
    assert fr[1] == ("Arrêt 1 : 126,3 µm", False,
                     "Trop haut : 0,3 µm au-dessus de la zone, 98 % des points.")
    assert fr[2][:2] == ("Arrêt 2 : 126 µm", True)  # inside, and so is its bound
    assert fr[3][:2] == ("Arrêt 3 : 113,96 µm", False)  # « 114,0 » would read as inside
    assert texts(r.result(), "en")[1][0] == "Stop 1: 126.3 µm"
    assert rules_reading(120.4) == "120"  # away from the bounds: the scale's own digits


def rules_reading(value: float) -> str:
    from game.tasks.gauge.rules import reading

    return reading(value, 114, 126, 0, "fr")


def test_default_explanation_and_decimal_comma() -> None:
    p: dict[str, Any] = {"min": 0, "max": 10, "target": 6, "tolerance": 0.5, "unit": "bar",
                         "explain": None}
    r = rules(rounds=1, **p)
    r.value = 5.2
    r.stop()
    run(r, REVEAL_S + 0.05)
    fr = texts(r.result())
    assert fr[0] == ("Épaisseur d'enduction : zone 5,5–6,5 bar", False,
                     "Vise le milieu de la zone : 6 bar, à ± 0,5 bar près.")
    assert fr[1][2] == "Trop bas : 0,3 bar sous la zone, 80 % des points."
    assert texts(r.result(), "en")[1][2] == "Too low: 0.3 bar below the zone, 80% of the points."


def test_time_out_before_any_stop_scores_zero() -> None:
    r = rules(time_limit_s=1.0)
    run(r, 1.1)
    assert r.finished and r.result().timed_out and r.result().score == 0
    assert all(not ok for _, ok, _ in texts(r.result()))


# -- hold mode -------------------------------------------------------------------------
def test_hold_waits_then_measures_for_hold_s() -> None:
    r = rules(mode="hold", drift=0, hold_s=4)
    run(r, READY_S - 0.1)
    assert not r.holding and r.run_t == 0
    run(r, 0.2)
    assert r.holding
    run(r, 4.0)
    assert r.finished and r.result().score == 100  # never moved from the target
    assert r.result().details["inside_share"] == pytest.approx(1.0)


def test_pushing_the_wrong_way_leaves_the_zone() -> None:
    r = rules(mode="hold", drift=0, hold_s=4)
    r.push(1.0)
    run(r, READY_S + 4.05)
    d = r.result().details
    assert r.value > 126 and d["high_share"] > 0.8 and d["low_share"] == 0
    assert r.result().score < 30
    fr = texts(r.result())
    assert fr[1][0].startswith("Dans la zone ") and not fr[1][1]
    assert "Trop haut" in fr[1][2]


def test_the_drift_is_smooth_deterministic_and_of_the_given_strength() -> None:
    a, b, c = rules(1, mode="hold"), rules(1, mode="hold"), rules(2, mode="hold")
    ts = [i * 0.05 for i in range(400)]
    pushes = [a.disturbance(t) for t in ts]
    assert pushes == [b.disturbance(t) for t in ts] != [c.disturbance(t) for t in ts]
    rms = statistics.mean(p * p for p in pushes) ** 0.5
    assert 0.4 * 15 < rms < 1.6 * 15
    assert max(abs(p - q) for p, q in pairwise(pushes)) < 15 * 0.3  # no jumps


def test_the_control_outpushes_the_drift() -> None:
    r = rules(3, mode="hold", hold_s=6)
    while not r.finished:
        r.push(1.0 if r.value < 120 else -1.0)
        r.update(DT)
    assert r.elapsed == pytest.approx(READY_S + 6, abs=2 * DT)
    assert r.result().details["inside_share"] > 0.95


def test_hold_time_out_counts_the_rest_as_outside() -> None:
    r = rules(mode="hold", drift=0, hold_s=10, time_limit_s=READY_S + 5)
    run(r, READY_S + 6)
    res = r.result()
    assert res.timed_out and res.score == 50
    assert "Le temps s'est écoulé avant la fin du maintien." in texts(res)[1][2]


def test_hold_feedback_and_details() -> None:
    r = rules(mode="hold", drift=0, hold_s=3)
    run(r, READY_S + 3.05)
    res = r.result()
    fr = texts(res)
    assert fr[1] == ("Dans la zone 100 % du temps", True, "Début 100 %, milieu 100 %, fin 100 %.")
    assert fr[2][0] == "Écart moyen à la cible : 0 µm" and fr[2][1]
    assert texts(res, "en")[1][0] == "In the zone 100% of the time"
    trace = res.details["trace"]
    assert len(trace) == pytest.approx(3 / 0.05, abs=2) and trace[-1][0] == pytest.approx(3)


def test_the_zones_line_says_what_its_mark_is_about() -> None:
    """The zone's line is a fact (« zone 114–126 µm »): a cross beside it alone read as « the
    zone is wrong »; its words say how many stops were in it, or what share a hold needed."""
    r = rules(rounds=3)
    for value in (120.0, 130.0, 100.0):
        r.value = value
        r.stop()
        run(r, REVEAL_S + 0.05)
    zone = r.result().feedback[0]
    assert not zone.ok and zone.answer is not None
    assert zone.answer.get("fr") == "1 arrêt sur 3 dans la zone."
    assert zone.answer.get("en") == "1 of 3 stops in the zone."
    good = rules(rounds=1)
    good.value = 120.0
    good.stop()
    run(good, REVEAL_S + 0.05)
    assert good.result().feedback[0].ok and good.result().feedback[0].answer is None
    held = rules(mode="hold", drift=0, hold_s=3)
    held.value = 150.0  # pushed out and left there
    run(held, READY_S + 3.05)
    line = held.result().feedback[0]
    assert not line.ok and line.answer is not None
    assert line.answer.get("fr") == "Il fallait rester dans la zone au moins 80 % du temps."


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["stop", "push"]), st.floats(-2, 2),
                          st.integers(0, 90)), max_size=30), st.sampled_from(["stop", "hold"]))
def test_any_play_keeps_the_needle_on_the_scale(moves: list[tuple[str, float, int]],
                                                mode: str) -> None:
    r = rules(mode=mode, hold_s=3, time_limit_s=20)
    for kind, value, steps in moves:
        r.stop() if kind == "stop" else r.push(value)
        run(r, steps * DT)
        assert 0 <= r.value <= 200 and 0 <= r.score() <= 100
    run(r, 25)
    assert r.finished and 0 <= r.result().score <= 100


# -- bot -------------------------------------------------------------------------------
def bot_play(skill: float, seed: int, **extra: Any) -> TaskResult:
    p = params(**extra)
    r = GaugeRules(p, random.Random(seed))
    bot = GaugeBot(p, random.Random(seed + 1), skill)
    for _ in range(60 * 120):
        if r.finished:
            break
        if p.mode == "stop":
            if bot.wants_stop(r, DT):
                r.stop()
        else:
            r.push(bot.command(r, DT))
        r.update(DT)
    return r.finish()


HARD = {"mode": "hold", "drift": 30}
PRESSURE = {"mode": "hold", "min": 0, "max": 10, "target": 6, "tolerance": 0.5, "drift": 1.5,
            "unit": "bar"}


@pytest.mark.parametrize("extra", [{}, {"rounds": 5, "sweep_s": 1.0}, {"mode": "hold"}, HARD,
                                   PRESSURE])
def test_bot_skill_follows_the_score(extra: dict[str, Any]) -> None:
    seeds = range(6)
    best = [bot_play(1.0, s, **extra).score for s in seeds]
    mid = [bot_play(0.5, s, **extra).score for s in seeds]
    worst = [bot_play(0.0, s, **extra).score for s in seeds]
    assert min(best) >= 90
    assert statistics.mean(best) > statistics.mean(mid) > statistics.mean(worst)


def test_bot_same_seed_same_game() -> None:
    for extra in ({}, {"mode": "hold"}):
        assert bot_play(0.6, 7, **extra) == bot_play(0.6, 7, **extra)
        assert bot_play(0.6, 7, **extra).details != bot_play(0.6, 8, **extra).details


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("gauge").rules is GaugeRules and get("gauge").bot is GaugeBot
    code = "import sys, game.tasks.gauge; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
