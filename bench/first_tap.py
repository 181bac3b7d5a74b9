"""Benchmark: the frame of the first tap on the title's Play (to the world choice).

    python bench/first_tap.py [--runs 9] [--lang fr] [--checkout DIR]

Each run is a fresh interpreter (what loads lazily loads on first use, as in a new game):
``main.py --headless`` on a warm data folder, on the fake clock; the title is shown for two
simulated seconds (its warm-up steps run, as a visitor takes that long to tap), then a
pointer press and release on Play; the time of the frame that handles the release (the
transition and the world choice's first drawing) is taken in real and in thread CPU time.
The machine is shared: medians of the runs, and each run, are printed. ``--checkout`` times
another checkout's game (before a change, say) with this bench.
The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import startup  # bench/startup.py, beside this file

#: one run: prints the tap frame's real and CPU milliseconds, and the scene it led to
RUN = """
import sys, time
sys.path.insert(0, sys.argv[1])
from game import use_headless_drivers
use_headless_drivers()
import pygame
from game.cli import parse
from game.loop import STEP_S
from game.run import create

app, ctx, clock = create(parse(["--headless", "--data-dir", sys.argv[2], "--lang", sys.argv[3]]))
app.draw_every = 1
def step():
    clock.advance(STEP_S)
    app.frame()
for _ in range(120):  # two seconds of the title
    step()
play = app.top.buttons.get("play").rect.center
pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=play, button=1))
step()
pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=play, button=1))
clock.advance(STEP_S)
t0, c0 = time.perf_counter(), time.thread_time()
app.frame()
t1, c1 = time.perf_counter(), time.thread_time()
print(1000 * (t1 - t0), 1000 * (c1 - c0), type(app.top).__name__)
"""


def _run(checkout: Path, data_dir: str, lang: str, env: dict[str, str]) -> tuple[float, float]:
    """One fresh game's first tap: its real and CPU milliseconds."""
    out = subprocess.run([sys.executable, "-c", RUN, str(checkout), data_dir, lang], env=env,
                         cwd=checkout, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    wall, cpu, scene = out.stdout.split()[-3:]
    if scene != "WorldSelectScene":
        raise SystemExit(f"the tap led to {scene}, not the world choice")
    return float(wall), float(cpu)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--lang", default="fr")
    p.add_argument("--checkout", type=Path, action="append", default=None,
                   help="a game to time (repeat: before and after a change, runs taking turns)")
    a = p.parse_args()
    checkouts: list[Path] = a.checkout or [ROOT]
    times: dict[Path, list[tuple[float, float]]] = {c: [] for c in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        env = startup.environment(str(Path(tmp) / "pycache"))
        dirs = {c: str(Path(tmp) / f"data{i}") for i, c in enumerate(checkouts)}
        for c in checkouts:  # compiles the bytecode, fills the scenario cache
            _run(c, dirs[c], a.lang, env)
        for _ in range(a.runs):
            for c in checkouts:
                times[c].append(_run(c, dirs[c], a.lang, env))
    result = {}
    for c, runs in times.items():
        wall, cpu = (statistics.median(t[k] for t in runs) for k in (0, 1))
        print(f"{c}: first tap's frame {wall:.1f} ms real, {cpu:.1f} ms CPU (medians of "
              f"{a.runs}); per run: " + ", ".join(f"{w:.0f}/{u:.0f}" for w, u in runs))
        result[str(c)] = {"first_tap_ms": round(wall, 1), "first_tap_cpu_ms": round(cpu, 1),
                          "wall_ms": [round(w, 1) for w, _ in runs],
                          "cpu_ms": [round(u, 1) for _, u in runs]}
    print(json.dumps({"runs": a.runs, "checkouts": result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
