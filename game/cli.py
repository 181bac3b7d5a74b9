"""Command line: play (windowed, fullscreen, headless autoplay) and ``validate``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from game.scenario import DEFAULT_SCENARIO  # light: the models load with the game

#: sub-commands: name -> module whose main(argv) runs it
COMMANDS = {
    "validate": "game.validate",  # check a scenario or a map
    "schema": "game.schema",  # print the scenario format's JSON Schema
    "report": "game.kiosk.report",  # an event's impact report
    "kiosk-pin": "game.kiosk.pin",  # set the kiosk's admin code (stored hashed)
    "nickname-check": "game.scores.nicknames.check",  # what the nickname filter refuses
    "hub": "game.hub.server",  # the event hub on the LAN: many devices, one board
    "class": "game.classroom.cli",  # a trainer's classroom sessions (issue 11)
}
#: one line each for --help (each sub-command's own --help says the rest)
COMMAND_HELP = {
    "validate": "check a scenario folder or a Tiled map: every problem as file:line:column",
    "schema": "print the scenario format's JSON Schema (for an editor's completion)",
    "report": "build an event's impact report (figures, CSV, a printable page)",
    "kiosk-pin": "set the kiosk's admin code (stored hashed in kiosk.toml)",
    "nickname-check": "say which nicknames the leaderboard's filter refuses (NAME<TAB>ok|refused)",
    "hub": "run the event hub on the LAN: kiosks push to it, the big screen reads it",
    "class": "classroom sessions: new, list, close, purge, forget, roster, import, report",
}


def parse(argv: list[str]) -> argparse.Namespace:
    commands = "\n".join(f"  {name:<10} {COMMAND_HELP.get(name, '')}" for name in COMMANDS)
    p = argparse.ArgumentParser(
        prog=_prog(),
        description="Cap Industrie: play (windowed by default), or run a sub-command.",
        epilog=f"sub-commands ({_prog()} COMMAND --help for each):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenario", type=Path, default=DEFAULT_SCENARIO,
                   help="scenario folder or scenario.yaml (default: the shipped one)")
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="language (default: fr)")
    p.add_argument("--fullscreen", action="store_true",
                   help="fill the screen (16:9, bars if needed)")
    p.add_argument("--window", type=_size, default=None, help="window size, e.g. 1366x768")
    p.add_argument("--data-dir", type=Path, default=None, help="where scores are kept")
    p.add_argument("--autoplay", action="store_true", help="a bot plays the whole scenario")
    p.add_argument("--headless", action="store_true", help="no window (with --autoplay)")
    p.add_argument("--save-autoplay", action="store_true",
                   help="save the bot's game like a played one (mode autoplay, off the boards)")
    p.add_argument("--fallback-dir", type=Path, default=None,
                   help="where games the score file refuses wait (default: the temp folder)")
    p.add_argument("--seed", type=int, default=1, help="the bot's and the tasks' randomness")
    p.add_argument("--skill", type=float, default=0.8, help="the bot's skill, 0..1")
    p.add_argument("--route", choices=["decouverte", "world", "grand_tour"], default=None,
                   help="the route Play starts and the bot plays (default: the world "
                        "choice, where the bot takes the grand tour)")
    p.add_argument("--pace", choices=["fast", "visitor"], default="fast",
                   help="the bot's pace: fast, or a visitor's (reads at 200 words a minute, "
                        "1 s per decision); the JSON line's visit_s then measures a visit")
    p.add_argument("--kiosk", action="store_true",
                   help="unattended event kiosk (fullscreen, locked)")
    p.add_argument("--config", type=Path, default=None,
                   help="kiosk config file (default: in the data folder)")
    p.add_argument("--dev", action="store_true", help="authoring: F5 reloads the scenario")
    p.add_argument("--frames", type=int, default=None,
                   help=argparse.SUPPRESS)  # bench: stop after N
    p.add_argument("--no-timers", action="store_true", help="switch every task timer off")
    p.add_argument("--reduced-motion", action="store_true",
                   help="no typewriter, pulsing glows, pops or sparks (also when the system asks)")
    p.add_argument("--speech-log", type=Path, default=None, metavar="FILE",
                   help="self-voicing on, and every utterance written to FILE (time, language, "
                        "text), even with no speech engine")
    p.add_argument("--portable", action="store_true",
                   help="keep scores, settings and logs in a data/ folder beside the app "
                        "(as a portable.txt file there does)")
    p.add_argument("--hub", default=None, help="push scores to this hub, e.g. http://10.0.0.2:8765")
    p.add_argument("--hub-key", default=None, help="the event key the hub showed")
    p.add_argument("--hub-wait", type=float, default=None, metavar="SECONDS",
                   help="a headless run waits at most this long for the hub's acknowledgement "
                        "before it exits (default: 5)")
    p.add_argument("--board", action="store_true", help="the hub's big-screen leaderboard")
    p.add_argument("--class", dest="class_code", default=None, metavar="CODE",
                   help="join a classroom session (with --student; the trainer's hub is "
                        "found on the LAN, or give --hub URL; --class-file PATH with no "
                        "network)")
    p.add_argument("--student", default=None, metavar="NAME",
                   help="the student's first name or nickname in the session")
    p.add_argument("--class-file", type=Path, default=None, metavar="PATH",
                   help="no network: play the session from its code and append the results "
                        "to PATH (for `class import`)")
    return p.parse_args(argv)


def _prog() -> str:
    """The name the player typed: ``main.py`` in a checkout, ``cap-industrie`` once installed."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "main.py" if name in ("", "main.py", "__main__.py", "-c") else name


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("give a size like 1366x768") from None
    return (w, h)


def entry() -> int:
    """The ``cap-industrie`` command, ``python -m game`` and ``main.py``: the game or a sub-command.

    Runs before pygame starts, so a headless run or ``validate`` never asks for a screen or a
    sound card, and ``--portable`` reaches every sub-command (they read the data folder too).
    """
    argv = sys.argv[1:]
    for name in ("stdout", "stderr"):  # a windowed program on Windows has neither
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if "--headless" in argv or (argv and argv[0] in COMMANDS):
        from game import use_headless_drivers

        use_headless_drivers()
    if "--portable" in argv:
        from game.paths import PORTABLE_ENV

        os.environ[PORTABLE_ENV] = "1"
        if argv and argv[0] in COMMANDS:
            argv = [a for a in argv if a != "--portable"]
    return main(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        import importlib

        module = importlib.import_module(COMMANDS[argv[0]])
        try:
            return int(module.main(argv[1:]))
        except BrokenPipeError:  # `main.py schema | head`: the reader left, nothing is wrong
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
            return 0
    args = parse(argv)
    if args.board and not (args.hub and args.hub_key):
        print("--board needs the hub: --board --hub URL --hub-key KEY", file=sys.stderr)
        return 2
    if args.class_code is not None:
        from game.classroom.play import check_args

        problem = check_args(args)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    if args.board and args.window is None and not args.headless:
        args.fullscreen = True  # a projector or a TV
    from game.run import play

    summary = play(args)
    if args.autoplay or "error" in summary:
        print(json.dumps(summary, ensure_ascii=False))
    return 1 if "error" in summary else 0

