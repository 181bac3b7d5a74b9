"""« Encore un poste ? »: after the découverte's stations, one more, or finish the visit."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import express, flow
from game.i18n import define
from game.scene import Replace, Transition
from game.scenes.base import ButtonScene
from game.ui import theme
from game.ui.widgets import Button

define({
    "one_more_title": {"fr": "Encore un poste ?", "en": "One more station?"},
    "one_more_text": {"fr": "Tu as fait {n} postes. Tu peux en découvrir un de plus.",
                      "en": "You have done {n} stations. You can try one more."},
    "one_more_yes": {"fr": "Encore un poste", "en": "One more"},
})


class OneMoreScene(ButtonScene):
    def __init__(self, ctx: Context, following: tuple[str, str]) -> None:
        super().__init__(ctx)
        self.following = following

    def enter(self) -> None:
        self.buttons.set([
            Button("more", pygame.Rect(360, 560, 560, 130), self.ctx.tr("one_more_yes"),
                   size=theme.TEXT_LARGE),
            Button("finish", pygame.Rect(1000, 560, 560, 130), self.ctx.tr("finish_visit"),
                   style="secondary", size=theme.TEXT_LARGE),
        ])
        self.buttons.focus = 1

    def paint_background(self, surface: pygame.Surface) -> None:
        super().paint_background(surface)
        self.title(surface, self.ctx.tr("one_more_title"), y=220)
        n = len(self.ctx.tour.results) if self.ctx.tour else 0
        body = self.ctx.text.render(self.ctx.tr("one_more_text", n=n), theme.TEXT_LARGE,
                                    self.ctx.palette.ink)
        surface.blit(body, body.get_rect(midtop=(theme.LOGICAL_SIZE[0] // 2, 360)))

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "more":
            return Replace(flow.add_station(self.ctx, self.following))
        return Replace(flow.after(self.ctx, "one_more"))

    def bot_choice(self) -> str | None:
        return "finish"  # the measured visit is the découverte's three stations


def next_station(ctx: Context) -> tuple[str, str] | None:
    """The station « Encore un poste » would open (None: every station is done)."""
    tour = ctx.current_tour()
    return express.one_more(tour.scenario, list(tour.stations or []), set(tour.results))
