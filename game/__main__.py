"""``python -m game``: the same as the ``cap-industrie`` command and ``python main.py``."""
import sys

from game.cli import entry

sys.exit(entry())
