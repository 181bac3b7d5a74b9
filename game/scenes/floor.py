"""The factory floor: walk the avatar to the glowing stations of a world."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context
    from game.progress import Tour

import pygame

from game import CONTENT_ROOT, flow
from game.actions import Action, Back, Confirm, Navigate, Press, Release, Tab
from game.i18n import define
from game.scenario.models import Station
from game.scene import Push, Replace, Transition
from game.scenes import floor_hud, floor_people
from game.scenes.base import ButtonScene
from game.scenes.floor_hud import VIEW
from game.scenes.pause import PauseScene
from game.ui import draw, theme
from game.ui.confetti import Confetti
from game.ui.focus import draw_ring, next_in_order
from game.ui.theme import hex_color
from game.ui.widgets import Button
from game.world import guide, machines
from game.world.index import RectIndex
from game.world.mapdata import MapInfo
from game.world.render import Camera, FloorRenderer, load_drawable, with_images
from game.world.walker import Walker

AVATAR_SHEET = CONTENT_ROOT / "assets" / "sprites" / "avatar.png"
FRAME_W, FRAME_H = 64, 96
ROWS = {"down": 0, "left": 1, "right": 2, "up": 3}
STRIDE_PX = 34  # distance walked per animation frame
FLOOR_KEY = "floor:"  # ctx.cache["floor:<world>"]: only the world on screen keeps its floor
STATION_REACH_PX = 20  # station_at: the rectangle inflated by 40 px (20 a side)
STATION_DRAWN_PX = 160  # a station's glow, name plate and stars reach this far out
PLATE_MARGIN = 8  # px between a name plate and the view's edge
NEXT_BUTTON = pygame.Rect(theme.LOGICAL_W - 540, theme.LOGICAL_H - floor_hud.BAR_H + 14, 500, 96)

define({
    "next_station": {"fr": "Poste suivant", "en": "Next station"},
    "next_is": {"fr": "Prochain poste : {name}", "en": "Next station: {name}"},
    "all_done_here": {"fr": "Bravo, tous les postes sont faits ici !",
                      "en": "Well done, every station here is done!"},
    # a route through some stations (the découverte): the count is the visit's, not the world's
    "visit_done_n": {"fr": {"one": "Ta visite : {d}/{n} poste",
                            "other": "Ta visite : {d}/{n} postes"},
                     "en": {"one": "Your visit: {d}/{n} station",
                            "other": "Your visit: {d}/{n} stations"}},
    "next_elsewhere": {"fr": "Bravo ! Ton prochain poste est dans un autre univers.",
                       "en": "Well done! Your next station is in another world."},
    # the découverte's station(s) here are done, not the world's others
    "visit_stations_done": {"fr": "Bravo, tu as fait tous les postes de ta visite !",
                            "en": "Well done, you have done every station on your visit!"},
})


class FloorScene(ButtonScene):
    def __init__(self, ctx: Context, world_id: str) -> None:
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.accent = hex_color(self.world.accent)
        self.info, self.floor = self._load(world_id)
        spawn = self.info.spawn or (self.info.tile_w * 1.5, self.info.tile_h * 1.5)
        self.walker = Walker(self.info, *spawn)
        self.camera = Camera(self.info.pixel_size, VIEW.copy())
        self.stations = {s.id: pygame.Rect(self.info.stations[s.id]) for s in self.planned}
        self.reach = RectIndex(self.stations, margin=STATION_REACH_PX)
        self.shown = RectIndex(self.stations, margin=STATION_DRAWN_PX)
        self._done: tuple[int, int] = (-1, 0)  # (results counted, done here): the HUD's count
        self.inside: str | None = None  # the station the avatar stands in (opens once)
        self.wanted: str | None = None  # a station tapped: open it on arrival
        self.t = 0.0
        self._tap_floor: tuple[float, float] | None = None
        self.sheet = self._avatar_frames()
        self.guide_path: list[tuple[float, float]] = []  # from the avatar to the next station
        self._guide_for: tuple[tuple[int, int], str | None] | None = None
        self.focus_station: str | None = None  # a station given the keyboard focus (Tab)
        self.minimap: tuple[object, pygame.Surface, float] | None = None
        self.confetti: Confetti | None = None  # the world is done: a burst, once
        self.machines = machines.find(self.info.tmx) if self.info.tmx is not None else []
        self._frame_camera(snap=True)

    def _load(self, world_id: str) -> tuple[MapInfo, FloorRenderer]:
        """The world's map and floor; the previous world's floor is let go."""
        key = FLOOR_KEY + world_id
        kept = self.ctx.cache.get(key)
        if kept is None:
            for other in [k for k in self.ctx.cache if k.startswith(FLOOR_KEY)]:
                del self.ctx.cache[other]  # before loading: one floor in memory at most
            parsed = self.ctx.scenario.maps.get(world_id)  # read when the scenario loaded
            info = with_images(parsed) if parsed is not None else \
                load_drawable(self.ctx.scenario.asset(self.world.map))
            kept = self.ctx.cache[key] = (info, FloorRenderer(info))
        return kept

    def _avatar_frames(self) -> dict[tuple[str, int], pygame.Surface] | None:
        if not AVATAR_SHEET.is_file():
            return None
        sheet = self.ctx.images.get(AVATAR_SHEET)
        return {(d, c): sheet.subsurface(pygame.Rect(c * FRAME_W, r * FRAME_H, FRAME_W, FRAME_H))
                for d, r in ROWS.items() for c in range(4)}

    # --- layout and state -------------------------------------------------------
    def enter(self) -> None:
        self.ctx.controls.release_all()
        self.walker.stop()
        items = [Button("menu", pygame.Rect(24, 14, 200, 82), self.ctx.tr("menu"),
                        style="secondary")]
        if self.tour.world_complete(self.world):
            label = "next_world" if self.tour.next_world() is not None else "see_results"
            if label == "see_results" and self.tour.stations is not None:
                label = "continue"  # a route of some stations asks « Encore un poste ? » first
            items.append(Button("results", NEXT_BUTTON.inflate(80, 0).move(-40, 0),
                                self.ctx.tr(label), size=theme.TEXT_LARGE))
            if self.confetti is None:  # once, not at each return from the pause
                self.confetti = Confetti((VIEW.centerx, VIEW.bottom), seed=len(self.tour.results))
                self.ctx.play("complete")
        else:
            items.append(Button("next", NEXT_BUTTON, self.ctx.tr("next_station"),
                                size=theme.TEXT_LARGE))
        self.buttons.set(items)
        self._guide_for = None  # a station was done: the guide points at the next one
        self._frame_camera(snap=True)

    @property
    def tour(self) -> Tour:
        """The game being played: a floor is only ever opened inside one."""
        return self.ctx.current_tour()

    def station_at(self, map_pos: tuple[float, float]) -> str | None:
        m = 2 * STATION_REACH_PX
        for sid in self.reach.near(*map_pos):
            if self.stations[sid].inflate(m, m).collidepoint(map_pos):
                return sid
        return None

    def next_station(self) -> str | None:
        """The first station of the route here not yet done: where the guide points."""
        for s in self.planned:
            if self.tour.result(self.world.id, s.id) is None:
                return s.id
        return None

    @property
    def planned(self) -> list[Station]:
        """The stations of this world the route visits (all of them but on the découverte)."""
        stations: list[Station] = self.tour.planned(self.world)
        return stations

    def visit_progress(self) -> tuple[int, int] | None:
        """(done, planned) over the whole route when it visits only some stations (the
        découverte's three, spread over the worlds); None: the world's own count says it."""
        route = self.tour.stations
        if route is None:
            return None
        return sum(1 for ref in route if ref in self.tour.results), len(route)

    def done_here(self) -> int:
        """Stations done in this world (counted again only when a result came in)."""
        n = len(self.tour.results)
        if self._done[0] != n:
            self._done = (n, self.tour.done_in(self.world))
        return self._done[1]

    # --- input ---------------------------------------------------------------------
    def handle(self, action: Action) -> Transition | None:
        """Arrows walk (held keys, see update); Enter opens the station here, or the results."""
        if isinstance(action, Back):
            return self.on_back()
        if isinstance(action, Confirm):
            return self._confirm()
        if isinstance(action, Navigate):
            self.focus_station = None
            self.buttons.focus = None  # the arrows walk: the focus ring goes
            return None
        if isinstance(action, Tab):
            self._tab(action.step)
            return None
        pressed = self.buttons.handle(action)
        if pressed is not None:
            self.focus_station = None
            self.ctx.play("tap")
            return self.on_button(pressed)
        on_map = isinstance(action, (Press, Release)) and VIEW.collidepoint(action.pos)
        if isinstance(action, Press) and on_map and self.buttons.at(action.pos) is None:
            self._tap_floor = action.pos
        if isinstance(action, Release) and self._tap_floor is not None:
            if on_map and self.buttons.at(action.pos) is None:
                self._walk_to_screen(action.pos)
            self._tap_floor = None
        return None

    def _confirm(self) -> Transition | None:
        """Enter: the focused button or station; else the results once all is done, the
        station she stands in if it is still to do, or a walk to the next station."""
        if self.buttons.focus is not None:
            pressed = self.buttons.handle(Confirm())
            return self.on_button(pressed) if pressed is not None else None
        if self.focus_station is not None:
            sid, self.focus_station = self.focus_station, None
            self.walk_to_station(sid)
            return None
        if (results := self.buttons.get("results")) is not None:
            return self.on_button(results)
        here = self.station_at((self.walker.x, self.walker.y))
        if here is not None and self.tour.result(self.world.id, here) is None:
            return self._open(here)
        self.walk_to_next()
        return None

    def focusables(self) -> dict[str, pygame.Rect]:
        """What Tab goes through, in reading order: the buttons, then the stations in view."""
        keys: dict[str, pygame.Rect] = {f"b:{i}": b.rect for i, b in enumerate(self.buttons.items)
                                        if b.enabled}
        for sid in self.stations:
            rect = self._screen_rect(sid)
            if rect is not None:
                keys[f"s:{sid}"] = rect
        return keys

    def _tab(self, step: int) -> None:
        keys = self.focusables()
        now = f"s:{self.focus_station}" if self.focus_station is not None else \
            f"b:{self.buttons.focus}" if self.buttons.focus is not None else None
        key = next_in_order(keys, now, step)
        self.buttons.focus, self.focus_station = None, None
        if key is not None and key.startswith("b:"):
            self.buttons.focus = int(key[2:])
        elif key is not None:
            self.focus_station = key[2:]

    def walk_to_station(self, sid: str) -> None:
        """Walk to a station (it opens on arrival)."""
        self.wanted = sid
        if self.inside == sid:
            self.inside = None
        self.walker.walk_to(*self.stations[sid].center)

    def walk_to_next(self) -> None:
        """Enter or « Poste suivant »: walk to the next station to do."""
        nxt = self.next_station()
        if nxt is not None:
            self.walk_to_station(nxt)

    def _walk_to_screen(self, pos: tuple[float, float]) -> None:
        badge = floor_hud.edge_badge_rect(self)
        if badge is not None and badge.collidepoint(pos):  # the edge's arrow: all the way there
            self.walk_to_next()
            return
        target = self.camera.to_map(*pos)
        sid = self.station_at(target)
        if sid is not None:
            self.wanted = sid
            if self.inside == sid:
                self.inside = None  # tapping the station you stand in opens it again
            target = self.stations[sid].center
        else:
            self.wanted = None
        self.walker.walk_to(*target)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "menu":
            return self.on_back()
        if button.id == "next":
            self.walk_to_next()
            return None
        if button.id == "results":
            return Replace(flow.after_world(self.ctx))  # the next world, or the end
        return None

    def on_back(self) -> Transition | None:
        return Push(PauseScene(self.ctx, "floor"))

    def _open(self, sid: str) -> Transition:
        self.inside = sid
        self.wanted = None
        self.walker.stop()
        return Push(flow.open_station(self.ctx, self.world.id, sid))

    # --- simulation ------------------------------------------------------------------
    def update(self, dt: float) -> Transition | None:
        self.t += dt
        self.walker.update(dt, self.ctx.controls.direction)
        self._refresh_guide()
        self._frame_camera(dt=dt)
        if self.confetti is not None:
            self.confetti.update(dt)
        here = self.station_at((self.walker.x, self.walker.y))
        feet_in = here if here and self.stations[here].collidepoint(self.walker.x, self.walker.y) \
            else None
        if feet_in is None and self.inside is not None and here != self.inside:
            self.inside = None
        if feet_in is not None and feet_in != self.inside:
            done = self.tour.result(self.world.id, feet_in) is not None
            passing = self.wanted is not None and self.walker.path  # on her way elsewhere
            if (not done and not passing) or self.wanted == feet_in:
                return self._open(feet_in)
            self.inside = feet_in
        if self.wanted and not self.walker.path and here == self.wanted and self.inside != here:
            return self._open(self.wanted)
        return None

    def _refresh_guide(self) -> None:
        """The route to the next station, found again when she changes tile or it changes."""
        nxt = self.next_station()
        key = (self.walker.cell, nxt)
        if key == self._guide_for:
            return
        self._guide_for = key
        if nxt is None:
            self.guide_path = []
            return
        found = guide.route(self.info.walkable, (self.info.tile_w, self.info.tile_h),
                            (self.walker.x, self.walker.y), self.stations[nxt].center)
        self.guide_path = found or [self.stations[nxt].center]

    def _frame_camera(self, dt: float = 0.0, snap: bool = False) -> None:
        """Keep the avatar, and her next station when both fit, in the view (below the top
        bar, above the bottom one); glide there unless motion is reduced."""
        nxt = self.next_station()
        target = self.stations[nxt].center if nxt is not None else None
        wanted = guide.framing((self.walker.x, self.walker.y), target, VIEW.size,
                               self.info.pixel_size)
        if not snap and not self.ctx.motion.reduced:
            wanted = guide.approach((self.camera.x, self.camera.y), wanted, dt)
        self.camera.x, self.camera.y = wanted
        # she is never left out of the view, whatever the glide
        vx, vy = self.walker.x - self.camera.x, self.walker.y - self.camera.y
        m = 60.0
        if self.info.pixel_size[0] > VIEW.w:
            self.camera.x += min(0.0, vx - m) + max(0.0, vx - (VIEW.w - m))
        if self.info.pixel_size[1] > VIEW.h:
            self.camera.y += min(0.0, vy - m - 40) + max(0.0, vy - (VIEW.h - m))

    def bot(self) -> list[Action] | Transition | None:
        ap = self.ctx.autoplay
        if ap is None or self.walker.path or not ap.due():
            return None
        if self.buttons.get("results") is not None:
            return self.buttons.tap("results")
        todo = [s.id for s in self.planned if self.tour.result(self.world.id, s.id) is None]
        if not todo:
            return None
        target = self.stations[todo[0]].center
        sx, sy = self.camera.to_screen(*target)
        view = VIEW.inflate(-120, -100)
        if not view.collidepoint(sx, sy):  # off screen: tap towards it, as a player would
            cx, cy = view.center
            k = min(abs((view.w / 2) / (sx - cx)) if sx != cx else 1e9,
                    abs((view.h / 2) / (sy - cy)) if sy != cy else 1e9, 1.0)
            sx, sy = cx + (sx - cx) * k * 0.95, cy + (sy - cy) * k * 0.95
        return [Press((sx, sy)), Release((sx, sy))]

    def _screen_rect(self, sid: str) -> pygame.Rect | None:
        """A station's tappable part on screen: within the view and beside the edge's arrow
        (which takes the taps it covers), or None if too little shows."""
        rect = self.stations[sid]
        x, y = self.camera.to_screen(rect.x, rect.y)
        shown = pygame.Rect(round(x), round(y), rect.w, rect.h).clip(VIEW)
        badge = floor_hud.edge_badge_rect(self)
        if badge is not None and shown.colliderect(badge):
            shown = _beside(shown, badge)
        if shown.w < theme.MIN_TARGET or shown.h < theme.MIN_TARGET:
            return None
        return shown

    def targets(self) -> list[pygame.Rect]:
        """The buttons, the edge's arrow to the next station when it is out of sight, and
        each station where it shows on the map: below the HUD (a tap there is the HUD's, not
        the map's) and at least a touch target wide and high."""
        rects = super().targets()
        badge = floor_hud.edge_badge_rect(self)
        if badge is not None:
            rects.append(badge)
        for sid in self.stations:
            shown = self._screen_rect(sid)
            if shown is not None:
                rects.append(shown)
        return rects

    def focus_label(self) -> str | None:
        if self.focus_station is not None:
            name: str = self.world.station(self.focus_station).title.get(self.ctx.lang)
            return name
        return super().focus_label()

    # --- drawing ------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        """The map in the view between the bars (never under them), then the bars."""
        pal = self.ctx.palette
        view = surface.subsurface(VIEW)
        area = self.camera.visible_area()
        if area.x < 0 or area.y < 0:
            view.fill(pal.wall)
        self.floor.draw(view, area)
        machines.draw(view, self.machines, area, self.t, self.ctx.motion, pal)
        for sid in self.shown.within(area):  # the stations on screen only
            self._draw_station(view, sid)
        floor_people.draw_role_models(view, self)
        self._draw_path(view)
        floor_hud.draw_guide(view, self, pal)
        self.floor.draw_sprite(view, area, self._avatar_rect(), self.walker.y,
                               lambda: self._draw_avatar(view))  # behind what stands before her
        floor_hud.draw_bars(surface, self, pal)
        self.buttons.draw(surface, self.ctx.text, pal)
        if self.focus_station is not None and (ring := self._screen_rect(self.focus_station)):
            draw_ring(surface, pal, ring)
        if self.confetti is not None:
            self.confetti.draw(surface, pal, self.ctx.motion)

    def _draw_station(self, surface: pygame.Surface, sid: str) -> None:
        pal = self.ctx.palette
        rect = self.stations[sid]
        x, y = self.camera.to_view(rect.x, rect.y)
        r = pygame.Rect(round(x), round(y), rect.w, rect.h)
        if not r.inflate(0, 200).colliderect(surface.get_rect()):
            return
        result = self.tour.result(self.world.id, sid)
        pulse = self.ctx.motion.pulse(self.t, 3.0, hash(sid) % 7)
        if result is None:
            glow = r.inflate(18 + 16 * pulse, 18 + 16 * pulse)
            pygame.draw.rect(surface, self.accent, glow, width=6, border_radius=26)
            pygame.draw.rect(surface, pal.white, glow.inflate(-12, -12), width=2, border_radius=20)
        else:
            pygame.draw.rect(surface, pal.success, r.inflate(6, 6), width=4, border_radius=20)
        label = self.ctx.text.render(self.world.station(sid).title.get(self.ctx.lang),
                                     theme.TEXT_SMALL, pal.ink)
        plate = self.plate_rect(sid, label.get_size())
        draw.panel(surface, pal, plate, pal.white, radius=14, shadow=3,
                   border=pal.success if result else self.accent)
        surface.blit(label, label.get_rect(center=plate.center))
        if result is not None:
            draw.stars(surface, pal, (plate.centerx, plate.y - 26), result.stars, 18)
            draw.verdict(surface, pal, (plate.right, plate.y + 4), True, 34)

    def plate_rect(self, sid: str, label: tuple[int, int]) -> pygame.Rect:
        """A station's name plate, in view pixels: over the station (under it when the top of
        the view leaves no room), kept whole inside the view when the station shows at its
        edge (with room above it for the stars)."""
        rect = self.stations[sid]
        x, y = self.camera.to_view(rect.x, rect.y)
        r = pygame.Rect(round(x), round(y), rect.w, rect.h)
        plate = pygame.Rect(0, 0, label[0] + 28, label[1] + 16)
        plate.midbottom = (r.centerx, r.y - 4)
        inside = pygame.Rect((0, 0), VIEW.size).inflate(-PLATE_MARGIN * 2, -PLATE_MARGIN * 2)
        if self.tour.result(self.world.id, sid) is not None:
            inside.top, inside.h = inside.top + 44, inside.h - 44  # the stars over the plate
        if r.colliderect(pygame.Rect((0, 0), VIEW.size)):
            if plate.top < inside.top:  # not over her face: below the station
                plate.top = r.bottom + 4
            plate.clamp_ip(inside)
        return plate

    def _draw_path(self, surface: pygame.Surface) -> None:
        """Where a tap sent her, when it is not the guide's way to the next station."""
        if not self.walker.path or self.wanted == self.next_station():
            return
        pal = self.ctx.palette
        for i, (px, py) in enumerate(self.walker.path):
            if i % 2 == 0:
                pygame.draw.circle(surface, pal.white, self.camera.to_view(px, py), 7)
                pygame.draw.circle(surface, self.accent, self.camera.to_view(px, py), 7, 3)

    def _avatar_rect(self) -> pygame.Rect:
        """Where the avatar and her shadow are drawn, in map pixels."""
        x, y = round(self.walker.x), round(self.walker.y)
        body = pygame.Rect(0, 0, FRAME_W, FRAME_H) if self.sheet is not None else \
            pygame.Rect(0, 0, 48, 72)
        body.midbottom = (x, y + 8)
        return body.union(pygame.Rect(x - 23, y - 4, 46, 17)).inflate(2, 2)

    def _draw_avatar(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        sx, sy = self.camera.to_view(self.walker.x, self.walker.y)
        shadow = pygame.Rect(0, 0, 46, 16)
        shadow.center = (round(sx), round(sy) + 4)
        pygame.draw.ellipse(surface, pal.map_void, shadow)
        if self.sheet is None:
            pygame.draw.circle(surface, self.accent, (sx, sy - 40), 24)
            return
        col = 1 + int(self.walker.distance / STRIDE_PX) % 3 if self.walker.moving else 0
        frame = self.sheet[(self.walker.facing, col)]
        surface.blit(frame, frame.get_rect(midbottom=(round(sx), round(sy) + 8)))


def _beside(rect: pygame.Rect, other: pygame.Rect) -> pygame.Rect:
    """The largest part of ``rect`` left, right, above or below ``other``."""
    parts = [pygame.Rect(rect.x, rect.y, other.x - rect.x, rect.h),
             pygame.Rect(other.right, rect.y, rect.right - other.right, rect.h),
             pygame.Rect(rect.x, rect.y, rect.w, other.y - rect.y),
             pygame.Rect(rect.x, other.bottom, rect.w, rect.bottom - other.bottom)]
    return max((p for p in parts if p.w > 0 and p.h > 0), key=lambda p: p.w * p.h,
               default=pygame.Rect(rect.x, rect.y, 0, 0))
