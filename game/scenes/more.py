"""« En savoir plus »: the long forms of the texts a screen shows short, over that screen.

A screen shows each text's short form; the button opens this modal with the long forms
(the detail, the norms and article numbers). The screen below is paused while it is up, so
a task's timer does not run while the player reads. A tap outside the panel closes it, as
do Close, Escape and Enter (Close has the keyboard focus; Tab goes to the page arrows).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

from collections.abc import Iterable

import pygame

from game.actions import Action, Press, Release
from game.i18n import define
from game.scenario.text import LocalText
from game.scene import STILL, Pop, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.widgets import Button

PANEL = pygame.Rect(160, 90, 1600, 900)
TEXT_W = PANEL.w - 160
BOTTOM_GAP = 150  # the buttons' row at the panel's foot

define({
    "learn_more": {"fr": "En savoir plus", "en": "Learn more"},
    "close": {"fr": "Fermer", "en": "Close"},
})

Entry = tuple[str, str]  # (label, long text); the label may be ""


def long_forms(items: Iterable[tuple[str | LocalText | None, LocalText | None]], lang: str
               ) -> list[Entry]:
    """(label, long text) for each ``(label, text)`` whose text has a long form."""
    out: list[Entry] = []
    for label, text in items:
        long = text.long(lang) if text is not None else None
        if long:
            out.append((label.get(lang) if isinstance(label, LocalText) else label or "", long))
    return out


class MoreScene(ButtonScene):
    """The long forms, page by page; Close (or Back) returns to the screen below."""

    def __init__(self, ctx: Context, entries: list[Entry]) -> None:
        super().__init__(ctx)
        self.entries = entries
        self.backdrop = draw.Backdrop()
        self.page = 0
        self.pages = self._paginate()
        self._outside = False  # the finger went down outside the panel

    @property
    def transparent(self) -> bool:
        return not self.backdrop.taken

    def frame_interval(self) -> float | None:
        return STILL

    def _paginate(self) -> list[list[Entry]]:
        """The entries cut into pages that fit above the buttons; a text taller than a page
        goes on over the next ones, line by line (at the largest text size a myth's long
        form is 658 px for 580 of room)."""
        t, size = self.ctx.text, theme.TEXT_BODY
        room = PANEL.h - 170 - BOTTOM_GAP
        step, first = t.line_step(size), t.height("x", size, TEXT_W)
        pages: list[list[Entry]] = [[]]
        y = 0
        for name, body in self.entries:
            label, lines = name, t.wrapped(body, size, TEXT_W)
            while lines:
                head = t.height(label, size, TEXT_W) + 8 if label else 0
                if pages[-1] and y + head + first > room:  # not one line more here
                    pages.append([])
                    y = 0
                n = max(1, (room - y - head - first) // step + 1)
                part, lines = "\n".join(lines[:n]), lines[n:]
                pages[-1].append((label, part))
                y += head + t.height(part, size, TEXT_W) + 30
                label = ""  # the rest goes on without its label
                if lines:
                    pages.append([])
                    y = 0
        return pages if pages[-1] or len(pages) == 1 else pages[:-1]

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        pal = self.ctx.palette
        y = PANEL.bottom - 130
        items = [Button("close", pygame.Rect(PANEL.right - 420, y, 360, 100), self.ctx.tr("close"),
                        size=theme.TEXT_LARGE)]
        if len(self.pages) > 1:
            items.append(Button("prev", pygame.Rect(PANEL.x + 60, y, 120, 100), style="secondary",
                                icon=draw.arrow_icon("left", 44, pal.ink), enabled=self.page > 0))
            items.append(Button("next", pygame.Rect(PANEL.x + 200, y, 120, 100),
                                style="secondary", icon=draw.arrow_icon("right", 44, pal.ink),
                                enabled=self.page < len(self.pages) - 1))
        self.buttons.set(items)
        self.buttons.focus = 0

    def handle(self, action: Action) -> Transition | None:
        """A tap outside the panel (down and up outside it) closes it, like Close."""
        if isinstance(action, Press):
            self._outside = not PANEL.collidepoint(action.pos)
            if self._outside:
                return None
        elif isinstance(action, Release) and self._outside:
            self._outside = False
            return None if PANEL.collidepoint(action.pos) else Pop()
        return super().handle(action)

    def on_button(self, button: Button) -> Transition | None:
        if button.id in ("prev", "next"):
            step = 1 if button.id == "next" else -1
            self.page = max(0, min(len(self.pages) - 1, self.page + step))
            self.layout()
            return None
        return Pop()

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        return "close"

    def spoken(self) -> list[str]:
        return [self.ctx.tr("learn_more"), *(f"{label} {body}".strip()
                                            for label, body in self.pages[self.page])]

    def text_areas(self) -> list[pygame.Rect]:
        """Where this page draws text (the layout tests keep buttons off them)."""
        t = self.ctx.text
        out = [pygame.Rect((PANEL.x + 80, PANEL.y + 50),
                           t.size(self.ctx.tr("learn_more"), theme.TEXT_LARGE))]
        y = PANEL.y + 150
        for label, body in self.pages[self.page] if self.pages else []:
            for text, gap in ((label, 8), (body, 30)):
                if text:
                    w = max(t.size(line, theme.TEXT_BODY)[0]
                            for line in t.wrapped(text, theme.TEXT_BODY, TEXT_W))
                    h = t.height(text, theme.TEXT_BODY, TEXT_W)
                    out.append(pygame.Rect(PANEL.x + 80, y, w, h))
                    y += h + gap
        return out

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        self.backdrop.draw(surface, pal)
        draw.panel(surface, pal, PANEL, pal.paper, radius=28, shadow=10)
        head = t.render(self.ctx.tr("learn_more"), theme.TEXT_LARGE, pal.ink)
        surface.blit(head, (PANEL.x + 80, PANEL.y + 50))
        y = PANEL.y + 150
        for label, body in self.pages[self.page] if self.pages else []:
            if label:
                img = t.render(label, theme.TEXT_BODY, pal.muted, width=TEXT_W)
                surface.blit(img, (PANEL.x + 80, y))
                y += img.get_height() + 8
            img = t.render(body, theme.TEXT_BODY, pal.ink, width=TEXT_W)
            surface.blit(img, (PANEL.x + 80, y))
            y += img.get_height() + 30
        if len(self.pages) > 1:
            n = t.render(f"{self.page + 1} / {len(self.pages)}", theme.TEXT_BODY, pal.ink)
            surface.blit(n, n.get_rect(midleft=(PANEL.x + 350, PANEL.bottom - 80)))
        self.buttons.draw(surface, t, pal)
