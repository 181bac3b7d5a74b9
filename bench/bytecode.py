"""The environment a timed child process runs in: Python's compiled modules kept, as installed.

A user's copy keeps each module compiled (``__pycache__``, or what pip wrote); this
machine's environment may say ``PYTHONDONTWRITEBYTECODE``, and then every start compiles
the game's modules again, a quarter of a second that no player ever waits. The children
keep theirs in a folder of the benchmark's own (``PYTHONPYCACHEPREFIX``), filled by a first
untimed run, so the source tree is not touched.
"""
from __future__ import annotations

import os
import tempfile

_PREFIX = tempfile.mkdtemp(prefix="cap-bench-pycache-")


def env() -> dict[str, str]:
    """os.environ with compiled modules written and read again (see above)."""
    out = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out["PYTHONPYCACHEPREFIX"] = _PREFIX
    return out
