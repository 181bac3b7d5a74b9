"""Fixed-timestep simulation: an accumulator with a cap on catch-up steps."""
from __future__ import annotations

from game.clock import Clock

STEP_S = 1 / 60  # one simulation step, seconds
MAX_STEPS_PER_FRAME = 5  # after a stall, drop time rather than spiral


class FixedStep:
    """Turns the clock's elapsed time into a whole number of fixed steps."""

    def __init__(self, clock: Clock, step: float = STEP_S, max_steps: int = MAX_STEPS_PER_FRAME):
        self.clock = clock
        self.step = step
        self.max_steps = max_steps
        self._last = clock.now()
        self._acc = 0.0

    def steps(self, allow: int = 0) -> int:
        """How many steps to simulate now; ``allow`` more than the cap after a deliberate sleep
        (the time was not lost to a stall: the game's timers must see all of it)."""
        now = self.clock.now()
        self._acc += max(0.0, now - self._last)
        self._last = now
        n = int(self._acc / self.step)
        self._acc -= n * self.step
        if n > self.max_steps + allow:
            n = self.max_steps + allow
            self._acc = 0.0
        return n
