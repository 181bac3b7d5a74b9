"""Opening the score file: damaged files are set aside, an unwritable folder falls back to
memory."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from game.scores import ScoreStore, opening, schema
from tests.scores.conftest import FakeNow, at, game


def assert_fresh_store_works(store: ScoreStore) -> None:
    assert store.count_games() == 0
    game_id = store.save_game(game(120, at(14, 9), nickname="Après"))
    assert store.rank_of(game_id or 0, "today") == 1


def damaged_and_recovered(path: Path, clock: FakeNow) -> Path:
    """Open ``path``, check it was set aside intact and a working store took its place."""
    before = path.read_bytes()
    with ScoreStore.open(path, now=clock) as store:
        moved = store.recovered_from
        assert moved is not None and store.persistent and store.problem
        assert moved.name == "scores.damaged-20260314-100000.db"  # from the injected clock
        assert moved.parent == path.parent
        assert moved.read_bytes() == before  # the damaged file is kept for a post-mortem
        assert_fresh_store_works(store)
    with ScoreStore.open(path, now=clock) as again:  # the new file is healthy
        assert again.recovered_from is None and again.count_games() == 1
    return moved


def write_real_store(path: Path, clock: FakeNow, games: int) -> None:
    with ScoreStore.open(path, now=clock) as store:
        for i in range(games):
            store.save_game(game(i, at(14, 9), nickname=f"Joueuse {i}", tasks=[]))


def test_a_new_file_is_created_with_its_folders(db_path: Path, clock: FakeNow) -> None:
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.persistent and store.recovered_from is None and store.problem is None
    assert db_path.is_file()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    raw.close()


def test_a_folder_with_accents_and_spaces_works(tmp_path: Path, clock: FakeNow) -> None:
    path = tmp_path / "Données élève" / "Cap Industrie %20" / "scores.db"
    for _ in range(2):  # the second time through the read-only inspection of a real file
        with ScoreStore.open(path, now=clock) as store:
            assert store.persistent and store.recovered_from is None
            store.save_game(game(100, at(14, 9)))
    with ScoreStore.open(path, now=clock) as store:
        assert store.count_games() == 2


def test_an_empty_file_is_simply_started(db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()  # e.g. created just before a power cut
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None
        assert_fresh_store_works(store)


def test_random_bytes_are_set_aside(db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(os.urandom(8192))
    damaged_and_recovered(db_path, clock)


@pytest.mark.slow
def test_a_truncated_database_is_set_aside(db_path: Path, clock: FakeNow) -> None:
    write_real_store(db_path, clock, games=400)
    data = db_path.read_bytes()
    assert len(data) > 4 * 4096
    db_path.write_bytes(data[: len(data) // 2])
    damaged_and_recovered(db_path, clock)


def test_a_foreign_database_is_set_aside(db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    raw.execute("INSERT INTO contacts VALUES ('Alice', '0600000000')")
    raw.commit()
    raw.close()
    damaged_and_recovered(db_path, clock)


def test_a_versioned_file_missing_columns_is_set_aside(db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE games (id INTEGER PRIMARY KEY, score INTEGER)")
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    raw.commit()
    raw.close()
    damaged_and_recovered(db_path, clock)


def test_a_file_from_a_newer_version_is_set_aside_not_destroyed(
        db_path: Path, clock: FakeNow) -> None:
    write_real_store(db_path, clock, games=3)
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    moved = damaged_and_recovered(db_path, clock)
    raw = sqlite3.connect(moved)
    assert raw.execute("SELECT COUNT(*) FROM games").fetchone()[0] == 3
    raw.close()


def test_journal_files_go_aside_with_their_database(db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"not a database at all" * 100)
    Path(f"{db_path}-wal").write_bytes(b"stale wal")
    Path(f"{db_path}-shm").write_bytes(b"stale shm")
    moved = damaged_and_recovered(db_path, clock)
    assert Path(f"{moved}-wal").read_bytes() == b"stale wal"
    assert Path(f"{moved}-shm").exists()  # only an index SQLite rebuilds: content may change


def test_two_damaged_files_in_the_same_second_both_survive(
        db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    moved = []
    for content in (b"first" * 300, b"second" * 300):
        db_path.write_bytes(content)
        with ScoreStore.open(db_path, now=clock) as store:
            assert store.recovered_from is not None
            moved.append(store.recovered_from)
        db_path.unlink()
        Path(f"{db_path}-wal").unlink(missing_ok=True)
        Path(f"{db_path}-shm").unlink(missing_ok=True)
    assert len(set(moved)) == 2
    assert [m.read_bytes()[:5] for m in moved] == [b"first", b"secon"]


OUTBOX_V6 = """CREATE TABLE outbox (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid     TEXT NOT NULL UNIQUE,
        kind     TEXT NOT NULL CHECK (kind IN ('game', 'visit', 'nickname', 'hide')),
        ref      INTEGER NOT NULL,
        value    TEXT,
        state    TEXT NOT NULL DEFAULT 'waiting'
                 CHECK (state IN ('waiting', 'sent', 'refused', 'gone')),
        problem  TEXT
    )"""


def as_version_7(path: Path) -> sqlite3.Connection:
    """Turn a current file back into a version-7 one (before each game's route)."""
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE games DROP COLUMN route")
    raw.execute("PRAGMA user_version = 7")
    raw.commit()
    return raw


def as_version_6(path: Path) -> sqlite3.Connection:
    """Turn a current file back into a version-6 one (before the jobs liked and the offers
    shown: its outbox knows no ``interests``)."""
    raw = as_version_7(path)
    raw.execute("DROP TABLE liked_jobs")
    raw.execute("DROP TABLE offers_shown")
    raw.execute("DELETE FROM outbox WHERE kind = 'interests'")
    raw.execute("PRAGMA legacy_alter_table = ON")  # the triggers keep naming "outbox"
    raw.execute("ALTER TABLE outbox RENAME TO outbox_v7")
    raw.execute("DROP INDEX outbox_by_state")
    raw.execute("DROP INDEX outbox_by_ref")
    raw.execute(OUTBOX_V6)
    raw.execute("INSERT INTO outbox SELECT * FROM outbox_v7")
    raw.execute("DROP TABLE outbox_v7")
    raw.execute("CREATE INDEX outbox_by_state ON outbox (state, seq)")
    raw.execute("CREATE INDEX outbox_by_ref ON outbox (kind, ref)")
    raw.execute("PRAGMA legacy_alter_table = OFF")
    raw.execute("PRAGMA user_version = 6")
    raw.commit()
    return raw


def as_version_5(path: Path) -> sqlite3.Connection:
    """Turn a current file back into a version-5 one (before the 5-point before/after
    question and the context: the gender's CHECK knows no « other »)."""
    raw = as_version_6(path)
    raw.execute("DROP TABLE belief_answers")
    raw.execute("ALTER TABLE games DROP COLUMN age_band")
    raw.execute("ALTER TABLE games DROP COLUMN situation")
    raw.execute("ALTER TABLE games ADD COLUMN gender_v5 TEXT CHECK "
                "(gender_v5 IS NULL OR gender_v5 IN ('girl', 'boy', 'unsaid'))")
    raw.execute("UPDATE games SET gender_v5 = gender")
    raw.execute("ALTER TABLE games DROP COLUMN gender")
    raw.execute("ALTER TABLE games RENAME COLUMN gender_v5 TO gender")
    raw.execute("PRAGMA user_version = 5")
    raw.commit()
    return raw


def as_version_4(path: Path) -> sqlite3.Connection:
    """Turn a current file back into a version-4 one (before the hub's outbox)."""
    raw = as_version_5(path)
    for trigger in ("outbox_game", "outbox_nickname", "outbox_hide", "outbox_visit"):
        raw.execute(f"DROP TRIGGER {trigger}")  # version 5's outbox
    raw.execute("DROP TABLE outbox")
    raw.execute("DROP TABLE device")
    raw.execute("PRAGMA user_version = 4")
    raw.commit()
    return raw


def as_version_3(path: Path) -> sqlite3.Connection:
    """Turn a current file back into a version-3 one (before board counts and game keys)."""
    raw = as_version_4(path)
    for kind, name in raw.execute("SELECT type, name FROM sqlite_master WHERE name LIKE "
                                  "'board%' OR name = 'games_by_uid'").fetchall():
        if kind in ("index", "trigger"):
            raw.execute(f"DROP {kind.upper()} {name}")
    raw.execute("DROP TABLE board_counts")
    raw.execute("ALTER TABLE games DROP COLUMN uid")
    raw.execute("CREATE INDEX games_by_score ON games (score DESC, finished_utc)")
    raw.execute("PRAGMA user_version = 3")
    raw.commit()
    return raw


def as_version_2(path: Path) -> sqlite3.Connection:
    """Turn a current file back into a version-2 one (before kiosk visits and off_board)."""
    raw = as_version_3(path)
    raw.execute("DROP TABLE visits")
    raw.execute("ALTER TABLE games DROP COLUMN off_board")
    raw.execute("PRAGMA user_version = 2")
    raw.commit()
    return raw


def test_a_version_1_file_is_migrated_in_place(db_path: Path, clock: FakeNow) -> None:
    """Files from before the probe (version 1) gain its table, the gender column, and v3's."""
    write_real_store(db_path, clock, games=2)
    raw = as_version_2(db_path)
    raw.execute("DROP TABLE probe_answers")
    raw.execute("ALTER TABLE games DROP COLUMN gender")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None and store.count_games() == 2
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert {"gender", "off_board"} <= {row[1] for row in raw.execute("PRAGMA table_info(games)")}
    assert raw.execute("SELECT COUNT(*) FROM probe_answers").fetchone()[0] == 0
    raw.close()


def test_a_version_2_file_gains_visits_and_keeps_its_board(db_path: Path, clock: FakeNow) -> None:
    write_real_store(db_path, clock, games=3)
    as_version_2(db_path).close()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None
        assert [r.nickname for r in store.leaderboard("today")] == [
            "Joueuse 2", "Joueuse 1", "Joueuse 0"]  # every old game is on the board
        assert store.day_data(date(2026, 3, 14)).visits == []
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert raw.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0
    raw.close()


def test_an_older_schema_without_a_migration_is_set_aside(
        db_path: Path, clock: FakeNow, monkeypatch: pytest.MonkeyPatch) -> None:
    write_real_store(db_path, clock, games=1)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    damaged_and_recovered(db_path, clock)


def test_a_read_only_folder_falls_back_to_memory(tmp_path: Path, clock: FakeNow) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root (or on a file system without permissions)")
        store = ScoreStore.open(folder / "scores.db", now=clock)
        assert not store.persistent and store.problem
        assert_fresh_store_works(store)
        store.close()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_folder_that_cannot_be_created_falls_back_to_memory(
        tmp_path: Path, clock: FakeNow) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    store = ScoreStore.open(blocker / "scores.db", now=clock)
    assert not store.persistent and store.recovered_from is None and store.problem
    assert_fresh_store_works(store)
    assert store.games_on(date(2026, 3, 14))[0].record.nickname == "Après"
    store.close()
    assert blocker.read_text() == "a file where the data folder should be"


def test_the_stamp_follows_the_pattern(db_path: Path, clock: FakeNow) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x00" * 5000)
    clock.moment = at(9, 7, 5, 3)
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is not None
        assert re.fullmatch(r"scores\.damaged-\d{8}-\d{6}\.db", store.recovered_from.name)
        assert store.recovered_from.name == "scores.damaged-20260309-070503.db"


def test_a_version_3_file_gains_board_counts_and_keeps_its_ranks(
        db_path: Path, clock: FakeNow) -> None:
    with ScoreStore.open(db_path, now=clock) as store:
        ids = [store.save_game(game(s, at(14, 9, i), session="3A" if i % 2 else None))
               for i, s in enumerate([300, 500, 500, 100])]
    as_version_3(db_path).close()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None and store.problem is None
        assert [store.rank_of(g or 0, "all") for g in ids] == [3, 1, 2, 4]
        assert [store.rank_of(g or 0, "today") for g in ids] == [3, 1, 2, 4]
        assert store.rank_of(ids[3] or 0, "session") == 2
        later = store.save_game(game(400, at(14, 10)))
        assert store.rank_of(later or 0, "all") == 3
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert raw.execute("SELECT uid FROM games WHERE id = ?", (ids[0],)).fetchone()[0] is None
    raw.close()


def leave_like_a_crash(path: Path) -> None:
    """Another program writes to ``path`` and dies without closing: its WAL stays behind."""
    code = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('PRAGMA journal_mode=WAL'); "
            "c.execute(\"UPDATE games SET nickname = 'Crash' WHERE id = 1\"); os._exit(9)")
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)


@pytest.mark.slow
def test_the_full_check_runs_only_after_an_unclean_shutdown(
        db_path: Path, clock: FakeNow, monkeypatch: pytest.MonkeyPatch) -> None:
    write_real_store(db_path, clock, games=3)
    checked: list[int] = []
    real = opening.check_integrity
    monkeypatch.setattr(opening, "check_integrity", lambda conn: (checked.append(1), real(conn)))
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.count_games() == 3
    assert checked == []  # closed cleanly last time: no need to read the whole file
    leave_like_a_crash(db_path)
    assert Path(f"{db_path}-wal").exists()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None and store.count_games() == 3
        assert store.games_on(date(2026, 3, 14))[0].record.nickname == "Crash"  # kept
    assert checked == [1]
    with ScoreStore.open(db_path, now=clock):
        pass
    assert checked == [1]


def test_a_version_5_file_gains_the_5_point_answers_and_the_context(
        db_path: Path, clock: FakeNow) -> None:
    """A file of the 3-point probe keeps its games and answers; « other » fits its gender."""
    from game.scores import BeliefAnswer, ProbeAnswer

    with ScoreStore.open(db_path, now=clock) as store:
        old = store.save_game(replace(game(100, at(14, 9)), gender="girl",
                                      probe=[ProbeAnswer("costaud", "agree", "disagree")]))
    as_version_5(db_path).close()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None and old is not None
        kept = store.get_game(old)
        assert kept is not None and kept.gender == "girl"
        assert kept.probe == [ProbeAnswer("costaud", "agree", "disagree")]
        new = store.save_game(replace(game(100, at(14, 9)), gender="other", age_band="30-54",
                                      situation="jobseeker",
                                      beliefs=[BeliefAnswer("costaud", "stereotype", 4, 2)]))
        assert new is not None
        back = store.get_game(new)
    assert back is not None and (back.gender, back.age_band, back.situation) == (
        "other", "30-54", "jobseeker")
    assert back.beliefs == [BeliefAnswer("costaud", "stereotype", 4, 2)]
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION >= 6
    raw.close()


def test_a_version_6_file_gains_the_jobs_liked_and_its_outbox_keeps_its_counter(
        db_path: Path, clock: FakeNow) -> None:
    """The outbox is built again for its new kind: every row, state and counter stays."""
    with ScoreStore.open(db_path, now=clock) as store:
        first = store.save_game(game(100, at(14, 9)))
        store.save_game(game(200, at(14, 10)))
        assert first is not None and store.set_nickname(first, "Léa")
    as_version_6(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE outbox SET state = 'sent' WHERE seq = 1")
    before = raw.execute("SELECT seq, uuid, kind, ref, value, state FROM outbox "
                         "ORDER BY seq").fetchall()
    raw.commit()
    raw.close()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None and store.problem is None
        assert store.set_interests(first, [("soudure", "epi"), ("soudure", "epi")],
                                   ["cap-rics"])
        assert store.set_interests(first, [("maintenance", "consignation")], ["bts-ms"])
        data = store.day_data(date(2026, 3, 14))
    assert [(r.world_id, r.station_id) for r in data.liked] == [("maintenance", "consignation")]
    assert [r.offer_id for r in data.offers] == ["bts-ms"]  # replaced whole, not added
    raw = sqlite3.connect(db_path)
    rows = raw.execute("SELECT seq, uuid, kind, ref, value, state FROM outbox "
                       "ORDER BY seq").fetchall()
    assert rows[:len(before)] == before  # nothing lost or renumbered
    assert [r[2] for r in rows[len(before):]] == ["interests", "interests"]
    assert rows[len(before)][0] == before[-1][0] + 1  # the counter goes on
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    raw.close()


def test_a_version_7_file_gains_each_games_route(db_path: Path, clock: FakeNow) -> None:
    """Older games keep their worlds and have no route; new ones keep theirs, on the board."""
    with ScoreStore.open(db_path, now=clock) as store:
        old = store.save_game(replace(game(100, at(14, 9)), nickname="Ancienne"))
    as_version_7(db_path).close()
    with ScoreStore.open(db_path, now=clock) as store:
        assert store.recovered_from is None and old is not None
        kept = store.get_game(old)
        assert kept is not None and kept.route is None and kept.worlds
        new = store.save_game(replace(game(200, at(14, 10)), nickname="Nouvelle",
                                      route="decouverte"))
        assert new is not None
        back = store.get_game(new)
        assert back is not None and back.route == "decouverte"
        board = {r.nickname: r for r in store.leaderboard("today")}
    assert board["Nouvelle"].route == "decouverte" and board["Ancienne"].route is None
    assert board["Ancienne"].worlds == tuple(kept.worlds)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 8
    raw.close()
