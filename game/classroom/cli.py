"""``python main.py class …``: the trainer's sessions, kept in the hub's database.

    main.py class new --world soudure [--route world|decouverte|grand_tour|projector]
                      [--stations a,b] [--timers [--speed-bonus]] [--title "2nde MSPC"]
                      [--pin 1234] [--scenario PATH] [--data-dir DIR] [--db URL]
    main.py class list | close CODE | purge CODE [--yes]
    main.py class roster CODE FILE.csv
    main.py class import FILE_OR_FOLDER…
    main.py class report CODE --csv FILE
    main.py class forget CODE… | --all      (on a student's PC: its session files)

The data folder is the hub's (``main.py hub --data-dir DIR`` serves the same sessions), but
``forget``'s is the game's on that PC. Every command speaks French, or English with
``--lang en`` (game.classroom.clitexts); ``new`` ends with one JSON line, ``{"code": "..."}``,
for scripts, in either language.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from game.classroom import debrief, journal
from game.classroom import report as csv_report
from game.classroom.choice import ChoiceProblem, choose
from game.classroom.clitexts import Say, choice_text
from game.classroom.code import ALPHABET, LENGTH, PROJECTOR_ROUTE, BadCode, normalise
from game.classroom.names import for_scenario
from game.classroom.roster import RosterProblem, read_roster
from game.classroom.sessions import Session, SessionStore
from game.hub.db import Database, open_database

MAX_TITLE = 80


def _data_dir(value: Path | None) -> Path:
    from game.settings import default_data_dir

    return value or default_data_dir() / "hub"


def _lang(argv: list[str]) -> str:
    """``--lang en`` (or ``--lang=en``) anywhere: the help is worded before argparse reads it."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "fr"
        if arg.startswith("--lang="):
            return "en" if arg.endswith("=en") else "fr"
    return "fr"


def parse(argv: list[str]) -> argparse.Namespace:
    say = Say(_lang(argv))
    h = say.text
    p = argparse.ArgumentParser(prog="main.py class", description=h("cli_about"))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None, help=h("cli_h_data"))
    common.add_argument("--db", default=None, help=h("cli_h_db"))
    common.add_argument("--lang", choices=("fr", "en"), default="fr", help=h("cli_h_lang"))
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = sub.add_parser("new", parents=[common], help=h("cli_h_new"))
    new.add_argument("--world", default=None, help=h("cli_h_world"))
    new.add_argument("--route", default=None, help=h("cli_h_route"))
    new.add_argument("--stations", default=None, help=h("cli_h_stations"))
    new.add_argument("--timers", action="store_true", help=h("cli_h_timers"))
    new.add_argument("--speed-bonus", action="store_true", help=h("cli_h_bonus"))
    new.add_argument("--title", default="", help=h("cli_h_title"))
    new.add_argument("--pin", default=None, help=h("cli_h_pin"))
    new.add_argument("--scenario", type=Path, default=None, help=h("cli_h_scenario"))
    sub.add_parser("list", parents=[common], help=h("cli_h_list"))
    sub.add_parser("close", parents=[common], help=h("cli_h_close")).add_argument("code")
    purge = sub.add_parser("purge", parents=[common], help=h("cli_h_purge"))
    purge.add_argument("code")
    purge.add_argument("--yes", action="store_true", help=h("cli_h_yes"))
    forget = sub.add_parser("forget", help=h("cli_h_forget"))
    forget.add_argument("codes", nargs="*", metavar="CODE")
    forget.add_argument("--all", action="store_true", help=h("cli_h_all"))
    forget.add_argument("--yes", action="store_true", help=h("cli_h_yes"))
    forget.add_argument("--data-dir", type=Path, default=None, help=h("cli_h_forget_dir"))
    forget.add_argument("--lang", choices=("fr", "en"), default="fr", help=h("cli_h_lang"))
    roster = sub.add_parser("roster", parents=[common], help=h("cli_h_roster"))
    roster.add_argument("code")
    roster.add_argument("file", type=Path)
    imp = sub.add_parser("import", parents=[common], help=h("cli_h_import"))
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    rep = sub.add_parser("report", parents=[common], help=h("cli_h_report"))
    rep.add_argument("code")
    rep.add_argument("--csv", type=Path, required=True, help=h("cli_h_csv"))
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    a = parse(argv)
    a.say = Say(a.lang)
    if a.command == "forget":  # a student's PC: no hub database there
        from game.classroom.forget import forget

        return forget(a)
    try:
        db = open_database(a.db, _data_dir(a.data_dir))
    except Exception as err:  # in words, no traceback
        a.say.err("cli_db", where=a.db or _data_dir(a.data_dir), err=err)
        return 1
    try:
        store = SessionStore(db)
        run = {"new": _new, "list": _list, "close": _close, "purge": _purge,
               "roster": _roster, "import": _import, "report": _report}[a.command]
        return run(store, db, a)
    finally:
        db.close()


def checked_code(text: str, say: Say) -> str | None:
    """The code typed, canonical; None (and why, said) when it cannot be one."""
    code = normalise(text)
    wrong = sorted({ch for ch in code if ch not in ALPHABET})
    if len(code) != LENGTH:
        say.err("cli_code_len", text=text, n=len(code))
    elif wrong:
        say.err("cli_code_letters", text=text, letters=", ".join(wrong))
    else:
        try:
            from game.classroom.code import decode

            decode(code)
        except BadCode as err:
            say.line(f"{text}: {err}", sys.stderr)
        else:
            return code
    return None


def _session(store: SessionStore, text: str, say: Say) -> Session | None:
    code = checked_code(text, say)
    if code is None:
        return None
    session = store.get(code)
    if session is None:
        say.err("cli_no_session", code=code)
    return session


def _new(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    from game.kiosk.pin import hash_pin, valid_pin
    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
    from game.scenario.problems import ContentError

    say: Say = a.say
    title = " ".join(a.title.split())
    if len(title) > MAX_TITLE:
        say.err("cli_title_long", n=len(title), most=MAX_TITLE)
        return 2
    if a.pin is not None and not valid_pin(a.pin):
        say.err("cli_pin")
        return 2
    if a.speed_bonus and not a.timers:
        say.err("cli_bonus")
        return 2
    path = a.scenario.resolve() if a.scenario else None
    try:
        scenario = load_scenario(path or DEFAULT_SCENARIO).model
    except ContentError as err:
        say.err("cli_scenario_errors", path=path or DEFAULT_SCENARIO, err=err)
        return 2
    except OSError as err:
        say.err("cli_scenario_read", path=path, err=err)
        return 2
    try:
        choice = choose(scenario, a.world, a.route,
                        a.stations.split(",") if a.stations is not None else None)
    except ChoiceProblem as err:
        say.line(choice_text(str(err), say.lang), sys.stderr)
        return 2
    made = store.create(Session(
        code="", title=title, scenario_id=scenario.id,
        scenario_path=str(path) if path else None, world=choice.world,
        world_id=choice.world_id, route=choice.route, stations=choice.stations,
        timers=a.timers, speed_bonus=a.speed_bonus,
        pin_hash=hash_pin(a.pin) if a.pin else None, created_utc=""))
    what = choice.world_id or say.text(
        "cli_decouverte" if choice.route == "decouverte" else "cli_every_world")
    on_off = {True: say.text("cli_on"), False: say.text("cli_off")}
    say.out("cli_made", code=made.code, title=f" « {title} »" if title else "", what=what,
            route=choice.route, stations=", ".join(choice.stations) if choice.stations
            else say.text("cli_every_station"), timers=on_off[a.timers],
            bonus=on_off[a.speed_bonus])
    say.out("cli_kept", where=db.where)
    say.out("cli_next", code=made.code, flags=_dir_flag(a),
            opener=say.text("cli_the_pin" if a.pin else "cli_the_key"))
    print(json.dumps({"code": made.code}))  # the last line, for scripts: never translated
    return 0


def _dir_flag(a: argparse.Namespace) -> str:
    return (f" --data-dir {a.data_dir}" if a.data_dir else "") + (f" --db {a.db}" if a.db else "")


def _list(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    sessions = store.all()
    counts = store.counts()
    say: Say = a.say
    if not sessions:
        say.out("cli_none", where=db.where)
    for s in sessions:
        students, records = counts.get(s.code, (0, 0))
        state = say.text("cli_open") if s.open else say.text(
            "cli_closed_at", at=(s.closed_utc or "")[:16].replace("T", " "))
        row = say.text("cli_row", students=f"{say.count('students', students):>11}",
                       records=f"{say.count('records', records):>14}")
        print(f"{s.code}  {s.created_utc[:16].replace('T', ' ')}  {state:<24} "
              f"{s.world_id or s.route:<12} {row}  {s.title}")
    return 0


def _close(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    session = _session(store, a.code, a.say)
    if session is None:
        return 1
    store.close(session.code)
    a.say.out("cli_closed", code=session.code)
    return 0


def _purge(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    say: Say = a.say
    session = _session(store, a.code, say)
    if session is None:
        return 1
    students, records = store.counts().get(session.code, (0, 0))
    listed = len(store.all_accommodations(session.code))
    title = f" « {session.title} »" if session.title else ""
    if not a.yes and not say.confirm("cli_purge_ask", code=session.code, title=title,
                                     students=say.count("students", max(students, listed)),
                                     records=say.count("records", records)):
        say.out("cli_purge_kept")
        return 1
    deleted = store.purge(session.code)
    say.out("cli_purged", code=session.code, records=say.count("records", deleted or 0))
    say.out("cli_purge_rest", code=session.code)
    return 0


def _roster(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    say: Say = a.say
    session = _session(store, a.code, say)
    if session is None:
        return 1
    try:
        roster = read_roster(a.file, say.lang)
    except RosterProblem as err:
        say.line(str(err), sys.stderr)
        return 2
    for problem in roster.problems:
        print(problem, file=sys.stderr)
    n = store.set_accommodations(session.code, roster.students)
    say.line(say.text("cli_roster_set", students=say.count("students", n), code=session.code)
             + (say.text("cli_roster_skipped", rows=say.count("rows", len(roster.problems)))
                if roster.problems
                else ""))
    return 0 if not roster.problems else 1


def _import(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    from game.classroom.places import journal_files

    say: Say = a.say
    files: list[Path] = []
    empty = 0  # folders with no journal: a wrong folder, said and counted as a failure
    for given in a.files:
        if not given.is_dir():
            files.append(given)
            continue
        found = journal_files(given)
        say.line(say.text("cli_folder", folder=given, files=say.count("files", len(found)))
                 + ("" if found else say.text("cli_folder_none")))
        empty += not found
        files += found
    read = journal.read_all(dict.fromkeys(files), say.lang)
    for problem in read.problems:
        print(problem, file=sys.stderr)
    by_session: dict[str, list[journal.AnyRecord]] = defaultdict(list)
    for record in read.records:
        by_session[record.session].append(record)
    unknown = 0
    stored = duplicates = 0
    for code, records in sorted(by_session.items()):
        if store.get(code) is None:
            unknown += len(records)
            say.err("cli_unknown_session", records=say.count("records", len(records)), code=code)
            continue
        got = store.store(records, "import")
        stored += got.stored
        duplicates += got.duplicates
    say.line(say.text("cli_imported", imported=say.count("imported", stored), dup=duplicates,
                      bad=say.count("bad", len(read.problems)))
             + (say.text("cli_of_unknown", records=say.count("records", unknown)) if unknown
                else ""))
    return 0 if not read.problems and not unknown and not empty else 1


def _report(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    say: Say = a.say
    session = _session(store, a.code, say)
    if session is None:
        return 1
    names = for_scenario(session.scenario_path)
    d = debrief.build(store.records(session.code),
                      accommodations=store.all_accommodations(session.code),
                      order=session.planned(names.order))
    try:
        first, second = csv_report.write(a.csv, session.code, d, names, a.lang,
                                         projector=session.route == PROJECTOR_ROUTE)
    except OSError as err:
        say.err("cli_write_fail", path=a.csv, err=err.strerror or err)
        return 1
    say.out("cli_report", students=say.count("students", len(d.students)),
            stations=say.count("stations", len(d.stations)),
            questions=say.count("questions", len(d.questions())))
    say.out("cli_report_files", first=first, second=second)
    return 0

