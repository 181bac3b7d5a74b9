"""The admin code, typed on an on-screen keypad (or the digit keys); guessing is slowed down."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action, Confirm, Key
from game.kiosk.admin.base import AdminScene
from game.kiosk.pin import PIN_DIGITS, verify_pin
from game.scene import Replace, Transition
from game.ui import draw, theme
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk

KEY_W, KEY_H, GAP = 170, 120, 22
PAD_X = (theme.LOGICAL_SIZE[0] - 3 * KEY_W - 2 * GAP) // 2
PAD_Y = 360
FIELD = pygame.Rect(PAD_X, 220, 3 * KEY_W + 2 * GAP, 110)
MESSAGE = pygame.Rect(PAD_X - 200, PAD_Y + 4 * (KEY_H + GAP) + 6, 3 * KEY_W + 2 * GAP + 400, 90)
TRIES = 5  # wrong codes in a row before the pad locks
LOCK_S = 60.0


class PinScene(AdminScene):
    text_mode = True  # digits arrive as text; Backspace erases instead of leaving
    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx, kiosk)
        self.code = ""
        self.has_pin = bool(kiosk.config.admin_pin)
        if not self.has_pin:
            self.say(ctx.tr("admin_no_pin"), ok=False)

    def enter(self) -> None:
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
        items: list[Button] = []
        for i, key in enumerate(labels):
            rect = pygame.Rect(PAD_X + (i % 3) * (KEY_W + GAP), PAD_Y + (i // 3) * (KEY_H + GAP),
                               KEY_W, KEY_H)
            if key == "del":
                b = Button("del", rect, self.ctx.tr("admin_erase"), style="secondary")
            elif key == "ok":
                b = Button("ok", rect, self.ctx.tr("ok"), size=theme.TEXT_LARGE)
            else:
                b = Button(f"d:{key}", rect, key, style="secondary", size=theme.TEXT_TITLE)
            b.enabled = self.has_pin
            items.append(b)
        items.append(Button("cancel", pygame.Rect(60, 950, 320, 100), self.ctx.tr("admin_cancel"),
                            style="secondary"))
        self.buttons.set(items)

    @property
    def locked_s(self) -> float:
        return max(0.0, self.kiosk.pin_locked_until - self.ctx.clock.now())

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Key) and self.has_pin:
            digit = action.text if action.text.isdigit() and action.text.isascii() else None
            if digit is not None:
                self.press(digit)
            elif action.key in (pygame.K_BACKSPACE, pygame.K_DELETE):
                self.code = self.code[:-1]
            return None
        if isinstance(action, Confirm) and self.has_pin:
            return self.submit()
        return super().handle(action)

    def on_button(self, button: Button) -> Transition | None:
        if button.id.startswith("d:"):
            self.press(button.id[2:])
        elif button.id == "del":
            self.code = self.code[:-1]
        elif button.id == "ok":
            return self.submit()
        elif button.id == "cancel":
            return self.kiosk.home("admin")
        return None

    def on_back(self) -> Transition | None:
        return self.kiosk.home("admin")

    def press(self, digit: str) -> None:
        if len(self.code) < PIN_DIGITS[1]:
            self.code += digit
        if self.message and self.locked_s <= 0:
            self.say("")

    def submit(self) -> Transition | None:
        from game.kiosk.admin.menu import AdminMenuScene

        if self.locked_s > 0:
            self.say(self.ctx.tr("admin_pin_locked", s=int(self.locked_s) + 1), ok=False)
            return None
        code, self.code = self.code, ""
        if verify_pin(code, self.kiosk.config.admin_pin):
            self.kiosk.pin_failures = 0
            self.kiosk.log.info("admin: code accepted")
            return Replace(AdminMenuScene(self.ctx, self.kiosk))
        self.kiosk.pin_failures += 1
        self.kiosk.log.warning("admin: wrong code (%d in a row)", self.kiosk.pin_failures)
        if self.kiosk.pin_failures >= TRIES:
            self.kiosk.pin_failures = 0
            self.kiosk.pin_locked_until = self.ctx.clock.now() + LOCK_S
            self.say(self.ctx.tr("admin_pin_locked", s=int(LOCK_S)), ok=False)
        else:
            self.say(self.ctx.tr("admin_pin_wrong"), ok=False)
        return None

    def update(self, dt: float) -> Transition | None:
        if self.locked_s > 0 and self.message:
            self.say(self.ctx.tr("admin_pin_locked", s=int(self.locked_s) + 1), ok=False)
        return None

    def draw_content(self, surface: pygame.Surface) -> None:
        t = self.ctx.text
        head = t.render(self.ctx.tr("admin_pin"), theme.TEXT_LARGE, theme.INK)
        surface.blit(head, head.get_rect(midbottom=(FIELD.centerx, FIELD.y - 16)))
        draw.panel(surface, FIELD, theme.WHITE, radius=20, shadow=4, border=theme.PRIMARY)
        for i in range(len(self.code)):  # dots, never the digits
            x = FIELD.centerx + (i - (len(self.code) - 1) / 2) * 56
            pygame.draw.circle(surface, theme.INK, (int(x), FIELD.centery), 16)
        self.draw_message(surface, MESSAGE)
