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
    ask_gender: bool = True  # the optional anonymous "je suis…" question of the probe
    dev: bool = False  # F5 reloads the scenario
    save_autoplay: bool = False  # the bot's game is saved (mode autoplay, off the boards)
    fallback_dir: Path | None = None  # refused games' journal; None: the system's temp folder
    # kiosk mode (see game/kiosk/)
    kiosk: bool = False
    event_name: str = ""  # the take-away card shows it

    @property
    def data_path(self) -> Path:
        return self.data_dir or default_data_dir()
