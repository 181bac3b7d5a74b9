"""What the attract loop shows around the bot's game: "touch to play", the language choice, the
day's best (a rude nickname already stored shows as "Anonyme"; under each name, what its
score is from) and a "demo" tag.

The bot's game is drawn as usual, then shrunk into :data:`DEMO`, a screen within the screen,
with today's best beside it and the banner under both: nothing covers the demo game, and the
demo game covers nothing (at every window size: the layout is on the 1920x1080 canvas)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pygame

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game.routes import fit, score_from
from game.scores.nicknames import is_offensive
from game.ui import draw, theme
from game.ui.widgets import Button, draw_button

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk
    from game.scores.records import LeaderboardRow

BANNER = pygame.Rect(0, 850, theme.LOGICAL_W, 230)
DEMO = pygame.Rect(40, 56, 1280, 720)  # the bot's game at 2/3 scale (16:9 kept)
BOARD = pygame.Rect(1360, 56, 520, 720)
DEMO_FRAME = 8  # px of ink around the demo screen
BOARD_ROWS = 5
SOURCE_SIZE = 24  # px: what a score is from, under its name ...
SOURCE_W = 260  # ... in this width at most (a long world title ends with « … »)
LANG_W, LANG_H = 440, 88


class AttractOverlay:
    """The banner, the language choice and today's best scores, drawn over the bot's game."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.t = 0.0
        self.rows: list[LeaderboardRow] = []
        self._banner: pygame.Surface | None = None
        self._banner_key: tuple[str, str] | None = None
        self._board: pygame.Surface | None = None
        self._demo = pygame.Surface(DEMO.size)  # kept: shrinking the game allocates nothing
        self._backdrop: pygame.Surface | None = None
        self._backdrop_key: tuple[Any, ...] | None = None

    @property
    def ctx(self) -> Any:
        return self.kiosk.ctx

    def buttons(self) -> list[Button]:
        x = BANNER.right - LANG_W - 40
        y = BANNER.y + (BANNER.h - 2 * LANG_H - 18) // 2
        tr = self.ctx.tr
        return [Button("fr", pygame.Rect(x, y, LANG_W, LANG_H), tr("kiosk_play_fr")),
                Button("en", pygame.Rect(x, y + LANG_H + 18, LANG_W, LANG_H), tr("kiosk_play_en"),
                       style="secondary")]

    def lang_at(self, pos: tuple[float, float]) -> str | None:
        """The language of the button under a tap, None elsewhere (the kiosk's language)."""
        for b in self.buttons():
            if b.rect.collidepoint(pos):
                return b.id
        return None

    def targets(self) -> list[pygame.Rect]:
        return [b.rect for b in self.buttons()] + [pygame.Rect(0, 0, *theme.LOGICAL_SIZE)]

    def refresh(self) -> None:
        """Today's best (a query, so not every frame)."""
        store, scenario = self.ctx.scores, self.ctx.scenario
        try:
            rows = store.leaderboard("today", BOARD_ROWS, scenario.model.id) if store else []
        except Exception as err:  # a failing disk must not stop the loop
            self.kiosk.log.warning("attract: leaderboard unavailable: %s", err)
            rows = []
        if rows != self.rows or self._board is None:
            self.rows = rows
            self._board = None

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        # the bot's game, drawn full size on ``surface``, becomes the demo screen (a nearest-
        # pixel shrink: under a millisecond, where a smooth one costs tens)
        pygame.transform.scale(surface, DEMO.size, self._demo)
        look = (pal, self.ctx.settings.high_contrast)
        if self._backdrop is None or self._backdrop_key != look:
            self._backdrop, self._backdrop_key = self._paint_backdrop(), look
        surface.blit(self._backdrop, (0, 0))
        surface.blit(self._demo, DEMO)
        key = (self.ctx.lang, self.kiosk.config.event_name)
        if self._banner is None or self._banner_key != key:
            self._banner, self._banner_key = self._paint_banner(), key
            self._board = None
        surface.blit(self._banner, BANNER)
        self._pulse(surface)
        for b in self.buttons():
            draw_button(surface, self.ctx.text, pal, b, False, False)
        if self._board is None:
            self._board = self._paint_board()
        surface.blit(self._board, BOARD)
        self._demo_tag(surface)

    # --- drawing ---------------------------------------------------------------------------
    def _paint_backdrop(self) -> pygame.Surface:
        """The paper around the demo screen, and the screen's frame (drawn once)."""
        pal = self.ctx.palette
        surf = pygame.Surface(theme.LOGICAL_SIZE)
        surf.fill(pal.paper)
        frame = DEMO.inflate(2 * DEMO_FRAME, 2 * DEMO_FRAME)
        pygame.draw.rect(surf, draw.blend(pal.ink, pal.paper, 0.7), frame.move(0, 8),
                         border_radius=18)
        pygame.draw.rect(surf, pal.ink, frame, border_radius=18)
        return surf

    def _paint_banner(self) -> pygame.Surface:
        pal = self.ctx.palette
        surf = pygame.Surface(BANNER.size, pygame.SRCALPHA)
        surf.fill((*pal.ink, 250))
        pygame.draw.rect(surf, pal.safety, pygame.Rect(0, 0, BANNER.w, 10))
        t = self.ctx.text
        x = 250
        event = self.kiosk.config.event_name
        touch = t.render(self.ctx.tr("kiosk_touch"), theme.TEXT_HUGE - 16, pal.white)
        if event:
            line = t.render(event, theme.TEXT_BODY, pal.safety)
            top = (BANNER.h - line.get_height() - 10 - touch.get_height()) // 2 + 4
            surf.blit(line, (x, top))
            surf.blit(touch, (x, top + line.get_height() + 10))
        else:
            surf.blit(touch, touch.get_rect(midleft=(x, BANNER.h // 2 + 4)))
        return surf

    def _pulse(self, surface: pygame.Surface) -> None:
        """A finger tapping, with rings: the one thing to do here (a shape, not a colour)."""
        pal = self.ctx.palette
        cx, cy = 130, BANNER.centery + 4
        k = self.ctx.motion.cycle(self.t, 0.8)
        for phase in (0.0, 0.5):
            p = (k + phase) % 1.0
            r = int(36 + 58 * p)
            col = draw.blend(pal.safety, pal.ink, p)
            pygame.draw.circle(surface, col, (cx, cy), r, 5)
        dip = 6 * abs(self.ctx.motion.flicker(self.t, math.pi * 1.6))
        pygame.draw.circle(surface, pal.white, (cx, cy), 30)
        finger = pygame.Rect(0, 0, 34, 70)
        finger.midtop = (cx + 10, int(cy + 6 + dip))
        pygame.draw.rect(surface, pal.white, finger, border_radius=17)
        pygame.draw.rect(surface, pal.ink, finger, width=4, border_radius=17)

    def _paint_board(self) -> pygame.Surface:
        pal = self.ctx.palette
        t = self.ctx.text
        surf = pygame.Surface(BOARD.size, pygame.SRCALPHA)
        pygame.draw.rect(surf, pal.white, surf.get_rect(), border_radius=24)
        pygame.draw.rect(surf, pal.safety, surf.get_rect(), width=5, border_radius=24)
        head = t.render(self.ctx.tr("kiosk_top_today"), theme.TEXT_BODY, pal.ink,
                        width=BOARD.w - 60)
        surf.blit(head, (30, 24))
        y = 34 + head.get_height() + 10
        if not self.rows:
            msg = t.render(self.ctx.tr("kiosk_be_first"), theme.TEXT_SMALL, pal.ink,
                           width=BOARD.w - 60)
            surf.blit(msg, (30, y + 10))
            return surf
        row_h = (BOARD.h - y - 16) // BOARD_ROWS
        for row in self.rows:
            medal = {1: pal.safety, 2: pal.floor_dark, 3: pal.welding}.get(row.rank)
            cy = y + row_h // 2
            if medal is not None:
                pygame.draw.circle(surf, medal, (52, cy), 24)
            num = t.render(str(row.rank), theme.TEXT_SMALL, pal.ink)
            surf.blit(num, num.get_rect(center=(52, cy)))
            name = row.nickname if row.nickname and not is_offensive(row.nickname) \
                else self.ctx.tr("anonymous")
            label = t.render(name, theme.TEXT_SMALL, pal.ink)
            source = score_from(self.ctx.scenario.model, row.route, row.worlds, self.ctx.lang)
            name_y = cy - 16 if source else cy  # what the score is from, under the name
            surf.blit(label, label.get_rect(midleft=(92, name_y)), pygame.Rect(0, 0, 230, 60))
            if source:
                shown = fit(source, SOURCE_W, lambda text: t.size(text, SOURCE_SIZE)[0])
                tag = t.render(shown, SOURCE_SIZE, pal.muted)
                surf.blit(tag, tag.get_rect(midleft=(92, cy + 20)))
            pts = t.render(self.ctx.tr("points", n=row.score), theme.TEXT_SMALL, pal.ink)
            surf.blit(pts, pts.get_rect(midright=(BOARD.w - 28, cy)))
            y += row_h
        return surf

    def demo_tag_rect(self, label: pygame.Surface | None = None) -> pygame.Rect:
        """The "demo" pill, under the demo screen's frame and above the banner."""
        if label is None:
            label = self.ctx.text.render(self.ctx.tr("kiosk_demo"), theme.TEXT_SMALL,
                                         self.ctx.palette.white)
        pill = label.get_rect().inflate(60, 18)
        pill.topleft = (DEMO.x, DEMO.bottom + DEMO_FRAME + 14)
        return pill

    def _demo_tag(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        label = self.ctx.text.render(self.ctx.tr("kiosk_demo"), theme.TEXT_SMALL, pal.white)
        pill = self.demo_tag_rect(label)
        pygame.draw.rect(surface, pal.ink, pill, border_radius=pill.h // 2)
        tri = [(pill.x + 20, pill.centery - 10), (pill.x + 20, pill.centery + 10),
               (pill.x + 36, pill.centery)]
        pygame.draw.polygon(surface, pal.safety, tri)
        surface.blit(label, label.get_rect(midleft=(pill.x + 44, pill.centery)))
