"""Leaderboards: today / session / all time, ties, filters, and a player's rank."""
from __future__ import annotations

import pytest

from game.scores import ScoreStore
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
