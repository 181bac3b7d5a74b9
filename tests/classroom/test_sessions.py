"""The sessions in the hub's database, in both backends: migration, codes, records once."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from game.classroom import code as codes
from game.classroom.sessions import Session, SessionStore
from game.classroom.spec import StudentAccommodations
from game.hub import schema
from game.hub.db import Database, SqliteDatabase, open_database
from game.hub.pgtemp import TempPostgres
from tests.classroom.classmates import play

V1 = [s for s in schema.TABLES
      if s not in schema.CLASS_TABLES + schema.BELIEF_STATEMENTS + schema.INTEREST_TABLES
      + schema.ROUTE_STATEMENTS]


def draft(**change: object) -> Session:
    values: dict[str, object] = dict(
        code="", title="2nde MSPC", scenario_id="cap-industrie", scenario_path=None, world=1,
        world_id="soudure", route="world", stations=None, timers=False, speed_bonus=False,
        pin_hash=None, created_utc="")
    values.update(change)
    return Session(**values)  # type: ignore[arg-type]


def _make_v1(database: Database) -> None:
    with database.write() as tx:
        tx.run("CREATE TABLE hub_schema (version INTEGER NOT NULL)")
        tx.run("INSERT INTO hub_schema (version) VALUES (1)")
        for statement in V1:
            tx.run(statement.replace("{id}", schema.ID_COLUMN[database.dialect]))
        tx.run("INSERT INTO day_totals (day, games) VALUES ('2026-03-14', 7)")


def _check_migrated(database: Database) -> None:
    assert database.prepare() == schema.SCHEMA_VERSION  # 2 class, 3 beliefs, 4 liked, 5 route
    with database.read() as tx:
        assert tx.rows("SELECT version FROM hub_schema") == [(schema.SCHEMA_VERSION,)]
        assert tx.rows("SELECT games FROM day_totals") == [(7,)]  # kept
    made = SessionStore(database).create(draft())
    assert SessionStore(database).get(made.code) == made


def test_a_version_1_sqlite_hub_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    database = SqliteDatabase(tmp_path / "hub.db")
    try:
        _make_v1(database)
        _check_migrated(database)
    finally:
        database.close()
    again = open_database(None, tmp_path)  # opening a migrated file changes nothing
    assert SessionStore(again).all()[0].title == "2nde MSPC"
    again.close()


@pytest.mark.slow  # starts a PostgreSQL server
def test_a_version_1_postgresql_hub_is_migrated(postgres: TempPostgres) -> None:
    from game.hub.db import PostgresDatabase

    database = PostgresDatabase(postgres.create_database())
    try:
        _make_v1(database)
        _check_migrated(database)
    finally:
        database.close()


class Repeating(random.SystemRandom):
    """Draws the same tail twice, then another: the second session must not reuse it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def choice(self, seq):  # type: ignore[no-untyped-def, override]
        self.calls += 1
        return seq[0] if self.calls <= 8 else seq[1]


def test_codes_are_unique_and_carry_the_content(db: Database) -> None:
    store = SessionStore(db)
    rng = Repeating()
    first = store.create(draft(), rng)
    second = store.create(draft(), rng)
    assert first.code != second.code
    assert codes.decode(second.code) == codes.CodeContent(1, "world", False)
    assert [s.code for s in store.all()] == [first.code, second.code]


def test_records_are_stored_once_in_any_order_and_purge_deletes_them(db: Database) -> None:
    store = SessionStore(db)
    session = store.create(draft())
    records = play(session.code, "Léa", "soudure", 0.7, seed=1)
    assert store.store(records, "push").stored == len(records)
    shuffled = records[::-1] + records[:3]
    assert store.store(shuffled, "import").duplicates == len(shuffled)
    assert [r.uuid for r in store.records(session.code)] == [r.uuid for r in records]
    store.set_accommodations(session.code, [("  LÉA ", StudentAccommodations(more_time=2))])
    assert store.accommodations(session.code, "léa").more_time == 2
    assert store.counts() == {session.code: (1, len(records))}
    assert store.close(session.code) and not store.get(session.code).open  # type: ignore[union-attr]
    assert store.purge(session.code) == len(records)
    assert store.get(session.code) is None and store.records(session.code) == []
    assert store.accommodations(session.code, "Léa") == StudentAccommodations()
    with db.read() as tx:
        assert tx.rows("SELECT COUNT(*) FROM class_students") == [(0,)]


def test_the_spec_is_what_the_protocol_says(db: Database) -> None:
    made = SessionStore(db).create(draft(stations=["epi", "controle"], timers=True))
    spec = json.loads(made.spec(StudentAccommodations(fewer_choices=True)).model_dump_json())
    assert spec["stations"] == ["epi", "controle"] and spec["timers"] is True
    assert spec["world_id"] == "soudure" and spec["accommodations"]["fewer_choices"] is True
