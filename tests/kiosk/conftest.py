"""Kiosk tests: a headless kiosk app on the shipped scenario, a fake clock, a settings file."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.actions import Press, Release
from game.cli import parse
from game.input import DOUBLE_TAP_S
from game.kiosk import find
from game.kiosk.config import set_keys
from game.kiosk.crash import close_log
from game.kiosk.kiosk import Kiosk
from game.kiosk.pin import hash_pin
from game.loop import STEP_S
from game.run import create

PIN = "2468"
FAST_HASH = hash_pin(PIN, iterations=1000)  # the real count is slow on purpose


class KioskHarness:
    def __init__(self, app: Any, ctx: Any, clock: Any, kiosk: Kiosk) -> None:
        self.app, self.ctx, self.clock, self.kiosk = app, ctx, clock, kiosk

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self.clock.advance(STEP_S)
            self.app.frame()

    def wait(self, seconds: float) -> None:
        self.step(round(seconds / STEP_S))

    def until(self, cond: Callable[[], bool], limit_s: float = 600) -> None:
        for _ in range(int(limit_s / STEP_S)):
            if cond():
                return
            self.step()
        raise AssertionError(f"not reached in {limit_s} s; top is {self.app.top.name}")

    def tap(self, pos: tuple[float, float]) -> None:
        """A person's tap, as the app gets it (through the kiosk), a moment after the screen
        showed (the app drops a press that comes sooner: the second half of a double tap)."""
        self.clock.advance(DOUBLE_TAP_S + 0.05)
        self.app.dispatch(Press(pos))
        self.app.dispatch(Release(pos))

    def tap_button(self, button_id: str) -> None:
        b = self.app.top.buttons.get(button_id)
        assert b is not None, f"no button {button_id} on {self.app.top.name}"
        assert b.enabled, f"button {button_id} is disabled"
        self.tap(b.rect.center)

    def post(self, kind: int, **fields: Any) -> None:
        pygame.event.post(pygame.event.Event(kind, **fields))

    def key(self, key: int, mod: int = 0, text: str = "") -> None:
        """A real key press and release through the input layer, a moment after the screen
        showed (Enter twice in a row is the keyboard's double tap)."""
        self.clock.advance(DOUBLE_TAP_S + 0.05)
        self.post(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0)
        self.post(pygame.KEYUP, key=key, mod=mod, unicode=text, scancode=0)
        self.step()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.app.stack]


@pytest.fixture
def make_kiosk(tmp_path: Path,
               warm_data_dir: Callable[[Path], Path]) -> Iterator[Callable[..., KioskHarness]]:
    made: list[KioskHarness] = []

    def make(settings: dict[str, Any] | None = None, *extra: str,
             data_dir: Path | None = None) -> KioskHarness:
        data = warm_data_dir(data_dir or tmp_path / "data")  # the scenario checked once
        values: dict[str, Any] = {"admin_pin": FAST_HASH}
        values.update(settings or {})
        set_keys(data / "kiosk.toml", values)
        app, ctx, clock = create(parse(["--headless", "--kiosk", "--data-dir", str(data),
                                        *extra]))
        app.draw_every = 7
        kiosk = find(app)
        assert kiosk is not None
        h = KioskHarness(app, ctx, clock, kiosk)
        made.append(h)
        return h

    yield make
    for h in made:
        if h.ctx.scores is not None:
            h.ctx.scores.close()
        close_log(h.kiosk.log)
