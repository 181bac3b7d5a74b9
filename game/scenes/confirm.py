"""A modal question over the current screen: leave the game?"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import flow
from game.scene import STILL, Pop, Reset, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.widgets import Button

PANEL = pygame.Rect(460, 300, 1000, 480)


class LeaveScene(ButtonScene):
    """Drawn over a still picture of the game below (taken once, veil included)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.backdrop = draw.Backdrop()

    modal = True

    @property
    def transparent(self) -> bool:
        return not self.backdrop.taken  # the scene below is drawn once, for the still

    def frame_interval(self) -> float | None:
        return STILL  # a question over a still picture

    def enter(self) -> None:
        items = [
            Button("stay", pygame.Rect(PANEL.x + 60, PANEL.bottom - 150, 420, 100),
                   self.ctx.tr("no_stay")),
            Button("leave", pygame.Rect(PANEL.right - 480, PANEL.bottom - 150, 420, 100),
                   self.ctx.tr("yes_leave"), style="secondary"),
        ]
        if self.ctx.tour is not None and self.ctx.tour.results:  # what was done still counts
            items.append(Button(
                "finish", pygame.Rect(PANEL.x + 60, PANEL.bottom + 30, PANEL.w - 120, 100),
                self.ctx.tr("finish_visit")))
        self.buttons.set(items)
        self.buttons.focus = 0

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        self.backdrop.draw(surface, pal)
        draw.panel(surface, pal, PANEL, pal.paper, radius=28, shadow=10)
        t = self.ctx.text
        title = t.render(self.ctx.tr("leave_title"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, title.get_rect(midtop=(PANEL.centerx, PANEL.y + 60)))
        body = t.render(self.ctx.tr("leave_text"), theme.TEXT_BODY, pal.ink)
        surface.blit(body, body.get_rect(midtop=(PANEL.centerx, PANEL.y + 180)))
        self.buttons.draw(surface, t, pal)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "finish":
            return Reset(flow.finish(self.ctx))
        if button.id == "leave":
            return Reset(self.ctx.home())
        return Pop()

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        return "stay"
