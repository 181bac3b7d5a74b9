"""The actions every input device becomes: mouse, touch and keyboard alike."""
from __future__ import annotations

from dataclasses import dataclass

Pos = tuple[float, float]


@dataclass(frozen=True)
class Point:
    """The pointer moved (no button held): hover."""

    pos: Pos


@dataclass(frozen=True)
class Press:
    """A finger or button went down at a logical position."""

    pos: Pos


@dataclass(frozen=True)
class Drag:
    """The finger or held button moved."""

    pos: Pos


@dataclass(frozen=True)
class Release:
    """The finger or button came up; a tap is a Press then a Release nearby."""

    pos: Pos


@dataclass(frozen=True)
class Navigate:
    """Arrow keys / WASD: one step in a direction (dx, dy in -1..1)."""

    dx: int
    dy: int


@dataclass(frozen=True)
class Confirm:
    """Enter / Space."""


@dataclass(frozen=True)
class Back:
    """Escape / Backspace: leave the current screen."""


@dataclass(frozen=True)
class Key:
    """Any other key, for scenes that need one (F5, text...)."""

    key: int
    text: str = ""


@dataclass(frozen=True)
class Tab(Key):
    """Tab (step 1) or Shift+Tab (-1): the keyboard focus to the next or previous target.

    Still a :class:`Key` (the Tab key, no text), so a screen that reads keys sees it.
    """

    key: int = 9  # pygame.K_TAB
    step: int = 1


Action = Point | Press | Drag | Release | Navigate | Tab | Confirm | Back | Key
