"""Inactivity: "Encore là ?" after the delay, a tap continues, zero resets to the attract loop."""
from __future__ import annotations

import pygame
import pytest

from game.actions import Press, Release
from game.scene import Push, Scene
from game.scenes.nickname import NicknameScene


class Holding(Scene):
    """A screen where the player holds something (a drag, the torch)."""

    busy = True

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((0, 0, 0))


def start(h) -> None:  # type: ignore[no-untyped-def]
    h.tap((960, 500))
    assert not h.kiosk.attract


@pytest.mark.slow
def test_the_countdown_comes_after_the_delay_and_a_tap_continues_the_game(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"inactivity_s": 30, "countdown_s": 10})
    start(h)  # the découverte
    while h.app.top.name == "ProbeScene":  # the before-questions, skipped
        h.tap_button("skip")
    floor, tour = h.app.top, h.ctx.tour
    assert floor.name == "FloorScene" and not h.kiosk.attract
    h.wait(29.5)
    assert h.app.top is floor
    h.wait(1)
    assert h.app.top.name == "CountdownScene" and h.app.stack[-2] is floor  # over the game
    h.wait(5)
    h.app.dispatch(Press((200, 900)))  # anywhere, not only on the button
    assert h.app.top is floor and h.ctx.tour is tour  # the game as it was
    h.app.dispatch(Release((200, 900)))
    assert h.app.top is floor and not floor.walker.path  # the release did not walk her there
    h.wait(29)
    assert h.app.top is floor  # a full delay again before the next countdown
    h.wait(2)
    h.tap_button("continue")
    assert h.app.top is floor


@pytest.mark.slow
def test_at_zero_everything_of_the_visitor_goes(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    start(h)
    theirs = h.ctx.tour
    assert theirs is not None
    nickname = NicknameScene(h.ctx)
    h.app.transition(Push(nickname))
    for ch in "LÉA":
        h.tap_button(f"key:{ch}")
    assert nickname.value == "LÉA"  # half-typed, then the visitor walks away
    h.wait(45 + 15 - 0.5)
    assert h.app.top.name == "CountdownScene" and not h.kiosk.attract
    h.wait(1)
    # her tour is gone; the one there now, if any, is the attract demo's (the bot's découverte)
    assert h.kiosk.attract and h.ctx.tour is not theirs and h.kiosk.visit is None
    assert "NicknameScene" not in h.names and "CountdownScene" not in h.names
    assert h.ctx.autoplay is not None  # the bot plays again
    [visit] = h.ctx.scores.day_data(None).visits
    assert visit.outcome == "walked_away" and visit.played_s < 5  # the idle wait is not play
    assert h.ctx.scores.count_games() == 0
    h.tap((960, 500))  # the next visitor starts from nothing: a new découverte
    assert h.names == ["TitleScene", "ProbeScene"] and h.app.top.index == 0
    assert not h.ctx.tour.results and not h.ctx.tour.probe_before


@pytest.mark.slow
def test_never_while_the_player_holds_something(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    start(h)
    holding = Holding(h.ctx)
    h.app.transition(Push(holding))
    h.wait(300)
    assert h.app.top is holding  # five minutes of a held torch: no countdown
    holding.busy = False  # type: ignore[misc]  # let go
    h.wait(44)
    assert h.app.top is holding  # the delay counts from the moment it was let go
    h.wait(2)
    assert h.app.top.name == "CountdownScene"


@pytest.mark.slow
def test_keys_continue_and_the_countdown_targets_are_big(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"inactivity_s": 10, "countdown_s": 5})
    start(h)
    h.wait(10.5)
    assert h.app.top.name == "CountdownScene"
    assert all(r.w >= 64 and r.h >= 64 for r in h.app.top.targets())
    h.key(pygame.K_RETURN)
    assert h.app.top.name == "ProbeScene"  # where the visitor was


@pytest.mark.slow
def test_no_countdown_on_the_attract_loop(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"inactivity_s": 10, "countdown_s": 5})
    for _ in range(60 * 40):
        h.step()
        assert "CountdownScene" not in h.names
    assert h.kiosk.attract


@pytest.mark.slow
def test_a_visitors_settings_do_not_carry_over(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"sound": False, "route": "choice"})  # a tap opens the world choice
    start(h)
    h.key(pygame.K_ESCAPE)  # back to the title, which has a settings button
    assert h.app.top.name == "TitleScene" and h.app.top.buttons.get("settings") is not None
    s = h.ctx.settings
    s.high_contrast, s.text_scale, s.sound, s.timers, s.lang = True, 1.3, True, False, "en"
    h.wait(61)
    assert h.kiosk.attract
    assert (s.high_contrast, s.text_scale, s.sound, s.timers, s.lang) == (False, 1.0, False,
                                                                           True, "fr")
    assert h.ctx.text.scale == 1.0
