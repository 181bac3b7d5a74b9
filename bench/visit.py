"""Benchmark: how long a découverte visit takes a visitor, in game seconds.

    python bench/visit.py [--seeds 1-10] [--langs fr,en] [--jobs 2]

Plays ``main.py --headless --autoplay --route decouverte --pace visitor --seed N`` for each
seed and language (the bot reads at 200 words a minute, 1 s per decision) and reads each
run's ``visit_s`` (first tap to the take-away card), ``reached`` and ``screens_s``. Prints
median, min and max per language, and the median seconds per screen (where the time goes);
the target is a median between 180 and 330 s. A run that does not reach ``probe_after`` and
``takeaway`` is named. The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = (180.0, 330.0)
MUST_REACH = ("probe_after", "takeaway")


def one(seed: int, lang: str, data_dir: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--headless", "--autoplay", "--route",
         "decouverte", "--pace", "visitor", "--seed", str(seed), "--lang", lang,
         "--data-dir", data_dir], check=True, capture_output=True, text=True)
    line: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return line


def seeds(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def screens(runs: Iterable[dict[str, float]]) -> dict[str, float]:
    """The median game seconds per screen over the runs (0 for a run that did not show it),
    longest first: where a visit's time goes."""
    runs = list(runs)
    names = {name for run in runs for name in run}
    medians = {name: round(statistics.median(run.get(name, 0.0) for run in runs), 1)
               for name in names}
    return dict(sorted(medians.items(), key=lambda kv: -kv[1]))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seeds", default="1-10", help="a seed or a range, e.g. 1-10")
    p.add_argument("--langs", default="fr,en")
    p.add_argument("--jobs", type=int, default=2, help="games played at once")
    args = p.parse_args(argv)
    runs = [(s, lang) for lang in args.langs.split(",") for s in seeds(args.seeds)]
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.jobs) as pool:
        lines = list(pool.map(lambda r: one(r[0], r[1], f"{tmp}/{r[1]}{r[0]}"), runs))
    report: dict[str, Any] = {"target_s": list(TARGET)}
    ok = True
    for lang in args.langs.split(","):
        mine = [(s, line) for (s, la), line in zip(runs, lines, strict=True) if la == lang]
        missing = [s for s, line in mine if not all(x in line.get("reached",
                                                                  []) for x in MUST_REACH)
                   or line.get("visit_s") is None]
        times = [float(line["visit_s"]) for _, line in mine if line.get("visit_s") is not None]
        med = statistics.median(times) if times else None
        within = med is not None and TARGET[0] <= med <= TARGET[1] and not missing
        ok &= within
        stations = [line.get("stations_completed") for _, line in mine]
        print(f"{lang}: median {med} s, min {min(times, default=None)} s, "
              f"max {max(times, default=None)} s over seeds {args.seeds}"
              f"{'' if within else '  (outside the target or incomplete)'}"
              + (f"; seeds that did not reach {' and '.join(MUST_REACH)}: {missing}"
                 if missing else ""))
        where = screens(line.get("screens_s", {}) for _, line in mine)
        print(f"{lang}: median s per screen: "
              + ", ".join(f"{name} {sec}" for name, sec in where.items()))
        report[lang] = {"median_s": med, "min_s": min(times, default=None),
                        "max_s": max(times, default=None), "incomplete_seeds": missing,
                        "stations": stations, "screens_s": where}
    report["within_target"] = ok
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
