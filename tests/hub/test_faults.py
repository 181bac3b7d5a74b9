"""Faults and load on loopback: the hub killed mid-batch, ten kiosks at once."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from game.hub import queries
from game.hub.client import HubClient, HubError
from game.hub.db import Database, open_database
from game.hub.pgtemp import TempPostgres
from game.hub.sync import Backoff, Sync
from tests.hub.conftest import (
    KEY,
    FakeNow,
    Served,
    free_port,
    kiosk_store,
    local_game,
    start_hub,
    wait_for,
)

FAST = Backoff(first_s=0.05, most_s=0.3)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_hub_killed_mid_batch_loses_and_duplicates_nothing(
        backend: str, request: pytest.FixtureRequest, tmp_path: Path, now: FakeNow) -> None:
    db_url = None
    if backend == "postgresql":
        server: TempPostgres = request.getfixturevalue("postgres")
        db_url = server.create_database()
    port, hub_dir = free_port(), tmp_path / "hub"
    path = tmp_path / "kiosk" / "scores.db"
    store = kiosk_store(path, now)
    for i in range(2000):
        store.save_game(local_game(i % 1000, now.moment + timedelta(seconds=i)))
    store.close()
    client = HubClient(f"http://127.0.0.1:{port}", KEY, timeout_s=2.0)

    def stored() -> int:
        try:
            return int(client.summary()["games"])
        except HubError:
            return -1

    proc = start_hub(port, hub_dir, db_url)
    sync = Sync(path, HubClient(client.url, KEY), backoff=FAST, batch_records=50).start()
    try:
        assert wait_for(lambda: stored() > 0, 30, every_s=0.005)
        proc.kill()  # SIGKILL while the device keeps pushing: no goodbye, no cleanup
        proc.wait(10)
        at_kill = sync.status().waiting
        assert at_kill > 0, "the kill came after the last batch: the test saw nothing"
        assert wait_for(lambda: sync.status().connected is False, 20)
        proc = start_hub(port, hub_dir, db_url)
        assert sync.flush(60)
        assert stored() == 2000
        summary = client.summary()
        assert summary == {"games": 2000, "visits": 0, "devices": 1}
    finally:
        sync.stop()
        proc.kill()
        proc.wait(10)
    with open_database(db_url, hub_dir) as db:
        with db.read() as tx:
            assert tx.rows("SELECT COUNT(*), COUNT(DISTINCT uuid) FROM records")[0] == (2000, 2000)
        assert queries.devices(db)[0]["last_seq"] == 2000


@pytest.mark.slow
def test_ten_kiosks_pushing_300_games_each_at_once(db: Database, tmp_path: Path,
                                                   now: FakeNow) -> None:
    paths = []
    for k in range(10):
        path = tmp_path / f"kiosk{k}" / "scores.db"
        store = kiosk_store(path, now)
        for i in range(300):
            store.save_game(local_game(k * 1000 + i, now.moment - timedelta(seconds=i)))
        store.close()
        paths.append(path)
    served = Served(db)
    syncs = [Sync(p, HubClient(served.url, KEY), backoff=FAST).start() for p in paths]
    try:
        assert all(s.flush(120) for s in syncs)
        assert queries.summary(db) == {"games": 3000, "visits": 0, "devices": 10}
        board = queries.board(db, now.moment.date())
        assert board["games"] == 3000 and board["stations"] == 6000
        assert [r["score"] for r in board["top"][:3]] == [9299, 9298, 9297]
        assert [d["last_seq"] for d in queries.devices(db)] == [300] * 10
    finally:
        for s in syncs:
            s.stop()
        served.stop()
