"""Benchmark: process start to the first title frame, beside a bare pygame window.

    python bench/startup.py [--runs 9] [--profile]

Each run is a fresh interpreter on SDL's dummy drivers, the game and the bare window taking
turns (so the machine's load falls on both alike). The time is from just before the process
is spawned to the end of its first frame drawn (the game: ``main.py --headless`` with a data
folder whose scenario cache is warm; the bare window: import pygame, open a 1920x1080 window,
fill, flip). Teardown is not counted.
Bytecode is compiled once beforehand into a folder of the bench's own, as an installed game
has it (``PYTHONDONTWRITEBYTECODE`` would otherwise have every run compile the sources).
``--profile`` prints the twenty slowest imports of one game start (``-X importtime``).
The CPU time each process has used by its first frame is given too: on a busy machine it
moves far less than the wall clock.
The last stdout line is one JSON object: ``first_frame_s``, ``bare_window_s`` (medians),
``first_frame_x_bare`` (their ratio), the same three in CPU seconds (``..._cpu_...``) and
``x_bare_runs`` (each run's game over the bare run beside it).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: printed at the first frame: the wall clock, and the CPU seconds the process has used
STAMP = ("print(time.time(), sum(resource.getrusage(resource.RUSAGE_SELF)[:2])); "
         "sys.stdout.flush()")
BARE = ("import pygame, resource, sys, time; pygame.display.init(); "
        "s = pygame.display.set_mode((1920, 1080)); s.fill((0, 0, 0)); pygame.display.flip(); "
        + STAMP)
#: the game's own start, with the end of its first drawn frame printed and the process ended
GAME = ("import os, resource, runpy, sys, time\n"
        "import game.app\n"
        "draw = game.app.App.draw\n"
        "def first(self):\n"
        "    draw(self)\n"
        "    " + STAMP + "; os._exit(0)\n"
        "game.app.App.draw = first\n"
        "sys.argv = ['main.py', '--headless', '--data-dir', sys.argv[1]]\n"
        "runpy.run_path('main.py', run_name='__main__')\n")


def environment(pycache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYTHONPYCACHEPREFIX=pycache,
               PYGAME_HIDE_SUPPORT_PROMPT="1")
    return env


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``args`` to the first frame it stamps, and its CPU seconds then."""
    t0 = time.time()
    out = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{args[:3]} failed:\n{out.stderr[-2000:]}")
    wall, cpu = out.stdout.split()[-2:]
    return float(wall) - t0, float(cpu)


def profile(env: dict[str, str], data_dir: str) -> None:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", GAME, data_dir], env=env,
                         cwd=ROOT, capture_output=True, text=True, check=False)
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("slowest imports (cumulative us):")
    for us, name in sorted(rows, reverse=True)[:20]:
        print(f"{us:9d} {name}")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--profile", action="store_true", help="also list the slowest imports")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(str(Path(tmp) / "pycache"))
        data_dir = str(Path(tmp) / "data")
        game = [sys.executable, "-c", GAME, data_dir]
        bare = [sys.executable, "-c", BARE]
        timed(game, env)  # compiles the bytecode, fills the scenario cache
        timed(bare, env)
        games, bares = [], []
        for _ in range(a.runs):
            bares.append(timed(bare, env))
            games.append(timed(game, env))
        if a.profile:
            profile(env, data_dir)
    ff, bw = (statistics.median(w for w, _ in runs) for runs in (games, bares))
    ff_cpu, bw_cpu = (statistics.median(c for _, c in runs) for runs in (games, bares))
    ratios = [g[0] / b[0] for g, b in zip(games, bares, strict=True)]
    print(f"first title frame {ff:.3f} s, bare pygame window {bw:.3f} s: {ff / bw:.2f}x "
          f"(medians of {a.runs}; per run: {', '.join(f'{r:.1f}' for r in ratios)})")
    print(f"CPU used by then: {ff_cpu:.3f} s and {bw_cpu:.3f} s: {ff_cpu / bw_cpu:.2f}x")
    print(json.dumps({"first_frame_s": round(ff, 4), "bare_window_s": round(bw, 4),
                      "first_frame_x_bare": round(ff / bw, 2),
                      "first_frame_cpu_s": round(ff_cpu, 4), "bare_window_cpu_s": round(bw_cpu, 4),
                      "first_frame_cpu_x_bare": round(ff_cpu / bw_cpu, 2), "runs": a.runs,
                      "x_bare_runs": [round(r, 2) for r in ratios]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
