"""Screenshots of the classroom screens the bot never reaches, at 1920x1080 and 1366x768.

    python tools/screenshots_class.py [--out out/class-screens] [--lang fr]

The title with « J'ai un code », the code entry (empty, typed, a wrong letter), the name,
the search for the hub, not found, the address, offline, the trainer's « Mode classe » and
the projector's question, reveal and tally (when those screens exist).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from game import use_headless_drivers

use_headless_drivers()

import pygame

from game.actions import Key
from game.cli import parse
from game.loop import STEP_S
from game.run import create
from game.scene import Push

SIZES = [(1920, 1080), (1366, 768)]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=Path("out/class-screens"))
    p.add_argument("--lang", default="fr")
    p.add_argument("--data-dir", default="/tmp/cap-class-screens")
    a = p.parse_args()
    app, ctx, clock = create(parse(["--headless", "--lang", a.lang, "--data-dir", a.data_dir]))
    a.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str, frames: int = 3) -> None:
        for _ in range(frames):
            clock.advance(STEP_S)
            app.frame()
        app.draw()
        for size in SIZES:
            img = app.display.logical if size == SIZES[0] else \
                pygame.transform.smoothscale(app.display.logical, size)
            pygame.image.save(img, str(a.out / f"{name}_{size[0]}.png"))

    def key(text: str) -> None:
        for ch in text:
            app.dispatch(Key(key=ord(ch.lower()), text=ch))

    from game.scenes.class_code import ClassCodeScene
    from game.scenes.class_join import ClassJoinScene, ClassNameScene

    shot("01_title")
    app.transition(Push(ClassCodeScene(ctx)))
    shot("02_code_empty")
    key("AJX")
    shot("03_code_typed")
    key("O")
    shot("04_code_wrong_letter")
    scene: Any = app.top
    scene.value = "AJX"
    scene.submit()
    shot("05_code_too_short")
    app.transition(Push(ClassNameScene(ctx, "AJXGKR")))
    key("Léa")
    shot("06_name", frames=40)
    name: Any = app.top
    name.value = ""
    for ch in "MARIE-A":  # the screen's keys: a capital starts each word
        name.on_button(name.buttons.get(f"key:{ch}"))
    shot("06b_name_on_screen_keys", frames=40)
    join = ClassJoinScene(ctx, "AJXGKR", "Léa")
    join.search = None
    join.state = "searching"
    app.transition(Push(join))
    join.search = _Never()  # type: ignore[assignment]
    shot("07_searching", frames=20)
    join.state = "not_found"
    join.layout()
    shot("08_not_found")
    join.state = "closed"
    join.layout()
    shot("08b_closed")
    join.state, join.address = "address", "192.168.1.20:8765"
    join.layout()
    shot("09_address")
    join.state = "offline"
    join.layout()
    shot("10_offline")
    from game.classroom.places import Place

    join.places = [Place(Path("/media/eleve/CLE-LEA"), True), Place(ctx.settings.data_path,
                                                                   False)]
    join.layout()
    shot("10b_offline_stick")
    from game.scenes.projector import ProjectorQuizScene

    for station in ("epi", "symboles"):
        proj = ProjectorQuizScene(ctx, "soudure", station)
        app.transition(Push(proj))
        shot(f"11_projector_{station}_question")
        for button in ("plus:" + proj.question.choices[0].id,) * 7 + \
                      ("plus:" + proj.question.choices[1].id,) * 3:
            proj.on_button(proj.buttons.get(button))  # type: ignore[arg-type]
        proj.revealed = True
        proj.layout()
        shot(f"12_projector_{station}_revealed")
    proj.index = 2  # a true/false card with the scenario's own question to discuss
    proj = ProjectorQuizScene(ctx, "soudure", "epi")
    proj.index, proj.revealed = 2, True
    app.transition(Push(proj))
    shot("13_projector_truefalse_revealed")
    from game.flow import projector_station as for_class

    for kind in ("sort", "match", "order", "trace"):  # voted question by question, or why not
        world, station = next((w.id, s.id) for w in ctx.scenario.model.worlds
                              for s in w.stations if s.task.type == kind)
        shown = for_class(ctx, world, station)
        app.transition(Push(shown))
        shot(f"13{kind[0]}_projector_{kind}", frames=60)
        if isinstance(shown, ProjectorQuizScene):
            right = next(c for c in shown.question.choices if c.correct)
            shown.counts = {right.id: 9}
            shown.revealed = True
            shown.layout()
            shot(f"13{kind[0]}_projector_{kind}_revealed")
    from game.scenes.class_mode import ClassModeScene

    mode = ClassModeScene(ctx)
    app.transition(Push(mode))
    shot("14_class_mode_choose")
    try:
        mode.world, mode.projector = "soudure", True
        import threading

        from game.classroom import trainer

        held, listen = threading.Event(), trainer._listen
        trainer._listen = lambda *args: held.wait(10) and listen(*args)  # type: ignore[assignment]
        mode.on_button(mode.buttons.get("create"))  # type: ignore[arg-type]
        starting = mode.starting
        shot("15a_class_mode_starting", frames=40)  # the hub still starting
        trainer._listen = listen  # type: ignore[assignment]
        held.set()
        if starting is not None:
            starting.wait_started()
        shot("15_class_mode_session")
        mode.show_pin = True
        mode.layout()
        shot("16_class_mode_pin")
        mode.show_pin = False
        if mode.hub is not None:  # as on a network with no multicast
            if mode.hub._announcer is not None:
                mode.hub._announcer.close()
            mode.hub._announcer = _NotAnnounced()
        shot("17_class_mode_not_announced")
    finally:
        mode.stop()
    print(f"screens saved in {a.out}")
    return 0


class _NotAnnounced:
    """An announcer that could not announce."""

    announcement = None

    def __init__(self) -> None:
        import threading

        self.done = threading.Event()
        self.done.set()

    def close(self) -> None:
        pass


class _Never:
    done = False
    result = None


if __name__ == "__main__":
    sys.exit(main())
