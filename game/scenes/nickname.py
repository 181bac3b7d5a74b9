"""An optional nickname, typed on an on-screen AZERTY keyboard (or a real one)."""
from __future__ import annotations

import pygame

from game.actions import Action, Key
from game.scene import Replace, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.widgets import Button

MAX_LEN = 16
ROWS = ["AZERTYUIOP", "QSDFGHJKLM", "WXCVBNÉÈÇ-", "1234567890"]
KEY = 120  # key size, logical px (well above the 64 px minimum)
GAP = 14
FIELD = pygame.Rect(460, 170, 1000, 110)


def allowed(ch: str) -> bool:
    return ch.isalnum() or ch in "-_ " or ch in "éèçàâêîôûëïüÉÈÇÀ"


class NicknameScene(ButtonScene):
    text_mode = True

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.value = ""
        self._bot_name = ""

    def enter(self) -> None:
        items: list[Button] = []
        y = 340
        for r, row in enumerate(ROWS):
            width = len(row) * KEY + (len(row) - 1) * GAP
            x = (theme.LOGICAL_SIZE[0] - width) // 2 + (r % 2) * 20
            for i, ch in enumerate(row):
                items.append(Button(f"key:{ch}", pygame.Rect(x + i * (KEY + GAP), y, KEY, KEY - 10),
                                    ch, style="secondary", size=theme.TEXT_LARGE))
            y += KEY + 4
        items.append(Button("del", pygame.Rect(FIELD.right + 30, FIELD.y + 5, 240, 100),
                            self.ctx.tr("erase"), style="secondary"))
        items.append(Button("skip", pygame.Rect(460, 900, 440, 110), self.ctx.tr("skip"),
                            style="secondary", size=theme.TEXT_LARGE))
        items.append(Button("ok", pygame.Rect(1020, 900, 440, 110), self.ctx.tr("ok"),
                            size=theme.TEXT_LARGE))
        self.buttons.set(items)

    def type(self, text: str) -> None:
        for ch in text:
            if len(self.value) < MAX_LEN and allowed(ch):
                self.value += ch

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Key):
            if action.key == pygame.K_BACKSPACE:
                self.value = self.value[:-1]
            elif action.text:
                self.type(action.text.upper() if action.text.isalpha() else action.text)
            return None
        return super().handle(action)

    def on_button(self, button: Button) -> Transition | None:
        if button.id.startswith("key:"):
            self.type(button.id[4:])
        elif button.id == "del":
            self.value = self.value[:-1]
        elif button.id == "skip":
            return self._finish(None)
        elif button.id == "ok":
            return self._finish(self.value.strip() or None)
        return None

    def on_back(self) -> Transition | None:
        return self._finish(None)

    def _finish(self, nickname: str | None) -> Transition:
        from game.scenes.leaderboard import LeaderboardScene

        tour = self.ctx.tour
        if nickname and tour is not None and tour.game_id is not None and self.ctx.scores:
            self.ctx.scores.set_nickname(tour.game_id, nickname)
        return Replace(LeaderboardScene(self.ctx, finishing=True))

    def bot_choice(self) -> str | None:
        return "skip"  # the bot stays anonymous: the attract loop never fills the board

    def draw_content(self, surface: pygame.Surface) -> None:
        t = self.ctx.text
        self.title(surface, self.ctx.tr("nickname_title"), y=50, size=theme.TEXT_LARGE + 8)
        draw.panel(surface, FIELD, theme.WHITE, radius=20, shadow=4, border=theme.PRIMARY)
        value = t.render(self.value or " ", theme.TEXT_TITLE, theme.INK)
        surface.blit(value, value.get_rect(midleft=(FIELD.x + 30, FIELD.centery)))
        caret_x = FIELD.x + 34 + (value.get_width() if self.value else 0)
        pygame.draw.rect(surface, theme.PRIMARY, pygame.Rect(caret_x, FIELD.y + 22, 6, FIELD.h - 44))
        count = t.render(f"{len(self.value)}/{MAX_LEN}", theme.TEXT_SMALL, theme.MUTED)
        surface.blit(count, count.get_rect(topright=(FIELD.right, FIELD.bottom + 8)))
