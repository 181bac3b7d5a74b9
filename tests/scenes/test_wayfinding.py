"""On the floor the next station is always findable: a guide to it, an indicator when it is
out of sight, a minimap; Enter or « Poste suivant » walks there; the map never goes under the
bars; no two touch targets overlap; reduced motion stills the guide."""
from __future__ import annotations

import itertools
from datetime import datetime

import pygame
import pytest

from game.actions import Confirm, Release, Tab
from game.progress import StationResult, Tour
from game.scene import Reset
from game.scenes.floor import FloorScene
from game.scenes.floor_hud import VIEW
from game.world import guide


def floor_of(h, world_index: int = 0) -> FloorScene:  # type: ignore[no-untyped-def]
    model = h.ctx.scenario.model
    h.ctx.tour = Tour(model, [w.id for w in model.worlds], datetime(2026, 1, 1))
    world = model.worlds[world_index]
    h.ctx.tour.current_world = world.id
    floor = FloorScene(h.ctx, world.id)
    h.app.transition(Reset(floor))
    h.step(2)
    return floor


def put(floor: FloorScene, x: float, y: float) -> None:
    floor.walker.x, floor.walker.y = x, y
    floor.walker.stop()
    floor._frame_camera(snap=True)


def far_corner(floor: FloorScene) -> tuple[float, float]:
    """A walkable spot far from the next station."""
    nxt = floor.stations[floor.next_station() or ""].center
    info = floor.info
    cells = [(c, r) for r in range(info.height) for c in range(info.width) if info.walkable(c, r)]
    c, r = max(cells, key=lambda cr: abs(cr[0] * info.tile_w - nxt[0]) +
               abs(cr[1] * info.tile_h - nxt[1]))
    return ((c + 0.5) * info.tile_w, (r + 0.5) * info.tile_h)


def test_the_guide_leads_from_her_to_the_next_station_and_moves_on(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h)
    first = floor.planned[0].id
    assert floor.next_station() == first
    end = floor.guide_path[-1]
    assert floor.stations[first].inflate(160, 160).collidepoint(end)
    h.ctx.tour.record(StationResult(floor.world.id, first, "quiz", 90, 3, 10.0))
    floor.enter()
    h.step(2)
    second = floor.planned[1].id
    assert floor.next_station() == second
    assert floor.stations[second].inflate(160, 160).collidepoint(floor.guide_path[-1])


def test_a_station_out_of_sight_has_an_arrow_on_the_edge_of_the_view(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 1)
    put(floor, *far_corner(floor))
    rect = floor.stations[floor.next_station() or ""]
    area = floor.camera.visible_area()
    assert not area.colliderect(rect), "the test wants the station out of sight"
    surface = pygame.Surface((1920, 1080))
    floor.draw(surface)
    box = (float(area.x), float(area.y), float(area.w), float(area.h))
    (mx, my), _ = guide.edge_marker(box, (float(rect.centerx), float(rect.centery)))
    sx, sy = floor.camera.to_screen(mx, my)
    assert VIEW.collidepoint(sx, sy)
    # the badge's ring, outside the white arrow it holds, is in the world's colour
    ring = surface.get_at((round(sx) + 36, round(sy)))[:3], surface.get_at((round(sx),
                                                                               round(sy) + 36))[:3]
    assert floor.accent in ring


@pytest.mark.slow
def test_enter_walks_her_to_the_next_station_and_opens_it(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 1)
    put(floor, *far_corner(floor))
    wanted = floor.next_station()
    h.act(Confirm())
    h.until(lambda: h.app.top is not floor, limit_s=40)
    assert h.app.top.name == "DialogueScene" and h.app.top.station.id == wanted


@pytest.mark.slow
def test_the_next_station_button_does_the_same(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 2)
    put(floor, *far_corner(floor))
    wanted = floor.next_station()
    h.act(*floor.buttons.tap("next"))
    h.until(lambda: h.app.top is not floor, limit_s=40)
    assert h.app.top.name == "DialogueScene" and h.app.top.station.id == wanted


@pytest.mark.slow
def test_she_and_her_next_station_stay_in_the_view_below_the_bar(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 0)
    put(floor, *far_corner(floor))
    h.act(Confirm())
    shown_together = 0
    for _ in range(60 * 30):
        if h.app.top is not floor:
            break
        h.step()
        ax, ay = floor.camera.to_screen(floor.walker.x, floor.walker.y)
        assert VIEW.collidepoint(ax, ay - 90), "her head went under a bar"
        target = floor.stations[floor.next_station() or ""]
        tx, ty = floor.camera.to_screen(*target.center)
        if abs(target.centerx - floor.walker.x) < VIEW.w - 400 and \
                abs(target.centery - floor.walker.y) < VIEW.h - 400:
            shown_together += VIEW.collidepoint(tx, ty)
    assert h.app.top is not floor and shown_together > 30


def test_the_map_is_never_drawn_under_the_bars(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 0)
    surface = pygame.Surface((1920, 1080))
    surface.fill((255, 0, 255))
    floor.draw(surface)
    top = surface.subsurface(pygame.Rect(0, 0, 1920, VIEW.y)).copy()
    put(floor, *far_corner(floor))
    floor.draw(surface)
    top2 = surface.subsurface(pygame.Rect(0, 0, 1920, VIEW.y)).copy()
    # the top bar looks the same wherever the map is scrolled (the minimap aside)
    for x in range(0, 1700, 7):
        for y in range(0, VIEW.y, 5):
            assert top.get_at((x, y)) == top2.get_at((x, y)), (x, y)


@pytest.mark.slow
@pytest.mark.parametrize("window", ["1920x1080", "1366x768"])
def test_no_two_touch_targets_on_the_floor_overlap(make_app, window: str) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "2", "--window", window)
    overlaps: set[str] = set()
    floors = 0
    for _ in range(60 * 60 * 6):
        top = h.app.top
        if top.name == "FloorScene":
            floors += 1
            for a, b in itertools.combinations(top.targets(), 2):
                if pygame.Rect(a).colliderect(b):
                    overlaps.add(f"{a} / {b}")
        if h.ctx.autoplay.done or (h.ctx.tour is not None and len(h.ctx.tour.results) >= 6):
            break
        h.step(4)
    assert floors > 50 and not overlaps


def test_tab_goes_through_the_buttons_and_the_stations_in_view(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 0)
    seen = []
    for _ in range(8):
        h.act(Tab())
        seen.append(floor.focus_label())
    assert "Menu" in seen and "Poste suivant" in seen
    names = {s.title.get("fr") for s in floor.planned}
    assert names & set(seen), seen
    while floor.focus_station is None:
        h.act(Tab())
    wanted = floor.focus_station
    h.act(Confirm())
    h.until(lambda: h.app.top is not floor, limit_s=40)
    assert h.app.top.station.id == wanted


def test_reduced_motion_stills_the_guide(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 0)

    def picture(t: float) -> bytes:
        floor.t = t
        surface = pygame.Surface((1920, 1080))
        floor.draw(surface)
        return pygame.image.tobytes(surface.subsurface(VIEW), "RGB")

    assert picture(1.0) != picture(1.3)  # the dots march, the arrow bobs
    h.ctx.settings.reduced_motion = True
    assert picture(1.0) == picture(1.3)


def test_a_tap_on_a_bar_does_not_walk(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 0)
    from game.actions import Press

    h.act(Press((900, 1040)), Release((900, 1040)))  # on the bottom bar's text
    h.step(10)
    assert not floor.walker.path and not floor.walker.moving


def test_a_tap_on_the_edge_arrow_walks_her_all_the_way_to_the_next_station(make_app) -> None:  # type: ignore[no-untyped-def]
    """The badge on the view's edge is a button: a tap there opens the next station (it used
    to walk her to the map point under the badge, partway there)."""
    from game.actions import Press
    from game.scenes import floor_hud

    h = make_app(autoplay=False)
    for world in range(len(h.ctx.scenario.model.worlds)):
        floor = floor_of(h, world)
        put(floor, *far_corner(floor))
        badge = floor_hud.edge_badge_rect(floor)
        if badge is None:
            continue  # the next station shows from everywhere on this map
        assert badge in floor.targets()
        wanted = floor.next_station()
        h.act(Press(badge.center), Release(badge.center))
        h.until(lambda f=floor: h.app.top is not f, limit_s=60)
        assert h.app.top.name == "DialogueScene" and h.app.top.station.id == wanted
        return
    raise AssertionError("no map shows the edge arrow from its far corner")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_station_at_the_edge_of_the_view_keeps_its_whole_name(make_app, lang: str) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--lang", lang, autoplay=False)
    view = pygame.Rect((0, 0), VIEW.size)
    checked = 0
    for world in range(len(h.ctx.scenario.model.worlds)):
        floor = floor_of(h, world)
        w, hh = floor.info.pixel_size
        for sid, rect in floor.stations.items():
            label = h.ctx.text.render(floor.world.station(sid).title.get(lang), 30, (0, 0, 0))
            # the station half out of the view's right, left and top edges
            for cx, cy in ((rect.centerx - VIEW.w + 20, rect.y - 200),
                           (rect.centerx - 20, rect.y - 200), (rect.x - 300, rect.y + 30)):
                floor.camera.x = min(max(0, cx), max(0, w - VIEW.w))
                floor.camera.y = min(max(0, cy), max(0, hh - VIEW.h))
                x, y = floor.camera.to_view(rect.x, rect.y)
                if not pygame.Rect(round(x), round(y), rect.w, rect.h).colliderect(view):
                    continue
                plate = floor.plate_rect(sid, label.get_size())
                assert view.contains(plate), (floor.world.id, sid, plate)
                checked += 1
    assert checked > 20


def test_the_decouverte_does_not_say_every_station_is_done_after_one_of_five(make_app) -> None:  # type: ignore[no-untyped-def]
    from game import express
    from game.scenes import floor_hud

    h = make_app(autoplay=False)
    model = h.ctx.scenario.model
    route = express.decouverte(model)
    h.ctx.tour = tour = Tour(model, list(dict.fromkeys(w for w, _ in route)),
                             datetime(2026, 1, 1), stations=route, express=True)
    tour.route = "decouverte"
    for world_id, station_id in route:
        tour.record(StationResult(world_id, station_id, "quiz", 80, 2, 9.0))
    last = route[-1][0]
    tour.current_world = last
    floor = FloorScene(h.ctx, last)
    h.app.transition(Reset(floor))
    assert len(model.world(last).stations) > 1  # one of several done here
    assert floor_hud.done_line(floor) == "visit_stations_done"
    said = h.ctx.tr(floor_hud.done_line(floor))
    assert "tous les postes de ta visite" in said and "ici" not in said
    h.ctx.tour = Tour(model, [last], datetime(2026, 1, 1))  # the whole world, all done
    for s in model.world(last).stations:
        h.ctx.tour.record(StationResult(last, s.id, "quiz", 80, 2, 9.0))
    assert floor_hud.done_line(FloorScene(h.ctx, last)) == "all_done_here"
