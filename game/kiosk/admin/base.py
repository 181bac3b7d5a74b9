"""What the admin screens share: a dark header, Escape goes back, the bot never plays here."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game.scene import Pop, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk

HEADER_H = 120


class AdminScene(ButtonScene):
    """A screen of the admin area; the first one (pad or menu) leaves to the attract loop."""

    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx)
        self.kiosk = kiosk
        self.message = ""
        self.message_ok = True

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        return None

    def say(self, text: str, ok: bool = True) -> None:
        self.message, self.message_ok = text, ok

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        surface.fill(pal.paper)
        pygame.draw.rect(surface, pal.ink, pygame.Rect(0, 0, theme.LOGICAL_SIZE[0], HEADER_H))
        pygame.draw.rect(surface, pal.safety, pygame.Rect(0, HEADER_H - 8, theme.LOGICAL_SIZE[0],
                                                          8))
        t = self.ctx.text
        title = t.render(self.ctx.tr("admin_title"), theme.TEXT_LARGE, pal.white)
        surface.blit(title, title.get_rect(midleft=(60, HEADER_H // 2 - 4)))
        event = self.kiosk.config.event_name
        if event:
            sub = t.render(event, theme.TEXT_SMALL, pal.safety)
            surface.blit(sub, sub.get_rect(midright=(theme.LOGICAL_SIZE[0] - 60,
                                                     HEADER_H // 2 - 4)))

    def draw_message(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The last action's result, with a tick or a cross (not colour alone)."""
        pal = self.ctx.palette
        if not self.message:
            return
        t = self.ctx.text
        img = t.render(self.message, theme.TEXT_SMALL, pal.ink, width=rect.w - 70)
        draw.verdict(surface, pal, (rect.x + 22, rect.y + 20), self.message_ok, 34)
        surface.blit(img, (rect.x + 56, rect.y + 4))
