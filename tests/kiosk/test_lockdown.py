"""Lockdown: nothing a visitor does closes the game; the admin menu opens by gesture or shortcut."""
from __future__ import annotations

import pygame
import pytest

from game.actions import Action, Drag, Key, Press, Release
from game.kiosk.kiosk import CORNER, LONG_PRESS_S
from game.kiosk.lockdown import is_desktop_key
from game.scene import Push, Quit, Scene, Transition
from game.scenes.nickname import NicknameScene


class Quitter(Scene):
    """A screen that asks to quit (the title's Quit button, an error screen…)."""

    def update(self, dt: float) -> Transition | None:
        return Quit()

    def draw(self, surface: pygame.Surface) -> None:
        pass


def test_the_window_close_and_escape_never_end_the_kiosk(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.post(pygame.QUIT)
    h.post(pygame.WINDOWCLOSE)
    h.step(2)
    assert h.app.running
    h.tap((960, 500))
    for _ in range(6):
        h.key(pygame.K_ESCAPE)
        assert h.app.running
    h.key(pygame.K_F4, mod=pygame.KMOD_LALT)  # Alt+F4 as a key (Windows sends a close too)
    h.key(pygame.K_LGUI)
    h.key(pygame.K_TAB, mod=pygame.KMOD_LALT)
    assert h.app.running


class KeySpy(Scene):
    """A screen that notes the keys it gets."""

    def __init__(self, ctx, seen: list[object]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.seen = seen

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Key):
            self.seen.append(action.key)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        pass


def test_desktop_keys_never_reach_a_scene(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    seen: list[object] = []
    h.app.transition(Push(KeySpy(h.ctx, seen)))
    for key, mod in ((pygame.K_F4, pygame.KMOD_LALT), (pygame.K_TAB, pygame.KMOD_LALT),
                     (pygame.K_LGUI, 0), (pygame.K_d, pygame.KMOD_LGUI)):
        event = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
        assert is_desktop_key(event)
        assert h.kiosk.lockdown.event(h.app, event)  # used: the input layer never maps it
        h.post(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
        h.step()
    assert seen == []
    h.post(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t", scancode=0)
    h.step()
    assert seen == [pygame.K_TAB]  # a plain Tab is the game's


def test_a_screen_that_asks_to_quit_is_ignored(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    h.app.transition(Push(Quitter(h.ctx)))
    h.step(3)
    assert h.app.running and h.kiosk.attract  # back to the loop instead
    assert any("asked to quit" in line for line in read_log(h))


def test_a_three_second_press_in_the_corner_asks_for_the_code(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    h.app.dispatch(Press((40, 40)))
    h.wait(LONG_PRESS_S - 0.2)
    assert h.app.top.name != "PinScene"
    h.wait(0.3)
    assert h.app.top.name == "PinScene" and h.names == ["PinScene"]
    h.app.dispatch(Release((40, 40)))
    assert h.app.top.name == "PinScene" and h.app.top.code == ""
    [visit] = h.ctx.scores.day_data(None).visits
    assert visit.outcome == "admin"


@pytest.mark.slow
def test_a_short_press_or_a_slide_out_of_the_corner_does_not(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    h.app.dispatch(Press((40, 40)))
    h.wait(1)
    h.app.dispatch(Release((40, 40)))
    h.wait(3)
    assert "PinScene" not in h.names
    h.app.dispatch(Press((40, 40)))
    h.app.dispatch(Drag((600, 600)))
    h.wait(4)
    assert "PinScene" not in h.names
    h.app.dispatch(Press((CORNER.right + 100, 40)))
    h.wait(4)
    assert "PinScene" not in h.names


def test_ctrl_alt_a_opens_it_even_while_typing_a_nickname(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    h.app.transition(Push(NicknameScene(h.ctx)))
    h.step()
    h.key(pygame.K_a, mod=pygame.KMOD_LCTRL | pygame.KMOD_LALT)
    assert h.app.top.name == "PinScene"


@pytest.mark.slow
def test_the_long_press_opens_it_from_the_attract_loop(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.app.dispatch(Press((30, 30)))
    h.wait(LONG_PRESS_S + 0.1)
    assert h.app.top.name == "PinScene" and h.ctx.autoplay is None
    h.app.dispatch(Release((30, 30)))
    assert h.app.top.name == "PinScene"  # no game was started by that release


def read_log(h) -> list[str]:  # type: ignore[no-untyped-def]
    for handler in h.kiosk.log.handlers:
        handler.flush()
    assert h.kiosk.log_path is not None
    return h.kiosk.log_path.read_text(encoding="utf-8").splitlines()


def test_the_keyboard_grab_is_taken_again_on_focus_and_expose(make_kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from game.kiosk import lockdown

    grabs: list[int] = []
    monkeypatch.setattr(lockdown, "grab_keyboard", lambda: grabs.append(1))
    h = make_kiosk()
    h.app.display.window = pygame.Surface((64, 36))  # as if on screen, full screen
    assert h.ctx.settings.fullscreen
    h.post(pygame.WINDOWFOCUSGAINED, window=None)
    h.step()
    assert len(grabs) == 1
    h.post(pygame.WINDOWEXPOSED, window=None)
    h.step()
    assert len(grabs) == 2
    h.ctx.settings.fullscreen = False  # a windowed kiosk does not take the keyboard
    h.post(pygame.WINDOWFOCUSGAINED, window=None)
    h.step()
    assert len(grabs) == 2


def test_ctrl_c_stops_the_kiosk_like_the_systems_stop_request(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    import signal

    from game.kiosk.lockdown import on_terminate

    h = make_kiosk()
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        on_terminate(lambda name: h.kiosk.quit(f"{name}: the system asked the game to stop"))
        signal.raise_signal(signal.SIGINT)  # no KeyboardInterrupt
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)
    assert h.kiosk.quitting and not h.app.running
    assert any("kiosk: stop (SIGINT" in line for line in read_log(h))


@pytest.mark.slow
def test_ctrl_c_in_the_terminal_ends_a_real_kiosk_with_a_stop_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    log = tmp_path / "logs" / "kiosk.log"
    proc = subprocess.Popen([sys.executable, str(root / "main.py"), "--kiosk", "--data-dir",
                             str(tmp_path)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if log.is_file() and "kiosk: start" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        time.sleep(1.0)  # a few frames of the attract loop
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert proc.returncode == 0
    assert "kiosk: stop (SIGINT" in log.read_text(encoding="utf-8")
