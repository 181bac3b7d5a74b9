"""The jobs players liked and the offers their cards showed (issue 10): kept by the device,
pushed to the hub, counted on the big screen and in the report; an older hub still takes the
device's games."""
from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal
from uuid import UUID

import pytest
from pydantic import AwareDatetime, Field

from game.hub import queries, schema, wire
from game.hub.client import HubClient
from game.hub.db import Database
from game.hub.ingest import Ingest
from game.hub.sync import Backoff, Sync
from game.hub.wire import Batch, GameIn, HideIn, NicknameIn, VisitIn
from tests.hub.conftest import KEY, FakeNow, Served, batch, game, kiosk_store, local_game

if TYPE_CHECKING:
    from game.context import Context

FAST = Backoff(first_s=0.05, most_s=0.3)


def interests(seq: int, game_uuid: str, liked: list[tuple[str, str]],
              offers: list[str]) -> dict[str, object]:
    return {"kind": "interests", "uuid": str(uuid.uuid4()), "seq": seq, "game": game_uuid,
            "liked": [{"world_id": w, "station_id": s} for w, s in liked], "offers": offers}


def push(db: Database, now: FakeNow, device: str, records: list[dict[str, object]]) -> None:
    Ingest(db, now).push(Batch.model_validate(batch(device, records, sent=now.moment)))


def liked_on_board(db: Database, now: FakeNow) -> dict[tuple[str, str], int]:
    board = queries.board(db, now.moment.date())
    return {(j["world_id"], j["station_id"]): j["games"] for j in board["liked"]}


def test_the_jobs_liked_reach_the_board_and_the_report(db: Database, now: FakeNow) -> None:
    device = str(uuid.uuid4())
    games = [game(i + 1, 100 + i, finished=now.moment) for i in range(3)]
    games.append(game(4, 999, finished=now.moment, mode="autoplay"))  # never on the boards
    push(db, now, device, games)
    push(db, now, device, [
        interests(5, games[0]["uuid"], [("soudure", "epi"), ("soudure", "soudage")], ["cap-rics"]),
        interests(6, games[1]["uuid"], [("soudure", "epi")], ["cap-rics", "tp-sai"]),
        interests(7, games[3]["uuid"], [("soudure", "epi")], []),
        interests(8, str(uuid.uuid4()), [("soudure", "epi")], [])])  # a game the hub lacks
    assert liked_on_board(db, now) == {("soudure", "epi"): 2, ("soudure", "soudage"): 1}
    # the card changed (she unticked one): replaced, never counted twice; same batch twice
    later = [interests(9, games[0]["uuid"], [("maintenance", "consignation")], ["bts-ms"])]
    push(db, now, device, later)
    push(db, now, device, later)
    assert liked_on_board(db, now) == {("soudure", "epi"): 1, ("maintenance", "consignation"): 1}
    data = queries.day_data(db, None)
    ids = {g.game_id for g in data.games}
    assert {(r.world_id, r.station_id) for r in data.liked} == {("soudure", "epi"),
                                                                ("maintenance", "consignation")}
    assert all(r.game_id in ids for r in data.liked + data.offers)  # autoplay left out
    assert sorted(o.offer_id for o in data.offers) == ["bts-ms", "cap-rics", "tp-sai"]
    back = queries.day_from_json(json.loads(json.dumps(queries.day_to_json(data))))
    assert back.liked == data.liked and back.offers == data.offers
    raw = queries.day_to_json(data)
    del raw["liked"], raw["offers"]  # as an older hub answers
    assert queries.day_from_json(raw).liked == []


def test_the_report_counts_the_jobs_liked_and_the_offers_as_stored(db: Database,
                                                                     now: FakeNow) -> None:
    from game.kiosk.report.figures import compute
    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario

    model = load_scenario(DEFAULT_SCENARIO).model
    device = str(uuid.uuid4())
    played = [game(i + 1, 100, finished=now.moment, scenario_id=model.id) for i in range(2)]
    push(db, now, device, played)
    push(db, now, device, [interests(3, played[0]["uuid"], [("soudure", "epi")], ["tp-sai"]),
                           interests(4, played[1]["uuid"], [("soudure", "epi")], ["tp-sai"])])
    fig = compute(queries.day_data(db, None), {model.id: model})
    job = model.world("soudure").station("epi").job.both("fr")
    assert fig.liked == [(job, 2)]
    offer = dict(fig.trainings)
    assert sum(offer.values()) == 2 and any("Soudeur assembleur" in k for k in offer)


def test_a_version_3_hub_gains_the_liked_tables(db: Database, now: FakeNow) -> None:
    with db.write() as tx:
        for table in ("liked_jobs", "offers_shown", "day_liked"):
            tx.run(f"DROP TABLE {table}")
        tx.run("ALTER TABLE games DROP COLUMN route")  # schema 5's
        tx.run("UPDATE hub_schema SET version = 3")
    assert db.prepare() == schema.SCHEMA_VERSION == 5
    device = str(uuid.uuid4())
    one = game(1, 100, finished=now.moment)
    push(db, now, device, [one, interests(2, one["uuid"], [("soudure", "epi")], ["x"])])
    assert liked_on_board(db, now) == {("soudure", "epi"): 1}


OldRecord = Annotated[GameIn | VisitIn | NicknameIn | HideIn, Field(discriminator="kind")]


class OldBatch(wire._Strict):
    """The batch as a hub of version 3 reads it: it knows no ``interests``."""

    version: Literal[1] = 1
    device: UUID
    sent_at: AwareDatetime
    records: Annotated[list[OldRecord], Field(min_length=1, max_length=wire.MAX_RECORDS)]


@pytest.mark.parametrize("older_hub", [False, True])
def test_a_kiosk_pushes_what_its_cards_said_and_an_older_hub_still_takes_its_games(
        older_hub: bool, db: Database, now: FakeNow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kiosk" / "scores.db"
    store = kiosk_store(path, now)
    ids = [store.save_game(local_game(100 + i, now.moment - timedelta(minutes=i)))
           for i in range(3)]
    assert all(i is not None for i in ids)
    assert store.set_interests(ids[0] or 0, [("soudure", "epi")], ["cap-rics"])
    assert store.set_interests(ids[1] or 0, [("soudure", "epi"), ("soudure", "soudage")], [])
    store.close()
    if older_hub:
        monkeypatch.setattr(wire, "Batch", OldBatch)
    served = Served(db)  # the hub's clock and the kiosk's agree (no skew to correct)
    sync = Sync(path, HubClient(served.url, KEY), backoff=FAST).start()
    try:
        assert sync.flush(30)
        assert queries.summary(db)["games"] == 3  # every game, whatever the hub's version
        status = sync.status()
    finally:
        sync.stop()
        served.stop()
    raw = sqlite3.connect(path)
    states = dict(raw.execute("SELECT kind, group_concat(DISTINCT state) FROM outbox "
                              "GROUP BY kind").fetchall())
    raw.close()
    if older_hub:  # the two cards' records set aside with the reason, the rest sent
        assert liked_on_board(db, now) == {}
        assert states == {"game": "sent", "interests": "refused"} and status.refused == 2
    else:
        assert liked_on_board(db, now) == {("soudure", "epi"): 2, ("soudure", "soudage"): 1}
        assert states == {"game": "sent", "interests": "sent"}


@pytest.mark.slow
def test_a_game_keeps_the_job_liked_on_its_card_and_queues_it_for_the_hub(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import main

    data = tmp_path / "data"
    assert main(["--headless", "--autoplay", "--save-autoplay", "--route", "decouverte",
                 "--data-dir", str(data)]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["saved"]
    raw = sqlite3.connect(data / "scores.db")
    liked = raw.execute("SELECT world_id, station_id FROM liked_jobs").fetchall()
    offers = raw.execute("SELECT offer_id FROM offers_shown").fetchall()
    queued = raw.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'interests'").fetchone()[0]
    stations = raw.execute("SELECT world_id, station_id FROM task_results").fetchall()
    raw.close()
    assert len(liked) == 1 and liked[0] in stations  # the bot ticks one job on its card
    assert offers and queued == 2  # when the card is shown (its offers), then when left


@pytest.fixture
def game_ctx(tmp_path: Path, warm_data_dir: Callable[[Path], Path]) -> Iterator[Context]:
    """A headless game's context (its score file in a temp folder)."""
    from game.cli import parse
    from game.run import create

    data = warm_data_dir(tmp_path / "data")
    _app, ctx, _clock = create(parse(["--headless", "--data-dir", str(data)]))
    yield ctx
    if ctx.scores is not None:
        ctx.scores.close()


def test_a_kiosk_reset_keeps_the_hearts_once(game_ctx: Context) -> None:
    """She ticks a heart and walks away: the kiosk's reset keeps it, and says it only once."""
    from game import flow

    ctx = game_ctx
    assert ctx.scores is not None and ctx.scores.path is not None
    flow.begin(ctx, "world", ["soudure"])
    tour = ctx.current_tour()
    tour.game_id = ctx.scores.save_game(local_game(300, ctx.wallclock().astimezone()))
    flow.keep_interests(ctx)  # the card shown: its offers, no heart yet
    tour.preferred.append(("soudure", "epi"))
    flow.visitor_gone(ctx)  # the inactivity reset
    flow.visitor_gone(ctx)
    flow.keep_interests(ctx)  # nothing new: no third record
    raw = sqlite3.connect(ctx.scores.path)
    liked = raw.execute("SELECT world_id, station_id FROM liked_jobs").fetchall()
    queued = raw.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'interests'").fetchone()[0]
    raw.close()
    assert liked == [("soudure", "epi")] and queued == 2
