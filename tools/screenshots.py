"""Save a screenshot of every screen the bot goes through, at 1920x1080 and 1366x768.

    python tools/screenshots.py [--out out/screens] [--lang fr] [--seed 1]

Each scene is captured shortly after it appears and again later, so typing text,
animations and task states are seen. Look at every PNG before calling a screen done.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from game import use_headless_drivers

use_headless_drivers()

import pygame

from game.cli import parse
from game.loop import STEP_S
from game.run import create

SIZES = [(1920, 1080), (1366, 768)]
CAPTURE_AT_S = (0.3, 3.0)  # after entering a scene


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=Path("out/screens"))
    p.add_argument("--lang", default="fr")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scenario", default=None)
    p.add_argument("--data-dir", default="/tmp/cap-screens")
    p.add_argument("--contrast", action="store_true", help="high-contrast palette")
    p.add_argument("--text-scale", type=float, default=1.0, help="the text-size setting")
    p.add_argument("--route", default=None, help="the bot's route (decouverte; default: the "
                   "grand tour)")
    p.add_argument("--only", default="", help="scene names to shoot, e.g. ResultsScene,"
                   "ProbeScene (default: every one)")
    a = p.parse_args()
    argv = ["--headless", "--autoplay", "--lang", a.lang, "--seed", str(a.seed),
            "--data-dir", a.data_dir]
    if a.route:
        argv += ["--route", a.route]
    only = {name for name in a.only.split(",") if name}
    if a.scenario:
        argv += ["--scenario", a.scenario]
    app, ctx, clock = create(parse(argv))
    app.draw_every = 1
    ctx.settings.high_contrast, ctx.settings.text_scale = a.contrast, a.text_scale
    ctx.apply_settings()
    a.out.mkdir(parents=True, exist_ok=True)
    state = {"scene": None, "since": 0, "n": 0, "taken": set()}

    def on_frame(app) -> None:  # type: ignore[no-untyped-def]
        top = app.top
        key = id(top)
        if key != state["scene"]:
            state["scene"], state["since"] = key, app.frames
        age = (app.frames - state["since"]) * STEP_S
        if only and top.name not in only:
            return
        for i, at in enumerate(CAPTURE_AT_S):
            if age >= at and (key, i) not in state["taken"]:
                state["taken"].add((key, i))
                state["n"] += 1
                name = f"{state['n']:03d}_{top.name}_{i}"
                for size in SIZES:
                    img = app.display.logical if size == (1920, 1080) else \
                        pygame.transform.smoothscale(app.display.logical, size)
                    pygame.image.save(img, str(a.out / f"{name}_{size[0]}.png"))

    app.on_frame = on_frame
    app.run(max_frames=60 * 60 * 20, advance=lambda: clock.advance(STEP_S))
    print(f"{state['n']} screens saved in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
