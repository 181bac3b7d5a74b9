"""How the day's visits are counted, as the organiser's menu and the report show them: a
visitor who leaves on her take-away card finished; the organiser opening the pad is no
visitor (a playtest: both were miscounted)."""
from __future__ import annotations

import random

import pygame
import pytest

from game.actions import Press, Release
from game.autoplay import Autoplay
from game.input import DOUBLE_TAP_S
from game.kiosk.lockdown import CORNER, LONG_PRESS_S
from tests.kiosk.conftest import PIN


def visits(h) -> list[str]:  # type: ignore[no-untyped-def]
    """How each of today's visits ended, as the report reads them."""
    return [v.outcome for v in h.ctx.scores.day_data(None).visits]


@pytest.mark.slow
def test_a_visitor_who_leaves_on_her_card_finished(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"leaderboard": False})
    h.tap((960, 500))  # a visitor starts the découverte; the bot plays it for her
    h.ctx.autoplay = Autoplay(random.Random(3), skill=0.9, route="decouverte")
    h.ctx.autoplay.think_s = 0.12
    h.ctx.settings.save_autoplay = True  # her game is saved, as a person's is
    h.until(lambda: h.app.top.name == "TakeawayScene", limit_s=900)
    h.ctx.autoplay = None  # she reads her card, then walks away
    h.until(lambda: h.kiosk.attract, limit_s=200)
    assert visits(h) == ["finished"]


@pytest.mark.slow
def test_opening_the_pad_from_the_attract_loop_is_no_visit(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.wait(2)
    assert h.kiosk.attract
    # the organiser's keyboard shortcut, as the keys come: Ctrl, Alt, then A
    h.post(pygame.KEYDOWN, key=pygame.K_LCTRL, mod=pygame.KMOD_LCTRL, unicode="", scancode=0)
    h.post(pygame.KEYDOWN, key=pygame.K_LALT, mod=pygame.KMOD_LCTRL | pygame.KMOD_LALT,
           unicode="", scancode=0)
    h.key(pygame.K_a, mod=pygame.KMOD_LCTRL | pygame.KMOD_LALT)
    assert h.app.top.name == "PinScene"
    h.tap_button("cancel")
    h.wait(2)
    # the long press in the corner
    h.clock.advance(DOUBLE_TAP_S + 0.05)
    h.app.dispatch(Press(CORNER.center))
    h.wait(LONG_PRESS_S + 0.2)
    assert h.app.top.name == "PinScene"
    h.app.dispatch(Release(CORNER.center))
    for d in PIN:
        h.tap_button(f"d:{d}")
    h.tap_button("ok")
    assert h.app.top.name == "AdminMenuScene"
    assert h.app.top.figures.players == 0 and visits(h) == []
