"""Benchmark: what a still or idle screen costs, in a real window under an X server (Xvfb).

    python bench/idle.py [--seconds 60] [--runs 1]

Runs the title screen left alone, three still screens (a dialogue fully shown, a task's
debrief, the settings) and the kiosk's attract loop, each for ``--seconds`` of real time in
a 1920x1080 window, and reads this process's own CPU time (``/proc/self/stat``: every
thread, the renderer's included) and the frames drawn. In the same run, two bare pygame
windows of the same size: one waiting for events (what a sleeping window costs at least),
one filling and flipping at 60 fps (what a window drawing every frame costs at least),
and on a machine whose OpenGL is drawn by the CPU the same with SDL's OpenGL renderer,
which the game avoids there (game/display.py).
Starts its own Xvfb when no X display is set (Debian: ``apt-get install xvfb``). Linux
only. With ``--runs`` above 1 each figure is the median of the runs (the machine may be
shared), with the load average before and after. The last stdout line is one JSON object:
``{"title_cpu_pct", "dialogue_cpu_pct", "attract_cpu_pct", "attract_fps", ...}``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu_s() -> float:
    """User + system CPU seconds of this process so far (all its threads)."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
    return ticks / os.sysconf("SC_CLK_TCK")


def start_xvfb() -> subprocess.Popen[bytes] | None:
    """An X server of our own when none is set; None when one is already there."""
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        raise SystemExit("no X display and no Xvfb: apt-get install xvfb")
    for n in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{n}"
    return proc


def live(app: Any, seconds: float) -> tuple[float, float]:
    """Run the app's own loop for ``seconds`` of real time: (CPU %, frames drawn a second)."""
    import pygame

    tick = pygame.time.Clock()
    waits = hasattr(app, "wait")  # the loop that sleeps; older ones tick at 60 fps
    drawn = [0]
    draw = app.draw

    def counting() -> None:
        drawn[0] += 1
        draw()

    app.draw = counting
    c0, t0 = cpu_s(), time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        if waits:
            app.wait()
        else:
            tick.tick(60)
        app.frame()
    wall = time.perf_counter() - t0
    app.draw = draw
    return round(100 * (cpu_s() - c0) / wall, 1), round(drawn[0] / wall, 1)


def settle(app: Any, seconds: float = 2.0) -> None:
    """Let the first frames (loading, a dialogue typing out) pass before measuring."""
    live(app, seconds)


def phase(name: str, make: Callable[[], Any], prepare: Callable[[Any], None],
          seconds: float, out: dict[str, Any]) -> None:
    app = make()
    prepare(app)
    settle(app)
    cpu, fps = live(app, seconds)
    out[f"{name}_cpu_pct"], out[f"{name}_fps"] = cpu, fps
    print(f"{name:9s} CPU {cpu:5.1f} % of a core   {fps:5.1f} frames drawn a second")
    if app.ctx.scores is not None:
        app.ctx.scores.close()


def bare(name: str, fps: float | None, seconds: float, out: dict[str, Any],
         hints: dict[str, str]) -> None:
    """A bare pygame window made as the game makes its own (``SCALED``, the SDL ``hints``):
    waiting for events (``fps`` None), or filled and flipped."""
    import pygame

    from game.display import SOFTWARE_HINTS

    kept = {k: os.environ.pop(k) for k in (*SOFTWARE_HINTS, *hints) if k in os.environ}
    os.environ.update(hints)
    pygame.display.init()
    screen = pygame.display.set_mode((1920, 1080), pygame.SCALED)
    tick = pygame.time.Clock()
    c0, t0, drawn = cpu_s(), time.perf_counter(), 0
    while time.perf_counter() - t0 < seconds:
        pygame.event.get()
        if fps is None:
            pygame.event.wait(250)
            continue
        screen.fill((40 + drawn % 50, 90, 160))
        pygame.display.flip()
        drawn += 1
        tick.tick(fps)
    wall = time.perf_counter() - t0
    cpu, rate = round(100 * (cpu_s() - c0) / wall, 1), round(drawn / wall, 1)
    out[f"{name}_cpu_pct"], out[f"{name}_fps"] = cpu, rate
    print(f"{name:9s} CPU {cpu:5.1f} % of a core   {rate:5.1f} frames drawn a second")
    pygame.display.quit()
    for k in hints:
        os.environ.pop(k, None)
    os.environ.update(kept)


def one_run(seconds: float) -> dict[str, Any]:
    from game.cli import parse
    from game.display import SOFTWARE_HINTS, cpu_drawn_gl
    from game.run import create
    from game.scene import Push
    from game.scenes.debrief import DebriefScene
    from game.scenes.dialogue import DialogueScene
    from game.scenes.settings import SettingsScene
    from game.tasks.base import TaskResult

    out: dict[str, Any] = {}
    hints = SOFTWARE_HINTS if cpu_drawn_gl() else {}  # as game.display chooses
    bare("bare_wait", None, seconds, out, hints)
    bare("bare_60fps", 60, seconds, out, hints)
    if hints:  # what SDL's OpenGL renderer, drawn by the CPU, would cost instead
        bare("bare_60fps_gl", 60, seconds, out, {})
    with tempfile.TemporaryDirectory() as data:
        window = ["--window", "1920x1080", "--data-dir", data]

        def game() -> Any:
            return create(parse(window))[0]

        def dialogue(app: Any) -> None:
            world = app.ctx.scenario.model.worlds[0]
            app.transition(Push(DialogueScene(app.ctx, world.id, world.stations[0].id)))

        def debrief(app: Any) -> None:
            world = app.ctx.scenario.model.worlds[0]
            app.transition(Push(DebriefScene(app.ctx, world.id, world.stations[0].id,
                                             TaskResult(80, 2), 40.0)))

        phase("title", game, lambda app: None, seconds, out)
        phase("dialogue", game, dialogue, seconds, out)
        phase("debrief", game, debrief, seconds, out)
        phase("settings", game, lambda app: app.transition(Push(SettingsScene(app.ctx))),
              seconds, out)
        phase("attract", lambda: create(parse(["--kiosk", *window]))[0], lambda app: None,
              seconds, out)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=60.0, help="real seconds per screen")
    p.add_argument("--runs", type=int, default=1, help="runs of every screen (medians)")
    a = p.parse_args()
    xvfb = start_xvfb()
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    try:
        load = [os.getloadavg()[0]]
        runs = [one_run(a.seconds) for _ in range(max(1, a.runs))]
        load.append(os.getloadavg()[0])
        out: dict[str, Any] = {"seconds": a.seconds, "runs": len(runs),
                               **{k: statistics.median(r[k] for r in runs) for k in runs[0]}}
        if len(runs) > 1:
            out["every_run"] = {k: [r[k] for r in runs] for k in runs[0]}
        out["loadavg"] = [round(x, 2) for x in load]
        import pygame

        pygame.display.init()
        out["video_driver"] = pygame.display.get_driver()
        pygame.quit()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
