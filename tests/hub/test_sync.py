"""A device's outbox reaches the hub: once, whatever the network does; the game never waits."""
from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from game.hub import queries
from game.hub.client import HubClient, HubUnreachable
from game.hub.db import Database
from game.hub.outbox import Outbox
from game.hub.sync import Backoff, Sync
from game.scores import ScoreStore
from game.scores.records import VisitRecord
from tests.hub.conftest import KEY, FakeNow, Served, free_port, kiosk_store, local_game, wait_for

FAST = Backoff(first_s=0.02, most_s=0.2)


def outbox_states(path: Path) -> dict[str, int]:
    box = Outbox(path)
    try:
        return {str(s): int(n) for s, n in box.conn.execute(
            "SELECT state, COUNT(*) FROM outbox GROUP BY state")}
    finally:
        box.close()


def test_games_visits_and_nicknames_reach_the_hub_once(served: Served, db: Database,
                                                       tmp_path: Path, now: FakeNow) -> None:
    path = tmp_path / "k" / "scores.db"
    store = kiosk_store(path, now)
    ids = [store.save_game(local_game(10 * i, now.moment + timedelta(minutes=i))) for i in range(5)]
    store.set_nickname(ids[4] or 0, "Maëlle")
    store.record_visit(VisitRecord("cap", now.moment, now.moment + timedelta(minutes=5), 290.0,
                                   "finished", "fr", ids[4]))
    sync = Sync(path, HubClient(served.url, KEY), backoff=FAST).start()
    try:
        assert sync.flush(20)
        sync.stop()
        assert sync.status().connected and sync.status().waiting == 0
        assert queries.summary(db) == {"games": 5, "visits": 1, "devices": 1}
        top = queries.board(db, now.moment.date(), "all")["top"]
        assert top[0]["nickname"] == "Maëlle" and top[0]["score"] == 40
        assert outbox_states(path) == {"sent": 7}
        again = Sync(path, HubClient(served.url, KEY), backoff=FAST).start()  # restarted kiosk
        assert again.flush(10)
        again.stop()
        assert queries.summary(db)["games"] == 5
    finally:
        sync.stop()
        store.close()


def test_hub_down_for_an_hour_while_kiosks_play_then_everything_syncs(
        db: Database, tmp_path: Path, now: FakeNow) -> None:
    port = free_port()  # nobody listens yet
    stores: list[tuple[Path, ScoreStore]] = []
    syncs: list[Sync] = []
    for k in range(2):
        path = tmp_path / f"k{k}" / "scores.db"
        stores.append((path, kiosk_store(path, now)))
        syncs.append(Sync(path, HubClient(f"http://127.0.0.1:{port}", KEY), backoff=FAST).start())
    for minute in range(60):  # an hour of play, a game a minute on each kiosk
        for _, store in stores:
            store.save_game(local_game(minute, now.moment + timedelta(minutes=minute)))
    assert wait_for(lambda: all(s.status().connected is False for s in syncs))
    assert wait_for(lambda: all(s.status().waiting == 60 for s in syncs))
    assert "unreachable" in syncs[0].status().problem
    hub = Served(db, port=port)  # the hub comes back
    try:
        assert all(s.flush(30) for s in syncs)
        assert queries.summary(db) == {"games": 120, "visits": 0, "devices": 2}
        assert all(s.status().waiting == 0 and s.status().connected for s in syncs)
    finally:
        for s in syncs:
            s.stop()
        for _, store in stores:
            store.close()
        hub.stop()


def test_a_wrong_key_stores_nothing_and_keeps_the_outbox(served: Served, db: Database,
                                                         tmp_path: Path, now: FakeNow) -> None:
    path = tmp_path / "k" / "scores.db"
    store = kiosk_store(path, now)
    store.save_game(local_game(50, now.moment))
    sync = Sync(path, HubClient(served.url, "not-the-event-key"), backoff=FAST).start()
    try:
        assert wait_for(lambda: sync.status().problem == "wrong event key")
        assert sync.status().waiting == 1
        assert queries.summary(db)["games"] == 0
    finally:
        sync.stop()
        store.close()
    assert outbox_states(path) == {"waiting": 1}


def test_a_record_the_hub_refuses_is_set_aside_and_the_rest_goes_on(
        served: Served, db: Database, tmp_path: Path, now: FakeNow) -> None:
    path = tmp_path / "k" / "scores.db"
    store = kiosk_store(path, now)
    store.save_game(local_game(10, now.moment))
    store.save_game(local_game(20, now.moment, session="s" * 60))  # longer than the hub takes
    store.save_game(local_game(30, now.moment))
    sync = Sync(path, HubClient(served.url, KEY), backoff=FAST).start()
    try:
        assert sync.flush(20)
        assert sync.status().refused == 1
        assert queries.summary(db)["games"] == 2
    finally:
        sync.stop()
        store.close()
    assert outbox_states(path) == {"sent": 2, "refused": 1}


class StuckClient(HubClient):
    """A hub that takes forever to answer: push blocks until released."""

    def __init__(self) -> None:
        super().__init__("http://127.0.0.1:9", KEY)
        self.entered = threading.Event()
        self.release = threading.Event()

    def push(self, batch: dict[str, Any]) -> dict[str, Any]:
        self.entered.set()
        self.release.wait(30)
        raise HubUnreachable("timed out")


def test_the_game_saves_and_reads_its_status_while_the_push_hangs(tmp_path: Path,
                                                                  now: FakeNow) -> None:
    path = tmp_path / "k" / "scores.db"
    store = kiosk_store(path, now)
    store.save_game(local_game(10, now.moment))
    client = StuckClient()
    sync = Sync(path, client, backoff=FAST).start()
    saved: list[int | None] = []

    def play() -> None:  # the game's own thread, with its own connection to the file
        with ScoreStore.open(path, now=now) as mine:
            for i in range(20):
                saved.append(mine.save_game(local_game(i, now.moment)))
                sync.status()

    try:
        assert client.entered.wait(10)
        player = threading.Thread(target=play)
        player.start()
        player.join(20)
        assert not player.is_alive() and len(saved) == 20  # done while the push still hangs
        assert not client.release.is_set()
        assert sync.status().connected is None  # no answer yet
    finally:
        client.release.set()
        sync.stop()
        store.close()


def test_an_older_score_file_queues_what_it_already_holds(tmp_path: Path, now: FakeNow) -> None:

    path = tmp_path / "k" / "scores.db"
    store = kiosk_store(path, now)
    store.save_game(local_game(10, now.moment))
    store.close()
    from tests.scores.test_opening import as_version_4

    as_version_4(path).close()  # the file as it was before the outbox (schema 5)
    ScoreStore.open(path, now=now).close()
    assert outbox_states(path) == {"waiting": 1}
