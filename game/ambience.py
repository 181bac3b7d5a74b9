"""The factory's sound under the game: the ambience of the world on screen (the floor, its
dialogues and tasks), and the optional music, both looping softly on channels of their own,
both mutable (the pause menu; the sound setting mutes all). Made by tools/gen_ambience.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import CONTENT_ROOT
from game.app import Watcher

if TYPE_CHECKING:
    from game.app import App
    from game.scene import Scene
    from game.settings import Settings

SOUNDS = CONTENT_ROOT / "assets" / "sounds"
ON_FLOOR, IN_STATION = 0.45, 0.18  # the ambience's volume on the floor and over a task
MUSIC_VOLUME = 0.25

Track = tuple[str | None, float]  # (file name without .wav, volume)


def wanted(stack: list[Scene], settings: Settings) -> tuple[Track, Track]:
    """What should be heard now: the world's ambience (its floor somewhere in the stack: on
    it, louder) and the music; names None when silent."""
    if not settings.sound:
        return (None, 0.0), (None, 0.0)
    world = None
    on_top = False
    for i, scene in enumerate(stack):
        wid = getattr(getattr(scene, "world", None), "id", None)
        if type(scene).__name__ == "FloorScene" and isinstance(wid, str):
            world, on_top = wid, i == len(stack) - 1
    amb: Track = (f"ambience_{world}", ON_FLOOR if on_top else IN_STATION) \
        if settings.ambience and world is not None else (None, 0.0)
    tune: Track = ("music", MUSIC_VOLUME) if settings.music else (None, 0.0)
    return amb, tune


class Ambience(Watcher):
    """Keeps two looping channels playing what :func:`wanted` says (never fails the game)."""

    def __init__(self, ready: object) -> None:
        self._ready = ready  # ctx.sounds.ready: opens the mixer (False without a sound card)
        self.playing: list[str | None] = [None, None]
        self._channels: list[pygame.mixer.Channel | None] = [None, None]
        self._cache: dict[str, pygame.mixer.Sound | None] = {}

    def tick(self, app: App, dt: float) -> None:
        tracks = wanted(app.stack, app.ctx.settings)
        for slot, (name, volume) in enumerate(tracks):
            self._play(slot, name, volume)

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._cache:
            path = SOUNDS / f"{name}.wav"
            try:
                self._cache[name] = pygame.mixer.Sound(str(path)) if path.is_file() else None
            except pygame.error:
                self._cache[name] = None
        return self._cache[name]

    def _play(self, slot: int, name: str | None, volume: float) -> None:
        if name == self.playing[slot]:
            channel = self._channels[slot]
            if channel is not None:
                channel.set_volume(volume)
            return
        self.playing[slot] = name
        channel = self._channels[slot]
        if channel is not None:
            channel.fadeout(400)
            self._channels[slot] = None
        if name is None or not callable(self._ready) or not self._ready():
            return
        sound = self._sound(name)
        if sound is None:
            return
        try:
            channel = sound.play(loops=-1, fade_ms=600)
        except pygame.error:
            return
        if channel is not None:
            channel.set_volume(volume)
        self._channels[slot] = channel
