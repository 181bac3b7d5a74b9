"""The big screen: the live board from the hub, « hors ligne » with the last board when cut."""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.cli import main
from game.hub.client import HubClient
from game.hub.db import Database
from game.hub.feed import BoardFeed
from game.hub.ingest import Ingest
from game.hub.wire import Batch
from tests.hub.conftest import KEY, FakeNow, Served, batch, big_screen, game

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def fill(db: Database, now: FakeNow, scores: list[int]) -> None:
    records = [game(i + 1, s, f"Joueuse {s}", finished=now.moment) for i, s in enumerate(scores)]
    Ingest(db, now).push(Batch.model_validate(batch(str(uuid.uuid4()), records, sent=now.moment)))


def test_the_feed_keeps_the_last_board_when_the_hub_goes_away(db: Database, now: FakeNow) -> None:
    fill(db, now, [120, 300])
    served = Served(db, now=now)
    feed = BoardFeed(HubClient(served.url, KEY))
    feed.poll_once()
    first = feed.snapshot()
    assert first.online and [r["score"] for r in first.board["top"]] == [300, 120]  # type: ignore[index]
    feed.poll_once()  # nothing changed: the hub only said "same"
    assert feed.snapshot().board is first.board and feed.snapshot().version == first.version
    served.stop()
    feed.poll_once()
    cut = feed.snapshot()
    assert cut.online is False and cut.board is first.board and cut.version > first.version
    assert feed.poll_s >= 2.0 and BoardFeed(feed.client, poll_s=0.1).poll_s == 2.0


def test_the_board_scene_shows_the_board_then_offline(db: Database, now: FakeNow,
                                                      tmp_path: Path) -> None:
    fill(db, now, [120, 300, 250])
    served = Served(db, now=now)
    app, ctx, clock = big_screen(served.url, tmp_path)
    feed = ctx.cache["board_feed"]
    try:
        scene: Any = app.top
        assert scene.name == "BoardScene"
        app.draw()
        assert scene.snap.online and scene.snap.board["players"] == 3
        feed.stop()  # from here the test polls by hand
        assert feed._thread is not None and not feed._thread.is_alive()
        served.stop()
        feed.poll_once()
        clock.advance(1 / 60)
        app.frame()
        app.draw()
        assert scene.snap.online is False and scene.snap.board["top"][0]["score"] == 300
    finally:
        feed.stop()
        pygame.quit()


def test_board_without_the_hub_says_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--board", "--headless"]) == 2
    assert "--hub URL --hub-key KEY" in capsys.readouterr().err
