"""Every touch target the kiosk adds is at least 64 logical pixels high and wide."""
from __future__ import annotations

from datetime import timedelta

import pygame
import pytest

from game.kiosk.lockdown import AdminShortcut
from game.scene import Push
from game.scores.records import GameRecord
from game.ui.theme import LOGICAL_SIZE, MIN_TARGET
from tests.kiosk.conftest import PIN


def check(h, seen: dict[str, list[pygame.Rect]]) -> None:  # type: ignore[no-untyped-def]
    """The kiosk's own targets on screen now (the game's scenes are checked by the flow tests)."""
    if h.kiosk.attract:
        seen.setdefault(f"attract overlay over {h.app.top.name}", []).extend(h.kiosk.targets())
    else:
        seen.setdefault(h.app.top.name, []).extend(h.app.top.targets())


@pytest.mark.slow
def test_every_kiosk_screen_and_overlay(make_kiosk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    now = h.ctx.wallclock().astimezone()
    h.ctx.scores.save_game(GameRecord(h.ctx.scenario.model.id, "LÉA", now - timedelta(minutes=3),
                                      now, 100, 3, ["soudure"], "fr", "kiosk"))
    seen: dict[str, list[pygame.Rect]] = {}
    for _ in range(30):  # the attract loop over the bot's screens
        h.wait(2)
        check(h, seen)
    h.tap((960, 500))
    h.wait(45.5)
    assert h.app.top.name == "CountdownScene"
    check(h, seen)
    h.tap((960, 500))
    h.app.dispatch(AdminShortcut())
    check(h, seen)  # the keypad
    for d in PIN:
        h.tap_button(f"d:{d}")
    h.tap_button("ok")
    check(h, seen)  # the menu
    for button, back in (("export", "back"), ("report", "back"), ("scenario", "back"),
                         ("clear", "no"), ("quit", "no")):
        h.tap_button(button)
        check(h, seen)
        h.tap_button(back)
    from game.kiosk.crash import CrashScene

    h.app.transition(Push(CrashScene(h.ctx, h.kiosk)))
    check(h, seen)
    for name in ("PinScene", "AdminMenuScene", "DestinationScene", "ConfirmScene", "ScenarioScene",
                 "CountdownScene", "CrashScene"):
        assert name in seen, f"{name} was not reached"
    overlaid = [name for name in seen if name.startswith("attract overlay")]
    assert len(overlaid) >= 3  # the overlay, over several of the bot's screens
    small = [f"{name}: {r}" for name, rects in seen.items() for r in rects
             if r.w < MIN_TARGET or r.h < MIN_TARGET]
    off = [f"{name}: {r}" for name, rects in seen.items() for r in rects
           if not pygame.Rect(0, 0, *LOGICAL_SIZE).contains(r)]
    assert not small and not off


def test_the_new_code_menu_and_the_nickname_list(make_kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from game.kiosk import pin

    monkeypatch.setattr(pin, "ITERATIONS", 1000)  # the real count is slow on purpose
    h = make_kiosk({"admin_pin": ""})
    now = h.ctx.wallclock().astimezone()
    for i in range(9):
        h.ctx.scores.save_game(GameRecord(h.ctx.scenario.model.id, f"JOUEUSE{i}",
                                          now - timedelta(minutes=3), now, 100 + i, 3,
                                          ["soudure"], "fr", "kiosk"))
    seen: dict[str, list[pygame.Rect]] = {}
    h.app.dispatch(AdminShortcut())
    assert h.app.top.name == "AdminMenuScene" and h.app.top.setup
    seen["new code"] = h.app.top.targets()
    for code in ("2468", "2468"):
        for d in code:
            h.tap_button(f"d:{d}")
        h.tap_button("ok")
    assert not h.app.top.setup
    seen["menu"] = h.app.top.targets()
    h.tap_button("board")
    seen["board"] = h.app.top.targets()
    assert len([b for b in h.app.top.buttons.items if b.id.startswith("row:")]) == 7
    small = [f"{name}: {r}" for name, rects in seen.items() for r in rects
             if r.w < MIN_TARGET or r.h < MIN_TARGET]
    off = [f"{name}: {r}" for name, rects in seen.items() for r in rects
           if not pygame.Rect(0, 0, *LOGICAL_SIZE).contains(r)]
    overlapping = [f"{name}: {a} {b}" for name, rects in seen.items()
                   for i, a in enumerate(rects) for b in rects[i + 1:] if a.colliderect(b)]
    assert not small and not off and not overlapping
