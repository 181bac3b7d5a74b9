"""Spot bot: a plan of taps drawn once from ``rng`` — the faults it sees, the decoys it
falls for, a few taps on nothing — played one tap at a time, then "I'm done".

With ``skill`` 1 it finds every fault and makes no wrong tap; lower, it misses faults
(each is seen with probability ``SEE_BASE + (1 - SEE_BASE) × skill``), taps decoys and
empty places more often. The same seed gives the same plan.
"""
from __future__ import annotations

import math
import random

from game.tasks.base import Bot
from game.tasks.spot.geometry import rank
from game.tasks.spot.params import SpotParams
from game.tasks.spot.rules import SpotRules

SEE_BASE = 0.5  # a bot with no skill still sees half the faults
DECOY_CHANCE = 0.6  # × (1 - skill): the chance of falling for each decoy
MISS_CHANCES, MISS_CHANCE = 3, 0.5  # up to 3 taps on nothing, each with 0.5 × (1 - skill)
AIM = 0.5  # taps land within this share of a circle's radius from its centre


class SpotBot(Bot[SpotParams, SpotRules]):
    def __init__(self, params: SpotParams, rng: random.Random, skill: float = 0.8) -> None:
        super().__init__(params, rng, skill)
        loose = 1.0 - self.skill
        plan: list[tuple[float, float]] = []
        for a in params.hotspots:
            if rng.random() < SEE_BASE + (1 - SEE_BASE) * self.skill:
                plan.append(self._near(a.x, a.y, a.radius))
        for a in params.decoys:
            if rng.random() < DECOY_CHANCE * loose:
                plan.append(self._near(a.x, a.y, a.radius))
        for _ in range(MISS_CHANCES):
            if rng.random() < MISS_CHANCE * loose:
                spot = self._nowhere()
                if spot is not None:
                    plan.append(spot)
        rng.shuffle(plan)
        self.plan = plan

    def _near(self, x: float, y: float, radius: float) -> tuple[float, float]:
        a, d = self.rng.uniform(0, 2 * math.pi), radius * AIM * self.rng.random()
        return (x + d * math.cos(a), y + d * math.sin(a))

    def _nowhere(self) -> tuple[float, float] | None:
        """A place near the areas but clear of every one of them (a tap on nothing)."""
        areas = self.params.areas()
        big = max(a.radius for a in areas)
        x0, x1 = min(a.x for a in areas) - 2 * big, max(a.x for a in areas) + 2 * big
        y0, y1 = min(a.y for a in areas) - 2 * big, max(a.y for a in areas) + 2 * big
        for _ in range(60):
            x, y = self.rng.uniform(max(0.0, x0), x1), self.rng.uniform(max(0.0, y0), y1)
            clear = all(math.hypot(x - a.x, y - a.y) > a.radius + max(a.radius, 24.0)
                        and rank(x, y, (a.x, a.y), a.radius, a.outline, 24.0) is None
                        for a in areas)
            if clear:
                return (x, y)
        return None

    def next_tap(self, rules: SpotRules) -> tuple[float, float] | None:
        """The next tap in image pixels, or None: the bot is done (it taps "I'm done")."""
        if rules.finished or not self.plan:
            return None
        return self.plan.pop(0)

    def act(self, rules: SpotRules, dt: float) -> None:
        tap = self.next_tap(rules)
        if tap is None:
            rules.done()
        else:
            rules.tap(*tap)
