"""Write the list of task types into the authoring guides, from the registry.

    python tools/task_types.py          # rewrite the list in each guide that is out of date
    python tools/task_types.py --check  # exit 1 if a guide's list is out of date

The guides are docs/AUTHORING.md, docs/AUTHORING.en.md and docs/scenario-format.md; each
holds its list between the markers of game/tasks/guide.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from game.tasks import guide


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 if a guide's list is out of date")
    args = p.parse_args(argv)
    try:
        paths = guide.stale() if args.check else guide.write()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for path in paths:
        print(f"{path}: {'out of date' if args.check else 'written'}")
    if args.check and paths:
        print("hint: run python tools/task_types.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
