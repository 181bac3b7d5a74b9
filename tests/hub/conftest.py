"""Hub test setup: both backends (SQLite in a temp folder, a real PostgreSQL server started
here), a settable clock, batch builders, and a hub served by uvicorn on 127.0.0.1."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from game.hub.client import HubClient, HubError
from game.hub.db import Database, open_database
from game.hub.keys import EventKey
from game.hub.pgtemp import TempPostgres, missing_reason

ROOT = Path(__file__).resolve().parents[2]
PARIS = timezone(timedelta(hours=1))
KEY = "test-event-key-0123456789"


class FakeNow:
    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(datetime(2026, 3, 14, 10, 0, tzinfo=PARIS))


@pytest.fixture(scope="session")
def postgres() -> Iterator[TempPostgres]:
    reason = missing_reason()
    if reason and os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must not skip the PostgreSQL tests")
    if reason:
        pytest.skip(reason)
    server = TempPostgres().start()
    try:
        yield server
    finally:
        server.stop()


#: PostgreSQL: a server of its own to start (about 5 s, and 3 s to stop, in each worker), so
#: its half of the backend tests runs in the whole suite, not the quick default run
POSTGRESQL = pytest.param("postgresql", marks=pytest.mark.slow)


@pytest.fixture(params=["sqlite", POSTGRESQL])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh hub database in each backend."""
    if request.param == "sqlite":
        database = open_database(None, tmp_path)
    else:
        server: TempPostgres = request.getfixturevalue("postgres")
        database = open_database(server.create_database(), tmp_path)
    try:
        yield database
    finally:
        database.close()


def game(seq: int, score: int = 50, nickname: str | None = None,
         finished: datetime | None = None, mode: str = "kiosk", **extra: Any) -> dict[str, Any]:
    end = finished or datetime(2026, 3, 14, 9, 30, tzinfo=PARIS)
    return {"kind": "game", "uuid": str(uuid.uuid4()), "seq": seq, "scenario_id": "cap",
            "nickname": nickname, "started_at": (end - timedelta(minutes=4)).isoformat(),
            "finished_at": end.isoformat(), "score": score, "stars": 2, "worlds": ["soudure"],
            "lang": "fr", "mode": mode,
            "tasks": [{"world_id": "soudure", "station_id": "epi", "task_type": "quiz",
                       "score": 80, "stars": 2, "duration_s": 31.5, "details_json": "{}"}],
            "probe": [{"myth_id": "metier-homme", "before": "agree", "after": "disagree"}],
            **extra}


def batch(device: str, records: list[dict[str, Any]], sent: datetime | None = None) -> dict[str,
                                                                                            Any]:
    return {"version": 1, "device": device,
            "sent_at": (sent or datetime(2026, 3, 14, 10, 0, tzinfo=PARIS)).isoformat(),
            "records": records}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """A hub app run by uvicorn in a thread, on 127.0.0.1."""

    def __init__(self, db: Database, now: Any = None, key: str = KEY,
                 port: int | None = None) -> None:
        import uvicorn

        from game.hub.server import Hub, create_app

        hub = Hub(db, EventKey(key, "test"), now=now) if now else Hub(db, EventKey(key, "test"))
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(hub), host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self.server.started, "the hub did not start"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def served(db: Database) -> Iterator[Served]:
    s = Served(db)
    try:
        yield s
    finally:
        s.stop()


def kiosk_store(path: Path, now: Any) -> Any:
    """A device's score file (synchronous=OFF: the tests write thousands of games)."""
    from game.scores import ScoreStore

    store = ScoreStore.open(path, now=now)
    assert store.persistent
    store._conn.execute("PRAGMA synchronous=OFF")
    return store


def local_game(score: int, finished: datetime, nickname: str | None = None,
               session: str | None = None) -> Any:
    from game.scores import GameRecord, ProbeAnswer, TaskRecord

    return GameRecord(
        scenario_id="cap", nickname=nickname, started_at=finished - timedelta(minutes=4),
        finished_at=finished, score=score, stars=2, worlds=["soudure"], lang="fr", mode="kiosk",
        session=session,
        tasks=[TaskRecord("soudure", "epi", "quiz", 80, 2, 20.0, "{}"),
               TaskRecord("soudure", "soudage", "trace", 60, 1, 40.0, "{}")],
        probe=[ProbeAnswer("metier-homme", "agree", "disagree")])


def wait_for(check: Any, timeout_s: float = 20.0, every_s: float = 0.05) -> bool:
    """Poll ``check()`` until true, at most ``timeout_s``: every wait in these tests is bounded."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every_s)
    return bool(check())


def click(browser: Any, selector: str, timeout_s: float = 10.0) -> None:
    """Click the element ``selector`` finds, finding it again if the live page drew it anew
    between the find and the click (the dashboard re-renders on each poll)."""
    from selenium.common.exceptions import StaleElementReferenceException

    def once() -> bool:
        try:
            browser.find_element("css selector", selector).click()
        except StaleElementReferenceException:
            return False
        return True

    assert wait_for(once, timeout_s), f"{selector}: drawn anew on every try"


def start_hub(port: int, data_dir: Path, db_url: str | None = None) -> subprocess.Popen[bytes]:
    """``main.py hub`` as an organiser starts it, in a subprocess; returns once it answers."""
    argv = [sys.executable, "main.py", "hub", "--port", str(port), "--data-dir", str(data_dir),
            "--key", KEY] + (["--db", db_url] if db_url else [])
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    client = HubClient(f"http://127.0.0.1:{port}", KEY, timeout_s=1.0)

    def up() -> bool:
        try:
            client.summary()
            return True
        except HubError:
            return proc.poll() is not None

    assert wait_for(up, 30), "the hub did not start"
    assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
    return proc


def big_screen(url: str, data_dir: Path) -> tuple[Any, Any, Any]:
    """The big screen (``--board``) on the hub at ``url``: its app, context and clock, run
    until the first board came (at most 200 frames); the caller stops
    ``ctx.cache["board_feed"]``."""
    from game.cli import parse
    from game.run import create

    app, ctx, clock = create(parse(["--headless", "--board", "--hub", url, "--hub-key", KEY,
                                    "--data-dir", str(data_dir)]))
    feed = ctx.cache["board_feed"]
    for _ in range(200):
        app.frame()
        if app.top.snap.board is not None:
            break
        clock.advance(1 / 60)
        feed._stop.wait(0.02)
    return app, ctx, clock
