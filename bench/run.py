"""Benchmark: start-up, each scene's update+draw time at 1920x1080, memory and window scaling.

    python bench/run.py [--runs 5] [--think 1.5] [--no-scaling]

The floor is a bare 1920x1080 fill, blit and flip, measured in the same run: every scene's
median and p99 are given in milliseconds and as a multiple of it.
The first frame is timed from process start (a fresh interpreter each run, median of runs),
beside a bare pygame window opened the same way (``first_frame_x_bare``).
The peak RSS is that of a full headless autoplay tour (``tour_peak_rss_mib``).
Scaling: the cost of presenting a frame in a 1366x768 and a 3840x2160 window over a 1920x1080
one, through SDL's renderer (the game's way) and through the old CPU scaling, in windows of
an Xvfb server the bench starts (skipped without Xvfb).
Frame times come from one autoplay game drawn at every frame, bucketed by the scene on top
(task scenes by task type). The bot is slowed down so each scene gets enough frames.
Each frame is timed twice: real time (``frame_ms``), which on a shared machine also counts
the time others' processes held the core, and this thread's CPU time (``frame_cpu_ms``),
which does not; the load average is printed beside them.
The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import bytecode  # bench/bytecode.py

from game import use_headless_drivers

use_headless_drivers()


def first_frame(runs: int, data_dir: str) -> float:
    """Process start to the first title frame (a fresh interpreter each run, after an untimed
    one that fills the scenario cache and the compiled modules: bench/bytecode.py)."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--frames", "1",
                        "--data-dir", data_dir], check=True, capture_output=True,
                       env=bytecode.env())
        if i:
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


BARE_WINDOW = ("import pygame; pygame.display.init(); s = pygame.display.set_mode((1920, 1080)); "
               "s.fill((0, 0, 0)); pygame.display.flip()")


def bare_window(runs: int) -> float:
    """A fresh interpreter that opens a pygame window and shows one frame: the floor for
    start-up."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_WINDOW], check=True, capture_output=True,
                       env=bytecode.env())
        if i:
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def floor_ms(frames: int = 300) -> tuple[float, float]:
    """The physical floor: a bare 1920x1080 fill, blit and flip (medians, ms: real, CPU)."""
    import pygame

    if pygame.display.get_surface() is None:
        pygame.display.init()
        pygame.display.set_mode((1, 1), pygame.HIDDEN)
    target = pygame.Surface((1920, 1080)).convert()
    picture = pygame.Surface((1920, 1080)).convert()
    picture.fill((200, 120, 40))
    times, cpu = [], []
    for i in range(frames):
        t0, c0 = time.perf_counter(), time.thread_time()
        target.fill((i % 256, 0, 0))
        target.blit(picture, (0, 0))
        pygame.display.flip()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return statistics.median(times), statistics.median(cpu)


def tour_peak_rss_mib(data_dir: str) -> float:
    """Peak resident memory of a whole headless autoplay tour (its own process)."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
            "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, str(ROOT / "main.py"),
                          "--headless", "--autoplay", "--seed", "2", "--data-dir", data_dir],
                         check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1]) / 1024  # Linux gives KiB


SCALING_CHILD = "--scaling-child"


def present_ms(size: tuple[int, int], gpu: bool, frames: int = 200) -> float:
    """In this process, under X: a window of ``size`` showing the 1920x1080 picture; the median
    CPU time of this process (all its threads, a software renderer's included; not the X
    server's) to fill the picture and present it (ms)."""
    import pygame

    from game.display import Display

    pygame.display.init()
    if not gpu:  # the old way: scale on the CPU every frame
        def no_renderer(*_: object) -> pygame.Surface:
            raise pygame.error("forced")
        Display._open_scaled = staticmethod(no_renderer)  # type: ignore[method-assign,assignment]
    display = Display(False, False, size)
    for _ in range(30):
        pygame.event.pump()
        time.sleep(0.005)
    times = []
    for i in range(frames):
        pygame.event.pump()
        t0 = time.process_time()
        display.logical.fill((i % 256, 40, 80))
        display.present()
        times.append((time.process_time() - t0) * 1000)
    return statistics.median(times[20:])


def scaling() -> dict[str, float] | None:
    """Each window size and way in its own process, in an Xvfb 3840x2160 screen."""
    import os
    import shutil

    if shutil.which("Xvfb") is None:
        print("scaling: no Xvfb (apt-get install xvfb): skipped")
        return None
    n = next(n for n in range(120, 160) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    xvfb = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "3840x2160x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": f":{n}", "SDL_VIDEODRIVER": "x11"}
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        out: dict[str, float] = {}
        for way in ("gpu", "cpu"):
            for size in ((1920, 1080), (1366, 768), (3840, 2160)):
                run = subprocess.run([sys.executable, __file__, SCALING_CHILD, way,
                                      f"{size[0]}x{size[1]}"], env=env, capture_output=True,
                                     text=True, check=True)
                out[f"{way}_{size[0]}x{size[1]}_ms"] = float(run.stdout.split()[-1])
        for way in ("gpu", "cpu"):
            base = out[f"{way}_1920x1080_ms"]
            for name in ("1366x768", "3840x2160"):
                out[f"{way}_{name}_extra_ms"] = round(out[f"{way}_{name}_ms"] - base, 3)
        return {k: round(v, 3) for k, v in out.items()}
    finally:
        xvfb.terminate()
        xvfb.wait()


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


Timings = dict[str, list[tuple[float, float]]]  # scene: (real ms, CPU ms) of each frame


def timed_frame(app: Any) -> tuple[float, float]:
    """One update and drawing of ``app``: (real ms, this thread's CPU ms)."""
    from game.loop import STEP_S

    t0, c0 = time.perf_counter(), time.thread_time()
    app.update(STEP_S)
    app.draw()
    return (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000


def frame_times(think: float, data_dir: str) -> Timings:
    from game.cli import parse
    from game.loop import STEP_S
    from game.run import create
    from game.scenes.task import TaskScene

    app, ctx, clock = create(parse(["--headless", "--autoplay", "--seed", "3",
                                    "--data-dir", data_dir]))
    if ctx.loaded_scenario is None:
        raise SystemExit("the default scenario does not load: run main.py validate")
    assert ctx.autoplay is not None
    ctx.autoplay.think_s = think
    ctx.autoplay.pause()  # the first screen is looked at as long as the others
    buckets: Timings = {}
    surface = app.display.logical
    frames = 0
    while app.running and not ctx.autoplay.done and frames < 60 * 60 * 30:
        clock.advance(STEP_S)
        top = app.top
        name = f"{top.name}:{top.station.task.type}" if isinstance(top, TaskScene) else top.name
        buckets.setdefault(name, []).append(timed_frame(app))
        frames += 1
    del surface
    return buckets


def extra_scenes(data_dir: str, frames: int = 300) -> Timings:
    """Screens the bot does not visit: settings, the leave question."""
    from game.cli import parse
    from game.loop import STEP_S
    from game.run import create
    from game.scene import Push
    from game.scenes.confirm import LeaveScene
    from game.scenes.settings import SettingsScene

    app, ctx, clock = create(parse(["--headless", "--data-dir", data_dir]))
    out: Timings = {}
    for make in (SettingsScene, LeaveScene):
        app.transition(Push(make(ctx)))
        times = out.setdefault(make.__name__, [])
        for _ in range(frames):
            clock.advance(STEP_S)
            times.append(timed_frame(app))
    return out


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == SCALING_CHILD:
        w, h = (int(v) for v in sys.argv[3].split("x"))
        print(present_ms((w, h), gpu=sys.argv[2] == "gpu"))
        return 0
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--think", type=float, default=1.5, help="bot seconds between taps")
    p.add_argument("--no-scaling", action="store_true", help="skip the window-scaling figures")
    a = p.parse_args()
    import tempfile

    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as data_dir:
        bare = bare_window(a.runs)
        ff = first_frame(a.runs, data_dir)
        rss = tour_peak_rss_mib(data_dir)
        buckets = frame_times(a.think, data_dir)
        buckets.update(extra_scenes(data_dir))
        floor, floor_cpu = floor_ms()
    load.append(os.getloadavg()[0])
    out: dict[str, Any] = {"first_frame_s": round(ff, 3), "bare_window_s": round(bare, 3),
                           "first_frame_x_bare": round(ff / bare, 2),
                           "tour_peak_rss_mib": round(rss, 1), "floor_ms": round(floor, 3),
                           "floor_cpu_ms": round(floor_cpu, 3),
                           "frame_ms": {}, "frame_cpu_ms": {}}
    print(f"first frame: {ff:.3f} s, a bare pygame window {bare:.3f} s: {ff / bare:.2f}x "
          f"(medians of {a.runs})")
    print(f"peak RSS of a full autoplay tour: {rss:.1f} MiB")
    print(f"floor (1920x1080 fill, blit, flip): {floor:.3f} ms, CPU {floor_cpu:.3f} ms")
    for name, pairs in sorted(buckets.items()):
        values, cpu = [w for w, _ in pairs], [c for _, c in pairs]
        out["frame_cpu_ms"][name] = {"median": round(statistics.median(cpu), 3),
                                     "p99": round(p99(cpu), 3),
                                     "median_x_floor": round(statistics.median(cpu) / floor_cpu,
                                                             2)}
        med, tail = statistics.median(values), p99(values)
        out["frame_ms"][name] = {"median": round(med, 3), "p99": round(tail, 3),
                                 "median_x_floor": round(med / floor, 2),
                                 "p99_x_floor": round(tail / floor, 2),
                                 "max": round(max(values), 3), "frames": len(values)}
        print(f"{name:28s} median {med:6.2f} ms ({med / floor:5.1f}x)   p99 {tail:6.2f} ms "
              f"({tail / floor:5.1f}x)   max {max(values):6.2f} ms   ({len(values)} frames)"
              f"   CPU: median {statistics.median(cpu):6.2f} ms   p99 {p99(cpu):6.2f} ms")
    if not a.no_scaling:
        scaled = scaling()
        if scaled is not None:
            out["scaling_ms"] = scaled
            for key, value in scaled.items():
                print(f"scaling {key:26s} {value:7.3f} ms")
    out["loadavg"] = [round(x, 2) for x in load]
    print(f"load average {load[0]:.2f} at the start, {load[1]:.2f} at the end")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
