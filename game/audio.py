"""Short sounds (made by tools/gen_sounds.py): success, error, star… muted by the setting."""
from __future__ import annotations

import os

import pygame

from game import CONTENT_ROOT

SOUNDS = CONTENT_ROOT / "assets" / "sounds"
NAMES = ("tap", "success", "error", "star", "complete", "countdown", "celebrate")


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
                pygame.mixer.init(44100, -16, 1, 512)
                for name in NAMES:
                    path = SOUNDS / f"{name}.wav"
                    if path.is_file():
                        self._sounds[name] = pygame.mixer.Sound(str(path))
                self._ready = True
            except pygame.error:
                self._ready = False  # no sound card (a school PC without speakers)
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
