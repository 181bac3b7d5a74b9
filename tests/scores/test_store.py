"""Saving, reading back, nicknames, autoplay, atomic writes and deletion."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.scores import NICKNAME_MAX, InvalidRecordError, ScoreStore
from tests.scores.conftest import FakeNow, at, game, task


def test_a_game_and_its_tasks_read_back_as_saved(store: ScoreStore) -> None:
    record = game(240, at(14, 9, 30), nickname="Léa", session="4B-2026", tasks=[
        task(90, 3, station="epi", details_json=json.dumps({"choix": ["masque", "gants"]})),
        task(45, 1, station="soudage", task_type="trace", duration_s=31.25),
    ])
    game_id = store.save_game(record)
    assert game_id is not None
    assert store.get_game(game_id) == record
    [saved] = store.games_on(date(2026, 3, 14))
    assert saved.game_id == game_id and saved.record == record
    assert store.count_games() == 1
    assert store.get_game(game_id + 1) is None


def test_games_survive_closing_and_reopening(db_path: Path, clock: FakeNow) -> None:
    with ScoreStore.open(db_path, now=clock) as first:
        game_id = first.save_game(game(150, at(14, 9)))
        first.close()  # closing twice (here and on leaving the block) is harmless
    with ScoreStore.open(db_path, now=clock) as again:
        assert again.recovered_from is None
        assert again.get_game(game_id or 0) == game(150, at(14, 9))


def test_a_naive_datetime_is_taken_as_local_time(store: ScoreStore) -> None:
    naive = datetime(2026, 3, 14, 9, 0)
    record = game(100, at(14, 9))
    game_id = store.save_game(replace(record, finished_at=naive))
    saved = store.get_game(game_id or 0)
    assert saved is not None and saved.finished_at == naive.astimezone()
    assert saved.finished_at.utcoffset() is not None


def test_a_refused_task_leaves_nothing_half_written(store: ScoreStore) -> None:
    bad = game(200, at(14, 9), tasks=[task(80, 2), task(80, stars=5)])  # stars are 0..3
    with pytest.raises(InvalidRecordError):
        store.save_game(bad)
    assert store.count_games() == 0
    assert store.games_on(date(2026, 3, 14)) == []
    # the store is still usable, and the first task of the failed game did not linger
    game_id = store.save_game(game(100, at(14, 9, 5)))
    saved = store.get_game(game_id or 0)
    assert saved is not None and len(saved.tasks) == 2


@pytest.mark.parametrize("bad_task", [
    task(details_json="{not json"),
    task(score=101),
    task(duration_s=-1.0),
    task(score="80"),  # type: ignore[arg-type]
])
def test_invalid_task_records_are_refused(store: ScoreStore, bad_task: object) -> None:
    with pytest.raises(InvalidRecordError):
        store.save_game(game(100, at(14, 9), tasks=[task(), bad_task]))  # type: ignore[list-item]
    assert store.count_games() == 0


def test_the_nickname_can_be_given_after_the_results(store: ScoreStore) -> None:
    game_id = store.save_game(game(300, at(14, 9))) or 0
    assert store.leaderboard("all")[0].nickname is None  # the UI shows "Anonyme"
    assert store.set_nickname(game_id, "  Zoé  ")
    assert store.leaderboard("all")[0].nickname == "Zoé"
    assert store.set_nickname(game_id, "   ")  # blank = back to anonymous
    assert store.leaderboard("all")[0].nickname is None
    assert not store.set_nickname(game_id + 1, "Inès")
    with pytest.raises(InvalidRecordError):
        store.set_nickname(game_id, "x" * (NICKNAME_MAX + 1))


def test_autoplay_games_are_saved_only_on_request(store: ScoreStore) -> None:
    bot = game(999, at(14, 9), mode="autoplay")
    assert store.save_game(bot) is None
    assert store.count_games() == 0
    bot_id = store.save_game(bot, save_autoplay=True)
    assert bot_id is not None and store.count_games() == 1
    human_id = store.save_game(game(100, at(14, 9, 1), nickname="Lina"))
    for scope in ("today", "all"):
        assert [row.game_id for row in store.leaderboard(scope)] == [human_id]
        assert store.rank_of(bot_id, scope) is None


def test_clear_day_and_purge_delete_games_with_their_tasks(store: ScoreStore) -> None:
    ids = {d: store.save_game(game(100 + d, at(d, 11))) for d in (12, 13, 14)}
    assert store.clear_day(date(2026, 3, 13)) == 1
    assert store.get_game(ids[13] or 0) is None
    assert store.count_games() == 2
    assert store.purge(before=date(2026, 3, 14)) == 1
    assert [g.game_id for g in store.games_on(date(2026, 3, 14))] == [ids[14]]
    assert store.get_game(ids[12] or 0) is None
    assert store.purge() == 1
    assert store.count_games() == 0
    assert store.export_csv(store.path.parent / "empty.csv") == 0  # type: ignore[union-attr]


def test_purge_leaves_no_task_result_behind(db_path: Path, clock: FakeNow) -> None:
    with ScoreStore.open(db_path, now=clock) as s:
        s.save_game(game(100, at(14, 9)))
        s.purge()
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT COUNT(*) FROM task_results").fetchone()[0] == 0
    raw.close()


def test_the_file_is_written_for_durability(store: ScoreStore, db_path: Path) -> None:
    # Unobservable until the power goes: guard the settings that make a commit survive it.
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from tests.scores.conftest import FakeNow, at, game, task
    from game.scores import ScoreStore

    class KillOnSecondPass(list):
        passes = 0
        def __iter__(self):
            type(self).passes += 1
            if type(self).passes == 2:  # inside save_game's transaction
                os.kill(os.getpid(), signal.SIGKILL)
            return super().__iter__()

    store = ScoreStore.open(Path(sys.argv[1]), now=FakeNow(at(14, 10)))
    store.save_game(game(111, at(14, 9), nickname="Kept"))
    store.save_game(game(222, at(14, 9, 30), tasks=KillOnSecondPass([task(), task()])))
""")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_process_keeps_committed_games_and_a_sound_file(
        db_path: Path, clock: FakeNow) -> None:
    child = subprocess.run([sys.executable, "-c", _CHILD, str(db_path)], check=False,
                           cwd=PROJECT_ROOT,
                           env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr
    with ScoreStore.open(db_path, now=clock) as s:
        assert s.recovered_from is None and s.persistent
        assert [(row.nickname, row.score) for row in s.leaderboard("all")] == [("Kept", 111)]


def test_the_probe_and_the_optional_gender_are_kept_with_the_game(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from game.scores.records import GameRecord, ProbeAnswer
    from game.scores.store import ScoreStore

    with ScoreStore.open(tmp_path / "s.db") as store:
        t = datetime(2026, 5, 4, 10, 0)
        probe = [ProbeAnswer("metier-homme", "agree", "disagree"), ProbeAnswer("costaud", "unsure",
                                                                               None)]
        gid = store.save_game(GameRecord("cap", None, t, t, 100, 3, ["soudure"], "fr", "play",
                                         gender="girl", probe=probe))
        back = store.get_game(gid)  # type: ignore[arg-type]
        assert back is not None and back.gender == "girl" and back.probe == probe
        nobody = store.save_game(GameRecord("cap", None, t, t, 10, 0, [], "fr", "play"))
        assert store.get_game(nobody).gender is None  # type: ignore[arg-type, union-attr]
