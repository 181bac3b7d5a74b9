"""A whole class: 25 students on the network, 5 offline merged from files, one report.

The 25 push their records through the real endpoint of a hub served by uvicorn on loopback,
at once, as their PCs would; the 5 write journal files that ``class import`` reads twice,
in shuffled order (one of them had pushed a few records before the network went). The
report must have the 30 students, every station and question, and its CSV must read back
as the same numbers as the records themselves.
"""
from __future__ import annotations

import csv
import io
import json
import random
import urllib.request
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from game.classroom import journal
from game.classroom.cli import main
from game.classroom.sessions import Session, SessionStore
from game.hub.db import Database, PostgresDatabase, SqliteDatabase
from tests.classroom.classmates import play, scenario
from tests.hub.conftest import Served

pytestmark = pytest.mark.slow
ONLINE, OFFLINE = 25, 5
BATCH = 4  # records per push: a PC pushes as it plays


def _where(db: Database) -> list[str]:
    if isinstance(db, PostgresDatabase):
        return ["--db", db.url]
    assert isinstance(db, SqliteDatabase)
    return ["--data-dir", str(db.path.parent)]


def _push(url: str, code: str, records: list[journal.AnyRecord]) -> int:
    stored = 0
    for start in range(0, len(records), BATCH):
        body = json.dumps({"records": [journal.dump(r) for r in records[start:start + BATCH]]})
        request = urllib.request.Request(f"{url}/api/class/{code}/records", data=body.encode(),
                                         headers={"X-Class-Code": code,
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            stored += int(json.loads(reply.read())["stored"])
    return stored


def test_thirty_students_one_report(db: Database, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    session = SessionStore(db).create(Session(
        code="", title="2nde MSPC", scenario_id="cap-industrie", scenario_path=None, world=1,
        world_id="soudure", route="world", stations=None, timers=False, speed_bonus=False,
        pin_hash=None, created_utc=""))
    code = session.code
    rng = random.Random(11)
    students = {f"Élève {i:02d}": play(code, f"Élève {i:02d}", "soudure",
                                       skill=rng.uniform(0.2, 0.95), seed=i,
                                       offline=i >= ONLINE)
                for i in range(ONLINE + OFFLINE)}
    names = list(students)
    served = Served(db)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            stored = sum(pool.map(lambda n: _push(served.url, code, students[n]),
                                  names[:ONLINE]))
        assert stored == sum(len(students[n]) for n in names[:ONLINE])
        first_offline = students[names[ONLINE]]
        assert _push(served.url, code, first_offline[:3]) == 3  # before the network went
    finally:
        served.stop()

    files = []
    for name in names[ONLINE:]:
        path = tmp_path / "usb" / f"{name}.jsonl"
        journal_file = journal.Journal(path)
        for record in students[name]:
            journal_file.append(record)
        files.append(str(path))
    offline_records = sum(len(students[n]) for n in names[ONLINE:])
    for round_ in range(2):
        rng.shuffle(files)
        assert main(["import", *files, *_where(db)]) == 0
        out = capsys.readouterr().out
        expected = offline_records - 3 if round_ == 0 else 0
        assert f"class: {expected} résultat{'s importés' if expected > 1 else ' importé'}" in out

    report = tmp_path / "classe.csv"
    assert main(["report", code, "--csv", str(report), *_where(db)]) == 0
    assert "30 élèves, 5 postes" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    assert {r["élève"] for r in rows} == set(names)

    # the numbers, from the records themselves, against the CSV read back
    answered: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    scores: dict[tuple[str, str], int] = {}
    for name, records in students.items():
        for step in (r for r in records if isinstance(r, journal.StepRec)):
            scores[(name, step.station_id)] = step.score
            for a in step.answers:
                answered[(step.station_id, a.item_id)] += 1
                right[(step.station_id, a.item_id)] += a.correct
    world = scenario().world("soudure")
    titles = {s.title.get("fr"): s.id for s in world.stations}
    got_answered: Counter[tuple[str, str]] = Counter()
    got_right: Counter[tuple[str, str]] = Counter()
    got_scores: dict[tuple[str, str], int] = {}
    for r in rows:
        station = titles[r["poste"]]
        got_scores[(r["élève"], station)] = int(r["score du poste"])
        if r["question_id"]:
            got_answered[(station, r["question_id"])] += 1
            got_right[(station, r["question_id"])] += int(r["juste"])
    assert got_answered == answered and got_right == right and got_scores == scores
    every_question = {(s.id, q.id) for s in world.stations if s.task.type == "quiz"
                      for q in s.task.questions}
    assert set(got_answered) == every_question
    assert {station for _, station in got_scores} == {s.id for s in world.stations}

    per_student = list(csv.DictReader(io.StringIO(
        (tmp_path / "classe-eleves.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(per_student) == 30
    totals: defaultdict[str, int] = defaultdict(int)
    for (name, _), score in scores.items():
        totals[name] += score
    assert {r["élève"]: int(r["score total"]) for r in per_student} == dict(totals)
    assert sum(r["hors ligne"] == "oui" for r in per_student) == OFFLINE

    # the dashboard's debrief says the same: 30 students, 5 stations, the most missed first
    from starlette.testclient import TestClient

    from game.hub.keys import EventKey
    from game.hub.server import Hub, create_app
    from tests.hub.conftest import KEY

    board = TestClient(create_app(Hub(db, EventKey(KEY, "test")))).get(
        f"/api/class/{code}/dashboard", headers={"Authorization": f"Bearer {KEY}"}).json()
    assert len(board["students"]) == 30 and len(board["stations"]) == 5
    worst = min(answered, key=lambda k: (right[k] / answered[k], -answered[k], k))
    first = board["most_missed"][0]
    assert first["pct"] == pytest.approx(100 * right[worst] / answered[worst])
    assert sum(s["outcome"] == "finished" for s in board["students"]) == 30
