"""What a tap on the attract loop starts (kiosk.toml's route, the découverte by default) and
whether a game ends on the nickname and the leaderboard (kiosk.toml's leaderboard)."""
from __future__ import annotations

from game import flow
from game.progress import StationResult


def finish_stations(h) -> None:  # type: ignore[no-untyped-def]
    tour = h.ctx.tour
    for world in tour.worlds:
        for station in tour.planned(world):
            tour.record(StationResult(world.id, station.id, "quiz", 80, 2, 10.0))
    tour.probe_before["_skipped"] = tour.probe_after["_skipped"] = 0


def test_a_tap_starts_the_decouverte_which_ends_on_the_nickname_and_the_board(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.tap((960, 500))
    tour = h.ctx.tour
    assert h.app.top.name == "ProbeScene" and tour.route == "decouverte"
    assert tour.express and len(tour.stations) == 3
    finish_stations(h)
    ends = []
    step = "results"
    for _ in range(4):
        scene = flow.after(h.ctx, step)  # type: ignore[arg-type]
        ends.append(scene.name)
        if scene.name == "TakeawayScene":
            break
        step = {"NicknameScene": "nickname", "LeaderboardScene": "leaderboard"}[scene.name]
    assert ends == ["NicknameScene", "LeaderboardScene", "TakeawayScene"]


def test_no_board_on_any_route_when_the_kiosk_wants_none(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"leaderboard": False, "route": "grand_tour"})
    h.tap((960, 500))
    tour = h.ctx.tour
    assert tour.route == "grand_tour"
    assert tour.world_ids == [w.id for w in h.ctx.scenario.model.worlds]
    finish_stations(h)
    assert flow.after(h.ctx, "results").name == "TakeawayScene"


def test_the_choice_of_a_route_or_a_world_is_still_there(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"route": "choice"})
    h.tap((960, 500))
    assert h.names == ["TitleScene", "WorldSelectScene"] and h.ctx.tour is None
    h.tap_button("world:soudure")
    assert h.ctx.tour.route == "world"
    finish_stations(h)
    assert flow.after(h.ctx, "results").name == "NicknameScene"  # leaderboard = true


def test_the_route_on_the_command_line_wins_over_the_file(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"route": "decouverte"}, "--route", "world")
    h.tap((960, 500))
    assert h.app.top.name == "WorldSelectScene"


def test_todays_best_on_the_attract_loop_say_what_each_score_is_from(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from game.scores.records import GameRecord

    h = make_kiosk()
    now = datetime.now().astimezone()
    for name, score, route, worlds in (("LÉA", 400, "decouverte", ["soudure", "maintenance"]),
                                       ("TOM", 300, "world", ["batteries"])):
        h.ctx.scores.save_game(GameRecord(h.ctx.scenario.model.id, name, now - timedelta(
            minutes=4), now, score, 9, worlds, "fr", "kiosk", route=route))
    h.kiosk.overlay.refresh()
    texts: list[str] = []
    h.ctx.text.seen = texts.append
    h.kiosk.overlay._board = None
    h.app.draw()
    h.ctx.text.seen = None
    assert "Découverte" in texts
    assert any(t.startswith("Ligne de batteries") for t in texts)  # cut at a word if too long
