"""The bot that plays the whole game through the scenes, as a player would."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

THINK_S = 0.45  # simulated seconds between two taps of the bot (reads like a person)


@dataclass
class Autoplay:
    rng: random.Random
    skill: float = 0.8
    think_s: float = THINK_S
    games: int = 1  # stop after this many finished games (0: never, the attract loop)
    fps: float = 60.0  # frames a second drawn while the bot plays (the attract demo: fewer)
    finished_games: int = 0
    summary: dict[str, Any] = field(default_factory=dict)
    _wait: float = THINK_S  # the first screen is looked at too

    def tick(self, dt: float) -> None:
        self._wait = max(0.0, self._wait - dt)

    def due(self) -> bool:
        """True when the bot may act again; acting restarts the wait."""
        if self._wait > 0:
            return False
        self._wait = self.think_s * self.rng.uniform(0.7, 1.3)
        return True

    def pause(self) -> None:
        self._wait = max(self._wait, self.think_s)

    @property
    def done(self) -> bool:
        return self.games > 0 and self.finished_games >= self.games
