"""A role model's face while she talks: when she blinks, when her mouth moves, and which
expression her words give her. Plain Python: the dialogue asks it which frame of her
portrait to show (the frames are made by tools/art_portraits.py).

She blinks every few seconds and moves her lips while her words appear; she smiles when she
answers a question (a myth being busted) or says her last line, and raises her brows,
listening, while the player chooses a question. Under reduced motion she neither blinks
nor moves her lips; her expression still follows her words (it is meaning, not motion).
"""
from __future__ import annotations

import random
from typing import Literal

BLINK_GAP_S = (2.5, 5.5)  # between two blinks
BLINK_S = 0.14  # eyes shut
TALK_HZ = 8.0  # her lips open or close this often while her words appear

Mood = Literal["calm", "smile", "listen"]
MOOD_FRAME: dict[Mood, str | None] = {"calm": None, "smile": "smile", "listen": "listen"}


def mood_of(in_menu: bool, answering: bool, last_line: bool) -> Mood:
    """Her expression for what she is saying now."""
    if in_menu:
        return "listen"
    return "smile" if answering or last_line else "calm"


class Face:
    """Blinks on the clock ``now`` (seconds) is given; ``frame`` names what to show."""

    def __init__(self, rng: random.Random, now: float = 0.0) -> None:
        self.rng = rng
        self.blink_at = now + rng.uniform(*BLINK_GAP_S)

    def _advance(self, now: float) -> None:
        while now >= self.blink_at + BLINK_S:  # (a long sleep skips the blinks it slept through)
            self.blink_at += BLINK_S + self.rng.uniform(*BLINK_GAP_S)

    def frame(self, now: float, mood: Mood, talking: bool, reduced: bool) -> str | None:
        """The frame to show (None: the portrait itself)."""
        if not reduced:
            self._advance(now)
            if self.blink_at <= now:
                return "blink"
            if talking and int(now * TALK_HZ) % 2:
                return "talk"
        return MOOD_FRAME[mood]

    def next_change(self, now: float, talking: bool, reduced: bool) -> float | None:
        """Seconds until the frame changes by itself (None: it does not)."""
        if reduced:
            return None
        if talking:
            return 1.0 / TALK_HZ
        self._advance(now)
        return max(0.0, (self.blink_at if now < self.blink_at else self.blink_at + BLINK_S) - now)
