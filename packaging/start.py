"""The bundled app's starting point (see cap-industrie.spec): the same entry as the command."""
import sys

from game.cli import entry

if __name__ == "__main__":
    sys.exit(entry())
