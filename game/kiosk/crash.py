"""Crash guard: the log file, what was on screen when it failed, and the visitor's apology.

:class:`CrashGuard` is the app's guard: an exception from a scene is logged with where it
happened, the visit ends as "crash", and the visitor sees a friendly word, then the loop.

The log rotates (a few files of half a megabyte at most) in the data folder's ``logs``.
Its logger is owned by the kiosk, not registered globally, so a test that builds many
kiosks leaves nothing behind.
"""
from __future__ import annotations

import logging
import sys
import traceback
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game.actions import Action, Press
from game.scene import Reset, Scene, Transition, apply
from game.ui import draw, theme
from game.ui.theme import Palette

if TYPE_CHECKING:
    from game.app import App
    from game.kiosk.kiosk import Kiosk

LOG_NAME = "kiosk.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 4
APOLOGY_S = 5.0  # the friendly message stays this long, then the attract loop


def open_log(folder: Path) -> tuple[logging.Logger, Path | None]:
    """A logger writing to ``folder/kiosk.log`` (rotating); to stderr if that cannot be."""
    # not logging.getLogger(): a registered logger would outlive its kiosk (tests make many)
    log = logging.Logger("cap-industrie.kiosk", logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    file = folder / LOG_NAME
    path: Path | None = file
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8", delay=True)
    except OSError as err:
        print(f"kiosk: cannot write the log in {folder} ({err}); logging to the console",
              file=sys.stderr)
        handler, path = logging.StreamHandler(sys.stderr), None
    handler.setFormatter(fmt)
    log.addHandler(handler)
    return log, path


def close_log(log: logging.Logger) -> None:
    for handler in list(log.handlers):
        handler.close()
        log.removeHandler(handler)


def where(app: App) -> dict[str, str]:
    """The scenario, world and station on screen, and the scene stack, for the log."""
    ctx = app.ctx
    info = {"scenario": "-", "world": "-", "station": "-",
            "scenes": " > ".join(type(s).__name__ for s in app.stack)}
    try:
        if ctx.loaded_scenario is not None:
            info["scenario"] = ctx.loaded_scenario.model.id
        tour = ctx.tour
        if tour is not None and tour.current_world:
            info["world"] = str(tour.current_world)
        for scene in reversed(app.stack):
            world, station = _ident(scene, "world"), _ident(scene, "station")
            if station:
                info["station"] = station
            if world:
                info["world"] = world
            if station or world:
                break
    except Exception:  # describing a broken state must not fail in turn
        pass
    return info


def _ident(scene: Any, name: str) -> str | None:
    value = getattr(scene, name, None)
    ident = getattr(value, "id", None)
    return str(ident) if ident is not None else None


def log_exception(log: logging.Logger, app: App, exc: BaseException, count: int) -> None:
    info = where(app)
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("incident %d: %s: %s | scenario=%s world=%s station=%s | scenes: %s\n%s",
              count, type(exc).__name__, exc, info["scenario"], info["world"], info["station"],
              info["scenes"], trace.rstrip())


class CrashGuard:
    """The app's guard (``app.guard``): log it, apologise, back to the loop; never exits."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.incidents = 0

    def __call__(self, app: App, exc: BaseException) -> None:
        kiosk = self.kiosk
        self.incidents += 1
        with suppress(Exception):  # a full disk must not stop the recovery
            log_exception(kiosk.log, app, exc, self.incidents)
        try:
            kiosk.visits.end("crash")
        except Exception:
            kiosk.visits.current = None
        failing_again = isinstance(app.top, (CrashScene, BareScene)) if app.stack else False
        try:
            kiosk.forget_visitor()
            scene = BareScene(app.ctx, kiosk) if failing_again else CrashScene(app.ctx, kiosk)
            apply(app.stack, Reset(scene))
        except Exception:  # the last resort must not fail
            app.stack[:] = [BareScene(app.ctx, kiosk)]


class CrashScene(Scene):
    """A friendly word for the visitor, then the attract loop. Draws with the text cache only."""

    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx)
        self.kiosk = kiosk
        self.left = APOLOGY_S

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Press) and self.left < APOLOGY_S - 1.5:
            return self.kiosk.home("crash")  # a tap after the message is read: go now
        return None

    def update(self, dt: float) -> Transition | None:
        self.left -= dt
        return self.kiosk.home("crash") if self.left <= 0 else None

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        surface.fill(pal.paper)
        w = surface.get_width()
        pygame.draw.rect(surface, pal.safety, pygame.Rect(0, 0, w, 14))
        center = (w // 2, 330)
        pygame.draw.circle(surface, draw.blend(pal.safety, pal.paper, 0.5), center, 130)
        _wrench(surface, pal, center)
        t = self.ctx.text
        title = t.render(self.ctx.tr("kiosk_oops"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, title.get_rect(midtop=(w // 2, 520)))
        body = t.render(self.ctx.tr("kiosk_oops_text"), theme.TEXT_LARGE, pal.ink)
        surface.blit(body, body.get_rect(midtop=(w // 2, 650)))
        bar = pygame.Rect(w // 2 - 300, 780, 600, 18)
        pygame.draw.rect(surface, pal.floor, bar, border_radius=9)
        done = max(0.0, min(1.0, 1 - self.left / APOLOGY_S))
        pygame.draw.rect(surface, pal.primary, pygame.Rect(bar.x, bar.y, int(bar.w * done), bar.h),
                         border_radius=9)


class BareScene(Scene):
    """The last resort when even the apology fails to draw: a plain screen, then home."""

    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx)
        self.kiosk = kiosk
        self.left = APOLOGY_S

    def update(self, dt: float) -> Transition | None:
        self.left -= dt
        return self.kiosk.home("crash") if self.left <= 0 else None

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.ctx.palette.paper)


def _wrench(surface: pygame.Surface, pal: Palette, center: tuple[int, int]) -> None:
    """A flat spanner: the game is being fixed (drawn, so no asset can be missing)."""
    cx, cy = center
    handle = pygame.Surface((260, 56), pygame.SRCALPHA)
    pygame.draw.rect(handle, pal.ink, handle.get_rect(), border_radius=28)
    rotated = pygame.transform.rotate(handle, -45)  # from the head (top left) down to the right
    surface.blit(rotated, rotated.get_rect(center=(cx + 20, cy + 20)))
    pygame.draw.circle(surface, pal.ink, (cx - 70, cy - 70), 62)
    pygame.draw.circle(surface, draw.blend(pal.safety, pal.paper, 0.5), (cx - 92, cy - 92), 34)
