"""Settings of one run: from the command line, a kiosk config file, or the settings screen."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.paths import default_data_dir

__all__ = ["TEXT_SCALES", "Settings", "default_data_dir"]

TEXT_SCALES = (1.0, 1.15, 1.3)  # the text-size setting's steps


@dataclass
class Settings:
    lang: str = "fr"
    timers: bool = True
    fullscreen: bool = False
    window: tuple[int, int] = (1280, 720)
    data_dir: Path | None = None
    text_scale: float = 1.0
    high_contrast: bool = False
    sound: bool = True
    ambience: bool = True  # the world's factory sound under the game (game/ambience.py)
    music: bool = False  # the optional music
    ask_gender: bool = True  # the optional anonymous "je suis…" question of the probe
    dev: bool = False  # F5 reloads the scenario
    save_autoplay: bool = False  # the bot's game is saved (mode autoplay, off the boards)
    fallback_dir: Path | None = None  # refused games' journal; None: the system's temp folder
    # kiosk mode (see game/kiosk/)
    kiosk: bool = False
    event_name: str = ""  # the take-away card shows it
    # accessibility (docs/ACCESSIBILITY.md)
    self_voicing: bool = False  # the game speaks what appears (V toggles it)
    speech_rate: int = 175  # words per minute (game.speech.RATES)
    reduced_motion: bool = False  # no typewriter, shakes, slides, confetti or pulsing glows
    readable_text: bool = False  # wider letter and line spacing, text aligned left
    more_time: float = 1.0  # every task timer x1.5 or x2 (timers off is `timers`)
    hold_free: bool = False  # tap-tap instead of drags, a toggle instead of a hold, assisted weld

    @property
    def data_path(self) -> Path:
        return self.data_dir or default_data_dir()
