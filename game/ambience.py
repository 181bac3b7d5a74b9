"""The factory's sound under the game: the ambience of the world on screen (the floor, its
dialogues and tasks), and the optional music, both looping softly on channels of their own,
both mutable (the pause menu; the sound setting mutes all); and the loops the screen on top
asks for while it is on top (the weld pass's arc), silenced as soon as it is not (a pause, the
debrief). Made by tools/gen_ambience.py."""
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


def screen_loops(stack: list[Scene], settings: Settings) -> dict[str, float]:
    """The loops the screen on top wants now (its ``loops()``: name -> volume); none when
    the sound is off or another screen covers it."""
    if not settings.sound or not stack:
        return {}
    return {n: v for n, v in stack[-1].loops().items() if v > 0}


class Ambience(Watcher):
    """Keeps two looping channels playing what :func:`wanted` says (never fails the game)."""

    def __init__(self, ready: object) -> None:
        self._ready = ready  # ctx.sounds.ready: opens the mixer (False without a sound card)
        self.playing: list[str | None] = [None, None]
        self._channels: list[pygame.mixer.Channel | None] = [None, None]
        self._cache: dict[str, pygame.mixer.Sound | None] = {}
        self.loops: dict[str, pygame.mixer.Channel | None] = {}  # the screen's, by name

    def tick(self, app: App, dt: float) -> None:
        tracks = wanted(app.stack, app.ctx.settings)
        for slot, (name, volume) in enumerate(tracks):
            self._play(slot, name, volume)
        self._screen_loops(screen_loops(app.stack, app.ctx.settings))

    def _screen_loops(self, want: dict[str, float]) -> None:
        for name in [n for n in self.loops if n not in want]:
            channel = self.loops.pop(name)
            if channel is not None:
                channel.fadeout(150)
        for name, volume in want.items():
            if name not in self.loops:
                self.loops[name] = self._start(name, fade_ms=80)
            channel = self.loops[name]
            if channel is not None:
                channel.set_volume(volume)

    def _start(self, name: str, fade_ms: int) -> pygame.mixer.Channel | None:
        """``name`` looping on a free channel, or None (no mixer, no file, no channel)."""
        if not callable(self._ready) or not self._ready():
            return None
        sound = self._sound(name)
        if sound is None:
            return None
        try:
            return sound.play(loops=-1, fade_ms=fade_ms)
        except pygame.error:
            return None

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
        if name is None:
            return
        channel = self._start(name, fade_ms=600)
        if channel is not None:
            channel.set_volume(volume)
        self._channels[slot] = channel
