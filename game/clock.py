"""Time sources. The game takes time from an injected clock so tests fast-forward."""
from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds from an arbitrary origin (monotonic)."""


class RealClock:
    def now(self) -> float:
        return time.perf_counter()


class FakeClock:
    """A clock that only moves when told to: tests, soak runs and headless autoplay."""

    def __init__(self, start: float = 0.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
