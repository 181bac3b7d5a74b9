"""What the floor draws over its map: the opaque top and bottom bars, the minimap, the guide
to the next station (a marching dotted path, a bouncing arrow) and the indicator on the edge
of the view that points at a station out of sight."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.ui import draw, theme
from game.ui.theme import Color, Palette
from game.world import guide

if TYPE_CHECKING:
    from game.scenes.floor import FloorScene
    from game.world.mapdata import MapInfo

HUD_H = 110  # the top bar: menu, world, progress, score, minimap
BAR_H = 120  # the bottom bar: the next station, the hint, « Poste suivant »
VIEW = pygame.Rect(0, HUD_H, theme.LOGICAL_W, theme.LOGICAL_H - HUD_H - BAR_H)  # the map
MINIMAP = pygame.Rect(theme.LOGICAL_W - 184, 7, 160, HUD_H - 8 - 14)  # fits in the top bar
DOT_SPACING = 42  # px between the guide's dots
DOT_SPEED = 1.2  # spacings per second the dots march
ARROW_BOB = 12  # px the arrow over the next station bobs


def minimap_base(info: MapInfo, pal: Palette, box: pygame.Rect) -> tuple[pygame.Surface, float]:
    """The map's walls and floor, small (drawn once per world and palette) and its scale."""
    s = min(box.w / info.width, box.h / info.height)
    surf = pygame.Surface((max(1, round(info.width * s)), max(1, round(info.height * s))))
    surf.fill(pal.floor)
    wall = draw.blend(pal.wall, pal.floor, 0.25)
    for r, row in enumerate(info.solid):
        c = 0
        while c < info.width:  # a run of solid cells is one rectangle
            if row[c]:
                start = c
                while c < info.width and row[c]:
                    c += 1
                pygame.draw.rect(surf, wall, pygame.Rect(math.floor(start * s), math.floor(r * s),
                                                         math.ceil((c - start) * s),
                                                         math.ceil(s)))
            else:
                c += 1
    return surf, s / info.tile_w


def draw_minimap(surface: pygame.Surface, scene: FloorScene, pal: Palette) -> None:
    key = ("minimap", id(pal))
    kept = scene.minimap
    if kept is None or kept[0] != key:
        base, scale = minimap_base(scene.info, pal, MINIMAP)
        kept = scene.minimap = (key, base, scale)
    _, base, scale = kept
    at = base.get_rect(midright=MINIMAP.midright)
    pygame.draw.rect(surface, pal.ink, at.inflate(6, 6), border_radius=6)
    surface.blit(base, at)

    def to_mini(x: float, y: float) -> tuple[int, int]:
        return (round(at.x + x * scale), round(at.y + y * scale))

    cam = scene.camera
    seen = pygame.Rect(to_mini(cam.x, cam.y), (round(VIEW.w * scale), round(VIEW.h * scale)))
    pygame.draw.rect(surface, pal.white, seen.clip(at), width=2)
    nxt = scene.next_station()
    for sid, rect in scene.stations.items():
        c = to_mini(*rect.center)
        if scene.tour.result(scene.world.id, sid) is not None:
            pygame.draw.circle(surface, pal.success, c, 5)  # done: a small filled dot
        else:
            pygame.draw.circle(surface, scene.accent, c, 6, 3)  # to do: a ring
    if nxt is not None:
        c = to_mini(*scene.stations[nxt].center)
        grow = scene.ctx.motion.pulse(scene.t, 5.0)
        pygame.draw.circle(surface, pal.safety, c, round(9 + 4 * grow), 3)
    a = to_mini(scene.walker.x, scene.walker.y)
    pygame.draw.circle(surface, pal.white, a, 6)
    pygame.draw.circle(surface, pal.ink, a, 4)


def draw_bars(surface: pygame.Surface, scene: FloorScene, pal: Palette) -> None:
    """The top bar (world, progress, score) and the bottom bar (where to go next)."""
    text, tr = scene.ctx.text, scene.ctx.tr
    top = pygame.Rect(0, 0, theme.LOGICAL_W, HUD_H)
    surface.fill(pal.paper, top)
    pygame.draw.rect(surface, scene.accent, pygame.Rect(0, HUD_H - 8, top.w, 8))
    title = text.render(scene.world.title.get(scene.ctx.lang), theme.TEXT_LARGE, pal.ink)
    surface.blit(title, (260, (HUD_H - 8 - title.get_height()) // 2))
    done, n = scene.done_here(), len(scene.planned)
    visit = scene.visit_progress()
    prog = text.render(tr("done_n", d=done, n=n) if visit is None else
                       tr("visit_done_n", d=visit[0], n=visit[1]), theme.TEXT_BODY, pal.ink)
    surface.blit(prog, prog.get_rect(midright=(1350, HUD_H // 2 - 4)))
    score = text.render(tr("points", n=scene.tour.score), theme.TEXT_LARGE, pal.ink)
    surface.blit(score, score.get_rect(midright=(MINIMAP.x - 40, HUD_H // 2 - 4)))
    draw.star(surface, pal, (MINIMAP.x - 80 - score.get_width(), HUD_H // 2 - 4), 20, True)
    draw_minimap(surface, scene, pal)

    bar = pygame.Rect(0, theme.LOGICAL_H - BAR_H, theme.LOGICAL_W, BAR_H)
    surface.fill(pal.paper, bar)
    pygame.draw.rect(surface, scene.accent, pygame.Rect(0, bar.y, bar.w, 8))
    nxt = scene.next_station()
    if nxt is not None:
        name = scene.world.station(nxt).title.get(scene.ctx.lang)
        line = text.render(tr("next_is", name=name), theme.TEXT_BODY, pal.ink)
    else:
        line = text.render(tr(done_line(scene)), theme.TEXT_BODY, pal.ink)
    y = bar.y + 18 if done == 0 else bar.centery + 4 - line.get_height() // 2
    surface.blit(line, (40, y))
    if done == 0:
        hint = text.render(tr("walk_hint"), theme.TEXT_SMALL, draw.blend(pal.ink, pal.paper, 0.2))
        surface.blit(hint, (40, y + line.get_height() + 4))


BADGE_R = 46  # the off-screen indicator's disc, px: a touch target (92 px) that walks there


def edge_badge(scene: FloorScene) -> tuple[tuple[float, float], float] | None:
    """Where the indicator of the next station sits when it is out of sight (its centre, in
    view pixels) and the angle it points at; None when the station shows, or none is left."""
    nxt = scene.next_station()
    if nxt is None:
        return None
    rect = scene.stations[nxt]
    area = scene.camera.visible_area()
    if area.colliderect(rect.inflate(-rect.w // 2, -rect.h // 2)):
        return None
    box = (float(area.x), float(area.y), float(area.w), float(area.h))
    (mx, my), angle = guide.edge_marker(box, (float(rect.centerx), float(rect.centery)))
    return scene.camera.to_view(mx, my), angle


def edge_badge_rect(scene: FloorScene) -> pygame.Rect | None:
    """The indicator's tappable square, on screen (a tap there walks to the next station)."""
    found = edge_badge(scene)
    if found is None:
        return None
    (x, y), _ = found
    box = pygame.Rect(0, 0, 2 * BADGE_R, 2 * BADGE_R)
    box.center = (round(x + VIEW.x), round(y + VIEW.y))
    return box


def done_line(scene: FloorScene) -> str:
    """What the bottom bar says when no station is left to do here: the route goes on in
    another world; every station of the world is done; or only the visit's ones are (the
    découverte plays one station of a world of five)."""
    visit = scene.visit_progress()
    if visit is not None and visit[0] < visit[1]:
        return "next_elsewhere"
    every = all(scene.tour.result(scene.world.id, s.id) is not None for s in scene.world.stations)
    return "all_done_here" if every else "visit_stations_done"


def draw_guide(view: pygame.Surface, scene: FloorScene, pal: Palette) -> None:
    """The marching dots from the avatar to the next station, an arrow bobbing over it, and,
    when it is out of sight, a badge on the view's edge pointing at it."""
    nxt = scene.next_station()
    if nxt is None:
        return
    motion, cam = scene.ctx.motion, scene.camera
    points = [(scene.walker.x, scene.walker.y), *scene.guide_path]
    phase = motion.cycle(scene.t, DOT_SPEED) if not motion.reduced else 0.0
    for x, y in guide.dots(points, DOT_SPACING, phase)[1:]:
        p = cam.to_view(x, y)
        pygame.draw.circle(view, pal.white, p, 9)
        pygame.draw.circle(view, scene.accent, p, 9, 4)
    rect = scene.stations[nxt]
    badge = edge_badge(scene)
    if badge is None:
        bob = ARROW_BOB * motion.pulse(scene.t, 5.0)
        tip = cam.to_view(rect.centerx, rect.y - 80 + bob)
        _arrow(view, pal, scene.accent, tip, math.pi / 2, 34)
        return
    centre, angle = badge
    pygame.draw.circle(view, pal.ink, centre, BADGE_R)
    pygame.draw.circle(view, scene.accent, centre, BADGE_R - 4)
    nudge = 6 * motion.pulse(scene.t, 5.0)
    tip = (centre[0] + math.cos(angle) * (24 + nudge), centre[1] + math.sin(angle) * (24 + nudge))
    _arrow(view, pal, pal.white, tip, angle, 30, outline=False)
    name = scene.world.station(nxt).title.get(scene.ctx.lang)
    label = scene.ctx.text.render(name, theme.TEXT_SMALL, pal.ink)
    lx = centre[0] - math.cos(angle) * (70 + label.get_width() / 2)
    ly = centre[1] - math.sin(angle) * 70
    plate = label.get_rect(center=(round(lx), round(ly))).inflate(24, 12)
    plate.clamp_ip(view.get_rect().inflate(-16, -16))
    draw.panel(view, pal, plate, pal.white, radius=12, shadow=3, border=scene.accent)
    view.blit(label, label.get_rect(center=plate.center))


def _arrow(surface: pygame.Surface, pal: Palette, color: Color, tip: tuple[float, float],
           angle: float, size: float, outline: bool = True) -> None:
    """A fat arrowhead whose point is at ``tip``, pointing along ``angle``."""
    ca, sa = math.cos(angle), math.sin(angle)
    back = (tip[0] - ca * size, tip[1] - sa * size)
    px, py = -sa * size * 0.7, ca * size * 0.7
    pts = [tip, (back[0] + px, back[1] + py), (back[0] - px, back[1] - py)]
    pygame.draw.polygon(surface, color, pts)
    if outline:
        pygame.draw.polygon(surface, pal.ink, pts, width=4)
