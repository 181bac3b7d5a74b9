"""What a score is from on the big screen (issue 9): each game's route reaches the hub (schema
5), the board says « Découverte », « Grand tour » or the world, and a hub of an older version
still takes the kiosk's games, without their route."""
from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.hub import queries, schema, server, wire
from game.hub.client import HubClient
from game.hub.db import Database
from game.hub.ingest import Ingest
from game.hub.sync import Backoff, Sync, unknown_field
from game.hub.wire import Batch
from tests.hub.conftest import (
    KEY,
    FakeNow,
    Served,
    batch,
    big_screen,
    game,
    kiosk_store,
    local_game,
)

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
FAST = Backoff(first_s=0.05, most_s=0.3)


def push(db: Database, now: FakeNow, records: list[dict[str, Any]]) -> None:
    Ingest(db, now).push(Batch.model_validate(batch(str(uuid.uuid4()), records,
                                                    sent=now.moment)))


def test_a_version_4_hub_gains_the_route_and_the_board_carries_it(db: Database,
                                                                  now: FakeNow) -> None:
    with db.write() as tx:
        tx.run("ALTER TABLE games DROP COLUMN route")
        tx.run("UPDATE hub_schema SET version = 4")
    assert db.prepare() == schema.SCHEMA_VERSION == 5
    push(db, now, [game(1, 300, "Zoé", finished=now.moment, route="decouverte"),
                   game(2, 200, "Inès", finished=now.moment)])  # a device that did not say
    top = queries.board(db, now.moment.date())["top"]
    assert [(r["nickname"], r["route"], r["worlds"]) for r in top] == [
        ("Zoé", "decouverte", ["soudure"]), ("Inès", None, ["soudure"])]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_big_screen_says_what_each_score_is_from(db: Database, now: FakeNow,
                                                     tmp_path: Path) -> None:
    every = ["soudure", "maintenance"]  # the route names it: « Découverte » spans worlds
    push(db, now, [
        game(1, 400, "Zoé", finished=now.moment, route="decouverte", scenario_id="cap-industrie",
             worlds=every),
        game(2, 300, "Inès", finished=now.moment, route="grand_tour",
             scenario_id="cap-industrie", worlds=every),
        game(3, 200, "Léa", finished=now.moment, route="world", scenario_id="cap-industrie"),
        game(4, 100, "Maya", finished=now.moment, scenario_id="another")])
    served = Served(db, now=now)
    app, ctx, _clock = big_screen(served.url, tmp_path)
    feed = ctx.cache["board_feed"]
    try:
        scene: Any = app.top
        welding = ctx.scenario.model.world("soudure").title.get("fr")
        assert scene.sources() == ["Découverte", "Grand tour", welding, ""]
        app.draw()  # the line's tag is drawn between the name and the stars, never over them
        ctx.settings = dataclasses.replace(ctx.settings, lang="en")
        assert scene.sources()[:2] == ["Discovery", "Full tour"]
    finally:
        feed.stop()
        served.stop()
        pygame.quit()


def test_only_a_later_field_refused_is_dropped() -> None:
    assert unknown_field("records.3.game.route: Extra inputs are not permitted") == "route"
    assert unknown_field("records.3.game.score: Input should be a valid integer") is None
    assert unknown_field("records.3.game.colour: Extra inputs are not permitted") is None


def older_hub_parse(body: bytes) -> Batch:
    """``parse_batch`` as a hub of schema 4 answers: it refuses a game that says its route."""
    raw = json.loads(body)
    for i, record in enumerate(raw["records"]):
        if record.get("kind") == "game" and "route" in record:
            raise wire.Refused(422, f"records.{i}.game.route: Extra inputs are not permitted",
                               i, record["uuid"])
    return PARSE(body)


PARSE = wire.parse_batch


@pytest.mark.slow
@pytest.mark.parametrize("older_hub", [False, True])
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_kiosk_sends_each_games_route_and_an_older_hub_takes_them_without(
        older_hub: bool, db: Database, now: FakeNow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kiosk" / "scores.db"
    store = kiosk_store(path, now)
    for i, route in enumerate(["decouverte", "grand_tour", "world"]):
        record = dataclasses.replace(local_game(100 + i, now.moment), route=route)
        assert store.save_game(record) is not None
    store.close()
    if older_hub:
        monkeypatch.setattr(server, "parse_batch", older_hub_parse)
    served = Served(db)
    sync = Sync(path, HubClient(served.url, KEY), backoff=FAST).start()
    try:
        assert sync.flush(30)
        status = sync.status()
    finally:
        sync.stop()
        served.stop()
    top = queries.board(db, now.moment.date(), "all")["top"]
    assert len(top) == 3 and status.refused == 0  # every game, whatever the hub's version
    expected = [None] * 3 if older_hub else ["world", "grand_tour", "decouverte"]
    assert [r["route"] for r in top] == expected
    raw = sqlite3.connect(path)
    states = {s for (s,) in raw.execute("SELECT DISTINCT state FROM outbox")}
    raw.close()
    assert states == {"sent"}
