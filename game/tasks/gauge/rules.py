"""Gauge rules: stop a sweeping needle in the zone, or hold it there against a drift.

Scoring (documented for authors in the module constants):

* **stop** — each stop scores by its distance ``d`` to the target: full marks inside the
  zone (``d <= tolerance``), then falling linearly to nothing at ``FULL_MISS`` × tolerance.
  Score = 100 × mean over the ``rounds`` (a stop not made before the timer ends scores 0).
* **hold** — score = 100 × (``IN_BAND_WEIGHT`` × share of ``hold_s`` spent inside the zone
  + ``CLOSE_WEIGHT`` × mean closeness), where closeness is 1 on the target and falls
  linearly to 0 at ``FULL_MISS`` × tolerance. Time not held (timer ended) counts as 0.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

from game import i18n
from game.i18n import define, local
from game.scenario.text import LocalText
from game.tasks.base import Feedback, TaskRules
from game.tasks.gauge.params import GaugeParams

FULL_MISS = 4.0  # × tolerance: a stop this far from the target (or further) scores nothing
IN_BAND_WEIGHT, CLOSE_WEIGHT = 0.7, 0.3  # hold mode: time in the zone, closeness to target
REVEAL_S = 1.4  # stop mode: the stopped needle stays shown this long before the next round
SPEED_JITTER = 0.15  # stop mode: rounds after the first sweep up to ±15 % faster or slower
READY_S = 1.5  # hold mode: the needle waits on the target this long (at least) after the first
# move before the drift starts; before the first move it waits for her
PUSH_GAIN = 2.2  # hold mode: the control pushes this many times harder than the drift
MIN_PUSH_SHARE = 0.05  # ... and at least this share of the scale per second
RAMP_S = 0.2  # hold mode: the control takes this long to reach full push (like a valve)
OK_SHARE = 0.8  # hold mode: "in the zone" counts as done from this share of the time
SAMPLE_S = 0.05  # hold mode: the debrief figure keeps one point per this many seconds
# The drift is a sum of slow sines (amplitude share, frequency range in Hz) plus a bias
# that leans to one side, like a real leak: smooth, never jerky, deterministic per rng.
DRIFT_WAVES = ((0.7, 0.08, 0.14), (0.4, 0.2, 0.35), (0.25, 0.5, 0.8))
DRIFT_BIAS = 0.35

define({
    "gauge.zone": {"fr": "{label} : zone {lo}–{hi} {unit}",
                   "en": "{label}: zone {lo}–{hi} {unit}"},
    "gauge.default_explain": {
        "fr": "Vise le milieu de la zone : {target} {unit}, à ± {tol} {unit} près.",
        "en": "Aim for the middle of the zone: {target} {unit}, within ± {tol} {unit}."},
    "gauge.stop_label": {"fr": "Arrêt {n} : {value} {unit}",
                         "en": "Stop {n}: {value} {unit}"},
    "gauge.stop_missing": {"fr": "Arrêt {n} : pas fait",
                           "en": "Stop {n}: not made"},
    "gauge.stop_in": {"fr": "Dans la zone, à {d} {unit} de la cible : tous les points.",
                      "en": "In the zone, {d} {unit} from the target: full marks."},
    "gauge.stop_spot_on": {"fr": "Pile sur la cible : tous les points.",
                           "en": "Right on the target: full marks."},
    "gauge.stop_high": {"fr": "Trop haut : {d} {unit} au-dessus de la zone, {pts} des points.",
                        "en": "Too high: {d} {unit} above the zone, {pts} of the points."},
    "gauge.stop_low": {"fr": "Trop bas : {d} {unit} sous la zone, {pts} des points.",
                       "en": "Too low: {d} {unit} below the zone, {pts} of the points."},
    "gauge.stop_late": {"fr": "Le temps s'est écoulé avant cet arrêt.",
                        "en": "Time ran out before this stop."},
    "gauge.stops_inside": {"fr": {"one": "{n} arrêt sur {rounds} dans la zone.",
                                  "other": "{n} arrêts sur {rounds} dans la zone."},
                           "en": {"one": "{n} of {rounds} stops in the zone.",
                                  "other": "{n} of {rounds} stops in the zone."}},
    "gauge.hold_needed": {"fr": "Il fallait rester dans la zone au moins {need} du temps.",
                          "en": "You needed to stay in the zone at least {need} of the time."},
    "gauge.hold_share": {"fr": "Dans la zone {pct} du temps",
                         "en": "In the zone {pct} of the time"},
    "gauge.hold_phases": {"fr": "Début {a}, milieu {b}, fin {c}.",
                          "en": "Start {a}, middle {b}, end {c}."},
    "gauge.hold_high": {"fr": "Trop haut {pct} du temps.",
                        "en": "Too high {pct} of the time."},
    "gauge.hold_low": {"fr": "Trop bas {pct} du temps.",
                       "en": "Too low {pct} of the time."},
    "gauge.hold_cut": {"fr": "Le temps s'est écoulé avant la fin du maintien.",
                       "en": "Time ran out before the end of the hold."},
    "gauge.hold_not_started": {"fr": "Le maintien n'a pas commencé.",
                               "en": "The hold never started."},
    "gauge.hold_gap": {"fr": "Écart moyen à la cible : {d} {unit}",
                       "en": "Mean gap to the target: {d} {unit}"},
    "gauge.hold_gap_why": {
        "fr": "Tolérance ± {tol} {unit}. Plus l'aiguille reste près de la cible, plus tu gagnes "
              "de points : corrige tôt et par petites touches.",
        "en": "Tolerance ± {tol} {unit}. The closer the needle stays to the target, the more "
              "points you get: correct early, in small touches."},
})


def closeness(distance: float, tolerance: float) -> float:
    """Hold mode: 1 on the target, falling linearly to 0 at ``FULL_MISS`` × tolerance."""
    return max(0.0, 1.0 - abs(distance) / (FULL_MISS * tolerance))


def stop_points(distance: float, tolerance: float) -> float:
    """Stop mode, 0..1: full marks inside the zone, then linear down to 0 at FULL_MISS × tol."""
    d = abs(distance)
    if d <= tolerance:
        return 1.0
    return max(0.0, 1.0 - (d - tolerance) / ((FULL_MISS - 1.0) * tolerance))


def decimals(span: float) -> int:
    """How many decimals the scale's numbers need (0 for 0–200 µm, 1 for 0–10 bar)."""
    return 0 if span >= 50 else 1 if span >= 5 else 2


def number(value: float, places: int, lang: str, fixed: bool = False) -> str:
    """``value`` rounded half up to ``places`` decimals (trailing zeros dropped unless
    ``fixed``), as the language writes it (game.i18n, Babel)."""
    return i18n.number(value, lang, places, fixed)


MORE_PLACES = 2  # a reading near a bound gets at most this many decimals more


def telling_places(value: float, low: float, high: float, places: int) -> int:
    """The decimals with which ``value`` reads on the same side of the zone's bounds as it
    is: 83.3 outside 77–83 reads « 83,3 » beside its cross, not « 83 » (a playtest)."""
    inside = low <= value <= high
    for extra in range(MORE_PLACES + 1):
        shown = float(number(value, places + extra, "en"))
        if (low <= shown <= high) == inside:
            return places + extra
    return places + MORE_PLACES


def nonzero_places(value: float, places: int) -> int:
    """The decimals with which a distance out of the zone does not read « 0 »."""
    for extra in range(MORE_PLACES + 1):
        if float(number(value, places + extra, "en")) != 0:
            return places + extra
    return places


def reading(value: float, low: float, high: float, places: int, lang: str,
            fixed: bool = False) -> str:
    """A value judged against the zone ``low``–``high``, as shown: see :func:`telling_places`."""
    return number(value, telling_places(value, low, high, places), lang, fixed)


def percent(share: float, lang: str) -> str:
    return i18n.percent(share, lang)


@dataclass(frozen=True)
class Stop:
    """One stop of the needle: where it stopped and the points (0..1) it earned."""

    value: float
    points: float


class GaugeRules(TaskRules[GaugeParams]):
    """The needle, moved every fixed step; the view calls :meth:`stop` or :meth:`push`."""

    def __init__(self, params: GaugeParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        p = params
        self.stops: list[Stop] = []
        self.revealing = 0.0  # stop mode: seconds left showing the last stop
        self.direction = 1.0  # stop mode: +1 up the scale, -1 down
        self.speeds = [p.span / p.sweep_s] + [
            p.span / p.sweep_s * rng.uniform(1 - SPEED_JITTER, 1 + SPEED_JITTER)
            for _ in range(p.rounds - 1)
        ]  # units per second, per round
        self.value = p.min if p.mode == "stop" else p.target
        # hold mode
        self.ready = READY_S if p.mode == "hold" else 0.0
        self.run_t = 0.0  # seconds of hold measured
        self.command = 0.0  # what the control asks for, -1..1
        self.effort = 0.0  # what it gives now (ramps towards the command)
        self.push_speed = PUSH_GAIN * max(p.drift, MIN_PUSH_SHARE * p.span)
        self.waves = [(a, 2 * math.pi * rng.uniform(f0, f1), rng.uniform(0, 2 * math.pi))
                      for a, f0, f1 in DRIFT_WAVES]
        self.bias = rng.choice((-1.0, 1.0)) * DRIFT_BIAS
        self.inside_s = self.high_s = self.low_s = 0.0
        self.close_sum = 0.0  # ∫ closeness dt
        self.gap_sum = 0.0  # ∫ |value - target| dt
        self.thirds = [0.0, 0.0, 0.0]  # seconds inside the zone in each third of the hold
        self.trace: list[tuple[float, float]] = []  # (t, value) for the debrief figure
        self._next_sample = 0.0

    # -- state --------------------------------------------------------------------------
    @property
    def round(self) -> int:
        """Stop mode: the round being played (0-based; == rounds when all are done)."""
        return len(self.stops)

    @property
    def sweeping(self) -> bool:
        """Stop mode: the needle moves and may be stopped."""
        return (self.params.mode == "stop" and not self.finished and self.revealing <= 0
                and self.round < self.params.rounds)

    @property
    def velocity(self) -> float:
        """Stop mode: units per second, signed (0 when the needle is still)."""
        if not self.sweeping:
            return 0.0
        return self.direction * self.speeds[self.round]

    @property
    def holding(self) -> bool:
        """Hold mode: the drift is on and the time is measured."""
        return self.params.mode == "hold" and not self.finished and self.ready <= 0

    def in_zone(self, value: float | None = None) -> bool:
        v = self.value if value is None else value
        return self.params.low <= v <= self.params.high

    def disturbance(self, t: float) -> float:
        """Hold mode: the drift's push at ``t`` seconds into the hold (units per second)."""
        wave = sum(a * math.sin(w * t + ph) for a, w, ph in self.waves)
        return self.params.drift * (wave + self.bias)

    # -- moves --------------------------------------------------------------------------
    def stop(self) -> Stop | None:
        """Stop mode: stop the needle where it is now (ignored while it is not moving)."""
        if not self.sweeping:
            return None
        stop = Stop(self.value, stop_points(self.value - self.params.target,
                                            self.params.tolerance))
        self.stops.append(stop)
        self.revealing = REVEAL_S
        return stop

    def announce(self, seconds: float) -> None:
        """Hold mode: the notice before the drift takes ``seconds`` to read; the needle
        waits at least that long after the first move (a playtest: 1.5 s hid « Attention,
        l'aiguille va bouger ! » before it could be read)."""
        if self.params.mode == "hold" and self.run_t == 0:
            self.ready = max(self.ready, seconds)

    def push(self, direction: float) -> None:
        """Hold mode: the control's command this step, -1 (down the scale) to 1 (up)."""
        self.command = max(-1.0, min(1.0, direction))

    # -- time ---------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        """A stop is being shown: the timer stops."""
        return self.revealing > 0

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.finished or dt <= 0:
            return
        if self.params.mode == "stop":
            self._sweep(dt)
        else:
            self._hold(dt)

    def _sweep(self, dt: float) -> None:
        p = self.params
        if self.revealing > 0:
            self.revealing -= dt
            if self.revealing <= 0 and self.round >= p.rounds:
                self.finish()
            return
        travel = self.speeds[self.round] * dt
        v = self.value + self.direction * travel
        while v > p.max or v < p.min:  # bounce off the ends of the scale
            if v > p.max:
                v, self.direction = 2 * p.max - v, -1.0
            else:
                v, self.direction = 2 * p.min - v, 1.0
        self.value = v

    def _hold(self, dt: float) -> None:
        p = self.params
        step = dt / RAMP_S
        self.effort += max(-step, min(step, self.command - self.effort))
        if self.ready > 0:
            if not self.timer_held:  # the notice counts down from her first move
                self.ready -= dt
            return
        dt = min(dt, p.hold_s - self.run_t)
        v = self.value + (self.disturbance(self.run_t) + self.effort * self.push_speed) * dt
        self.value = max(p.min, min(p.max, v))
        self.run_t += dt
        gap = self.value - p.target
        third = min(2, int(3 * (self.run_t - dt / 2) / p.hold_s))
        if self.in_zone():
            self.inside_s += dt
            self.thirds[third] += dt
        elif gap > 0:
            self.high_s += dt
        else:
            self.low_s += dt
        self.close_sum += closeness(gap, p.tolerance) * dt
        self.gap_sum += abs(gap) * dt
        end = self.run_t >= p.hold_s - 1e-9
        if self.run_t >= self._next_sample or end:  # the figure's points, and the last one
            self.trace.append((round(self.run_t, 4), self.value))
            self._next_sample += SAMPLE_S
        if end:
            self.finish()

    # -- scoring ------------------------------------------------------------------------
    def score(self) -> float:
        p = self.params
        if p.mode == "stop":
            return 100.0 * sum(s.points for s in self.stops) / p.rounds
        return 100.0 * (IN_BAND_WEIGHT * self.inside_s + CLOSE_WEIGHT * self.close_sum) / p.hold_s

    def _n(self, value: float) -> Any:
        places = decimals(self.params.span)
        return lambda lang: number(value, places, lang)

    def feedback(self) -> list[Feedback]:
        p = self.params
        zone = local("gauge.zone", label=p.label.get, lo=self._n(p.low), hi=self._n(p.high),
                     unit=p.unit)
        explain = p.explain or local("gauge.default_explain", target=self._n(p.target),
                                     tol=self._n(p.tolerance), unit=p.unit)
        # the zone's line is a fact: a cross beside it says in words what it is about (a tick
        # alone is clear, and the découverte's reading time is counted)
        said: LocalText | None
        if p.mode == "stop":
            inside = sum(1 for s in self.stops if self.in_zone(s.value))
            ok = len(self.stops) == p.rounds and inside == p.rounds
            said = None if ok else local("gauge.stops_inside", n=inside, rounds=p.rounds)
            return [Feedback(zone, ok, explain, said), *self._stop_feedback()]
        share = self.inside_s / p.hold_s
        ok = share >= OK_SHARE
        said = None if ok else local("gauge.hold_needed",
                                     need=lambda lang: percent(OK_SHARE, lang))
        return [Feedback(zone, ok, explain, said), *self._hold_feedback()]

    def _stop_feedback(self) -> list[Feedback]:
        p, items = self.params, []
        for i in range(p.rounds):
            if i >= len(self.stops):
                items.append(Feedback(local("gauge.stop_missing", n=i + 1), False,
                                      local("gauge.stop_late")))
                continue
            s = self.stops[i]
            shown = telling_places(s.value, p.low, p.high, decimals(p.span))
            label = local("gauge.stop_label", n=i + 1, unit=p.unit,
                          value=lambda lang, v=s.value, k=shown: number(v, k, lang))
            gap = abs(s.value - p.target)
            if number(gap, decimals(p.span), "en") == "0":  # as shown: no "0 µm off"
                why = local("gauge.stop_spot_on")
            elif self.in_zone(s.value):
                why = local("gauge.stop_in", d=self._n(gap), unit=p.unit)
            else:
                high = s.value > p.high
                over = s.value - p.high if high else p.low - s.value
                places = nonzero_places(over, decimals(p.span))
                why = local("gauge.stop_high" if high else "gauge.stop_low",
                            d=lambda lang, o=over, k=places: number(o, k, lang),
                            unit=p.unit, pts=lambda lang, s=s: percent(s.points, lang))
            items.append(Feedback(label, self.in_zone(s.value), why))
        return items

    def _hold_feedback(self) -> list[Feedback]:
        p = self.params
        if self.run_t <= 0:
            return [Feedback(local("gauge.hold_share", pct=lambda lang: percent(0, lang)), False,
                             local("gauge.hold_not_started"))]
        share = self.inside_s / p.hold_s
        third = p.hold_s / 3
        parts = [local("gauge.hold_phases", **{k: (lambda lang, x=x: percent(x / third, lang))
                                       for k, x in zip("abc", self.thirds, strict=True)})]
        if round(100 * self.high_s / p.hold_s) > 0:
            parts.append(local("gauge.hold_high",
                               pct=lambda lang: percent(self.high_s / p.hold_s, lang)))
        if round(100 * self.low_s / p.hold_s) > 0:
            parts.append(local("gauge.hold_low",
                               pct=lambda lang: percent(self.low_s / p.hold_s, lang)))
        if self.run_t < p.hold_s - 1e-6:
            parts.append(local("gauge.hold_cut"))
        gap = self.gap_sum / self.run_t
        return [
            Feedback(local("gauge.hold_share", pct=lambda lang: percent(share, lang)),
                     share >= OK_SHARE,
                     LocalText.joined(*parts)),
            Feedback(local("gauge.hold_gap", d=self._n(gap), unit=p.unit), gap <= p.tolerance / 2,
                     local("gauge.hold_gap_why", tol=self._n(p.tolerance), unit=p.unit)),
        ]

    def details(self) -> dict[str, Any]:
        p = self.params
        out: dict[str, Any] = {
            "mode": p.mode, "style": p.style, "unit": p.unit, "target": p.target,
            "range": (p.min, p.max), "band": (p.low, p.high),
        }
        if p.mode == "stop":
            out["stops"] = [s.value for s in self.stops]
            out["points"] = [s.points for s in self.stops]
            out["rounds"] = p.rounds
        else:
            out["trace"] = list(self.trace)
            out["hold_s"] = p.hold_s
            out["held_s"] = self.run_t
            out["inside_share"] = self.inside_s / p.hold_s
            out["closeness"] = self.close_sum / p.hold_s
            out["high_share"] = self.high_s / p.hold_s
            out["low_share"] = self.low_s / p.hold_s
        return out
