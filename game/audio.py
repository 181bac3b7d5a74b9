"""Short sounds (made by tools/gen_sounds.py): success, error, star… muted by the setting."""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pygame

from game import CONTENT_ROOT

SOUNDS = CONTENT_ROOT / "assets" / "sounds"
NAMES = ("tap", "success", "error", "star", "complete", "countdown", "celebrate")

log = logging.getLogger(__name__)


@contextmanager
def quiet_fd2() -> Iterator[None]:
    """Send what C code writes to fd 2 to the null device for the ``with`` block.

    On a machine without a sound card libasound prints 8 « ALSA lib … cannot find card » lines
    from C while SDL opens the mixer; Python's ``sys.stderr`` never sees them. (Its error handler
    cannot be set from Python instead: SDL's ALSA hotplug thread calls it while the main thread
    holds the GIL, and the game hangs.) Only the block is silenced: an exception raised in it
    propagates once fd 2 is back, so our errors and any traceback still reach the terminal.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield  # no fd 2 (a windowed Windows app): nothing to silence
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


class Sounds:
    """Plays a named sound if sound is on and a sound card exists; never fails the game."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._ready: bool | None = None

    def _init(self) -> bool:
        if self._ready is None:
            self._ready = False
            if os.environ.get("SDL_AUDIODRIVER") == "dummy":
                return False  # headless: nothing to hear, nothing to load
            try:
                with quiet_fd2():  # no « ALSA lib … cannot find card » lines in the terminal
                    pygame.mixer.init(44100, -16, 1, 512)
                for name in NAMES:
                    path = SOUNDS / f"{name}.wav"
                    if path.is_file():
                        self._sounds[name] = pygame.mixer.Sound(str(path))
                self._ready = True
            except pygame.error as exc:
                log.info("no sound: %s", exc)  # no sound card (a school PC without speakers)
                self._ready = False
        return self._ready

    def ready(self) -> bool:
        """The mixer is open (False headless or without a sound card)."""
        return self._init()

    def play(self, name: str) -> None:
        if not self.enabled or not self._init():
            return
        sound = self._sounds.get(name)
        if sound is not None:
            sound.play()
