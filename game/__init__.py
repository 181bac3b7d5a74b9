"""Cap Industrie: discover industrial jobs and meet the women who do them."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def use_headless_drivers() -> None:
    """No screen, no sound card: SDL's dummy drivers. Call before pygame is imported."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
