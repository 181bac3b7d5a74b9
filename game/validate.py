"""``python main.py validate PATH``: every problem of a scenario (or of one Tiled map).

Each problem is printed as ``file:line:column: message`` with a hint below it; warnings
say ``warning:`` and do not fail. Exit 1 if any error, 0 otherwise.
"""
from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from game.scenario.problems import Problem, condensed


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="main.py validate",
                                description="Check a scenario, or one Tiled map, and list "
                                            "every problem.")
    p.add_argument("path", type=Path,
                   help="a scenario folder, its scenario.yaml, or a Tiled map (.tmx)")
    p.add_argument("--quick", action="store_true",
                   help="skip the deep checks (sources, dialogue, bots playing each task)")
    args = p.parse_args(argv)
    gc.disable()  # a command that ends when it has checked: no use for the cycle collector
    path: Path = args.path
    if path.suffix.lower() == ".tmx":
        return _map(path)
    if not path.exists() or (not path.is_dir() and path.suffix.lower() not in (".yaml", ".yml")):
        what = "not found" if not path.exists() else "is not a scenario or a map"
        print(f"{path}:1:1: {what}: validate takes a scenario folder, its scenario.yaml, or a "
              "Tiled map (.tmx)\n    hint: e.g. python main.py validate scenarios/exemple-minimal")
        return 1
    from game.scenario.analysis import analyse

    result = analyse(path, deep=not args.quick)
    _print(result.problems)
    if result.errors or result.loaded is None:
        return 1
    model = result.loaded.model
    stations = sum(len(w.stations) for w in model.worlds)
    print(f"OK: {model.id}: {len(model.worlds)} world(s), {stations} station(s)"
          + (f", {len(result.warnings)} warning(s)" if result.warnings else ""))
    return 0


def _map(path: Path) -> int:
    from game.scenario.analysis import sorted_problems
    from game.scenario.mapcheck import check_map

    info, problems = check_map(path)
    problems = sorted_problems(problems)
    _print(problems)
    errors = [x for x in problems if x.severity == "error"]
    if info is None or errors:
        return 1
    print(f"OK: {path.name}: {info.width}×{info.height} tiles of {info.tile_w}×{info.tile_h} px, "
          f"{len(info.stations)} station object(s), "
          f"{'a spawn' if info.spawn else 'no spawn'}")
    return 0


def _print(problems: list[Problem]) -> None:
    for line in condensed(problems):
        print(line)
    errors = sum(1 for x in problems if x.severity == "error")
    warnings = len(problems) - errors
    if problems:
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
