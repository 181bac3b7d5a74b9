"""Hold-free play (settings.hold_free) in the real TaskScene: the gauge's hold becomes
tap-to-start, tap-to-stop, by mouse, finger or one key press; the bot plays it so too."""
from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from tests.tasks.test_gauge_spot_views import Game, game, scenario  # noqa: F401 - fixtures


@pytest.fixture
def free(game: Game) -> Iterator[Game]:  # noqa: F811
    game.ctx.settings.hold_free = True
    yield game
    game.ctx.settings.hold_free = False


def test_a_tap_starts_the_push_and_a_second_tap_stops_it(free: Game) -> None:
    view = free.open("preparation")
    free.key(pygame.K_RETURN)  # her first move (Enter stops a push: none runs): the hold begins
    free.until(lambda: view.rules.holding)
    raise_ = view.halves[1].center
    free.click(raise_)  # press and release at once: nothing is held
    free.step(3)
    assert view.command == 1 and not view.busy
    assert view.rules.effort > 0  # pushed up while nobody holds anything
    free.click(raise_)
    assert view.command == 0
    free.click(view.halves[-1].center)
    assert view.command == -1
    free.click(view.halves[1].center)  # the other half switches the push over
    assert view.command == 1


def test_one_arrow_press_toggles_and_enter_stops(free: Game) -> None:
    view = free.open("preparation")
    free.key(pygame.K_RIGHT)  # down and up: a press, not a hold
    free.step(5)
    assert view.command == 1
    free.key(pygame.K_RETURN)
    assert view.command == 0
    free.key(pygame.K_LEFT)
    assert view.command == -1
    free.key(pygame.K_LEFT)
    assert view.command == 0


def test_the_bot_plays_the_gauge_with_taps_only(free: Game) -> None:
    view = free.open("preparation", bot=True)
    held = []
    while not view.rules.finished:
        free.step()
        held.append(view.busy)
    result = free.debrief()
    assert not any(held)  # never a held finger
    assert result.score >= 60, result


@pytest.mark.slow
def test_the_assisted_weld_pass_is_tapped_and_scored_on_speed_only(free: Game) -> None:
    view = free.open("soudure")
    assert view.assisted and view.rules.assisted
    faster = view.speed_buttons[1].center
    for _ in range(4):  # four taps: the target speed
        free.click(faster)
    free.step(3)
    assert not view.busy and view.rules.started
    assert view.rules.live.speed > 0
    free.until(lambda: view.rules.finished, 120)
    result = free.debrief()
    assert result.details["assisted"]
    assert len(result.feedback) == 2  # speed and length welded: aim and steadiness not scored
    assert result.score >= 90, result


@pytest.mark.slow
def test_a_weld_pass_too_fast_scores_low_in_the_assisted_mode(free: Game) -> None:
    view = free.open("soudure")
    for _ in range(8):  # twice the target: lack of fusion all along
        free.key(pygame.K_RIGHT)
    free.until(lambda: view.rules.finished, 120)
    result = free.debrief()
    assert result.score < 40 and "lack_of_fusion" in result.details["defects"]


@pytest.mark.slow
def test_the_bot_welds_the_assisted_pass_with_taps(free: Game) -> None:
    view = free.open("soudure", bot=True)
    while not view.rules.finished:
        free.step()
        assert not view.busy
    assert free.debrief().score >= 70
