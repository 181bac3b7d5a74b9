"""Today's and all-time best scores; the player's own line stands out, and each line says
what its score is from (« Découverte », « Grand tour », a world: game.routes)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import flow
from game.routes import fit, score_from
from game.scene import Pop, Replace, Transition
from game.scenes.base import ButtonScene
from game.scores.records import LeaderboardRow, Scope
from game.ui import draw, theme
from game.ui.widgets import Button

BOARD = pygame.Rect(360, 270, 1200, 660)
ROWS = 8
ROW_H = 74
NAME_W = 360  # logical px: a nickname of 20 letters; what the score is from comes after
STARS_X = 250  # the stars' centre, from the line's right end (the points are right of them)
SCOPES: dict[str, Scope] = {"today": "today", "all": "all"}  # the two tabs


class LeaderboardScene(ButtonScene):
    def __init__(self, ctx: Context, finishing: bool) -> None:
        super().__init__(ctx)
        self.finishing = finishing
        self.scope: Scope = "today"
        self.t = 0.0
        self.rows: list[LeaderboardRow] = []
        self.own_rank: int | None = None

    def enter(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        store, tour = self.ctx.scores, self.ctx.tour
        scenario = self.ctx.scenario.model.id
        self.rows = store.leaderboard(self.scope, ROWS, scenario) if store else []
        game_id = tour.game_id if tour else None
        self.own_rank = store.rank_of(game_id, self.scope, scenario) if store and game_id else None
        end = self.ctx.tr("finish") if self.finishing else self.ctx.tr("back")
        self.buttons.set([
            Button("today", pygame.Rect(BOARD.x, 160, 380, 90), self.ctx.tr("today"),
                   style="choice", selected=self.scope == "today"),
            Button("all", pygame.Rect(BOARD.x + 400, 160, 380, 90), self.ctx.tr("all_time"),
                   style="choice", selected=self.scope == "all"),
            Button("end", pygame.Rect(BOARD.right - 400, 960, 400, 100), end,
                   size=theme.TEXT_LARGE),
        ])

    def update(self, dt: float) -> Transition | None:
        self.t += dt
        return None

    def on_button(self, button: Button) -> Transition | None:
        scope = SCOPES.get(button.id)
        if scope is not None:
            self.scope = scope
            self.refresh()
            return None
        return self.on_back()

    def on_back(self) -> Transition | None:
        if not self.finishing:
            return Pop()
        return Replace(flow.after(self.ctx, "leaderboard"))

    def bot_choice(self) -> str | None:
        if self.t < 1.5:
            return None
        return "all" if self.scope == "today" and self.t < 3 else "end"

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        self.title(surface, self.ctx.tr("leaderboard"), y=50)
        draw.panel(surface, pal, BOARD, pal.white, radius=26, shadow=8)
        if not self.rows:
            msg = t.render(self.ctx.tr("no_scores"), theme.TEXT_LARGE, pal.muted)
            surface.blit(msg, msg.get_rect(center=BOARD.center))
        game_id = self.ctx.tour.game_id if self.ctx.tour else None
        y = BOARD.y + 30
        model, lang = self.ctx.scenario.model, self.ctx.lang
        for row in self.rows:
            self._row(surface, y, row.rank, row.nickname, row.stars, row.score,
                      own=row.game_id == game_id,
                      source=score_from(model, row.route, row.worlds, lang))
            y += ROW_H
        if self.own_rank is not None and all(r.game_id != game_id for r in self.rows):
            tour = self.ctx.tour
            assert tour is not None
            self._row(surface, BOARD.bottom - ROW_H - 10, self.own_rank, None, tour.stars,
                      tour.score, own=True,
                      source=score_from(model, tour.route, tour.worlds_completed, lang))

    def sources(self) -> list[str]:
        """What each line's score is from, in the board's order (as drawn)."""
        model, lang = self.ctx.scenario.model, self.ctx.lang
        return [score_from(model, row.route, row.worlds, lang) for row in self.rows]

    def _row(self, surface: pygame.Surface, y: int, rank: int, nickname: str | None, stars: int,
             score: int, own: bool, source: str = "") -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        line = pygame.Rect(BOARD.x + 20, y, BOARD.w - 40, ROW_H - 8)
        if own:
            pygame.draw.rect(surface, draw.blend(pal.safety, pal.white, 0.55), line,
                             border_radius=14)
            pygame.draw.rect(surface, pal.ink, line, width=3, border_radius=14)
        medal = {1: pal.safety, 2: pal.floor_dark, 3: pal.welding}.get(rank)
        if medal is not None:
            pygame.draw.circle(surface, medal, (line.x + 50, line.centery), 28)
        num = t.render(str(rank), theme.TEXT_BODY, pal.ink)
        surface.blit(num, num.get_rect(center=(line.x + 50, line.centery)))
        name = nickname or self.ctx.tr("anonymous")
        if own:
            name = f"{name} ({self.ctx.tr('you')})"
        label = t.render(name, theme.TEXT_BODY, pal.ink)
        room = pygame.Rect(0, 0, NAME_W, label.get_height())
        surface.blit(label, label.get_rect(midleft=(line.x + 110, line.centery)), room)
        stars_x = line.right - STARS_X
        if source:  # what the score is from: a route or a world, in words
            x = line.x + 110 + min(NAME_W, label.get_width()) + 30
            width = stars_x - 70 - x
            shown = fit(source, width, lambda text: t.size(text, theme.TEXT_SMALL)[0])
            tag = t.render(shown, theme.TEXT_SMALL, pal.ink if own else pal.muted)
            surface.blit(tag, tag.get_rect(midleft=(x, line.centery)))
        # the game's stars, counted: a tour's stations add up to more than three, and three
        # drawn stars read as the results screen's rating, which they are not (playtest)
        draw.star_tally(surface, pal, (stars_x, line.centery), 16,
                        t.render(str(stars), theme.TEXT_BODY, pal.ink))
        pts = t.render(self.ctx.tr("points", n=score), theme.TEXT_BODY, pal.ink)
        surface.blit(pts, pts.get_rect(midright=(line.right - 24, line.centery)))
