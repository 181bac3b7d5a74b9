"""Cap Industrie: discover industrial jobs and meet the women who do them."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
