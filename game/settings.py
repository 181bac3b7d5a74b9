"""Settings of one run: from the command line (later also from a config file)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "cap-industrie"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    lang: str = "fr"
    timers: bool = True
    fullscreen: bool = False
    window: tuple[int, int] = (1280, 720)
    data_dir: Path | None = None
    text_scale: float = 1.0

    @property
    def data_path(self) -> Path:
        return self.data_dir or default_data_dir()
