"""The hub's endpoints in both backends: storing once, the key, refusing bad batches whole."""
from __future__ import annotations

import json
import uuid

import pytest
from starlette.testclient import TestClient

from game.hub import queries
from game.hub.db import Database
from game.hub.keys import EventKey, sign
from game.hub.server import Hub, create_app
from tests.hub.conftest import KEY, PARIS, FakeNow, batch, game

AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture
def client(db: Database, now: FakeNow) -> TestClient:
    return TestClient(create_app(Hub(db, EventKey(KEY, "test"), now=now)))


def test_push_stores_a_game_once_and_summary_counts_it(client: TestClient) -> None:
    device = str(uuid.uuid4())
    body = batch(device, [game(1, 70, "Lina"), game(2, 40)])
    first = client.post("/api/push", json=body, headers=AUTH)
    assert first.status_code == 200
    assert first.json()["stored"] == 2
    again = client.post("/api/push", json=body, headers=AUTH)  # the same batch replayed
    assert again.json() == {**again.json(), "stored": 0, "duplicates": 2}
    assert client.get("/api/summary", headers=AUTH).json() == {"games": 2, "visits": 0,
                                                              "devices": 1}
    top = client.get("/api/board", headers=AUTH).json()["top"]
    assert [(r["nickname"], r["score"]) for r in top] == [("Lina", 70), (None, 40)]


def test_without_the_key_401_and_nothing_stored(client: TestClient) -> None:
    body = batch(str(uuid.uuid4()), [game(1)])
    assert client.post("/api/push", json=body).status_code == 401
    wrong = client.post("/api/push", json=body, headers={"Authorization": "Bearer nope-nope-nope"})
    assert wrong.status_code == 401
    assert client.get("/api/summary").status_code == 401
    assert client.get("/api/summary", headers=AUTH).json()["games"] == 0


def test_an_hmac_of_the_body_is_accepted_and_a_wrong_one_is_not(client: TestClient) -> None:
    raw = json.dumps(batch(str(uuid.uuid4()), [game(1)])).encode()
    bad = client.post("/api/push", content=raw, headers={"X-Hub-Signature": "sha256=00"})
    assert bad.status_code == 401
    ok = client.post("/api/push", content=raw,
                     headers={"X-Hub-Signature": "sha256=" + sign(KEY, raw)})
    assert ok.status_code == 200 and ok.json()["stored"] == 1


def test_a_bad_record_refuses_the_whole_batch_and_names_it(client: TestClient) -> None:
    bad = game(2, score=-5)
    reply = client.post("/api/push", json=batch(str(uuid.uuid4()), [game(1), bad]), headers=AUTH)
    assert reply.status_code == 422
    assert reply.json()["index"] == 1 and reply.json()["uuid"] == bad["uuid"]
    assert "score" in reply.json()["error"]
    assert client.get("/api/summary", headers=AUTH).json()["games"] == 0


@pytest.mark.parametrize("raw, status", [
    (b"{not json", 400), (b"[]", 422), (b'{"records": []}', 422),
    (b"x" * (10 * 1024 * 1024), 413),
])
def test_malformed_or_huge_bodies_are_refused_with_a_reason(client: TestClient, raw: bytes,
                                                            status: int) -> None:
    reply = client.post("/api/push", content=raw, headers=AUTH)
    assert reply.status_code == status
    assert reply.json()["error"]
    assert client.get("/api/summary", headers=AUTH).json()["games"] == 0


def test_too_many_records_are_refused(client: TestClient) -> None:
    reply = client.post("/api/push", json=batch(str(uuid.uuid4()), [game(i) for i in range(1,
                                                                                           502)]),
                        headers=AUTH)
    assert reply.status_code == 422 and "500" in reply.json()["error"]


def test_a_nickname_that_is_sql_is_stored_as_text_and_harms_nothing(client: TestClient,
                                                                    db: Database) -> None:
    sql = "x'); DROP TABLE games;--"
    reply = client.post("/api/push", json=batch(str(uuid.uuid4()), [game(1, 90, sql[:20])]),
                        headers=AUTH)
    assert reply.status_code == 200
    assert client.get("/api/board", headers=AUTH).json()["top"][0]["nickname"] == sql[:20]
    too_long = client.post("/api/push", json=batch(str(uuid.uuid4()), [game(1, 90, sql * 2)]),
                           headers=AUTH)
    assert too_long.status_code == 422
    assert queries.summary(db)["games"] == 1


def test_an_offensive_nickname_is_not_stored_but_the_game_is(client: TestClient) -> None:
    device = str(uuid.uuid4())
    g = game(1, 90)
    reply = client.post("/api/push", json=batch(device, [
        g, {"kind": "nickname", "uuid": str(uuid.uuid4()), "seq": 2, "game": g["uuid"],
            "nickname": "f.u.c.k"}]), headers=AUTH)
    assert reply.json()["nicknames_refused"] == 1
    assert client.get("/api/board", headers=AUTH).json()["top"][0]["nickname"] is None


def test_a_nickname_given_later_and_a_hidden_game(client: TestClient) -> None:
    device = str(uuid.uuid4())
    g = game(1, 90)
    client.post("/api/push", json=batch(device, [g]), headers=AUTH)
    client.post("/api/push", json=batch(device, [
        {"kind": "nickname", "uuid": str(uuid.uuid4()), "seq": 2, "game": g["uuid"],
         "nickname": "Inès"}]), headers=AUTH)
    assert client.get("/api/board", headers=AUTH).json()["top"][0]["nickname"] == "Inès"
    client.post("/api/push", json=batch(device, [
        {"kind": "hide", "uuid": str(uuid.uuid4()), "seq": 3, "game": g["uuid"]}]), headers=AUTH)
    board = client.get("/api/board", headers=AUTH).json()
    assert board["top"] == [] and board["games"] == 1  # off the board, still counted
    report = client.get("/api/report?day=2026-03-14", headers=AUTH).json()
    assert len(report["games"]) == 1


def test_the_board_answers_same_when_nothing_changed(client: TestClient) -> None:
    client.post("/api/push", json=batch(str(uuid.uuid4()), [game(1)]), headers=AUTH)
    change = client.get("/api/board", headers=AUTH).json()["change"]
    assert client.get(f"/api/board?since={change}", headers=AUTH).json() == {
        "change": change, "same": True}
    assert "top" in client.get(f"/api/board?since={change - 1}", headers=AUTH).json()


def test_autoplay_games_are_stored_but_never_rank(client: TestClient) -> None:
    client.post("/api/push", json=batch(str(uuid.uuid4()), [game(1, 99, mode="autoplay")]),
                headers=AUTH)
    board = client.get("/api/board", headers=AUTH).json()
    assert board["top"] == [] and board["games"] == 0
    assert client.get("/api/summary", headers=AUTH).json()["games"] == 1


def test_visits_count_players_once_with_their_game(client: TestClient) -> None:
    device = str(uuid.uuid4())
    g = game(1)
    visit = {"kind": "visit", "uuid": str(uuid.uuid4()), "seq": 2, "scenario_id": "cap",
             "started_at": "2026-03-14T09:26:00+01:00", "ended_at": "2026-03-14T09:31:00+01:00",
             "played_s": 290.0, "outcome": "finished", "lang": "fr", "game": g["uuid"]}
    walk = {**visit, "uuid": str(uuid.uuid4()), "seq": 3, "outcome": "walked_away", "game": None}
    client.post("/api/push", json=batch(device, [g, visit, walk]), headers=AUTH)
    board = client.get("/api/board", headers=AUTH).json()
    assert (board["players"], board["games"], board["stations"]) == (2, 1, 1)
    assert board["jobs"][0]["station_id"] == "epi"
    report = client.get("/api/report?day=all", headers=AUTH).json()
    data = queries.day_from_json(report)
    assert [v.game_id for v in data.visits] == [data.games[0].game_id, None]


def test_two_kiosks_whose_clocks_disagree_by_an_hour_share_one_day(client: TestClient,
                                                                   now: FakeNow) -> None:
    from datetime import datetime, timedelta

    now.moment = datetime(2026, 3, 14, 23, 50, tzinfo=PARIS)
    right, ahead = str(uuid.uuid4()), str(uuid.uuid4())
    client.post("/api/push", json=batch(right, [game(1, 50, finished=now.moment)],
                                        sent=now.moment), headers=AUTH)
    later = now.moment + timedelta(hours=1, minutes=5)  # 5 min later, but its clock is +1 h
    client.post("/api/push", json=batch(ahead, [game(1, 60, finished=later)],
                                        sent=now.moment + timedelta(hours=1, minutes=5)),
                headers=AUTH)
    board = client.get("/api/board", headers=AUTH).json()
    assert board["day"] == "2026-03-14" and board["games"] == 2
    devices = client.get("/api/devices", headers=AUTH).json()["devices"]
    assert sorted(round(d["skew_s"]) for d in devices) == [-3900, 0]
