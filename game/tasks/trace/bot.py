"""Trace bot: brings the torch to the start, then welds along the seam.

Its errors grow with ``1 - skill``: a speed that is off and drifts, an aim that is off
and wanders, and a fast wobble of the hand. All are drawn from ``rng`` once, so the bot's
pass is a pure function of time: the same seed gives the same pass.
"""
from __future__ import annotations

import math
import random

from game.tasks.base import Bot
from game.tasks.trace.geometry import Point, Polyline
from game.tasks.trace.params import TraceParams
from game.tasks.trace.rules import TraceRules

LIFTED_S = 0.2  # the torch appears after this
APPROACH_S = 0.5  # ... and takes this long to reach the start of the seam
APPROACH_MM = 25.0  # from this far back
# Error sizes, in tolerances of each band, times ERROR_SCALE * (1 - skill) ** ERROR_CURVE:
# tuned so that skill 1 scores ~99, 0.8 ~98, 0.5 ~50 and 0 ~20 on typical seams.
ERROR_SCALE, ERROR_CURVE = 1.5, 1.3
SPEED_BIAS, SPEED_DRIFT = 2.5, 2.0
AIM_BIAS, AIM_DRIFT = 2.0, 2.0
WOBBLE = 3.0
TAU = 2 * math.pi


class TraceBot(Bot[TraceParams, TraceRules]):
    def __init__(self, params: TraceParams, rng: random.Random, skill: float = 0.8) -> None:
        super().__init__(params, rng, skill)
        self.seam = Polyline(params.seam_mm)
        e, r = ERROR_SCALE * math.pow(1.0 - self.skill, ERROR_CURVE), self.rng
        band, aim = params.speed_mm_s, params.aim_mm.tolerance
        steady = params.steadiness_mm.tolerance
        bias = r.choice((-1.0, 1.0)) * r.uniform(0.4, 1.0) * e * SPEED_BIAS * band.tolerance
        self.speed = max(0.35 * band.target, band.target + bias)  # mm/s, always moving on
        self.speed_drift = e * SPEED_DRIFT * band.tolerance  # mm/s
        self.speed_w, self.speed_phase = TAU * r.uniform(0.15, 0.3), r.uniform(0, TAU)
        self.aim_bias = r.choice((-1.0, 1.0)) * r.uniform(0.3, 1.0) * e * AIM_BIAS * aim
        self.aim_drift = e * AIM_DRIFT * aim
        self.aim_w, self.aim_phase = TAU * r.uniform(0.2, 0.4), r.uniform(0, TAU)
        self.wobble = e * WOBBLE * steady
        self.wobble_w = (TAU * r.uniform(4.0, 6.0), TAU * r.uniform(7.0, 9.0))
        self.wobble_phase = (r.uniform(0, TAU), r.uniform(0, TAU))
        self.tremor_w, self.tremor_phase = TAU * r.uniform(0.1, 0.2), r.uniform(0, TAU)

    def along(self, tau: float) -> float:
        """Distance travelled along the seam ``tau`` seconds into the weld (mm)."""
        w, ph = self.speed_w, self.speed_phase
        return self.speed * tau + self.speed_drift / w * (math.cos(ph) - math.cos(w * tau + ph))

    def aside(self, tau: float) -> float:
        """Distance to the left of the joint ``tau`` seconds into the weld (mm)."""
        (w1, w2), (p1, p2) = self.wobble_w, self.wobble_phase
        tremor = 0.6 + 0.4 * math.sin(self.tremor_w * tau + self.tremor_phase)  # comes and goes
        return (
            self.aim_bias
            + self.aim_drift * math.sin(self.aim_w * tau + self.aim_phase)
            + self.wobble * tremor * (math.sin(w1 * tau + p1) + 0.5 * math.sin(w2 * tau + p2))
        )

    def position(self, rules: TraceRules, t: float) -> Point | None:
        """Where the torch tip is at ``t`` seconds into the task (None: lifted)."""
        if t < LIFTED_S:
            return None
        if t < LIFTED_S + APPROACH_S:
            k = (LIFTED_S + APPROACH_S - t) / APPROACH_S  # 1 → 0
            x, y = self.seam.point_at(0.0)
            tx, ty = self.seam.tangent_at(0.0)
            return (x - tx * APPROACH_MM * k, y - ty * APPROACH_MM * k + 4.0 * k)
        tau = t - LIFTED_S - APPROACH_S
        s = min(self.along(tau), self.seam.length_mm)
        return self.seam.offset_point(s, self.aside(tau))

    def act(self, rules: TraceRules, dt: float) -> None:
        rules.feed(self.position(rules, rules.elapsed), dt)
