"""Kiosk visits, a day's rows for the report, and games taken off the boards but kept."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from game.scores import InvalidRecordError, ProbeAnswer, ScoreStore, VisitRecord
from tests.scores.conftest import at, game

DAY = date(2026, 3, 14)


def visit(start_h: int, played_s: float, outcome: str = "walked_away",
          game_id: int | None = None) -> VisitRecord:
    start = at(14, start_h)
    return VisitRecord("demo", start, start + timedelta(seconds=played_s + 60), played_s,
                       outcome, "fr", game_id)  # type: ignore[arg-type]


def test_visits_are_kept_and_read_back_by_day(store: ScoreStore) -> None:
    game_id = store.save_game(game(300, at(14, 10, 5)))
    store.record_visit(visit(10, 290.0, "finished", game_id))
    store.record_visit(visit(11, 12.5))
    store.record_visit(VisitRecord("demo", at(13, 9), at(13, 9, 1), 30, "left", "en"))
    data = store.day_data(DAY)
    assert [(v.outcome, v.played_s, v.game_id) for v in data.visits] == [
        ("finished", 290.0, game_id), ("walked_away", 12.5, None)]
    assert len(store.day_data(None).visits) == 3


@pytest.mark.parametrize("bad", [
    visit(10, 5, outcome="bored"),
    VisitRecord("demo", at(14, 9), at(14, 9, 5), "long", "left", "fr"),  # type: ignore[arg-type]
    VisitRecord("", at(14, 9), at(14, 9, 5), 5, "left", "fr"),
])
def test_invalid_visits_are_refused(store: ScoreStore, bad: VisitRecord) -> None:
    with pytest.raises(InvalidRecordError):
        store.record_visit(bad)


def test_day_data_has_games_tasks_and_probe_but_not_autoplay(store: ScoreStore) -> None:
    from dataclasses import replace

    g = replace(game(200, at(14, 9)), gender="girl",
                probe=[ProbeAnswer("costaud", "agree", "disagree")])
    gid = store.save_game(g)
    store.save_game(game(999, at(14, 9, 30), mode="autoplay"), save_autoplay=True)
    store.save_game(game(100, at(13, 9)))
    data = store.day_data(DAY)
    assert [x.game_id for x in data.games] == [gid] and data.games[0].gender == "girl"
    assert data.games[0].played_s == 240.0
    assert {t.station_id for t in data.tasks} == {"epi", "soudage"}
    assert [(p.myth_id, p.before, p.after) for p in data.probe] == [("costaud", "agree",
                                                                     "disagree")]


def test_a_repeated_probe_statement_never_costs_the_game(store: ScoreStore) -> None:
    from dataclasses import replace

    g = replace(game(200, at(14, 9)), probe=[ProbeAnswer("costaud", "agree", None),
                                             ProbeAnswer("costaud", None, "disagree")])
    gid = store.save_game(g)
    saved = store.get_game(gid or 0)
    assert saved is not None and saved.probe == [ProbeAnswer("costaud", "agree", "disagree")]


def test_hidden_games_leave_the_boards_but_not_the_figures(store: ScoreStore) -> None:
    morning = store.save_game(game(300, at(14, 9), nickname="Léa"))
    store.save_game(game(500, at(13, 9), nickname="Hier"))
    assert store.hide_from_boards(DAY) == 1
    assert store.hide_from_boards(DAY) == 0
    assert store.leaderboard("today") == []
    assert [r.nickname for r in store.leaderboard("all")] == ["Hier"]
    assert store.rank_of(morning or 0, "all") is None
    afternoon = store.save_game(game(100, at(14, 15), nickname="Inès"))
    assert [r.game_id for r in store.leaderboard("today")] == [afternoon]
    assert len(store.day_data(DAY).games) == 2  # the report still counts the morning


def test_purge_and_clear_day_take_the_visits_too(store: ScoreStore) -> None:
    store.record_visit(visit(10, 5))
    store.record_visit(VisitRecord("demo", at(13, 9), at(13, 9, 1), 30, "left", "en"))
    store.clear_day(DAY)
    assert len(store.day_data(None).visits) == 1
    store.purge()
    assert store.day_data(None).visits == []
