"""How long a person takes to read what a task shows: an explanation stays at least this
long, and the timer waits for it (issue 9: « timers never run while the player reads »)."""
from __future__ import annotations

from functools import lru_cache

from game.autoplay import READ_WPM, words

GLANCE_S = 1.0  # finding the text and taking it in before reading it


@lru_cache(maxsize=256)
def read_s(*texts: str) -> float:
    """Seconds to read ``texts`` at :data:`game.autoplay.READ_WPM` (the visitor bot's pace);
    kept for each text, since a hint shown asks it every frame while it stays."""
    return GLANCE_S + sum(words(t) for t in texts) * 60.0 / READ_WPM
