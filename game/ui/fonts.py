"""The game's typeface: Source Sans Pro, from the ``font-source-sans-pro`` package (SIL OFL 1.1).

Why this face: a humanist sans drawn for screens, with a tailed ``l`` and a serifed ``I`` that
keep ``Il1`` apart for weak readers, open shapes and complete French accents, and kerning
that SDL_ttf applies. Semibold for reading text (it holds up from two metres on a kiosk), bold
for titles. No pygame here: the wheel and the PyInstaller spec read :data:`PACKAGE` and
:data:`BUNDLED` to carry the files.
"""
from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path

PACKAGE = "font_source_sans_pro"
FILES = {"text": "SourceSansPro-Semibold.ttf", "title": "SourceSansPro-Bold.ttf"}
#: what a bundle must carry: the faces the game draws with, and their licence
BUNDLED = (*FILES.values(), "LICENSE.txt")
#: the type scale was drawn for pygame's own font, whose em is 0.6875 of the size asked; this
#: face at 0.75 of it has the same x-height (what reads from two metres), narrower letters
EM_PER_UNIT = 0.75
MIN_PX = 22  # no text is drawn smaller, in logical 1080p pixels (about 16 px at 1366x768)
#: one exception, sizes of the scale below this: the sort task's cards and chips when an
#: author fills it to its limits (12 cards of 40 characters in 5 bins); shipped content never
#: needs them (tests/ui/test_text.py checks)
DENSE_BELOW = 24
DENSE_MIN_PX = 15


@cache
def font_path(role: str = "text") -> Path | None:
    """The file of the face for ``role`` ("text" or "title"); None when the package is
    missing (the game then draws with pygame's own font and says so once)."""
    try:
        path = Path(str(resources.files(PACKAGE) / "files" / FILES[role]))
    except (ModuleNotFoundError, TypeError):
        path = None
    if path is None or not path.is_file():
        print(f"cap-industrie: the typeface {FILES[role]} ({PACKAGE}) is missing; "
              "text is drawn with pygame's default font", file=sys.stderr)
        return None
    return path


def pixels(size: int) -> int:
    """The em of a size of the type scale, in logical pixels, never below :data:`MIN_PX`
    (:data:`DENSE_MIN_PX` for the dense sizes under :data:`DENSE_BELOW`)."""
    return max(MIN_PX if size >= DENSE_BELOW else DENSE_MIN_PX, round(size * EM_PER_UNIT))
