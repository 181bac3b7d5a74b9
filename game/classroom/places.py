"""Where a student's PC with no network keeps the session's results: a USB stick or this PC.

« Pas de réseau ? » on the title screen lets the student choose: a stick the PC sees
(``game.kiosk.media.destinations``: mounted and writable), where a file named after the
session and the student is written as she plays; or this PC, where the journal of the data
folder is the file. ``main.py class import`` takes the files, or whole folders (a stick, a
data folder): :func:`journal_files` finds them there.

Plain Python (no pygame).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from game.classroom.session import JOURNAL_DIR, local_journal

PREFIX = "cap-classe-"  # the files on a stick: cap-classe-<CODE>-<student>.jsonl


@dataclass(frozen=True)
class Place:
    """One place the results can go; ``stick`` False: this PC's data folder."""

    folder: Path
    stick: bool

    @property
    def name(self) -> str:
        """What the student reads on the button: the stick's label, or nothing for the PC."""
        return (self.folder.name or str(self.folder)) if self.stick else ""


def places(data_dir: Path) -> list[Place]:
    """The sticks first (as the admin menu's export finds them), then this PC."""
    from game.kiosk.media import destinations

    try:
        found = destinations(data_dir)
    except OSError:
        found = []
    sticks = [Place(d.path, True) for d in found if d.removable]
    return [*sticks, Place(data_dir, False)]


def file_name(code: str, student: str) -> str:
    """``cap-classe-AJXGKR-lea.jsonl``: ASCII, no spaces (every file system takes it)."""
    ascii_name = unicodedata.normalize("NFKD", student).encode("ascii", "ignore").decode()
    safe = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower() or "eleve"
    return f"{PREFIX}{code}-{safe[:40]}.jsonl"


def results_file(place: Place, data_dir: Path, code: str, student: str) -> Path:
    """The file the student gives the trainer, at ``place``."""
    return place.folder / file_name(code, student) if place.stick else \
        local_journal(data_dir, code)


def journal_files(folder: Path) -> list[Path]:
    """The session journals in ``folder``: its own ``*.jsonl`` and those of a data folder's
    ``classroom/`` (a student's PC), in name order."""
    found = sorted(folder.glob("*.jsonl")) + sorted((folder / JOURNAL_DIR).glob("*.jsonl"))
    return [p for p in found if p.is_file()]
