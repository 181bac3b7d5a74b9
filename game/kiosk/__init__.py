"""Kiosk mode for event days (``python main.py --kiosk``): see docs/KIOSK.md.

:func:`prepare` reads the settings file before the window exists; :func:`install` puts the
kiosk on the app: the attract loop as home, inactivity countdown, lockdown, admin menu and
crash guard. Heavy modules are imported inside the functions: the nickname scene imports
``game.kiosk.strings`` and must not pull the whole kiosk in.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.app import App
    from game.kiosk.kiosk import Kiosk


def prepare(args: argparse.Namespace) -> None:
    """Before the context and the window: the settings file decides what options left open.

    Options given on the command line win over the file, except that a kiosk is full screen
    unless the file says ``fullscreen = false``.
    """
    from game.kiosk.config import default_path, load
    from game.kiosk.lockdown import set_hints
    from game.scenario.loader import DEFAULT_SCENARIO
    from game.settings import default_data_dir

    set_hints()
    data_dir = args.data_dir or default_data_dir()
    path = args.config or default_path(data_dir)
    loaded = load(path)
    if not loaded.found:
        why = "no such file" if args.config is not None else "no settings file yet"
        loaded.problems.insert(0, f"{path}: {why}; every setting has its default (python "
                                  "main.py kiosk-pin, or Ctrl+Alt+A on the kiosk, sets the "
                                  "admin code)")
    c = loaded.config
    if args.scenario == DEFAULT_SCENARIO and c.scenario:
        scenario = Path(c.scenario).expanduser()
        args.scenario = scenario if scenario.is_absolute() else loaded.path.parent / scenario
    if args.lang == "fr":  # the option's default: the file decides
        args.lang = c.language
    if not args.fullscreen:
        args.fullscreen = c.fullscreen
    if not args.fullscreen and args.window is None:
        args.window = c.window_size
    args.no_timers = args.no_timers or not c.timers
    if c.fallback_dir and getattr(args, "fallback_dir", None) is None:
        folder = Path(c.fallback_dir).expanduser()
        args.fallback_dir = folder if folder.is_absolute() else loaded.path.parent / folder
    args.kiosk_config = loaded
    for problem in loaded.problems:
        print(f"kiosk: {problem}", file=sys.stderr)


def fall_back(args: argparse.Namespace, problems: list[Any],
              rebuild: Callable[[], tuple[Any, list[Any]]]) -> tuple[Any, list[Any]]:
    """The configured scenario has errors: a kiosk starts with the shipped one instead."""
    from game.scenario.loader import DEFAULT_SCENARIO

    for p in problems:
        print(p, file=sys.stderr)
    note = (f"scenario {args.scenario}: {len(problems)} error(s) (python main.py validate); "
            "the shipped scenario is used instead")
    print(f"kiosk: {note}", file=sys.stderr)
    if "kiosk_config" in vars(args):
        args.kiosk_config.problems.append(note)
    args.scenario = DEFAULT_SCENARIO
    return rebuild()


def install(app: App, args: argparse.Namespace) -> Kiosk:
    """Turn the app into an event kiosk: its parts join ``app.watchers``, its crash guard is
    ``app.guard``, the attract loop is home. Returns the kiosk."""
    from game.kiosk.attract import AttractScene
    from game.kiosk.config import Loaded, default_path, load
    from game.kiosk.crash import open_log
    from game.kiosk.kiosk import Kiosk
    from game.kiosk.lockdown import grab_keyboard, on_terminate
    from game.scene import Reset

    ctx = app.ctx
    loaded: Loaded = args.kiosk_config if "kiosk_config" in vars(args) else load(
        default_path(ctx.settings.data_path))
    c = loaded.config
    s = ctx.settings
    s.kiosk = True
    s.event_name = c.event_name
    if c.cards_dir:
        folder = Path(c.cards_dir).expanduser()
        s.cards_dir = folder if folder.is_absolute() else loaded.path.parent / folder
    if getattr(args, "route", None) is None:  # --route on the command line wins
        s.route = None if c.route == "choice" else c.route  # the title's Play starts it
    s.board = c.leaderboard
    log, log_path = open_log(s.data_path / "logs")
    log.info("kiosk: start; settings %s; scenario %s; event %r", loaded.path,
             ctx.scenario.model.id, c.event_name)
    for problem in loaded.problems:
        log.warning("settings: %s", problem)
    if ctx.scores is not None:
        ctx.scores.use_log(log)  # why a game waits, where it is kept, when it is written
    if not c.admin_pin:
        log.warning("no admin code set: Ctrl+Alt+A opens the admin menu, which asks for one")
    kiosk = Kiosk(app, loaded, log, log_path, random.Random(args.seed))
    app.watchers.extend(kiosk.watchers)
    app.guard = kiosk.crash
    ctx.make_home = lambda c: AttractScene(c, kiosk)
    if app.display.window is not None:
        on_terminate(lambda name: kiosk.quit(f"{name}: the system asked the game to stop"))
        if s.fullscreen:
            grab_keyboard()
    app.transition(Reset(ctx.home()))
    return kiosk


def find(app: App) -> Kiosk | None:
    """The kiosk installed on ``app``, if any."""
    from game.kiosk.lockdown import Lockdown

    return next((w.kiosk for w in app.watchers if isinstance(w, Lockdown)), None)
