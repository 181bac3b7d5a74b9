"""The kiosk's own screens follow the palette of the setting too (see tests/scenes)."""
from __future__ import annotations

from datetime import timedelta

import pygame
import pytest

from game.kiosk.lockdown import AdminShortcut
from game.scene import Push
from game.scores.records import GameRecord
from game.ui.theme import HIGH_CONTRAST, NORMAL, Palette
from tests.kiosk.conftest import PIN
from tests.scenes.test_palette import FlatImages, flat_tiles, foreign, found


@pytest.mark.slow
@pytest.mark.parametrize("pal", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_no_colour_of_the_other_palette_on_any_kiosk_screen(make_kiosk, monkeypatch,  # type: ignore[no-untyped-def]
                                                            pal: Palette) -> None:
    monkeypatch.setattr("game.world.render.pygame_image_loader", flat_tiles)
    h = make_kiosk({"high_contrast": pal is HIGH_CONTRAST})
    h.ctx.images = FlatImages()
    assert h.ctx.palette is pal
    now = h.ctx.wallclock().astimezone()
    h.ctx.scores.save_game(GameRecord(h.ctx.scenario.model.id, "LÉA", now - timedelta(minutes=3),
                                      now, 100, 3, ["soudure"], "fr", "kiosk"))
    bad: dict[str, list[tuple[int, int, int]]] = {}
    seen: list[str] = []
    colors = foreign(pal)

    def look(name: str) -> None:
        h.app.draw()
        h.app.draw()  # a modal draws a still of what is below on its second frame
        seen.append(name)
        hits = found(h.app.display.logical, colors)
        if hits:
            bad[name] = hits

    h.wait(3)
    look("attract")
    h.tap((960, 500))
    h.wait(45.5)
    assert h.app.top.name == "CountdownScene"
    look("countdown")
    h.tap((960, 500))
    h.app.dispatch(AdminShortcut())
    look("keypad")
    for d in PIN:
        h.tap_button(f"d:{d}")
    h.tap_button("ok")
    look("menu")
    for button, back in (("export", "back"), ("report", "back"), ("clear", "no")):
        h.tap_button(button)
        look(button)
        h.tap_button(back)
    from game.kiosk.crash import CrashScene

    h.app.transition(Push(CrashScene(h.ctx, h.kiosk)))
    look("crash")
    assert not bad, {n: [f"#{r:02X}{g:02X}{b:02X}" for r, g, b in c] for n, c in bad.items()}
    assert len(seen) == 8
    pygame.event.clear()
