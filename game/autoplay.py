"""The bot that plays the whole game through the scenes, as a player would.

Two paces: ``fast`` (a tap every :data:`THINK_S`, the benches' and the attract loop's) and
``visitor``, which waits as a person would — reading each new text shown at
:data:`READ_WPM`, :data:`DECISION_S` per decision, and a hand's time for each gesture — so
that the game seconds it takes measure a visit. It also notes the screens it reached and
the visit's length (first tap to the take-away card).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any, Literal

THINK_S = 0.45  # simulated seconds between two taps of the bot (reads like a person)
READ_WPM = 200  # a visitor's reading speed, words per minute
DECISION_S = 1.0  # a visitor's time to decide, per tap or drag
GESTURE_S = 0.5  # the hand's time to reach and move (a drag at a person's speed)
WORD = re.compile(r"[^\W\d_]{2,}")  # a word is two letters or more: « 12 s » is not read
NUMBER = re.compile(r"\d+")

Pace = Literal["fast", "visitor"]


def words(text: str) -> int:
    """The words a person reads in ``text`` (numbers and single letters are glanced at)."""
    return len(WORD.findall(text))


@dataclass
class Autoplay:
    rng: random.Random
    skill: float = 0.8
    think_s: float = THINK_S
    games: int = 1  # stop after this many finished games (0: never, the attract loop)
    fps: float = 60.0  # frames a second drawn while the bot plays (the attract demo: fewer)
    finished_games: int = 0
    summary: dict[str, Any] = field(default_factory=dict)
    pace: Pace = "fast"
    route: str | None = None  # the route the bot picks (None: the grand tour)
    reached: list[str] = field(default_factory=list)  # screens reached, in order, once each
    clock_s: float = 0.0  # game seconds the bot has lived
    started_s: float | None = None  # the first tap
    visit_s: float | None = None  # first tap to the take-away card
    #: game seconds spent on each screen (by name) from the first tap, where the visit goes
    screens_s: dict[str, float] = field(default_factory=dict)
    _on: tuple[str, float] | None = None  # the screen on top, since when
    _read: set[str] = field(default_factory=set)  # texts already read this game
    _wait: float = THINK_S  # the first screen is looked at too

    def tick(self, dt: float) -> None:
        self.clock_s += dt
        self._wait = max(0.0, self._wait - dt)

    def due(self) -> bool:
        """True when the bot may act again; acting restarts the wait."""
        if self._wait > 0:
            return False
        if self.started_s is None:
            self.started_s = self.clock_s
        if self.pace == "visitor":
            self._wait = (DECISION_S + GESTURE_S) * self.rng.uniform(0.8, 1.2)
        else:
            self._wait = self.think_s * self.rng.uniform(0.7, 1.3)
        return True

    def pause(self) -> None:
        self._wait = max(self._wait, self.think_s)

    def shown(self, text: str) -> None:
        """A text was drawn: a visitor reads it once (the bot waits for that). A text that
        differs only by its numbers is the same one updated (a score counting up, a timer),
        and one that differs only by its spaces is the same one wrapped or set otherwise (a
        line break, a narrow no-break space before « ? »)."""
        if self.pace != "visitor":
            return
        key = NUMBER.sub("#", "".join(text.split()))
        if key in self._read:
            return
        self._read.add(key)
        self._wait += words(text) * 60.0 / READ_WPM

    def reach(self, screen: str) -> None:
        """A screen was shown (``probe_after``, ``takeaway``…): noted once, in order."""
        if screen not in self.reached:
            self.reached.append(screen)
        if self._on is not None and self.started_s is not None and self.visit_s is None:
            name, since = self._on
            spent = self.clock_s - max(since, self.started_s)
            self.screens_s[name] = self.screens_s.get(name, 0.0) + spent
        self._on = (screen, self.clock_s)
        if screen == "takeaway" and self.visit_s is None and self.started_s is not None:
            self.visit_s = round(self.clock_s - self.started_s, 1)

    def new_game(self) -> None:
        """The attract loop's next game: nothing of the last one is remembered."""
        self._read.clear()
        self.reached.clear()
        self.screens_s.clear()
        self._on = None
        self.started_s = self.visit_s = None

    def report(self) -> dict[str, Any]:
        """What the JSON line adds: the visit's length and the screens reached."""
        return {"visit_s": self.visit_s, "reached": list(self.reached),
                "screens_s": {k: round(v, 1) for k, v in self.screens_s.items()}}

    @property
    def done(self) -> bool:
        return self.games > 0 and self.finished_games >= self.games
