"""Cap Industrie: discover industrial jobs and meet the women who do them."""
from __future__ import annotations

import os
from pathlib import Path

# pygame's banner is noise for a player and in every script's output; set before pygame loads
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

PACKAGE_DIR = Path(__file__).resolve().parent
#: the checkout (a git clone): tools, tests and the sources of the shipped content live here
PROJECT_ROOT = PACKAGE_DIR.parent
#: where the shipped content (scenarios/, levels/, assets/) is found: inside the package when it
#: was installed from a wheel or bundled (``game/_content``, see pyproject.toml), else the checkout
CONTENT_ROOT = (PACKAGE_DIR / "_content") if (PACKAGE_DIR / "_content").is_dir() else PROJECT_ROOT


def use_headless_drivers() -> None:
    """No screen, no sound card: SDL's dummy drivers. Call before pygame is imported."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
