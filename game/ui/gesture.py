"""One finger on things that can be picked up: pick, drag, drop, or tap.

A press *picks* what is under the finger; moving it further than :data:`DRAG_START` makes
the press a *drag*; the release is then a *drop* where the finger is, or, if the finger
stayed within :data:`~game.ui.widgets.TAP_SLOP` of the press, a *tap*. A drag whose release
never comes (the finger left the screen) is *lost* after :data:`DRAG_LOST_S`. The sort and
match tasks share it; each says what a tap and a drop mean.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from game.actions import Pos

DRAG_START = 14  # logical px a finger moves before a press becomes a drag
DRAG_LOST_S = 8.0  # a drag with no news this long lost its finger (it left the screen)
TAP_SLOP = 40  # logical px a finger may slide and still tap

K = TypeVar("K")


@dataclass(frozen=True)
class Ended(Generic[K]):
    """How a press ended: ``tap`` (on ``picked``), ``drop`` (of ``picked`` at ``pos``) or
    ``slide`` (the finger slid off: nothing)."""

    kind: Literal["tap", "drop", "slide"]
    picked: K | None
    pos: Pos


class Gesture(Generic[K]):
    """The state of one finger: what it picked, where it went down, whether it drags."""

    def __init__(self) -> None:
        self.picked: K | None = None
        self.down = False
        self.start: Pos = (0.0, 0.0)
        self.pos: Pos = (0.0, 0.0)
        self.dragging = False
        self.idle = 0.0  # seconds since the finger last moved
        self._draggable = False

    def press(self, pos: Pos, picked: K | None, draggable: bool = True) -> None:
        """The finger went down on ``picked`` (None: on nothing that can be picked)."""
        self.picked, self.down, self.start, self.pos = picked, True, pos, pos
        self.dragging, self.idle = False, 0.0
        self._draggable = draggable and picked is not None

    def move(self, pos: Pos) -> bool:
        """The finger moved; True when this move started a drag."""
        if not self.down:
            return False
        self.pos, self.idle = pos, 0.0
        if self._draggable and not self.dragging and math.dist(pos, self.start) > DRAG_START:
            self.dragging = True
            return True
        return False

    def release(self, pos: Pos) -> Ended[K]:
        """The finger came up: a drop, a tap, or a slide off."""
        picked, dragging = self.picked, self.dragging
        self.cancel()
        if dragging:
            return Ended("drop", picked, pos)
        if math.dist(pos, self.start) <= TAP_SLOP:
            return Ended("tap", picked, pos)
        return Ended("slide", picked, pos)

    def update(self, dt: float) -> bool:
        """Each step; True when a press just got lost (its release never came)."""
        if not self.down:
            return False
        self.idle += dt
        if self.idle > DRAG_LOST_S:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self.picked, self.down, self.dragging, self._draggable = None, False, False, False

    @property
    def dragged(self) -> K | None:
        """What is being dragged now, if anything."""
        return self.picked if self.dragging else None
