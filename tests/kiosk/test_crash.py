"""Crash guard: logged with where it happened, a friendly word, then the attract loop; never
exits."""
from __future__ import annotations

import pygame

from game.kiosk.crash import APOLOGY_S, BareScene, CrashScene
from game.kiosk.lockdown import AdminShortcut
from game.scene import Push, Scene, Transition
from tests.kiosk.conftest import PIN
from tests.kiosk.test_lockdown import read_log


class Broken(Scene):
    """A task screen with a bug in it."""

    def __init__(self, ctx, station) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.world = ctx.scenario.model.worlds[0]
        self.station = station

    def update(self, dt: float) -> Transition | None:
        raise ZeroDivisionError("a bug in a task")

    def draw(self, surface: pygame.Surface) -> None:
        pass


def test_a_failing_scene_is_logged_apologised_for_and_forgotten(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    station = h.ctx.scenario.model.worlds[0].stations[1]
    h.app.transition(Push(Broken(h.ctx, station)))
    h.step()
    assert h.app.top.name == "CrashScene" and h.kiosk.incidents == 1 and h.app.running
    log = "\n".join(read_log(h))
    assert "ZeroDivisionError: a bug in a task" in log and "Traceback" in log
    assert f"world={h.ctx.scenario.model.worlds[0].id} station={station.id}" in log
    assert "scenario=cap-industrie" in log
    h.app.draw()  # the apology draws
    h.wait(APOLOGY_S + 0.1)
    assert h.kiosk.attract and h.ctx.tour is None
    [visit] = h.ctx.scores.day_data(None).visits
    assert visit.outcome == "crash"


def test_an_apology_that_fails_too_falls_back_to_a_bare_screen(make_kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()

    def boom(self, surface):  # type: ignore[no-untyped-def]
        raise RuntimeError("no font")

    monkeypatch.setattr(CrashScene, "draw", boom)
    h.app.transition(Push(Broken(h.ctx, None)))
    h.step(h.app.draw_every + 1)
    assert isinstance(h.app.top, BareScene) and h.kiosk.incidents == 2
    monkeypatch.undo()
    h.wait(APOLOGY_S + 0.1)
    assert h.kiosk.attract


def test_a_crash_in_the_bots_game_restarts_the_loop_and_the_menu_counts_it(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.app.transition(Push(Broken(h.ctx, None)))
    h.step()
    h.wait(APOLOGY_S + 0.1)
    assert h.kiosk.attract and h.app.running
    h.app.dispatch(AdminShortcut())
    for d in PIN:
        h.tap_button(f"d:{d}")
    h.tap_button("ok")
    lines = {label: value for label, value, _ in h.app.top._lines()}
    assert lines["Incidents depuis le démarrage"] == "1"


def test_the_log_rotates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from game.kiosk.crash import LOG_MAX_BYTES, close_log, open_log

    log, _ = open_log(tmp_path / "logs")
    for i in range(LOG_MAX_BYTES // 1000 * 8):
        log.error("incident %d %s", i, "x" * 1000)
    close_log(log)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files[0] == "kiosk.log" and len(files) <= 5
    assert all(p.stat().st_size <= LOG_MAX_BYTES + 2000 for p in (tmp_path / "logs").iterdir())
