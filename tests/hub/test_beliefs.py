"""The 5-point before/after answers and the context reach the hub, beside the old 3-point ones."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from game.hub import queries, schema
from game.hub.client import HubClient
from game.hub.db import Database, open_database
from game.hub.ingest import Ingest
from game.hub.wire import parse_batch
from game.scores import BeliefAnswer
from tests.hub.conftest import KEY, FakeNow, Served, batch, game, kiosk_store, local_game
from tests.hub.test_sync import FAST


def test_a_device_pushes_its_answers_and_context_with_its_old_games(
        served: Served, db: Database, tmp_path: Path, now: FakeNow) -> None:
    from game.hub.sync import Sync

    path = tmp_path / "k" / "scores.db"
    store = kiosk_store(path, now)
    old = local_game(10, now.moment)  # the 3-point probe of earlier versions
    new = replace(local_game(20, now.moment + timedelta(minutes=5)), probe=[], gender="other",
                  age_band="18-29", situation="jobseeker",
                  beliefs=[BeliefAnswer("industrie-hommes", "stereotype", 4, 2, "metier-homme"),
                           BeliefAnswer("capable:soudure", "self", 2, None,
                                        world_id="soudure")])
    store.save_game(old)
    store.save_game(new)
    sync = Sync(path, HubClient(served.url, KEY), backoff=FAST).start()
    try:
        assert sync.flush(20)
    finally:
        sync.stop()
        store.close()
    data = queries.day_data(db, None)
    assert [(p.myth_id, p.before, p.after) for p in data.probe] == [
        ("metier-homme", "agree", "disagree")]
    assert [(b.item_id, b.kind, b.before, b.after, b.myth_id, b.world_id)
            for b in data.beliefs] == [
        ("capable:soudure", "self", 2, None, None, "soudure"),
        ("industrie-hommes", "stereotype", 4, 2, "metier-homme", None)]
    by_score = {g.score: g for g in data.games}
    assert (by_score[20].gender, by_score[20].age_band, by_score[20].situation) == (
        "other", "18-29", "jobseeker")
    assert by_score[10].age_band is None
    back = queries.day_from_json(json.loads(json.dumps(queries.day_to_json(data))))
    assert back.beliefs == data.beliefs and back.games == data.games


def test_a_hub_of_the_old_reply_and_a_record_without_the_new_fields_still_read(
        db: Database, now: FakeNow) -> None:
    ingest = Ingest(db, now)
    ack = ingest.push(parse_batch(json.dumps(batch("3f2b8d4e-0000-4000-8000-000000000001", [
        game(1, 100)])).encode()))
    assert ack.stored == 1
    raw = queries.day_to_json(queries.day_data(db, None))
    raw.pop("beliefs")
    raw["games"] = [g[:9] for g in raw["games"]]  # as a version-1 hub answers
    old = queries.day_from_json(raw)
    assert old.beliefs == [] and old.games[0].age_band is None and len(old.probe) == 1


def test_a_hub_database_of_the_version_before_gains_the_new_table(tmp_path: Path) -> None:
    path = tmp_path / "hub.db"
    open_database(str(path), tmp_path).close()
    raw = sqlite3.connect(path)
    raw.execute("DROP TABLE belief_answers")
    raw.execute("ALTER TABLE games DROP COLUMN age_band")
    raw.execute("ALTER TABLE games DROP COLUMN situation")
    for table in ("liked_jobs", "offers_shown", "day_liked"):  # version 4's
        raw.execute(f"DROP TABLE {table}")
    raw.execute("ALTER TABLE games DROP COLUMN route")  # version 5's
    raw.execute("UPDATE hub_schema SET version = 2")  # just before the beliefs
    raw.commit()
    raw.close()
    with open_database(str(path), tmp_path) as db:
        assert queries.day_data(db, None).beliefs == []
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version FROM hub_schema").fetchone()[0] == schema.SCHEMA_VERSION
    assert {"age_band", "situation"} <= {r[1] for r in raw.execute("PRAGMA table_info(games)")}
    raw.close()
