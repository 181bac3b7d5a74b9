"""The classroom's endpoints as docs/classroom-protocol.md says, in both backends."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from game.classroom import journal
from game.classroom.sessions import Session, SessionStore
from game.hub.db import Database
from game.hub.keys import EventKey
from game.hub.server import Hub, create_app
from game.kiosk.pin import hash_pin
from tests.classroom.classmates import play
from tests.hub.conftest import KEY, FakeNow

AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture
def client(db: Database, now: FakeNow) -> TestClient:
    return TestClient(create_app(Hub(db, EventKey(KEY, "test"), now=now)))


def session(db: Database, **change: object) -> Session:
    values: dict[str, object] = dict(
        code="", title="2nde", scenario_id="cap-industrie", scenario_path=None, world=1,
        world_id="soudure", route="world", stations=None, timers=False, speed_bonus=False,
        pin_hash=hash_pin("4321", iterations=1000), created_utc="")
    values.update(change)
    return SessionStore(db).create(Session(**values))  # type: ignore[arg-type]


def body(records: list[journal.AnyRecord]) -> dict[str, object]:
    return {"records": [journal.dump(r) for r in records]}


def stored(db: Database) -> int:
    with db.read() as tx:
        return int(tx.rows("SELECT COUNT(*) FROM class_records")[0][0])


def test_a_student_reads_her_spec_and_pushes_once(client: TestClient, db: Database) -> None:
    s = session(db, stations=["epi"])
    head = {"X-Class-Code": s.code}
    spec = client.get(f"/api/class/{s.code}", params={"student": "Léa"}, headers=head).json()
    assert (spec["code"], spec["world_id"], spec["stations"], spec["timers"]) == (
        s.code, "soudure", ["epi"], False)
    records = play(s.code, "Léa", "soudure", 0.6, seed=1)
    first = client.post(f"/api/class/{s.code}/records", json=body(records), headers=head)
    assert first.json() == {"stored": len(records), "duplicates": 0}
    again = client.post(f"/api/class/{s.code}/records", json=body(records[:4]), headers=head)
    assert again.json() == {"stored": 0, "duplicates": 4}


def test_refusals_store_nothing(client: TestClient, db: Database) -> None:
    s, other = session(db), session(db)
    records = body(play(s.code, "Léa", "soudure", 0.6, seed=1))
    url = f"/api/class/{s.code}/records"
    assert client.post(url, json=records).status_code == 401
    assert client.post(url, json=records, headers={"X-Class-Code": other.code}).status_code == 401
    assert client.get(f"/api/class/{s.code}", headers={"X-Class-Code": other.code}
                      ).status_code == 401
    assert client.post("/api/class/ZZZZZZ/records", json=records,
                       headers={"X-Class-Code": "ZZZZZZ"}).status_code == 404
    bad = play(s.code, "Léa", "soudure", 0.6, seed=2)
    mixed = body(bad[:2] + play(other.code, "Inès", "soudure", 0.6, seed=3)[:1])
    reply = client.post(url, json=mixed, headers={"X-Class-Code": s.code})
    assert reply.status_code == 422 and reply.json()["index"] == 2
    broken = body(bad[:3])
    broken["records"][1]["score"] = 101  # type: ignore[index]
    reply = client.post(url, json=broken, headers={"X-Class-Code": s.code})
    assert reply.status_code == 422 and reply.json()["uuid"] == str(bad[1].uuid)
    SessionStore(db).close(s.code)
    assert client.post(url, json=records, headers={"X-Class-Code": s.code}).status_code == 410
    assert client.get(f"/api/class/{s.code}", headers={"X-Class-Code": s.code}
                      ).status_code == 410
    assert stored(db) == 0


def test_the_trainer_sets_an_accommodation_the_next_get_sees(client: TestClient,
                                                             db: Database) -> None:
    s = session(db)
    url = f"/api/class/{s.code}/accommodations"
    change = {"student": "Léa", "accommodations": {"more_time": 2, "fewer_choices": True}}
    assert client.post(url, json=change).status_code == 401  # not the trainer
    assert client.post(url, json=change, headers={"X-Class-Code": s.code}).status_code == 401
    assert client.post(url, json=change, headers=AUTH).status_code == 200
    spec = client.get(f"/api/class/{s.code}", params={"student": "léa"},
                      headers={"X-Class-Code": s.code}).json()
    assert spec["accommodations"]["more_time"] == 2 and spec["accommodations"]["fewer_choices"]
    other = client.get(f"/api/class/{s.code}", params={"student": "Inès"},
                       headers={"X-Class-Code": s.code}).json()
    assert other["accommodations"]["more_time"] is None


def test_the_dashboard_opens_with_the_pin_or_the_key_and_locks_after_five_tries(
        client: TestClient, db: Database) -> None:
    s = session(db)
    page = client.get(f"/class/{s.code}")
    assert page.status_code == 200 and 'name="secret"' in page.text and "class.js" not in page.text
    assert client.get(f"/api/class/{s.code}/dashboard").status_code == 401
    wrong = client.post(f"/class/{s.code}/login", data={"secret": "0000"}, follow_redirects=False)
    assert wrong.status_code == 401 and "ni le code PIN" in wrong.text
    ok = client.post(f"/class/{s.code}/login", data={"secret": "4321"}, follow_redirects=False)
    assert ok.status_code == 303 and "httponly" in ok.headers["set-cookie"].lower()
    assert "class.js" in client.get(f"/class/{s.code}").text
    assert client.get(f"/api/class/{s.code}/dashboard").json()["session"]["code"] == s.code
    other = session(db)
    assert client.get(f"/api/class/{other.code}/dashboard").status_code == 401  # not that one
    fresh = TestClient(client.app)
    for _ in range(5):
        fresh.post(f"/class/{other.code}/login", data={"secret": "1111"})
    locked = fresh.post(f"/class/{other.code}/login", data={"secret": "4321"})
    assert locked.status_code == 429 and "Trop d&#x27;essais" in locked.text
    assert client.get(f"/api/class/{other.code}/dashboard", headers=AUTH).status_code == 200
    assert client.get("/class/AAAAAA").status_code == 404
    assert client.get("/").status_code == 200


def test_the_csv_download_is_the_cli_s(client: TestClient, db: Database) -> None:
    s = session(db)
    SessionStore(db).store(play(s.code, "Léa", "soudure", 0.6, seed=1), "push")
    assert client.get(f"/class/{s.code}/report.csv").status_code == 401
    got = client.get(f"/class/{s.code}/report.csv", headers=AUTH)
    assert got.headers["content-type"].startswith("text/csv")
    assert got.content.startswith(b"\xef\xbb\xbf") and b";L\xc3\xa9a;" in got.content
    assert "Léa" in client.get(f"/class/{s.code}/eleves.csv", headers=AUTH).text


def test_the_csv_download_speaks_english_when_asked(client: TestClient, db: Database) -> None:
    """The dashboard in English asks ``?lang=en``: English headings and words, a file named in
    English; still one for a French spreadsheet (semicolons, BOM). Without it: French, as
    before, the CLI's file byte for byte."""
    from game.classroom import debrief
    from game.classroom import report as csv_report
    from game.classroom.names import for_scenario

    s = session(db)
    SessionStore(db).store(play(s.code, "Léa", "soudure", 0.6, seed=1), "push")
    got = client.get(f"/class/{s.code}/report.csv?lang=en", headers=AUTH)
    assert got.status_code == 200
    assert got.text.startswith("\ufeffsession;student;world;station;type;question_id;")
    assert f'filename="class-{s.code}.csv"' in got.headers["content-disposition"]
    people = client.get(f"/class/{s.code}/eleves.csv?lang=en", headers=AUTH)
    head, row = people.text.splitlines()[:2]
    assert head == "\ufeff" + ";".join(csv_report.STUDENT_COLUMNS["en"])
    assert row.split(";")[9] == "finished" and row.split(";")[11] == "no"
    assert f'filename="class-{s.code}-students.csv"' in people.headers["content-disposition"]
    d = debrief.build(SessionStore(db).records(s.code))
    french = client.get(f"/class/{s.code}/report.csv", headers=AUTH)
    assert french.text == csv_report.questions_csv(s.code, d, for_scenario(None))
    assert french.text.startswith("\ufeffséance;élève;monde;poste;type;question_id;question;"
                                  "réponse choisie;bonne réponse;juste;mains levées;")
    assert f'filename="classe-{s.code}.csv"' in french.headers["content-disposition"]
