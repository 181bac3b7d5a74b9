"""``python main.py validate PATH``: print every problem of a scenario, exit 1 if any error."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.scenario.loader import load_scenario
from game.scenario.problems import ContentError


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="main.py validate",
                                description="Check a scenario and list every problem.")
    p.add_argument("path", type=Path, help="a scenario folder or its scenario.yaml")
    args = p.parse_args(argv)
    try:
        loaded = load_scenario(args.path)
    except ContentError as err:
        errors = [x for x in err.problems if x.severity == "error"]
        for problem in err.problems:
            print(problem)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1 if errors else 0
    worlds = len(loaded.model.worlds)
    stations = sum(len(w.stations) for w in loaded.model.worlds)
    print(f"OK: {loaded.model.id}: {worlds} world(s), {stations} station(s)")
    return 0
