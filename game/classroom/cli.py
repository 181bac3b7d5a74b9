"""``python main.py class …``: the trainer's sessions, kept in the hub's database.

    main.py class new --world soudure [--route world|decouverte|grand_tour|projector]
                      [--stations a,b] [--timers [--speed-bonus]] [--title "2nde MSPC"]
                      [--pin 1234] [--scenario PATH] [--data-dir DIR] [--db URL]
    main.py class list | close CODE | purge CODE
    main.py class roster CODE FILE.csv
    main.py class import FILE_OR_FOLDER…
    main.py class report CODE --csv FILE

The data folder is the hub's (``main.py hub --data-dir DIR`` serves the same sessions);
``new`` ends with one JSON line, ``{"code": "..."}``, for scripts.
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
from game.classroom.code import BadCode, normalise
from game.classroom.names import for_scenario
from game.classroom.roster import RosterProblem, read_roster
from game.classroom.sessions import Session, SessionStore
from game.hub.db import Database, open_database

MAX_TITLE = 80


def _data_dir(value: Path | None) -> Path:
    from game.settings import default_data_dir

    return value or default_data_dir() / "hub"


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py class", description="Classroom sessions (see "
                                "docs/CLASSE.md): make one, follow it with main.py hub, report.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None,
                        help="the hub's data folder (default: the hub's own)")
    common.add_argument("--db", default=None, help="postgresql://… (default: SQLite hub.db)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = sub.add_parser("new", parents=[common], help="make a session and print its code")
    new.add_argument("--world", default=None, help="the world's id, e.g. soudure")
    new.add_argument("--route", default=None,
                     help="world (default), decouverte, grand_tour or projector")
    new.add_argument("--stations", default=None, help="only these stations: a,b,c")
    new.add_argument("--timers", action="store_true", help="timers on (off by default)")
    new.add_argument("--speed-bonus", action="store_true", help="speed bonus (needs --timers)")
    new.add_argument("--title", default="", help='shown on the dashboard, e.g. "2nde MSPC"')
    new.add_argument("--pin", default=None, help="4 to 8 digits for the dashboard")
    new.add_argument("--scenario", type=Path, default=None, help="scenario folder")
    sub.add_parser("list", parents=[common], help="every session, open or closed")
    for name, text in (("close", "refuse the students' records from now on"),
                       ("purge", "delete the session and every record of its students")):
        one = sub.add_parser(name, parents=[common], help=text)
        one.add_argument("code")
    roster = sub.add_parser("roster", parents=[common], help="accommodations from a CSV list")
    roster.add_argument("code")
    roster.add_argument("file", type=Path)
    imp = sub.add_parser("import", parents=[common],
                         help="students' journal files, or folders holding them (a USB stick, "
                              "a student PC's data folder)")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    rep = sub.add_parser("report", parents=[common], help="the results as CSV")
    rep.add_argument("code")
    rep.add_argument("--csv", type=Path, required=True, help="FILE.csv (+ FILE-eleves.csv)")
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    a = parse(argv)
    try:
        db = open_database(a.db, _data_dir(a.data_dir))
    except Exception as err:  # in words, no traceback
        print(f"class: cannot open the hub's database {a.db or _data_dir(a.data_dir)}: {err}",
              file=sys.stderr)
        return 1
    try:
        store = SessionStore(db)
        run = {"new": _new, "list": _list, "close": _close, "purge": _purge,
               "roster": _roster, "import": _import, "report": _report}[a.command]
        return run(store, db, a)
    finally:
        db.close()


def _session(store: SessionStore, text: str) -> Session | None:
    try:
        code = normalise(text)
        from game.classroom.code import decode

        decode(code)
    except BadCode as err:
        print(f"class: {text}: {err}", file=sys.stderr)
        return None
    session = store.get(code)
    if session is None:
        print(f"class: no session {code} in this data folder (class list shows them)",
              file=sys.stderr)
    return session


def _new(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    from game.kiosk.pin import hash_pin, valid_pin
    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
    from game.scenario.problems import ContentError

    title = " ".join(a.title.split())
    if len(title) > MAX_TITLE:
        print(f"class: --title has {len(title)} characters, at most {MAX_TITLE}", file=sys.stderr)
        return 2
    if a.pin is not None and not valid_pin(a.pin):
        print("class: --pin must be 4 to 8 digits", file=sys.stderr)
        return 2
    if a.speed_bonus and not a.timers:
        print("class: --speed-bonus needs --timers (no timer, no speed)", file=sys.stderr)
        return 2
    path = a.scenario.resolve() if a.scenario else None
    try:
        scenario = load_scenario(path or DEFAULT_SCENARIO).model
    except ContentError as err:
        print(f"class: the scenario {path or DEFAULT_SCENARIO} has errors (main.py validate "
              f"says them all):\n{err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"class: cannot read the scenario {path}: {err}", file=sys.stderr)
        return 2
    try:
        choice = choose(scenario, a.world, a.route,
                        a.stations.split(",") if a.stations is not None else None)
    except ChoiceProblem as err:
        print(f"class: {err}", file=sys.stderr)
        return 2
    made = store.create(Session(
        code="", title=title, scenario_id=scenario.id,
        scenario_path=str(path) if path else None, world=choice.world,
        world_id=choice.world_id, route=choice.route, stations=choice.stations,
        timers=a.timers, speed_bonus=a.speed_bonus,
        pin_hash=hash_pin(a.pin) if a.pin else None, created_utc=""))
    what = choice.world_id or {"grand_tour": "every world", "decouverte": "découverte"}.get(
        choice.route, "every world")
    stations = ", ".join(choice.stations) if choice.stations else "every station"
    print(f"class: session {made.code}{f' « {title} »' if title else ''}: {what}, route "
          f"{choice.route}, {stations}; timers {'on' if a.timers else 'off'}, speed bonus "
          f"{'on' if a.speed_bonus else 'off'}")
    print(f"class: kept in {db.where}")
    print(f"class: students type the code {made.code}; follow the class with "
          f"main.py hub --host{_dir_flag(a)} and open http://127.0.0.1:8765/class/{made.code}"
          f" ({'the PIN' if a.pin else 'the hub key'} opens it)")
    print(json.dumps({"code": made.code}))
    return 0


def _dir_flag(a: argparse.Namespace) -> str:
    return (f" --data-dir {a.data_dir}" if a.data_dir else "") + (f" --db {a.db}" if a.db else "")


def _list(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    sessions = store.all()
    counts = store.counts()
    if not sessions:
        print(f"class: no session in {db.where} (class new makes one)")
    for s in sessions:
        students, records = counts.get(s.code, (0, 0))
        state = "open" if s.open else f"closed {s.closed_utc[:16].replace('T', ' ')}"  # type: ignore[index]
        print(f"{s.code}  {s.created_utc[:16].replace('T', ' ')}  {state:<24} "
              f"{s.world_id or s.route:<12} {students:>3} students {records:>5} records  "
              f"{s.title}")
    return 0


def _close(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    session = _session(store, a.code)
    if session is None:
        return 1
    store.close(session.code)
    print(f"class: session {session.code} closed: the students' PCs can no longer push to it "
          "(class import still takes their files)")
    return 0


def _purge(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    session = _session(store, a.code)
    if session is None:
        return 1
    deleted = store.purge(session.code)
    print(f"class: session {session.code} purged: {deleted} records and its students' "
          "accommodations deleted from this PC")
    return 0


def _roster(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    session = _session(store, a.code)
    if session is None:
        return 1
    try:
        roster = read_roster(a.file)
    except RosterProblem as err:
        print(f"class: {err}", file=sys.stderr)
        return 2
    for problem in roster.problems:
        print(problem, file=sys.stderr)
    n = store.set_accommodations(session.code, roster.students)
    print(f"class: accommodations set for {n} students of {session.code}"
          + (f" ({len(roster.problems)} rows skipped)" if roster.problems else ""))
    return 0 if not roster.problems else 1


def _import(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    from game.classroom.places import journal_files

    files: list[Path] = []
    empty = 0  # folders with no journal: a wrong folder, said and counted as a failure
    for given in a.files:
        if not given.is_dir():
            files.append(given)
            continue
        found = journal_files(given)
        print(f"class: {given}: {len(found)} journal files"
              + ("" if found else " (*.jsonl here or in its classroom/ folder)"))
        empty += not found
        files += found
    read = journal.read_all(dict.fromkeys(files))
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
            print(f"class: {len(records)} records of session {code}, which this data folder "
                  "does not have (was it made on another PC?): not imported", file=sys.stderr)
            continue
        got = store.store(records, "import")
        stored += got.stored
        duplicates += got.duplicates
    print(f"class: {stored} records imported, {duplicates} already there, "
          f"{len(read.problems)} bad lines skipped"
          + (f", {unknown} of unknown sessions" if unknown else ""))
    return 0 if not read.problems and not unknown and not empty else 1


def _report(store: SessionStore, db: Database, a: argparse.Namespace) -> int:
    session = _session(store, a.code)
    if session is None:
        return 1
    names = for_scenario(session.scenario_path)
    d = debrief.build(store.records(session.code),
                      accommodations=store.all_accommodations(session.code),
                      order=session.planned(names.order))
    try:
        first, second = csv_report.write(a.csv, session.code, d, names)
    except OSError as err:
        print(f"class: cannot write {a.csv}: {err.strerror or err}", file=sys.stderr)
        return 1
    print(f"class: {len(d.students)} students, {len(d.stations)} stations, "
          f"{len(d.questions())} questions")
    print(f"class: {first} (a row per student and question) and {second} (a row per student)")
    return 0

