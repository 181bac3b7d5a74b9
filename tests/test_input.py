"""Mouse, touch and keyboard all become the same actions, in logical coordinates."""
from __future__ import annotations

import pygame
import pytest

from game.actions import Back, Confirm, Drag, Key, Navigate, Point, Press, Release
from game.input import Controls, InputMapper
from game.viewport import Viewport

# a 720p window: logical = window * 1.5, no bars
VP = Viewport((1920, 1080), (1280, 720))
# a 4:3 window: bars of 96 px above and below the picture
VP43 = Viewport((1920, 1080), (1024, 768))


@pytest.fixture
def mapper() -> InputMapper:
    return InputMapper(Controls())


def ev(kind: int, **attrs: object) -> pygame.event.Event:
    return pygame.event.Event(kind, **attrs)


def down(x: float, y: float, button: int = 1, touch: bool = False) -> pygame.event.Event:
    return ev(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=button, touch=touch)


def up(x: float, y: float, button: int = 1, touch: bool = False) -> pygame.event.Event:
    return ev(pygame.MOUSEBUTTONUP, pos=(x, y), button=button, touch=touch)


def motion(x: float, y: float, touch: bool = False) -> pygame.event.Event:
    return ev(pygame.MOUSEMOTION, pos=(x, y), rel=(0, 0), buttons=(0, 0, 0), touch=touch)


def finger(kind: int, fid: int, x: float, y: float) -> pygame.event.Event:
    return ev(kind, finger_id=fid, touch_id=1, x=x, y=y, dx=0.0, dy=0.0)


def keydown(key: int, unicode: str = "") -> pygame.event.Event:
    return ev(pygame.KEYDOWN, key=key, unicode=unicode, mod=0, scancode=0)


def keyup(key: int) -> pygame.event.Event:
    return ev(pygame.KEYUP, key=key, unicode="", mod=0, scancode=0)


# mouse -------------------------------------------------------------------------------


def test_mouse_click_and_drag_become_press_drag_release_in_logical_pixels(mapper):
    assert mapper.map(motion(100, 100), VP) == Point((150.0, 150.0))
    assert mapper.map(down(200, 400), VP) == Press((300.0, 600.0))
    assert mapper.controls.pointer_down
    assert mapper.map(motion(220, 410), VP) == Drag((330.0, 615.0))
    assert mapper.map(up(240, 420), VP) == Release((360.0, 630.0))
    assert not mapper.controls.pointer_down
    assert mapper.map(motion(100, 100), VP) == Point((150.0, 150.0))


def test_mouse_in_a_letterbox_bar_clamps_to_the_picture(mapper):
    action = mapper.map(down(512, 10), VP43)
    assert action == Press(pytest.approx((960.0, 0.0)))


def test_right_button_does_not_press(mapper):
    assert mapper.map(down(200, 400, button=3), VP) is None
    assert mapper.map(motion(220, 410), VP) == Point((330.0, 615.0))  # still hovering


def test_pointer_position_is_kept_for_scenes(mapper):
    mapper.map(motion(640, 360), VP)
    assert mapper.controls.pointer == (960.0, 540.0)


def test_mouse_events_copied_from_a_finger_are_ignored(mapper):
    # SDL sends a mouse copy of every touch (touch=True); the finger event speaks for it
    assert mapper.map(down(200, 400, touch=True), VP) is None
    assert mapper.map(motion(220, 410, touch=True), VP) is None
    assert mapper.map(up(220, 410, touch=True), VP) is None
    assert not mapper.controls.pointer_down


# touch -------------------------------------------------------------------------------


def test_finger_becomes_press_drag_release(mapper):
    assert mapper.map(finger(pygame.FINGERDOWN, 7, 0.5, 0.5), VP) == Press((960.0, 540.0))
    assert mapper.controls.pointer_down
    assert mapper.map(finger(pygame.FINGERMOTION, 7, 0.25, 0.5), VP) == Drag((480.0, 540.0))
    assert mapper.map(finger(pygame.FINGERUP, 7, 0.25, 0.75), VP) == Release((480.0, 810.0))
    assert not mapper.controls.pointer_down


def test_finger_in_a_bar_clamps(mapper):
    assert mapper.map(finger(pygame.FINGERDOWN, 1, 0.5, 0.0), VP43) == \
        Press(pytest.approx((960.0, 0.0)))


def test_a_second_finger_is_ignored(mapper):
    mapper.map(finger(pygame.FINGERDOWN, 1, 0.5, 0.5), VP)
    assert mapper.map(finger(pygame.FINGERDOWN, 2, 0.1, 0.1), VP) is None
    assert mapper.map(finger(pygame.FINGERMOTION, 2, 0.2, 0.2), VP) is None
    assert mapper.map(finger(pygame.FINGERUP, 2, 0.2, 0.2), VP) is None
    # the first finger is still followed, and still down
    assert mapper.controls.pointer_down
    assert mapper.map(finger(pygame.FINGERMOTION, 1, 0.25, 0.5), VP) == Drag((480.0, 540.0))
    assert mapper.map(finger(pygame.FINGERUP, 1, 0.25, 0.5), VP) == Release((480.0, 540.0))


def test_after_the_first_finger_lifts_a_new_finger_is_followed(mapper):
    mapper.map(finger(pygame.FINGERDOWN, 1, 0.5, 0.5), VP)
    mapper.map(finger(pygame.FINGERUP, 1, 0.5, 0.5), VP)
    assert mapper.map(finger(pygame.FINGERDOWN, 2, 0.25, 0.25), VP) == Press((480.0, 270.0))


def test_after_focus_loss_a_new_finger_is_followed(mapper):
    mapper.map(finger(pygame.FINGERDOWN, 1, 0.5, 0.5), VP)
    mapper.map(ev(pygame.WINDOWFOCUSLOST), VP)
    assert mapper.map(finger(pygame.FINGERDOWN, 2, 0.25, 0.25), VP) == Press((480.0, 270.0))


# keyboard ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "step"),
    [
        (pygame.K_LEFT, (-1, 0)), (pygame.K_RIGHT, (1, 0)),
        (pygame.K_UP, (0, -1)), (pygame.K_DOWN, (0, 1)),
        # WASD (QWERTY)
        (pygame.K_w, (0, -1)), (pygame.K_a, (-1, 0)), (pygame.K_s, (0, 1)), (pygame.K_d, (1, 0)),
        # ZQSD (AZERTY)
        (pygame.K_z, (0, -1)), (pygame.K_q, (-1, 0)),
    ],
)
def test_arrows_wasd_and_zqsd_navigate_and_are_held(mapper, key, step):
    assert mapper.map(keydown(key), VP) == Navigate(*step)
    assert mapper.controls.direction == step
    assert mapper.map(keyup(key), VP) is None
    assert mapper.controls.direction == (0, 0)


def test_two_held_keys_walk_diagonally_and_opposites_cancel(mapper):
    mapper.map(keydown(pygame.K_RIGHT), VP)
    mapper.map(keydown(pygame.K_z), VP)
    assert mapper.controls.direction == (1, -1)
    mapper.map(keydown(pygame.K_q), VP)
    assert mapper.controls.direction == (0, -1)
    mapper.map(keyup(pygame.K_z), VP)
    assert mapper.controls.direction == (0, 0)
    mapper.map(keyup(pygame.K_RIGHT), VP)
    assert mapper.controls.direction == (-1, 0)


@pytest.mark.parametrize("key", [pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE])
def test_enter_and_space_confirm(mapper, key):
    assert mapper.map(keydown(key), VP) == Confirm()


@pytest.mark.parametrize("key", [pygame.K_ESCAPE, pygame.K_BACKSPACE])
def test_escape_and_backspace_go_back(mapper, key):
    assert mapper.map(keydown(key), VP) == Back()


def test_other_keys_pass_through_with_their_text(mapper):
    assert mapper.map(keydown(pygame.K_F5), VP) == Key(pygame.K_F5, "")


def test_typed_text_is_ignored_outside_a_text_field(mapper):
    assert mapper.map(ev(pygame.TEXTINPUT, text="a"), VP) is None


def test_focus_loss_releases_held_keys_and_the_button(mapper):
    mapper.map(keydown(pygame.K_RIGHT), VP)
    mapper.map(down(10, 10), VP)
    mapper.map(ev(pygame.WINDOWFOCUSLOST), VP)
    assert mapper.controls.direction == (0, 0)
    assert not mapper.controls.pointer_down


def test_leaving_the_window_releases_held_keys(mapper):
    mapper.map(keydown(pygame.K_d), VP)
    mapper.map(ev(pygame.WINDOWLEAVE), VP)
    assert mapper.controls.direction == (0, 0)


# text mode ---------------------------------------------------------------------------


def test_text_mode_turns_typed_text_into_key_text(mapper):
    assert mapper.map(ev(pygame.TEXTINPUT, text="é"), VP, text_mode=True) == Key(0, "é")


@pytest.mark.parametrize("key", [pygame.K_a, pygame.K_d, pygame.K_q, pygame.K_s, pygame.K_w,
                                 pygame.K_z])
def test_text_mode_letters_do_not_walk(mapper, key):
    action = mapper.map(keydown(key, chr(key)), VP, text_mode=True)
    assert not isinstance(action, Navigate)
    assert mapper.controls.direction == (0, 0)


def test_text_mode_arrows_still_navigate(mapper):
    assert mapper.map(keydown(pygame.K_LEFT), VP, text_mode=True) == Navigate(-1, 0)


def test_text_mode_backspace_erases_instead_of_going_back(mapper):
    assert mapper.map(keydown(pygame.K_BACKSPACE), VP, text_mode=True) == Key(pygame.K_BACKSPACE)


def test_text_mode_escape_still_goes_back(mapper):
    assert mapper.map(keydown(pygame.K_ESCAPE), VP, text_mode=True) == Back()


def _typed(mapper: InputMapper, key: int, text: str) -> str:
    """What a real keyboard sends for one key in a text field: KEYDOWN, then TEXTINPUT."""
    actions = [mapper.map(keydown(key, text), VP, text_mode=True),
               mapper.map(ev(pygame.TEXTINPUT, text=text), VP, text_mode=True)]
    return "".join(a.text for a in actions if isinstance(a, Key))


def test_text_mode_a_direction_letter_is_typed_once(mapper):
    assert _typed(mapper, pygame.K_a, "a") == "a"


@pytest.mark.parametrize(("key", "text"), [(pygame.K_e, "e"), (pygame.K_b, "b"),
                                           (pygame.K_1, "1")])
def test_text_mode_any_letter_is_typed_once(mapper, key, text):
    assert _typed(mapper, key, text) == text


def test_text_mode_space_is_text_not_confirm(mapper):
    assert mapper.map(keydown(pygame.K_SPACE, " "), VP, text_mode=True) != Confirm()
    assert _typed(mapper, pygame.K_SPACE, " ") == " "


def test_text_mode_enter_still_confirms(mapper):
    assert mapper.map(keydown(pygame.K_RETURN, "\r"), VP, text_mode=True) == Confirm()


def test_tab_and_shift_tab_move_the_focus_and_are_still_the_tab_key(mapper) -> None:  # type: ignore[no-untyped-def]
    from game.actions import Tab

    forward = mapper.map(ev(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t"), VP)
    back = mapper.map(ev(pygame.KEYDOWN, key=pygame.K_TAB, mod=pygame.KMOD_LSHIFT, unicode="\t"),
                      VP)
    assert forward == Tab(pygame.K_TAB, step=1) and back == Tab(pygame.K_TAB, step=-1)
    assert isinstance(forward, Key) and forward.key == pygame.K_TAB and not forward.text
    typing = mapper.map(ev(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t"), VP,
                        text_mode=True)
    assert typing == Tab(pygame.K_TAB)  # a text field does not take the Tab as a character


# a double tap's second half ----------------------------------------------------------


def test_a_press_just_after_new_content_is_dropped_with_its_drag_and_release() -> None:
    from game.input import DOUBLE_TAP_S, DoubleTapGuard

    guard, screen = DoubleTapGuard(), object()
    guard.seen(screen, 0, now=10.0)
    assert guard.drops(Press((5, 5)), 10.1)
    assert guard.drops(Drag((6, 6)), 10.12) and guard.drops(Release((6, 6)), 10.15)
    assert guard.drops(Confirm(), 10.2)  # Enter twice is the keyboard's double tap
    assert not guard.drops(Navigate(1, 0), 10.2)  # moving the focus is no answer
    assert not guard.drops(Press((5, 5)), 10.0 + DOUBLE_TAP_S + 0.01)
    assert not guard.drops(Release((5, 5)), 10.0 + DOUBLE_TAP_S + 0.05)


def test_only_a_change_on_screen_starts_the_guard() -> None:
    from game.input import DoubleTapGuard

    guard, screen = DoubleTapGuard(), object()
    guard.seen(screen, 0, now=0.0)
    guard.seen(screen, 0, now=5.0)  # the same screen, nothing new: quick taps go through
    assert not guard.drops(Press((5, 5)), 5.1)
    guard.seen(screen, 1, now=5.2)  # the next statement
    assert guard.drops(Press((5, 5)), 5.3)
    guard.seen(object(), 1, now=6.0)  # another screen
    assert guard.drops(Confirm(), 6.1)
