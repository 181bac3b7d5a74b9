"""The factory floor: walk the avatar to the glowing stations of a world."""
from __future__ import annotations

import pygame

from game import CONTENT_ROOT, flow
from game.actions import Action, Back, Confirm, Navigate, Press, Release
from game.scenario.models import Station
from game.scene import Push, Replace, Transition
from game.scenes.base import ButtonScene
from game.scenes.confirm import LeaveScene
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button
from game.world.index import RectIndex
from game.world.mapdata import MapInfo
from game.world.render import Camera, FloorRenderer, load_drawable, with_images
from game.world.walker import Walker

AVATAR_SHEET = CONTENT_ROOT / "assets" / "sprites" / "avatar.png"
FRAME_W, FRAME_H = 64, 96
ROWS = {"down": 0, "left": 1, "right": 2, "up": 3}
HUD_H = 110
STRIDE_PX = 34  # distance walked per animation frame
FLOOR_KEY = "floor:"  # ctx.cache["floor:<world>"]: only the world on screen keeps its floor
STATION_REACH_PX = 20  # station_at: the rectangle inflated by 40 px (20 a side)
STATION_DRAWN_PX = 160  # a station's glow, name plate and stars reach this far out


class FloorScene(ButtonScene):
    def __init__(self, ctx, world_id: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.accent = hex_color(self.world.accent)
        self.info, self.floor = self._load(world_id)
        spawn = self.info.spawn or (self.info.tile_w * 1.5, self.info.tile_h * 1.5)
        self.walker = Walker(self.info, *spawn)
        self.camera = Camera(self.info.pixel_size, pygame.Rect(0, 0, *theme.LOGICAL_SIZE))
        self.camera.follow(self.walker.x, self.walker.y)
        self.stations = {s.id: pygame.Rect(self.info.stations[s.id]) for s in self.planned}
        self.reach = RectIndex(self.stations, margin=STATION_REACH_PX)
        self.shown = RectIndex(self.stations, margin=STATION_DRAWN_PX)
        self._done: tuple[int, int] = (-1, 0)  # (results counted, done here): the HUD's count
        self.inside: str | None = None  # the station the avatar stands in (opens once)
        self.wanted: str | None = None  # a station tapped: open it on arrival
        self.t = 0.0
        self._tap_floor: tuple[float, float] | None = None
        self.sheet = self._avatar_frames()

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
            items.append(Button("results", pygame.Rect(theme.LOGICAL_W - 560, 960, 520, 100),
                                self.ctx.tr(label), size=theme.TEXT_LARGE))
            self.ctx.play("complete")
        self.buttons.set(items)

    @property
    def tour(self):  # type: ignore[no-untyped-def]
        assert self.ctx.tour is not None
        return self.ctx.tour

    def station_at(self, map_pos: tuple[float, float]) -> str | None:
        m = 2 * STATION_REACH_PX
        for sid in self.reach.near(*map_pos):
            if self.stations[sid].inflate(m, m).collidepoint(map_pos):
                return sid
        return None

    @property
    def planned(self) -> list[Station]:
        """The stations of this world the route visits (all of them but on the découverte)."""
        stations: list[Station] = self.tour.planned(self.world)
        return stations

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
            if self.buttons.get("results") is not None:
                return self.on_button(self.buttons.get("results"))  # type: ignore[arg-type]
            here = self.station_at((self.walker.x, self.walker.y))
            return self._open(here) if here is not None else None
        if isinstance(action, Navigate):
            return None
        pressed = self.buttons.handle(action)
        if pressed is not None:
            return self.on_button(pressed)
        if isinstance(action, Press) and self.buttons.at(action.pos) is None:
            self._tap_floor = action.pos
        if isinstance(action, Release) and self._tap_floor is not None:
            if self.buttons.at(action.pos) is None:
                self._walk_to_screen(action.pos)
            self._tap_floor = None
        return None

    def _walk_to_screen(self, pos: tuple[float, float]) -> None:
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
        if button.id == "results":
            return Replace(flow.after_world(self.ctx))  # the next world, or the end
        return None

    def on_back(self) -> Transition | None:
        return Push(LeaveScene(self.ctx))

    def _open(self, sid: str) -> Transition:
        self.inside = sid
        self.wanted = None
        self.walker.stop()
        return Push(flow.open_station(self.ctx, self.world.id, sid))

    # --- simulation ------------------------------------------------------------------
    def update(self, dt: float) -> Transition | None:
        self.t += dt
        self.walker.update(dt, self.ctx.controls.direction)
        self.camera.follow(self.walker.x, self.walker.y)
        here = self.station_at((self.walker.x, self.walker.y))
        feet_in = here if here and self.stations[here].collidepoint(self.walker.x, self.walker.y) \
            else None
        if feet_in is None and self.inside is not None and here != self.inside:
            self.inside = None
        if feet_in is not None and feet_in != self.inside:
            done = self.tour.result(self.world.id, feet_in) is not None
            if not done or self.wanted == feet_in:
                return self._open(feet_in)
            self.inside = feet_in
        if self.wanted and not self.walker.path and here == self.wanted and self.inside != here:
            return self._open(self.wanted)
        return None

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
        view = pygame.Rect(60, HUD_H + 40, theme.LOGICAL_W - 120, theme.LOGICAL_H - HUD_H - 100)
        if not view.collidepoint(sx, sy):  # off screen: tap towards it, as a player would
            cx, cy = view.center
            k = min(abs((view.w / 2) / (sx - cx)) if sx != cx else 1e9,
                    abs((view.h / 2) / (sy - cy)) if sy != cy else 1e9, 1.0)
            sx, sy = cx + (sx - cx) * k * 0.95, cy + (sy - cy) * k * 0.95
        return [Press((sx, sy)), Release((sx, sy))]

    def targets(self) -> list[pygame.Rect]:
        rects = super().targets()
        for rect in self.stations.values():
            x, y = self.camera.to_screen(rect.x, rect.y)
            rects.append(pygame.Rect(x, y, rect.w, rect.h))
        return rects

    # --- drawing ------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        pal = self.ctx.palette
        area = self.camera.visible_area()
        if area.x < 0 or area.y < 0:
            surface.fill(pal.wall)
        self.floor.draw(surface, area)
        for sid in self.shown.within(area):  # the stations on screen only
            self._draw_station(surface, sid)
        self._draw_path(surface)
        self.floor.draw_sprite(surface, area, self._avatar_rect(), self.walker.y,
                               lambda: self._draw_avatar(surface))  # behind what stands before her
        self._draw_hud(surface)
        self.buttons.draw(surface, self.ctx.text, pal)

    def _draw_station(self, surface: pygame.Surface, sid: str) -> None:
        pal = self.ctx.palette
        pal = self.ctx.palette
        rect = self.stations[sid]
        x, y = self.camera.to_screen(rect.x, rect.y)
        r = pygame.Rect(x, y, rect.w, rect.h)
        if not r.colliderect(surface.get_rect()):
            return
        result = self.tour.result(self.world.id, sid)
        pulse = self.ctx.motion.pulse(self.t, 3.0, hash(sid) % 7)
        if result is None:
            glow = r.inflate(18 + 16 * pulse, 18 + 16 * pulse)
            pygame.draw.rect(surface, self.accent, glow, width=6, border_radius=26)
            pygame.draw.rect(surface, pal.white, glow.inflate(-12, -12), width=2, border_radius=20)
        else:
            pygame.draw.rect(surface, pal.success, r.inflate(6, 6), width=4, border_radius=20)
        station = self.world.station(sid)
        label = self.ctx.text.render(station.title.get(self.ctx.lang), theme.TEXT_SMALL, pal.ink)
        tag = label.get_rect(midbottom=(r.centerx, r.y - 12))
        plate = tag.inflate(28, 16)
        draw.panel(surface, pal, plate, pal.white, radius=14, shadow=3,
                   border=pal.success if result else self.accent)
        surface.blit(label, tag)
        if result is not None:
            draw.stars(surface, pal, (plate.centerx, plate.y - 26), result.stars, 18)
            draw.verdict(surface, pal, (plate.right, plate.y + 4), True, 34)

    def _draw_path(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        pal = self.ctx.palette
        for i, (px, py) in enumerate(self.walker.path):
            if i % 2 == 0:
                pygame.draw.circle(surface, pal.white, self.camera.to_screen(px, py), 7)
                pygame.draw.circle(surface, self.accent, self.camera.to_screen(px, py), 7, 3)

    def _avatar_rect(self) -> pygame.Rect:
        """Where the avatar and her shadow are drawn, in map pixels."""
        x, y = round(self.walker.x), round(self.walker.y)
        body = pygame.Rect(0, 0, FRAME_W, FRAME_H) if self.sheet is not None else \
            pygame.Rect(0, 0, 48, 72)
        body.midbottom = (x, y + 8)
        return body.union(pygame.Rect(x - 23, y - 4, 46, 17)).inflate(2, 2)

    def _draw_avatar(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        pal = self.ctx.palette
        sx, sy = self.camera.to_screen(self.walker.x, self.walker.y)
        shadow = pygame.Rect(0, 0, 46, 16)
        shadow.center = (round(sx), round(sy) + 4)
        pygame.draw.ellipse(surface, pal.map_void, shadow)
        if self.sheet is None:
            pygame.draw.circle(surface, self.accent, (sx, sy - 40), 24)
            return
        col = 1 + int(self.walker.distance / STRIDE_PX) % 3 if self.walker.moving else 0
        frame = self.sheet[(self.walker.facing, col)]
        surface.blit(frame, frame.get_rect(midbottom=(round(sx), round(sy) + 8)))

    def _draw_hud(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        pal = self.ctx.palette
        bar = pygame.Rect(0, 0, theme.LOGICAL_SIZE[0], HUD_H)
        hud = self.ctx.cache.get("hud_bg")
        if hud is None:
            hud = pygame.Surface(bar.size, pygame.SRCALPHA)
            hud.fill((*pal.paper, 235))
            self.ctx.cache["hud_bg"] = hud
        surface.blit(hud, bar)
        pygame.draw.rect(surface, self.accent, pygame.Rect(0, HUD_H - 8, bar.w, 8))
        text = self.ctx.text
        title = text.render(self.world.title.get(self.ctx.lang), theme.TEXT_LARGE, pal.ink)
        surface.blit(title, (260, (HUD_H - 8 - title.get_height()) // 2))
        done, n = self.done_here(), len(self.planned)
        prog = text.render(self.ctx.tr("done_n", d=done, n=n), theme.TEXT_BODY, pal.ink)
        surface.blit(prog, prog.get_rect(midright=(1480, HUD_H // 2 - 4)))
        score = text.render(self.ctx.tr("points", n=self.tour.score), theme.TEXT_LARGE, pal.ink)
        surface.blit(score, score.get_rect(midright=(1880, HUD_H // 2 - 4)))
        draw.star(surface, pal, (1880 - score.get_width() - 40, HUD_H // 2 - 4), 20, True)
        if done == 0:
            hint = text.render(self.ctx.tr("walk_hint"), theme.TEXT_BODY, pal.white)
            box = hint.get_rect(midbottom=(960, 1050)).inflate(40, 24)
            pygame.draw.rect(surface, pal.ink, box, border_radius=18)
            surface.blit(hint, hint.get_rect(center=box.center))
