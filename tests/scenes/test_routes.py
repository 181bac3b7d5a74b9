"""A route is data: a new way through the game is a Route in game.flow, no scene changes."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from game import flow
from game.progress import StationResult
from game.scene import Reset

SCENES = Path(flow.__file__).resolve().parent / "scenes"


def play_until_home(h) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    for _ in range(60 * 60 * 10):
        name = h.app.top.name
        if not seen or seen[-1] != name:
            seen.append(name)
        if h.ctx.tour is None and len(seen) > 1:
            break
        h.step()
    return seen


@pytest.mark.slow
def test_a_new_route_is_played_with_only_its_steps(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    classroom = flow.Route("classroom", ("floors", "results", "takeaway"))
    monkeypatch.setitem(flow.ROUTES, "classroom", classroom)
    h = make_app("--seed", "3")
    world = h.ctx.scenario.model.worlds[1]
    h.app.transition(Reset(flow.begin(h.ctx, "classroom", [world.id])))
    assert h.ctx.tour is not None and h.ctx.tour.route == "classroom"
    seen = play_until_home(h)
    assert seen[0] == "FloorScene" and "TaskScene" in seen
    assert seen.index("ResultsScene") < seen.index("TakeawayScene")
    assert not {"ProbeScene", "NicknameScene", "LeaderboardScene"} & set(seen)
    assert seen[-1] == "TitleScene"  # the route's end leads home


def test_the_grand_tour_goes_through_every_world_then_the_end(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "3")
    worlds = h.ctx.scenario.model.worlds
    first = flow.begin(h.ctx, "grand_tour", [w.id for w in worlds])
    assert first.name == "ProbeScene"  # the before-questions come first
    tour = h.ctx.tour
    tour.probe_before["x"] = "agree"
    assert flow.after(h.ctx, "probe_before").name == "FloorScene"

    def finish(world) -> None:  # type: ignore[no-untyped-def]
        for s in world.stations:
            tour.record(StationResult(world.id, s.id, s.task.type, 80, 2, 10.0))

    finish(worlds[0])
    following = flow.after_world(h.ctx)
    assert following.name == "FloorScene" and following.world.id == worlds[1].id
    for w in worlds[1:]:
        finish(w)
    assert flow.after_world(h.ctx).name == "ProbeScene"  # the after-questions
    tour.probe_after["x"] = "agree"
    assert flow.after_world(h.ctx).name == "ResultsScene"


def test_no_scene_names_the_scene_that_follows_it() -> None:
    """The flow lives in game/flow.py: scenes import no other scene inside a function."""
    found = []
    for path in SCENES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith(
                            "game.scenes"):
                        found.append(f"{path.name}:{inner.lineno} imports {inner.module}")
    assert not found


@pytest.mark.slow
def test_the_decouverte_visits_three_stations_then_one_more_the_after_question_and_card(
        make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "2", "--route", "decouverte")
    ap = h.ctx.autoplay
    seen: list[str] = []
    for _ in range(60 * 60 * 10):
        if not seen or seen[-1] != h.app.top.name:
            seen.append(h.app.top.name)
        if ap.done:
            break
        h.step()
    assert ap is not None and ap.summary.get("stations_completed") == 3, (seen, ap.summary)
    assert seen.index("OneMoreScene") < seen.index("ResultsScene") < seen.index("TakeawayScene")
    assert {"probe_after", "takeaway"} <= set(ap.reached) and ap.visit_s is not None
    assert not {"NicknameScene", "LeaderboardScene"} & set(seen)


def test_one_more_station_then_finish_my_visit_from_the_floor_menu(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "3", autoplay=False)
    first = flow.begin(h.ctx, "decouverte", [])
    tour = h.ctx.tour
    assert tour is not None and tour.express and len(tour.stations or []) == 3
    for w, s in tour.stations or []:
        tour.record(StationResult(w, s, "quiz", 80, 2, 10.0))
    tour.probe_before["x"] = "agree"
    more = flow.after(h.ctx, "floors")
    assert first.name == "ProbeScene" and more.name == "OneMoreScene"
    floor = flow.add_station(h.ctx, more.following)  # type: ignore[attr-defined]
    assert floor.name == "FloorScene" and len(tour.stations or []) == 4
    from game.scenes.confirm import LeaveScene

    leave = LeaveScene(h.ctx)
    leave.enter()
    finish = leave.buttons.get("finish")
    assert finish is not None and finish.label == "Terminer ma visite"
    t = leave.on_button(finish)
    assert isinstance(t, Reset) and t.scene.name == "ProbeScene" and t.scene.phase == "after"
    assert tour.finished_early and flow.after(h.ctx, "floors").name == "ProbeScene"
