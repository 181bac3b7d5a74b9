"""A finished game is never lost: locked, read-only or full file, data folder deleted mid-game.

Each test reproduces a failure seen on a kiosk (issue 15): before, ``save_game`` raised out of
the results screen (or, for the deleted folder, the run's games silently went with it).
"""
from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.scores import ScoreStore, VisitRecord, journal, opening
from game.scores.journal import journal_for
from game.scores.store import FRAME_BUSY_MS
from tests.scores.conftest import FakeNow, at, game, task

BIG = json.dumps({"trace": list(range(3000))})  # a game that needs new pages in the file


@pytest.fixture
def fallback(tmp_path: Path) -> Path:
    return tmp_path / "fallback"


@pytest.fixture
def opened(db_path: Path, clock: FakeNow, fallback: Path) -> Iterator[ScoreStore]:
    store = ScoreStore.open(db_path, now=clock, fallback_dir=fallback)
    assert store.persistent
    yield store
    store.close()


def finished(score: int = 400, minute: int = 0) -> object:
    return game(score, at(14, 9, minute), tasks=[task(details_json=BIG), task(station="b")])


def journal_games(store: ScoreStore, fallback: Path) -> int:
    assert store.path is not None
    path = journal_for(store.path, fallback)
    return len(journal.Journal(path).read()[0]) if path.exists() else 0


def every_connection(monkeypatch: pytest.MonkeyPatch, store: ScoreStore, pragma: str) -> None:
    """A fault on the store's connection and on every one opened from now on (the retries)."""
    store._conn.execute(pragma)
    real = opening.connect

    def faulty(target: Path | str) -> sqlite3.Connection:
        conn = real(target)
        conn.execute(pragma)
        return conn

    monkeypatch.setattr(opening, "connect", faulty)


def test_a_locked_file_keeps_the_game_pending_then_writes_it(
        opened: ScoreStore, db_path: Path, fallback: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    # the game's connection waits a bounded time, never the seconds that froze the kiosk
    assert opened._conn.execute("PRAGMA busy_timeout").fetchone()[0] == FRAME_BUSY_MS
    with caplog.at_level(logging.WARNING, logger="game.scores"):
        game_id = opened.keep_game(finished())  # type: ignore[arg-type]
    assert game_id is not None and game_id < 0  # provisional: the game waits
    assert "locked" in caplog.text and "pending" in caplog.text  # the log says why
    assert opened.pending_count() == 1
    assert journal_games(opened, fallback) == 1  # a copy elsewhere, at once
    assert opened.set_nickname(game_id, "Zoé")  # the nickname screen goes on as usual
    assert opened.rank_of(game_id, "all") is None
    other.execute("ROLLBACK")
    other.close()
    assert opened.retry_pending() == 1
    assert opened.pending_count() == 0 and opened.count_games() == 1
    saved = opened.get_game(game_id)
    assert saved is not None and saved.nickname == "Zoé"
    assert opened.rank_of(game_id, "all") == 1
    assert [r.game_id for r in opened.leaderboard("all")] == [game_id]  # "(toi)" still found
    assert journal_games(opened, fallback) == 0  # everything is in the file: journal gone


def test_the_retry_thread_writes_a_pending_game_by_itself(
        opened: ScoreStore, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("game.scores.keeper.RETRY_FIRST_S", 0.01)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    game_id = opened.keep_game(finished())  # type: ignore[arg-type]
    other.execute("ROLLBACK")
    other.close()
    thread = opened._keeper._thread
    assert thread is not None
    thread.join(timeout=60)
    assert not thread.is_alive() and opened.pending_count() == 0
    assert opened.get_game(game_id or 0) is not None


@pytest.mark.parametrize("fault", ["PRAGMA query_only = 1", "PRAGMA max_page_count = 1"],
                         ids=["read-only", "disk-full"])
def test_a_file_that_refuses_writes_loses_nothing_and_the_next_start_imports_it_once(
        opened: ScoreStore, db_path: Path, clock: FakeNow, fallback: Path, fault: str,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    before = opened.keep_game(finished(300))  # type: ignore[arg-type]
    assert before is not None and before > 0
    every_connection(monkeypatch, opened, fault)
    with caplog.at_level(logging.WARNING, logger="game.scores"):
        game_id = opened.keep_game(finished(500, 1))  # type: ignore[arg-type]
        assert game_id is not None and game_id < 0
        assert opened.set_nickname(game_id, "Inès")
        assert opened.retry_pending() == 0  # still refused: still pending
        assert opened.pending_count() == 1
        opened.close()
    reason = "readonly" if "query_only" in fault else "full"
    assert reason in caplog.text and "next start" in caplog.text
    monkeypatch.undo()
    kept = journal_for(db_path, fallback)
    assert kept.exists()
    copy = kept.read_bytes()
    for _ in range(2):  # the second start finds the journal again (a crash before deleting it)
        with ScoreStore.open(db_path, now=clock, fallback_dir=fallback) as again:
            assert again.count_games() == 2  # imported once, never twice
            assert [r.nickname for r in again.leaderboard("all")] == ["Inès", None]
            assert again.pending_count() == 0
        assert not kept.exists()
        kept.write_bytes(copy)
    kept.unlink()


def test_a_game_cut_short_in_the_journal_does_not_stop_the_others(
        db_path: Path, clock: FakeNow, fallback: Path) -> None:
    path = journal_for(db_path, fallback)
    j = journal.Journal(path)
    j.add_game("a" * 32, game(200, at(14, 9)))  # type: ignore[arg-type]
    j.set_nickname("a" * 32, "Lina")
    with path.open("a", encoding="utf-8") as out:
        out.write('{"uid": "bbbb", "game": {"scenario_id": "demo", "sco')  # the power went
    with ScoreStore.open(db_path, now=clock, fallback_dir=fallback) as store:
        assert [r.nickname for r in store.leaderboard("all")] == ["Lina"]


def test_a_deleted_data_folder_is_made_again_with_every_game_of_the_run(
        opened: ScoreStore, db_path: Path, clock: FakeNow,
        caplog: pytest.LogCaptureFixture) -> None:
    first = opened.keep_game(finished(300))  # type: ignore[arg-type]
    second = opened.keep_game(finished(700, 1))  # type: ignore[arg-type]
    assert first is not None and second is not None
    opened.set_nickname(second, "Maya")
    opened.record_visit(VisitRecord("demo", at(14, 9), at(14, 9, 1), 50.0, "finished", "fr",
                                    second))
    shutil.rmtree(db_path.parent)  # someone "tidies up" the data folder mid-game
    with caplog.at_level(logging.WARNING, logger="game.scores"):
        third = opened.keep_game(finished(500, 2))  # type: ignore[arg-type]
    assert "vanished" in caplog.text
    assert db_path.exists() and opened.persistent
    assert opened.count_games() == 3
    assert [opened.rank_of(g or 0, "all") for g in (first, second, third)] == [3, 1, 2]
    assert opened.leaderboard("all")[0].nickname == "Maya"
    [visit] = opened.day_data(at(14, 9).date()).visits
    assert visit.game_id == second  # the kiosk's figures come back too
    opened.close()
    with ScoreStore.open(db_path, now=clock) as again:
        assert again.count_games() == 3


def test_a_folder_deleted_after_the_last_game_is_made_again_on_closing(
        opened: ScoreStore, db_path: Path, clock: FakeNow) -> None:
    opened.keep_game(finished(300))  # type: ignore[arg-type]
    shutil.rmtree(db_path.parent)
    opened.close()
    with ScoreStore.open(db_path, now=clock) as again:
        assert again.count_games() == 1


def test_purged_games_do_not_come_back_with_a_new_file(
        opened: ScoreStore, db_path: Path, clock: FakeNow) -> None:
    opened.keep_game(game(300, at(13, 9), nickname="Effacée"))
    opened.keep_game(finished(500))  # type: ignore[arg-type]
    opened.purge(before=at(14, 0).date())
    shutil.rmtree(db_path.parent)
    opened.close()
    with ScoreStore.open(db_path, now=clock) as again:
        assert [r.nickname for r in again.leaderboard("all")] == [None]


def test_an_invalid_record_is_logged_not_raised(
        opened: ScoreStore, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="game.scores"):
        assert opened.keep_game(game(100, at(14, 9), tasks=[task(stars=7)])) is None
    assert "invalid" in caplog.text and opened.pending_count() == 0


def test_scores_in_memory_only_still_reach_the_next_start(
        tmp_path: Path, clock: FakeNow, fallback: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    store = ScoreStore.open(blocker / "scores.db", now=clock, fallback_dir=fallback)
    assert not store.persistent
    store.keep_game(game(300, at(14, 9), nickname="Nour"))
    assert store.pending_count() == 1  # in memory only: it waits for a file
    store.close()
    blocker.unlink()
    with ScoreStore.open(blocker / "scores.db", now=clock, fallback_dir=fallback) as fixed:
        assert [r.nickname for r in fixed.leaderboard("all")] == ["Nour"]


