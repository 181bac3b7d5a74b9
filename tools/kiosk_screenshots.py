"""Save a screenshot of every kiosk screen, at 1920x1080 and 1366x768.

    python tools/kiosk_screenshots.py [--out out/kiosk-screens]

A headless kiosk in a temporary data folder, with no code set at first: the menu asking
for a new code, then the code pad, the menu, each admin screen, the countdown, the apology
and the attract overlay. Look at every PNG before calling a kiosk screen done.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from game import use_headless_drivers

use_headless_drivers()

import pygame

from game.actions import Press, Release
from game.cli import parse
from game.input import DOUBLE_TAP_S
from game.kiosk import find, pin
from game.kiosk.crash import CrashScene, close_log
from game.loop import STEP_S
from game.run import create
from game.scene import Push
from game.scores.records import GameRecord, TaskRecord

SIZES = [(1920, 1080), (1366, 768)]
CODE = "2468"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=Path("out/kiosk-screens"))
    a = p.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    pin.ITERATIONS = 1000  # a screenshot run, not a kiosk
    data = Path(tempfile.mkdtemp(prefix="kiosk-screens-"))
    app, ctx, clock = create(parse(["--headless", "--kiosk", "--data-dir", str(data)]))
    kiosk = find(app)
    assert kiosk is not None
    n = [0]

    def step(frames: int = 1) -> None:
        for _ in range(frames):
            clock.advance(STEP_S)
            app.frame()

    def shot(label: str) -> None:
        step()
        app.draw()
        n[0] += 1
        for size in SIZES:
            img = app.display.logical if size == SIZES[0] else \
                pygame.transform.smoothscale(app.display.logical, size)
            pygame.image.save(img, str(a.out / f"{n[0]:02d}_{label}_{size[0]}.png"))

    def tap(button_id: str) -> None:
        b = app.top.buttons.get(button_id)  # type: ignore[attr-defined]
        assert b is not None, f"no {button_id} on {app.top.name}"
        clock.advance(DOUBLE_TAP_S + 0.05)  # a person's pace: a quicker tap is a double tap's half
        app.dispatch(Press(b.rect.center))
        app.dispatch(Release(b.rect.center))

    def code(digits: str) -> None:
        for d in digits:
            tap(f"d:{d}")

    now = ctx.wallclock().astimezone()
    for name, score in (("LÉA", 420), ("INÈS", 380), (None, 300), ("YASMINE", 260)):
        ctx.scores.save_game(GameRecord(ctx.scenario.model.id, name, now - timedelta(minutes=4),
                                        now, score, 8, ["soudure"], "fr", "kiosk",
                                        tasks=[TaskRecord("soudure", "epi", "quiz", 90, 3, 20)]))
    kiosk.overlay.refresh()
    step(60 * 8)
    shot("attract")
    kiosk.open_admin(keyboard=False)  # the corner's long press, no code set yet
    shot("pin-no-code")
    tap("cancel")
    step(60)
    kiosk.open_admin(keyboard=True)
    code("25")
    shot("menu-new-code")
    tap("ok")
    code(CODE)
    tap("ok")
    code(CODE[:2])
    shot("menu-new-code-again")
    code(CODE[2:])
    tap("ok")
    shot("menu")
    tap("board")
    shot("board")
    tap("row:0")
    shot("confirm-hide")
    tap("no")
    tap("back")
    tap("resume")
    kiosk.open_admin(keyboard=False)
    code("11")
    shot("pin")
    clock.advance(DOUBLE_TAP_S + 0.05)
    app.dispatch(Press((960, 500)))
    tap("cancel")
    step(60)
    clock.advance(DOUBLE_TAP_S + 0.05)
    app.dispatch(Press((960, 500)))
    app.dispatch(Release((960, 500)))
    step(int(46 / STEP_S))
    shot("countdown")
    app.transition(Push(CrashScene(ctx, kiosk)))
    shot("crash")
    ctx.scores.close()
    close_log(kiosk.log)
    print(f"{n[0]} kiosk screens saved in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
