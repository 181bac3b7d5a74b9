"""An optional nickname, typed on an on-screen AZERTY keyboard (or a real one), and filtered.

A nickname shows on public leaderboards: only letters (accented ones included), digits,
space, '-' and '_', at most ``MAX_LEN`` characters, and nothing the offensive-word filter
catches (see :mod:`game.scores.nicknames`); a refused one gets a polite message.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

import game.kiosk.strings  # noqa: F401 - registers the refusal message
from game import flow
from game.actions import Action, Key, Tab
from game.i18n import define
from game.scene import Replace, Transition
from game.scenes.base import ButtonScene
from game.scores.nicknames import is_offensive
from game.ui import draw, theme
from game.ui.widgets import Button, backspace

MAX_LEN = 16
define({"space_key": {"fr": "Espace", "en": "Space"}})
ROWS = ["AZERTYUIOP", "QSDFGHJKLM", "WXCVBNÉÈÇ-", "ÀÂÊËÎÏÔÙÛÜ", "1234567890"]
KEY = 120  # key width, logical px (well above the 64 px minimum)
KEY_H = 96
SPACE_W = 260  # the space bar, after the digits (« Léa B. »)
PITCH_Y = 106  # from one row of keys to the next
GAP = 14
DEL_W = 300  # « Retour arrière » and its sign, beside the field
FIELD = pygame.Rect(460, 150, 1000, 110)
KEYS_Y = 330
ACCENTS = "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒàâäçéèêëîïôöùûüÿæœ"


def allowed(ch: str) -> bool:
    """Latin letters (French accents included), digits, space, '-' and '_'."""
    return (ch.isascii() and ch.isalnum()) or ch in "-_ " or ch in ACCENTS


class NicknameScene(ButtonScene):
    still_buttons = True
    text_mode = True
    title_key = "nickname_title"  # a classroom's name screen asks its own question
    refused_key = "nickname_refused"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.value = ""
        self.refused = False  # the last OK was refused by the filter: say so, politely

    def enter(self) -> None:
        items: list[Button] = []
        y = KEYS_Y
        for r, row in enumerate(ROWS):
            last = r == len(ROWS) - 1  # the digits, then the space bar
            width = len(row) * KEY + (len(row) - 1) * GAP + (GAP + SPACE_W if last else 0)
            x = (theme.LOGICAL_SIZE[0] - width) // 2 + (r % 2) * 20
            for i, ch in enumerate(row):
                items.append(Button(f"key:{ch}", pygame.Rect(x + i * (KEY + GAP), y, KEY, KEY_H),
                                    ch, style="secondary", size=theme.TEXT_LARGE))
            if last:
                items.append(Button("key: ", pygame.Rect(x + len(row) * (KEY + GAP), y, SPACE_W,
                                                         KEY_H), self.ctx.tr("space_key"),
                                    style="secondary"))
            y += PITCH_Y
        items.append(backspace(pygame.Rect(FIELD.right + 30, FIELD.y + 5, DEL_W, 100),
                               self.ctx.tr("erase"), self.ctx.palette.ink))
        items.append(Button("skip", pygame.Rect(460, 930, 440, 110), self.ctx.tr("skip"),
                            style="secondary", size=theme.TEXT_LARGE))
        items.append(Button("ok", pygame.Rect(1020, 930, 440, 110), self.ctx.tr("ok"),
                            size=theme.TEXT_LARGE))
        self.buttons.set(items)

    def type(self, text: str) -> None:
        for ch in text:
            if ch == " " and (not self.value or self.value.endswith(" ")):
                continue  # no leading or double space
            if len(self.value) < MAX_LEN and allowed(ch):
                self.value += ch
                self.refused = False

    def erase(self) -> None:
        self.value = self.value[:-1]
        self.refused = False

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Key) and not isinstance(action, Tab):  # Tab moves the focus
            if action.key == pygame.K_BACKSPACE:
                self.erase()
            elif action.text:
                self.type(action.text.upper() if action.text.isalpha() else action.text)
            return None
        return super().handle(action)

    def on_button(self, button: Button) -> Transition | None:
        if button.id.startswith("key:"):
            self.type(button.id[4:])
        elif button.id == "del":
            self.erase()
        elif button.id == "skip":
            return self._finish(None)
        elif button.id == "ok":
            name = self.value.strip()
            if name and is_offensive(name):
                self.refused = True
                return None
            return self._finish(name or None)
        return None

    def on_back(self) -> Transition | None:
        return self._finish(None)

    def _finish(self, nickname: str | None) -> Transition:
        tour = self.ctx.tour
        if nickname and tour is not None and tour.game_id is not None and self.ctx.scores:
            self.ctx.scores.set_nickname(tour.game_id, nickname)
        return Replace(flow.after(self.ctx, "nickname"))

    def bot_choice(self) -> str | None:
        return "skip"  # the bot stays anonymous: the attract loop never fills the board

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        self.title(surface, self.ctx.tr(self.title_key), y=40, size=theme.TEXT_LARGE + 8)
        border = pal.error if self.refused else pal.primary
        draw.panel(surface, pal, FIELD, pal.white, radius=20, shadow=4, border=border)
        value = t.render(self.value or " ", theme.TEXT_TITLE, pal.ink)
        surface.blit(value, value.get_rect(midleft=(FIELD.x + 30, FIELD.centery)))
        caret_x = FIELD.x + 34 + (value.get_width() if self.value else 0)
        pygame.draw.rect(surface, pal.primary, pygame.Rect(caret_x, FIELD.y + 22, 6, FIELD.h - 44))
        count = t.render(f"{len(self.value)}/{MAX_LEN}", theme.TEXT_SMALL, pal.muted)
        surface.blit(count, count.get_rect(topright=(FIELD.right, FIELD.bottom + 10)))
        if self.refused:  # an icon and words, not only the red outline
            msg = t.render(self.ctx.tr(self.refused_key), theme.TEXT_SMALL, pal.ink)
            box = msg.get_rect(topleft=(FIELD.x + 50, FIELD.bottom + 14))
            draw.verdict(surface, pal, (FIELD.x + 18, box.centery), False, 34)
            surface.blit(msg, box)
