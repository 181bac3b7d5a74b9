"""The big screen (``main.py --board --hub URL --hub-key K``): the event's shared leaderboard.

Today's best scores across every kiosk, the visitors and stations done so far, the jobs most
liked on the take-away cards (the jobs most discovered until a player liked one); painted
once per change of the board (a projector shows it all day). The feed (:mod:`game.hub.feed`)
runs in its own thread: when the hub is unreachable the last board stays and a « hors ligne »
badge says since when. Escape or Back leaves (windowed runs).
"""
from __future__ import annotations

from typing import Any

import pygame

import game.hub.strings  # noqa: F401 - registers the texts
from game.actions import Action, Back
from game.hub.feed import BoardFeed, Snapshot
from game.routes import fit, score_from
from game.scene import Quit, Scene, Transition
from game.scenes.base import paint_paper
from game.ui import draw, theme

TOP = pygame.Rect(60, 170, 1150, 860)
SIDE = pygame.Rect(1260, 170, 600, 860)
ROWS = 10
ROW_H = 72
NAME_W = 380  # a long nickname is clipped here, before what its score is from


class BoardScene(Scene):
    def __init__(self, ctx: Any, feed: BoardFeed) -> None:
        super().__init__(ctx)
        self.feed = feed
        self._background: pygame.Surface | None = None
        self._version = -1
        self.snap = Snapshot()

    def handle(self, action: Action) -> Transition | None:
        return Quit() if isinstance(action, Back) else None

    def update(self, dt: float) -> Transition | None:
        self.snap = self.feed.snapshot()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        if self._background is None or self._version != self.snap.version:
            self._background = pygame.Surface(theme.LOGICAL_SIZE)
            self.paint(self._background, self.snap)
            self._version = self.snap.version
        surface.blit(self._background, (0, 0))
        if self.snap.reached_at is not None and self.snap.online:
            t = self.ctx.text
            at = self.snap.reached_at.strftime("%H:%M:%S")
            img = t.render(self.ctx.tr("board_updated", at=at), theme.TEXT_SMALL, pal.muted)
            surface.blit(img, img.get_rect(topright=(SIDE.right, 1040)))

    # --- painting, once per change ----------------------------------------------------------
    def paint(self, surface: pygame.Surface, snap: Snapshot) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.primary)
        t, tr = self.ctx.text, self.ctx.tr
        title = t.render(tr("board_title"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (TOP.x, 50))
        if snap.online is False:
            self._offline_badge(surface, snap)
        board = snap.board
        draw.panel(surface, pal, TOP, pal.white, radius=26, shadow=8)
        head = t.render(tr("board_today"), theme.TEXT_LARGE, pal.ink)
        surface.blit(head, (TOP.x + 40, TOP.y + 26))
        if board is None:
            msg = t.render(tr("board_waiting"), theme.TEXT_LARGE, pal.muted)
            surface.blit(msg, msg.get_rect(center=TOP.center))
            return
        rows = list(board.get("top", []))[:ROWS]
        if not rows:
            msg = t.render(tr("board_empty"), theme.TEXT_LARGE, pal.muted, width=TOP.w - 120,
                           align="center")
            surface.blit(msg, msg.get_rect(center=TOP.center))
        y = TOP.y + 104
        for row in rows:
            self._row(surface, y, row)
            y += ROW_H
        self._side(surface, board)

    def _offline_badge(self, surface: pygame.Surface, snap: Snapshot) -> None:
        pal = self.ctx.palette
        t, tr = self.ctx.text, self.ctx.tr
        at = snap.reached_at.strftime("%H:%M") if snap.reached_at else None
        text = tr("board_offline_since", at=at) if at else tr("board_offline")
        img = t.render(text, theme.TEXT_BODY, pal.white)
        box = img.get_rect(topright=(SIDE.right, 62)).inflate(90, 30)
        pygame.draw.rect(surface, pal.error, box, border_radius=box.h // 2)
        draw.cross_mark(surface, (box.x + 40, box.centery), 26, pal.white)
        surface.blit(img, img.get_rect(midright=(box.right - 30, box.centery)))

    def _row(self, surface: pygame.Surface, y: int, row: dict[str, Any]) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        line = pygame.Rect(TOP.x + 24, y, TOP.w - 48, ROW_H - 10)
        rank = int(row.get("rank", 0))
        if rank % 2 == 0:
            pygame.draw.rect(surface, pal.paper, line, border_radius=14)
        medal = {1: pal.safety, 2: pal.floor_dark, 3: pal.welding}.get(rank)
        if medal is not None:
            pygame.draw.circle(surface, medal, (line.x + 50, line.centery), 30)
        num = t.render(str(rank), theme.TEXT_BODY, pal.ink)
        surface.blit(num, num.get_rect(center=(line.x + 50, line.centery)))
        name = row.get("nickname") or self.ctx.tr("anonymous")
        label = t.render(str(name), theme.TEXT_BODY, pal.ink)
        room = pygame.Rect(0, 0, NAME_W, label.get_height())
        surface.blit(label, label.get_rect(midleft=(line.x + 110, line.centery)), room)
        stars_x = line.right - 380
        source = self.source(row)
        if source:  # what the score is from: a route or a world, in words (as on a kiosk)
            x = line.x + 110 + min(NAME_W, label.get_width()) + 30
            shown = fit(source, stars_x - 70 - x, lambda s: t.size(s, theme.TEXT_SMALL)[0])
            tag = t.render(shown, theme.TEXT_SMALL, pal.muted)
            surface.blit(tag, tag.get_rect(midleft=(x, line.centery)))
        draw.star_tally(surface, pal, (stars_x, line.centery), 18,  # a game's stars
                        t.render(str(int(row.get("stars", 0))), theme.TEXT_BODY, pal.ink))
        pts = t.render(self.ctx.tr("points", n=row.get("score", 0)), theme.TEXT_BODY, pal.ink)
        surface.blit(pts, pts.get_rect(midright=(line.right - 24, line.centery)))

    def source(self, row: dict[str, Any]) -> str:
        """What a board line's score is from (« Découverte », a world…), from the scenario this
        screen loaded; "" for another scenario's game or a hub that does not say."""
        model = getattr(self.ctx.loaded_scenario, "model", None)
        if model is None or model.id != row.get("scenario_id"):
            return ""
        worlds = row.get("worlds")
        return score_from(model, row.get("route"), worlds if isinstance(worlds, list) else [],
                          self.ctx.lang)

    def sources(self) -> list[str]:
        """Each shown line's source, in the board's order (as drawn)."""
        board = self.snap.board or {}
        return [self.source(row) for row in list(board.get("top", []))[:ROWS]]

    def _side(self, surface: pygame.Surface, board: dict[str, Any]) -> None:
        pal = self.ctx.palette
        t, tr = self.ctx.text, self.ctx.tr
        figures = [(board.get("players", 0), tr("board_players"), pal.primary),
                   (board.get("stations", 0), tr("board_stations"), pal.success),
                   (board.get("devices", 0), tr("board_kiosks"), pal.welding)]
        y = SIDE.y
        for value, label, accent in figures:
            card = pygame.Rect(SIDE.x, y, SIDE.w, 150)
            draw.panel(surface, pal, card, pal.white, radius=22, shadow=6)
            pygame.draw.rect(surface, accent, pygame.Rect(card.x, card.y + 20, 12, card.h - 40))
            num = t.render(str(value), theme.TEXT_HUGE - 20, pal.ink)
            surface.blit(num, num.get_rect(midleft=(card.x + 40, card.centery)))
            lab = t.render(label, theme.TEXT_BODY, pal.ink, width=SIDE.w - num.get_width() - 90)
            surface.blit(lab, lab.get_rect(midleft=(card.x + 70 + num.get_width(), card.centery)))
            y += card.h + 24
        jobs = pygame.Rect(SIDE.x, y, SIDE.w, SIDE.bottom - y)
        draw.panel(surface, pal, jobs, pal.white, radius=22, shadow=6)
        liked = self._jobs(board, "liked")  # what the players said on their cards, once any did
        head = t.render(tr("board_liked" if liked else "board_jobs"), theme.TEXT_BODY, pal.ink,
                        width=jobs.w - 60)
        surface.blit(head, (jobs.x + 30, jobs.y + 22))
        jy = jobs.y + 34 + head.get_height()
        for name, games in (liked or self._jobs(board))[:4]:
            img = t.render(name, theme.TEXT_SMALL, pal.ink, width=jobs.w - 170)
            if jy + img.get_height() > jobs.bottom - 16:
                break
            count = t.render(str(games), theme.TEXT_BODY, pal.primary)
            surface.blit(img, (jobs.x + 30, jy))
            surface.blit(count, count.get_rect(topright=(jobs.right - 30, jy - 4)))
            jy += img.get_height() + 18

    def _jobs(self, board: dict[str, Any], key: str = "jobs") -> list[tuple[str, int]]:
        """Stations grouped by job title (two stations may share one), most played (or most
        liked: ``key`` "liked") first."""
        totals: dict[str, int] = {}
        for job in board.get(key, []):
            name = self._job_name(job)
            totals[name] = totals.get(name, 0) + int(job.get("games", 0))
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    def _job_name(self, job: dict[str, Any]) -> str:
        """The station's job title from the scenario this screen loaded, else its ids."""
        scenario = self.ctx.loaded_scenario
        model = getattr(scenario, "model", None)
        if model is not None and model.id == job.get("scenario_id"):
            for world in model.worlds:
                if world.id == job.get("world_id"):
                    for station in world.stations:
                        if station.id == job.get("station_id"):
                            return str(station.job.both(self.ctx.lang))
        return f"{job.get('world_id')} / {job.get('station_id')}"


def board_scene(ctx: Any, args: Any) -> BoardScene:
    """The big screen's scene and its feed thread, from ``--hub URL --hub-key K``."""
    from game.hub.client import HubClient

    feed = BoardFeed(HubClient(args.hub, args.hub_key, timeout_s=3.0)).start()
    ctx.cache["board_feed"] = feed
    return BoardScene(ctx, feed)
