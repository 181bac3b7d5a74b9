"""Leaderboards: today / session / all time, ties, filters, and a player's rank."""
from __future__ import annotations

import random
import sqlite3

import pytest

from game.scores import ScoreStore
from game.scores import boards as boards_module
from tests.scores.conftest import FakeNow, at, game


def board(store: ScoreStore, scope: str, **kw: object) -> list[tuple[int, str | None, int]]:
    rows = store.leaderboard(scope, **kw)  # type: ignore[arg-type]
    return [(row.rank, row.nickname, row.score) for row in rows]


def test_today_starts_afresh_at_midnight_while_all_time_keeps_everything(
        store: ScoreStore, clock: FakeNow) -> None:
    clock.moment = at(14, 23, 50)
    store.save_game(game(900, at(14, 23, 45), nickname="Veille"))
    assert board(store, "today") == [(1, "Veille", 900)]
    clock.advance(minutes=20)  # 00:10 on the 15th
    # began before midnight, finished after: it belongs to the day it finished on
    store.save_game(game(300, at(15, 0, 5), nickname="Minuit"))
    assert board(store, "today") == [(1, "Minuit", 300)]
    assert board(store, "all") == [(1, "Veille", 900), (2, "Minuit", 300)]


def test_equal_scores_rank_the_earlier_finish_first(store: ScoreStore) -> None:
    late = store.save_game(game(500, at(14, 9, 30), nickname="Tard"))
    early = store.save_game(game(500, at(14, 9, 10), nickname="Tôt"))
    best = store.save_game(game(700, at(14, 9, 50), nickname="Top"))
    assert board(store, "all") == [(1, "Top", 700), (2, "Tôt", 500), (3, "Tard", 500)]
    assert [store.rank_of(g or 0, "all") for g in (best, early, late)] == [1, 2, 3]


def test_a_tie_on_the_same_instant_goes_to_the_first_saved(store: ScoreStore) -> None:
    first = store.save_game(game(400, at(14, 9), nickname="Une"))
    second = store.save_game(game(400, at(14, 9), nickname="Deux"))
    assert board(store, "all") == [(1, "Une", 400), (2, "Deux", 400)]
    assert (store.rank_of(first or 0, "all"), store.rank_of(second or 0, "all")) == (1, 2)


def test_anonymous_games_are_listed_without_a_name(store: ScoreStore) -> None:
    store.save_game(game(100, at(14, 9)))
    assert board(store, "all") == [(1, None, 100)]


def test_session_board_holds_only_that_class(store: ScoreStore) -> None:
    a = store.save_game(game(200, at(14, 9), nickname="Ana", session="3A"))
    store.save_game(game(800, at(14, 9, 1), nickname="Kiosque"))
    store.save_game(game(600, at(14, 9, 2), nickname="Bob", session="3B"))
    b = store.save_game(game(250, at(14, 9, 3), nickname="Chloé", session="3A"))
    assert board(store, "session", session="3A") == [(1, "Chloé", 250), (2, "Ana", 200)]
    assert store.rank_of(a or 0, "session") == 2  # ranked within its own session
    assert store.rank_of(b or 0, "all") == 3
    with pytest.raises(ValueError):
        store.leaderboard("session")


def test_rank_of_today_is_none_for_an_older_game(store: ScoreStore, clock: FakeNow) -> None:
    old = store.save_game(game(900, at(13, 16)))
    new = store.save_game(game(100, at(14, 9)))
    assert store.rank_of(old or 0, "today") is None
    assert store.rank_of(new or 0, "today") == 1
    assert store.rank_of(new or 0, "all") == 2
    assert store.rank_of(12345, "all") is None
    assert store.rank_of(new or 0, "session") is None  # played outside any session


def test_scenario_filter_and_limit(store: ScoreStore) -> None:
    for i in range(12):
        store.save_game(game(10 * i, at(14, 9, i), nickname=f"J{i}"))
    other = store.save_game(game(1000, at(14, 9, 30), scenario="batteries"))
    assert len(store.leaderboard("all")) == 10
    assert [r.score for r in store.leaderboard("all", limit=3)] == [1000, 110, 100]
    assert [r.score for r in store.leaderboard("all", limit=2, scenario_id="demo")] == [110, 100]
    assert store.leaderboard("all", limit=0) == []
    assert store.rank_of(other or 0, "all", scenario_id="demo") is None
    assert store.rank_of(other or 0, "all", scenario_id="batteries") == 1


def ranks_by_walking(store: ScoreStore, scope: str, scenario: str | None,
                     session: str | None = None) -> dict[int, int]:
    """Each game's place, read off the whole board: what rank_of must agree with."""
    rows = store.leaderboard(scope, limit=10_000, scenario_id=scenario,  # type: ignore[arg-type]
                             session=session)
    return {row.game_id: row.rank for row in rows}


@pytest.mark.slow
def test_ranks_agree_with_the_boards_through_saves_renames_clears_and_purges(
        store: ScoreStore, clock: FakeNow) -> None:
    rng = random.Random(4)
    ids: list[int] = []
    for i in range(160):
        mode = rng.choice(["kiosk", "kiosk", "play", "autoplay"])
        saved = store.save_game(game(rng.choice([0, 100, 250, 250, 400, 900]),
                                     at(rng.randint(12, 14), 9, i % 60, rng.randint(0, 1)),
                                     session=rng.choice([None, "3A", "3B"]), mode=mode,
                                     scenario=rng.choice(["demo", "demo", "batteries"])),
                                save_autoplay=True)
        assert saved is not None
        ids.append(saved)

    def check() -> None:
        for scope, scenario in [("all", "demo"), ("all", None), ("today", "demo"),
                                ("today", None), ("all", "batteries")]:
            expected = ranks_by_walking(store, scope, scenario)
            for game_id in ids:
                assert store.rank_of(game_id, scope, scenario) == expected.get(game_id)  # type: ignore[arg-type]
        for session in ("3A", "3B"):
            expected = ranks_by_walking(store, "session", "demo", session)
            for game_id in ids:
                got = store.rank_of(game_id, "session", "demo")
                stored = store.get_game(game_id)
                if stored is not None and stored.session == session:
                    assert got == expected.get(game_id)

    check()
    for game_id in ids[:20]:
        store.set_nickname(game_id, "Renommée")
    store.hide_from_boards(at(13, 9).date())
    check()
    store.clear_day(at(14, 9).date())
    check()
    store.save_game(game(650, at(14, 11), nickname="Après"))
    store.purge(before=at(13, 0).date())
    check()


def query_plans(store: ScoreStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """EXPLAIN QUERY PLAN of every statement the boards run, through the store's own calls."""
    plans: list[str] = []

    class Explaining:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, params: object = ()) -> sqlite3.Cursor:
            rows = self.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()  # type: ignore[arg-type]
            plans.append(sql + "\n  " + "\n  ".join(str(r[3]) for r in rows))
            return self.conn.execute(sql, params)  # type: ignore[arg-type]

    for name in ("top", "rank"):
        real_fn = getattr(boards_module, name)
        monkeypatch.setattr(boards_module, name, lambda conn, *a, _f=real_fn, **k: _f(
            Explaining(conn), *a, **k))
    return plans


def test_every_board_and_rank_query_reads_an_index_not_the_games(
        store: ScoreStore, monkeypatch: pytest.MonkeyPatch) -> None:
    first = store.save_game(game(300, at(14, 9), session="3A")) or 0
    store.save_game(game(500, at(14, 9, 5), session="3A"))
    plans = query_plans(store, monkeypatch)
    for scope, scenario in [("today", "demo"), ("all", "demo"), ("all", "never-played"),
                            ("all", None)]:
        store.leaderboard(scope, 8, scenario)  # type: ignore[arg-type]
        store.rank_of(first, scope, scenario)  # type: ignore[arg-type]
    store.leaderboard("session", 8, "demo", session="3A")
    store.rank_of(first, "session", "demo")
    assert len(plans) == 5 + 4 * 3 + 1  # the rank for a scenario it is not in stops at once
    for plan in plans:
        assert "TEMP B-TREE" not in plan, plan  # no sort: the index is in board order
        for line in plan.splitlines()[1:]:
            assert "USING" in line, plan  # an index or the primary key: never a walk of a table
            assert "games_by_day" not in line and "games_by_session" not in line, plan
    boards_used = {name for plan in plans for name in ("board_all", "board_day", "board_session",
                                                        "board_any") if name in plan}
    assert boards_used == {"board_all", "board_day", "board_session", "board_any"}
