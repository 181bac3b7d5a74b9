"""Where the game keeps its data: the user's data folder, or a portable ``data/`` folder.

Portable mode (a ``portable.txt`` file beside the program, or ``--portable``) keeps scores,
settings and logs next to the app, for a USB stick carried from PC to PC. A folder that cannot
be written (a read-only stick, a locked-down profile) falls back to the next place, and the
reason is kept so the game can say it.
"""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from game import PROJECT_ROOT

APP_NAME = "cap-industrie"
PORTABLE_MARK = "portable.txt"
PORTABLE_ENV = "CAP_INDUSTRIE_PORTABLE"  # set by --portable, so sub-commands follow it too


def app_dir() -> Path:
    """The folder a person sees as 'the app': beside the bundled executable, or the checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    if (PROJECT_ROOT / "main.py").is_file():
        return PROJECT_ROOT
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def portable_requested() -> bool:
    return os.environ.get(PORTABLE_ENV) == "1" or (app_dir() / PORTABLE_MARK).is_file()


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataDir:
    """The chosen folder, and why an earlier choice was passed over (empty when none was)."""

    path: Path
    portable: bool
    note: str = ""


def writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (made if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError:
        return False
    return True


def choose_data_dir() -> DataDir:
    """Portable ``data/`` when asked for and writable, else the user's folder, else temp."""
    notes: list[str] = []
    if portable_requested():
        here = app_dir() / "data"
        if writable(here):
            return DataDir(here, portable=True)
        notes.append(f"portable mode asked for, but {here} cannot be written")
    user = user_data_dir()
    if writable(user):
        return DataDir(user, portable=False, note="; ".join(notes))
    notes.append(f"{user} cannot be written")
    temp = Path(tempfile.gettempdir()) / APP_NAME
    return DataDir(temp, portable=False, note="; ".join(notes) + f"; using {temp}")


def default_data_dir() -> Path:
    return choose_data_dir().path
