"""Cap Industrie from a checkout: `python main.py` plays; `python main.py --help` lists the options.

Installed, the same program is the `cap-industrie` command (or `python -m game`).
"""
import sys

from game.cli import entry

if __name__ == "__main__":
    sys.exit(entry())
