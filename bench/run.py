"""Benchmark: time to the first title frame, and each scene's update+draw time at 1920x1080.

    python bench/run.py [--runs 5] [--think 1.5]

The first frame is timed from process start (a fresh interpreter each run, median of runs).
Frame times come from one autoplay game drawn at every frame, bucketed by the scene on top
(task scenes by task type). The bot is slowed down so each scene gets enough frames.
The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from game import use_headless_drivers  # noqa: E402

use_headless_drivers()


def first_frame(runs: int, data_dir: str) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--frames", "1",
                        "--data-dir", data_dir], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def frame_times(think: float, data_dir: str) -> dict[str, list[float]]:
    from game.cli import parse
    from game.loop import STEP_S
    from game.run import create
    from game.scenes.task import TaskScene

    app, ctx, clock = create(parse(["--headless", "--autoplay", "--seed", "3",
                                    "--data-dir", data_dir]))
    if ctx.scenario is None:
        raise SystemExit("the default scenario does not load: run main.py validate")
    assert ctx.autoplay is not None
    ctx.autoplay.think_s = think
    ctx.autoplay.pause()  # the first screen is looked at as long as the others
    buckets: dict[str, list[float]] = {}
    surface = app.display.logical
    frames = 0
    while app.running and not ctx.autoplay.done and frames < 60 * 60 * 30:
        clock.advance(STEP_S)
        top = app.top
        name = f"{top.name}:{top.station.task.type}" if isinstance(top, TaskScene) else top.name
        t0 = time.perf_counter()
        app.update(STEP_S)
        app.draw()
        buckets.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
        frames += 1
    del surface
    return buckets


def extra_scenes(data_dir: str, frames: int = 300) -> dict[str, list[float]]:
    """Screens the bot does not visit: settings, the leave question."""
    from game.cli import parse
    from game.loop import STEP_S
    from game.run import create
    from game.scene import Push
    from game.scenes.confirm import LeaveScene
    from game.scenes.settings import SettingsScene

    app, ctx, clock = create(parse(["--headless", "--data-dir", data_dir]))
    out: dict[str, list[float]] = {}
    for make in (SettingsScene, LeaveScene):
        app.transition(Push(make(ctx)))
        times = out.setdefault(make.__name__, [])
        for _ in range(frames):
            clock.advance(STEP_S)
            t0 = time.perf_counter()
            app.update(STEP_S)
            app.draw()
            times.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--think", type=float, default=1.5, help="bot seconds between taps")
    a = p.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as data_dir:
        ff = first_frame(a.runs, data_dir)
        buckets = frame_times(a.think, data_dir)
        buckets.update(extra_scenes(data_dir))
    out = {"first_frame_s": round(ff, 3), "frame_ms": {}}
    print(f"first frame: {ff:.3f} s (median of {a.runs})")
    for name, values in sorted(buckets.items()):
        med, tail = statistics.median(values), p99(values)
        out["frame_ms"][name] = {"median": round(med, 3), "p99": round(tail, 3),
                                 "max": round(max(values), 3), "frames": len(values)}
        print(f"{name:28s} median {med:6.2f} ms   p99 {tail:6.2f} ms   max {max(values):6.2f} ms"
              f"   ({len(values)} frames)")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
