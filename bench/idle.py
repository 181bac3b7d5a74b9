"""Benchmark: what a still or idle screen costs, in a real window under an X server (Xvfb).

    python bench/idle.py [--seconds 60]

Runs the title screen left alone, a dialogue fully shown and the kiosk's attract loop, each
for ``--seconds`` of real time in a 1920x1080 window, and reads this process's own CPU time
(``/proc/self/stat``: every thread, the renderer's included) and the frames drawn. Starts
its own Xvfb when no X display is set (Debian: ``apt-get install xvfb``). Linux only.
The last stdout line is one JSON object:
``{"title_cpu_pct", "dialogue_cpu_pct", "attract_cpu_pct", "attract_fps", ...}``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
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


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=60.0, help="real seconds per screen")
    a = p.parse_args()
    xvfb = start_xvfb()
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    try:
        from game.cli import parse
        from game.run import create
        from game.scene import Push
        from game.scenes.dialogue import DialogueScene

        out: dict[str, Any] = {"seconds": a.seconds}
        with tempfile.TemporaryDirectory() as data:
            window = ["--window", "1920x1080", "--data-dir", data]

            def game() -> Any:
                return create(parse(window))[0]

            def dialogue(app: Any) -> None:
                world = app.ctx.scenario.model.worlds[0]
                app.transition(Push(DialogueScene(app.ctx, world.id, world.stations[0].id)))

            phase("title", game, lambda app: None, a.seconds, out)
            phase("dialogue", game, dialogue, a.seconds, out)
            phase("attract", lambda: create(parse(["--kiosk", *window]))[0], lambda app: None,
                  a.seconds, out)
        import pygame

        out["video_driver"] = pygame.display.get_driver() if pygame.display.get_init() else None
        pygame.quit()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
