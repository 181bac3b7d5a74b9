"""The leaderboard says which route or world each score is from (issue 9)."""
from __future__ import annotations

from datetime import timedelta

import pygame

from game import flow
from game.progress import StationResult
from game.scenes.leaderboard import LeaderboardScene
from game.scores.records import GameRecord


def _save(h, nickname: str, score: int, route: str | None, worlds: list[str]) -> None:  # type: ignore[no-untyped-def]
    now = h.ctx.wallclock().astimezone()
    h.ctx.scores.save_game(GameRecord("cap-industrie", nickname, now - timedelta(minutes=5), now,
                                      score, 3, worlds, "fr", "kiosk", route=route))


def _drawn(h, scene) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    h.ctx.text.seen = texts.append
    scene.draw(pygame.Surface((1920, 1080)))
    h.ctx.text.seen = None
    return texts


def test_each_line_says_what_its_score_is_from(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    every = [w.id for w in h.ctx.scenario.model.worlds]
    _save(h, "LÉA", 900, "grand_tour", every)
    _save(h, "INÈS", 300, "decouverte", every[:3])
    _save(h, "ZOÉ", 250, "world", ["batteries"])
    _save(h, "LOU", 200, None, ["soudure"])  # a game saved before routes were kept
    board = LeaderboardScene(h.ctx, finishing=False)
    board.enter()
    assert board.sources() == ["Grand tour", "Découverte", "Ligne de batteries (gigafactory)",
                               "Soudure & chaudronnerie"]
    texts = _drawn(h, board)
    assert "Grand tour" in texts and "Découverte" in texts and "Soudure & chaudronnerie" in texts
    assert any(t.startswith("Ligne de batteries") for t in texts)  # cut with « … » if too long


def test_the_players_own_game_says_it_too(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "decouverte", [])
    tour = h.ctx.tour
    for w, s in tour.stations:
        tour.record(StationResult(w, s, "quiz", 80, 2, 10.0))
    from game.scenes.results import ResultsScene

    ResultsScene(h.ctx)  # saves the game, with its route
    saved = h.ctx.scores.get_game(tour.game_id)
    assert saved is not None and saved.route == "decouverte"
    board = LeaderboardScene(h.ctx, finishing=True)
    board.enter()
    assert board.sources() == ["Découverte"] and "Découverte" in _drawn(h, board)


def test_a_line_counts_its_games_stars_rather_than_showing_three(make_app) -> None:  # type: ignore[no-untyped-def]
    """A game's stars add up over its stations (7 for a découverte of ★★★, ★★☆, ★★☆):
    three drawn stars read as the results screen's rating, which showed ★★☆ (playtest)."""
    h = make_app(autoplay=False)
    now = h.ctx.wallclock().astimezone()
    h.ctx.scores.save_game(GameRecord("cap-industrie", "NOA", now - timedelta(minutes=5), now,
                                      240, 7, ["soudure"], "fr", "kiosk", route="decouverte"))
    board = LeaderboardScene(h.ctx, finishing=False)
    board.enter()
    assert "7" in _drawn(h, board)
