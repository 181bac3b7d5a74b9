"""Shown instead of the game when the scenario is broken: every problem, readable."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game.actions import Action, Back, Confirm
from game.scenario.problems import Problem
from game.scene import Quit, Scene, Transition
from game.ui import draw, theme

MAX_LINES = 14


class ContentErrorScene(Scene):
    """Lists the problems (file:line:column: message); Escape or Enter quits."""

    def __init__(self, ctx: Context, problems: list[Problem]) -> None:
        super().__init__(ctx)
        self.problems = problems

    def handle(self, action: Action) -> Transition | None:
        return Quit() if isinstance(action, (Back, Confirm)) else None

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        surface.fill(pal.paper)
        pygame.draw.rect(surface, pal.error, pygame.Rect(0, 0, surface.get_width(), 14))
        title = t.render(self.ctx.tr("content_errors"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (80, 60))
        hint = t.render(self.ctx.tr("content_errors_hint"), theme.TEXT_BODY, pal.ink)
        surface.blit(hint, (80, 170))
        box = pygame.Rect(80, 250, 1760, 780)
        draw.panel(surface, pal, box, pal.white, radius=20)
        y = box.y + 24
        for p in self.problems[:MAX_LINES]:
            line = t.render(str(p).replace("\n    ", "  — "), theme.TEXT_SMALL - 4, pal.ink,
                            width=box.w - 60)
            if y + line.get_height() > box.bottom - 20:
                break
            surface.blit(line, (box.x + 30, y))
            y += line.get_height() + 10
        if len(self.problems) > MAX_LINES:
            more = t.render(f"+ {len(self.problems) - MAX_LINES}", theme.TEXT_BODY, pal.muted)
            surface.blit(more, (box.x + 30, box.bottom - 50))
