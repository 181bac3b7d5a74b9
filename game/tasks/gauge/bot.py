"""Gauge bot: stops the needle near the target, or steers it back like a hand on a valve.

Stop mode: for each round the bot picks where it will stop — the target plus an error
drawn from ``rng`` whose size grows with ``1 - skill`` — and stops when the needle is
about to pass that point. Hold mode: the bot sees the needle late (a reaction delay),
predicts where it is going and pushes against it when it leaves a dead band around the
target; delay and dead band grow with ``1 - skill``, and a weak bot has lapses of
attention. Everything random is drawn from ``rng``: the same seed plays the same game.
"""
from __future__ import annotations

import math
import random
from collections import deque

from game.tasks.base import Bot
from game.tasks.gauge.params import GaugeParams
from game.tasks.gauge.rules import GaugeRules

# Stop mode: aim error (standard deviation, in tolerances) = AIM_BASE + AIM_SCALE × (1 - skill)^k
AIM_BASE, AIM_SCALE, AIM_CURVE = 0.25, 3.0, 1.2
# Hold mode, each growing with (1 - skill):
DELAY_BASE, DELAY_SCALE = 0.08, 0.45  # s the bot sees the needle late
BAND_BASE, BAND_SCALE = 0.2, 1.6  # dead band, in tolerances, where it lets go
LAPSE_EVERY_S = 2.5  # a weak bot looks away about this often ...
LAPSE_SCALE_S = 2.4  # ... for up to this long × (1 - skill)


class GaugeBot(Bot[GaugeParams, GaugeRules]):
    def __init__(self, params: GaugeParams, rng: random.Random, skill: float = 0.8) -> None:
        super().__init__(params, rng, skill)
        p, loose = params, 1.0 - self.skill
        sigma = (AIM_BASE + AIM_SCALE * math.pow(loose, AIM_CURVE)) * p.tolerance
        margin = 0.005 * p.span  # never aim past the ends: the needle turns there
        self.aims = [min(p.max - margin, max(p.min + margin, p.target + rng.gauss(0, sigma)))
                     for _ in range(p.rounds)]
        self.delay = DELAY_BASE + DELAY_SCALE * loose
        self.band = (BAND_BASE + BAND_SCALE * loose) * p.tolerance
        self.seen: deque[tuple[float, float]] = deque()  # (t, value) the bot has looked at
        self.t = 0.0
        self.side = 0  # the push it holds now
        self.lapse_until = 0.0
        self.next_lapse = rng.uniform(0.5, 1.5) * LAPSE_EVERY_S

    def act(self, rules: GaugeRules, dt: float) -> None:
        if rules.params.mode == "stop":
            if self.wants_stop(rules, dt):
                rules.stop()
        else:
            rules.push(self.command(rules, dt))

    # -- stop mode ------------------------------------------------------------------------
    def aim(self, rules: GaugeRules) -> float | None:
        """Where the bot means to stop the needle this round (None: nothing to stop)."""
        if not rules.sweeping:
            return None
        return self.aims[rules.round]

    def wants_stop(self, rules: GaugeRules, dt: float) -> bool:
        """True when the needle will pass the bot's aim within the next ``dt`` seconds."""
        aim = self.aim(rules)
        if aim is None:
            return False
        v = rules.velocity
        ahead = (aim - rules.value) * (1 if v > 0 else -1)
        return 0 <= ahead < abs(v) * dt

    # -- hold mode ------------------------------------------------------------------------
    def command(self, rules: GaugeRules, dt: float) -> int:
        """The push to hold this step: -1 (down the scale), 0 (let go) or 1 (up)."""
        self.t += dt
        if not rules.holding:
            self.seen.clear()
            self.side = 0
            return 0
        self.seen.append((self.t, rules.value))
        while len(self.seen) > 2 and self.seen[1][0] <= self.t - self.delay:
            self.seen.popleft()
        if self.t >= self.next_lapse and self.skill < 1.0:  # looks away, hand frozen
            self.lapse_until = self.t + self.rng.uniform(0.3, 1.0) * LAPSE_SCALE_S * (
                1.0 - self.skill)
            self.next_lapse = self.t + self.rng.uniform(0.5, 1.5) * LAPSE_EVERY_S
        if self.t < self.lapse_until:
            return self.side
        (t0, v0) = self.seen[0]
        rate = 0.0
        if len(self.seen) >= 2:
            t1, v1 = self.seen[1]
            rate = (v1 - v0) / (t1 - t0) if t1 > t0 else 0.0
        guess = v0 + rate * (self.delay + 0.1)  # where it will be when the push acts
        off = guess - self.params.target
        if off > self.band:
            self.side = -1
        elif off < -self.band:
            self.side = 1
        elif abs(off) < self.band * 0.5 or self.side * off > 0:
            self.side = 0  # back near the target, or pushing the wrong way: let go
        return self.side
