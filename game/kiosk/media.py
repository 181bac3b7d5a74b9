"""Where the admin menu can save: mounted removable drives (a USB stick), and the data folder.

Linux mounts sticks under /media/<user>/<label>, /run/media/<user>/<label> (or directly
under /media, and by hand under /mnt); Windows gives them a drive letter; macOS /Volumes.
Only folders that are mount points and writable are offered; the data folder always is.
"""
from __future__ import annotations

import contextlib
import os
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

UNIX_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"), Path("/Volumes"))
MAX_DESTINATIONS = 6


@dataclass(frozen=True)
class Destination:
    path: Path
    removable: bool


def _mounts_under(root: Path, ismount: Callable[[str], bool]) -> list[Path]:
    """Mount points one or two levels below ``root`` (/media/stick, /media/user/stick)."""
    found: list[Path] = []
    try:
        children = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return found
    for child in children:
        if ismount(str(child)):
            found.append(child)
            continue
        try:
            found += [g for g in sorted(child.iterdir()) if g.is_dir() and ismount(str(g))]
        except OSError:
            continue
    return found


def _windows_drives() -> list[Destination]:
    if sys.platform != "win32":  # windows=True elsewhere (a test): there is no windll here
        raise OSError("no drive letters on this system")
    import ctypes

    kernel = ctypes.windll.kernel32
    system = os.environ.get("SYSTEMDRIVE", "C:").upper()
    out = []
    for letter in string.ascii_uppercase[3:]:  # D: and beyond
        root = f"{letter}:\\"
        if f"{letter}:" == system or not os.path.exists(root):
            continue
        kind = kernel.GetDriveTypeW(root)  # 2 removable, 3 fixed, 4 network, 5 cd-rom
        if kind in (2, 3, 4):
            out.append(Destination(Path(root), removable=kind == 2))
    return out


def destinations(data_dir: Path, roots: tuple[Path, ...] = UNIX_ROOTS,
                 ismount: Callable[[str], bool] = os.path.ismount,
                 windows: bool | None = None) -> list[Destination]:
    """Writable removable media first, then the data folder."""
    found: list[Destination] = []
    if windows if windows is not None else sys.platform == "win32":
        try:
            found = _windows_drives()
        except (OSError, AttributeError):
            found = []
    else:
        for root in roots:
            if root == Path("/Volumes"):
                found += [Destination(p, True) for p in _mounts_under(root, ismount)
                          if p != Path("/Volumes/Macintosh HD")]
            else:
                found += [Destination(p, True) for p in _mounts_under(root, ismount)]
    usable = [d for d in found if os.access(d.path, os.W_OK)][:MAX_DESTINATIONS - 1]
    return [*usable, Destination(data_dir, removable=False)]


def flush() -> None:
    """Ask the system to write its caches out, so a stick pulled out soon after holds the files."""
    sync = getattr(os, "sync", None)
    if sync is not None:
        with contextlib.suppress(OSError):
            sync()
