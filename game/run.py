"""Start the game: content, score store, window, first scene, loop."""
from __future__ import annotations

import argparse
import random
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pygame

from game import flow, i18n
from game.a11y import AccessibilityWatcher
from game.ambience import Ambience
from game.app import App, Watcher
from game.autoplay import Autoplay
from game.clock import FakeClock, RealClock
from game.context import Context
from game.display import Display
from game.loop import STEP_S
from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
from game.scenario.problems import ContentError
from game.scene import Push
from game.settings import Settings
from game.speech import Speech
from game.ui import splash
from game.ui.motion import system_prefers_reduced_motion

HEADLESS_DRAW_EVERY = 4  # headless runs draw one frame in four: every scene is still drawn
HEADLESS_MAX_FRAMES = 60 * 60 * 30  # 30 simulated minutes: a bot stuck somewhere stops
HUB_WAIT_S = 5.0  # a headless autoplay run paired with a hub waits this long for its ack


def build_context(args: argparse.Namespace, clock: Any) -> tuple[Context, list[Any]]:
    """The context, and the content problems if the scenario cannot be played."""
    from game.scores.store import ScoreStore

    settings = Settings(lang=args.lang, timers=not args.no_timers, fullscreen=args.fullscreen,
                        window=args.window or (1280, 720), data_dir=args.data_dir,
                        dev=getattr(args, "dev", False),
                        save_autoplay=getattr(args, "save_autoplay", False),
                        fallback_dir=getattr(args, "fallback_dir", None),
                        route=getattr(args, "route", None))
    if args.data_dir is None:  # a profile or a stick that cannot be written: say where instead
        from game.paths import choose_data_dir

        chosen = choose_data_dir()
        settings.data_dir = chosen.path
        if chosen.note:
            print(f"cap-industrie: {chosen.note}", file=sys.stderr)
    problems: list[Any] = []
    try:
        scenario = load_scenario(args.scenario, cache_dir=settings.data_path / "cache")
    except ContentError as err:
        problems = err.problems
        scenario = None
    store = ScoreStore.open(settings.data_path / "scores.db", fallback_dir=settings.fallback_dir)
    if getattr(args, "reduced_motion", False) or (not args.headless
                                                  and system_prefers_reduced_motion()):
        settings.reduced_motion = True
    speech_log = getattr(args, "speech_log", None)
    if speech_log is not None:
        settings.self_voicing = True
    ctx = Context(loaded_scenario=scenario, settings=settings, clock=clock,
                  make_home=flow.title_home, scores=store, rng=random.Random(args.seed),
                  speech=Speech(enabled=settings.self_voicing, lang=settings.lang,
                                log_path=speech_log))
    if args.autoplay:
        ctx.autoplay = Autoplay(random.Random(args.seed * 7919 + 1), skill=args.skill,
                                pace=getattr(args, "pace", "fast"),
                                route=getattr(args, "route", None))
        if ctx.autoplay.pace == "visitor":
            ctx.text.seen = ctx.autoplay.shown  # it reads what the screens show
    return ctx, problems


def create(args: argparse.Namespace) -> tuple[App, Context, Any]:
    """The app ready to run, its context, and its clock (a FakeClock when headless)."""
    kiosk = bool(getattr(args, "kiosk", False))
    if kiosk:  # before SDL starts: its hints, and the settings file's full screen, scenario...
        from game.kiosk import prepare

        prepare(args)
    pygame.display.init()
    pygame.font.init()
    headless = bool(args.headless)
    # the window first, with its splash: what follows takes seconds on a loaded PC
    display = Display(headless, args.fullscreen, args.window)
    splash.show(display, args.lang)
    clock = FakeClock() if headless else RealClock()
    ctx, problems = build_context(args, clock)
    if problems and kiosk and args.scenario != DEFAULT_SCENARIO:
        from game.kiosk import fall_back

        if ctx.scores is not None:
            ctx.scores.close()
        ctx, problems = fall_back(args, problems, lambda: build_context(args, clock))
    board = bool(getattr(args, "board", False))
    class_code = getattr(args, "class_code", None)
    if not board and not class_code and (getattr(args, "hub", None) or kiosk):
        from game.hub.link import start as start_hub

        ctx.hub = start_hub(ctx, args)  # a background thread: nothing here waits for it
    if board:
        from game.hub.board import board_scene

        first: Any = board_scene(ctx, args)  # the big screen: it reads the hub, never pushes
    elif problems:
        from game.scenario.problems import condensed
        from game.scenes.errors import ContentErrorScene

        for line in condensed(problems):
            print(line)
        first = ContentErrorScene(ctx, problems)
    elif class_code:
        from game.classroom.play import start_from_args

        first = start_from_args(ctx, args)
    else:
        first = ctx.home()
    app = App(ctx, first, display, draw_every=HEADLESS_DRAW_EVERY if headless else 1)
    app.watchers.append(AccessibilityWatcher(open_settings=_accessibility_settings))  # V, Shift+A
    app.watchers.append(Ambience(ctx.sounds.ready))  # the world's factory sound, the music
    # a classroom session may start here or from the title's « J'ai un code »: its watcher
    # (the trainer's changes, at once) comes with the warm-up, once the first frame is up
    app.watchers.append(WarmUp(classroom=not kiosk))
    if getattr(args, "kiosk", False) and not problems:
        from game.kiosk import install as install_kiosk

        install_kiosk(app, args)  # attract loop, inactivity, lockdown, admin, crash guard
    if getattr(args, "dev", False):
        from game.scenario.hotreload import install as install_reload

        install_reload(app, args)  # F5 reloads the scenario and maps
    return app, ctx, clock


class WarmUp(Watcher):
    """Once the first frame is shown, what it did not wait for: Babel's language data (on a
    thread of its own, i18n.warm_behind: some 40 ms, which the title's idle time absorbs),
    the scenario's models (the cache reads them on first use), the world cards and the code
    of the world choice, so the first tap does not wait either. One of them a step, so that
    no frame of the title's pulse waits for all of them (together about 40 ms)."""

    def __init__(self, classroom: bool = False) -> None:
        self.done = False
        self.classroom = classroom  # also add the classroom's watcher (not on a kiosk)
        self.language: threading.Thread | None = None  # reading Babel's data, once started
        self._steps: Iterator[None] | None = None

    def tick(self, app: App, dt: float) -> None:
        if self.done or app.draws == 0:
            return
        if self._steps is None:
            self._steps = self._warm(app)
        if next(self._steps, True) is not None:
            self.done = True

    def _warm(self, app: App) -> Iterator[None]:
        self.language = i18n.warm_behind(app.ctx.lang)  # the world choice's plurals
        if self.classroom:
            app.watchers.append(ClassroomHook())
        scenario = app.ctx.loaded_scenario
        if scenario is None:
            return
        yield
        for world in scenario.model.worlds:
            if world.image:
                yield
                app.ctx.images.get(scenario.asset(world.image))
        yield
        from game.scenes import world_select  # noqa: F401 - imported now, not at the tap


class ClassroomHook(Watcher):
    """The classroom's watcher (the trainer's changes, at once), whose code is read only once
    a session is open: importing it takes some 60 ms (pydantic models, urllib), which would
    be one frame of the title's, and most games never join a class."""

    def __init__(self) -> None:
        self._watcher: Watcher | None = None

    def tick(self, app: App, dt: float) -> None:
        if app.ctx.classroom is None:
            return
        if self._watcher is None:
            from game.classroom.play import ClassroomWatcher

            self._watcher = ClassroomWatcher()
        self._watcher.tick(app, dt)


def _accessibility_settings(app: App) -> Push | None:
    """Shift+A: the settings screen, opened at its accessibility part (not twice in a row)."""
    from game.scenes.settings import SettingsScene

    if isinstance(app.top, SettingsScene):
        app.top.page = "access"
        app.top.layout()
        return None
    return Push(SettingsScene(app.ctx, page="access"))


def play(args: argparse.Namespace) -> dict[str, Any]:
    app, ctx, clock = create(args)
    if args.headless and ctx.loaded_scenario is None:  # nobody can read the error screen: fail now
        pygame.quit()
        return {"error": "the scenario has errors (listed above)"}
    if args.headless and getattr(args, "class_code", None) and ctx.classroom is None:
        pygame.quit()
        return {"error": "the classroom session could not be opened (said above)"}
    if args.headless:
        app.run(max_frames=args.frames or HEADLESS_MAX_FRAMES,
                advance=lambda: clock.advance(STEP_S))
    else:
        app.run(max_frames=args.frames)
    saved = None
    wait_s = getattr(args, "hub_wait", None) or HUB_WAIT_S
    classroom = (ctx.classroom.close(ctx, wait_s if args.headless else 1.0)
                 if ctx.classroom is not None else None)
    for key in ("classroom.hub", "classroom.hub_starting"):  # « Mode classe »'s, if any
        class_hub = ctx.cache.get(key)  # running, or still starting when she quit
        if class_hub is not None:
            class_hub.stop()
    hub = _stop_hub(ctx, wait_s=wait_s if args.headless and ctx.autoplay else 0.5)
    if ctx.scores is not None:
        game_id = ctx.autoplay.summary.get("game_id") if ctx.autoplay is not None else None
        saved = game_id is not None and ctx.scores.get_game(game_id) is not None
        ctx.scores.close()
    ctx.speech.close()
    summary: dict[str, Any] = {}
    if ctx.autoplay is not None:
        summary = dict(ctx.autoplay.summary) or {
            "scenario": ctx.loaded_scenario.model.id if ctx.loaded_scenario else None,
            "worlds_completed": [], "stations_completed": 0, "score": 0}
        summary["frames"] = app.frames
        summary.update(ctx.autoplay.report())
        summary["seed"] = args.seed
        if getattr(args, "save_autoplay", False):
            summary["saved"] = bool(saved)  # in the score file (False: pending, journalled)
    if hub is not None:
        summary["hub"] = hub
    if classroom is not None:
        summary["classroom"] = classroom
    pygame.quit()
    return summary


def _stop_hub(ctx: Context, wait_s: float) -> dict[str, Any] | None:
    """Give the pushing thread ``wait_s`` to empty the outbox, then stop it; its last status."""
    if ctx.hub is None:
        return None
    synced = ctx.hub.flush(wait_s)
    ctx.hub.stop()
    status = ctx.hub.status()
    return {"url": status.url, "synced": synced, "waiting": status.waiting,
            "pushed": ctx.hub.pushed, "problem": status.problem}
