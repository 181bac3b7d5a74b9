"""The admin code, typed on an on-screen keypad (or the digit keys); guessing is slowed down.

:class:`Keypad` is the pad itself (digits, erase, OK, the dots of the code typed so far),
placed where a screen wants it: the PIN screen checks a code with the kiosk's
:class:`~game.kiosk.pin.PinGuard`, the admin menu asks for a new one with it.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action, Confirm, Key
from game.kiosk.admin.base import AdminScene
from game.kiosk.pin import LOCK_S, PIN_DIGITS, TRIES
from game.scene import Replace, Transition
from game.ui import draw, theme
from game.ui.widgets import Button, backspace

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk

__all__ = ["LOCK_S", "TRIES", "Keypad", "PinScene"]
KEY_W, KEY_H, GAP = 170, 120, 22
PAD_W = 3 * KEY_W + 2 * GAP
PAD_H = 4 * KEY_H + 3 * GAP
FIELD_H, FIELD_GAP = 110, 30  # the dots' field above the keys
LABELS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]


class Keypad:
    """Twelve keys under a field of dots; ``origin`` is the field's top-left corner."""

    def __init__(self, ctx: Any, origin: tuple[int, int]) -> None:
        self.ctx = ctx
        self.field = pygame.Rect(origin[0], origin[1], PAD_W, FIELD_H)
        self.code = ""

    def buttons(self) -> list[Button]:
        x0, y0 = self.field.x, self.field.bottom + FIELD_GAP
        items: list[Button] = []
        for i, key in enumerate(LABELS):
            rect = pygame.Rect(x0 + (i % 3) * (KEY_W + GAP), y0 + (i // 3) * (KEY_H + GAP),
                               KEY_W, KEY_H)
            if key == "del":
                b = backspace(rect, self.ctx.tr("admin_erase"), self.ctx.palette.ink,
                              words=False)  # the sign alone, as on a phone's pad
            elif key == "ok":
                b = Button("ok", rect, self.ctx.tr("ok"), size=theme.TEXT_LARGE)
            else:
                b = Button(f"d:{key}", rect, key, style="secondary", size=theme.TEXT_TITLE)
            items.append(b)
        return items

    @property
    def bottom(self) -> int:
        return self.field.bottom + FIELD_GAP + PAD_H

    def press(self, digit: str) -> None:
        if len(self.code) < PIN_DIGITS[1]:
            self.code += digit

    def erase(self) -> None:
        self.code = self.code[:-1]

    def take(self) -> str:
        """The code typed, and the field empty again."""
        code, self.code = self.code, ""
        return code

    def key(self, action: Key) -> None:
        """A digit key or Backspace from a real keyboard (digits arrive as text)."""
        if action.text.isascii() and action.text.isdigit():
            self.press(action.text)
        elif action.key in (pygame.K_BACKSPACE, pygame.K_DELETE):
            self.erase()

    def button(self, button: Button) -> bool:
        """A digit or erase key of the pad: True when it was one (OK is the screen's)."""
        if button.id.startswith("d:"):
            self.press(button.id[2:])
        elif button.id == "del":
            self.erase()
        else:
            return False
        return True

    def draw(self, surface: pygame.Surface, title: str) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        head = t.render(title, theme.TEXT_LARGE, pal.ink, width=self.field.w + 200,
                        align="center")
        surface.blit(head, head.get_rect(midbottom=(self.field.centerx, self.field.y - 16)))
        draw.panel(surface, pal, self.field, pal.white, radius=20, shadow=4, border=pal.primary)
        for i in range(len(self.code)):  # dots, never the digits
            x = self.field.centerx + (i - (len(self.code) - 1) / 2) * 56
            pygame.draw.circle(surface, pal.ink, (int(x), self.field.centery), 16)


PAD_AT = ((theme.LOGICAL_SIZE[0] - PAD_W) // 2, 220)  # where the PIN screen has it
MESSAGE = pygame.Rect(PAD_AT[0] - 200, PAD_AT[1] + FIELD_H + FIELD_GAP + PAD_H + 6, PAD_W + 400, 90)


class PinScene(AdminScene):
    """The organiser's code before the menu, and nothing else: whoever holds the corner may
    be a visitor, so the pad says neither how else the menu opens nor how a code is set (that
    is in docs/KIOSK.md and in the menu). With no code set, it takes none: every code typed is
    a wrong one, lockout included, and only the keyboard shortcut opens the menu."""

    text_mode = True  # digits arrive as text; Backspace erases instead of leaving

    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx, kiosk)
        self.pad = Keypad(ctx, PAD_AT)

    @property
    def code(self) -> str:
        return self.pad.code

    def enter(self) -> None:
        self.buttons.set([*self.pad.buttons(),
                          Button("cancel", pygame.Rect(60, 950, 320, 100),
                                 self.ctx.tr("admin_cancel"), style="secondary")])

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Key):
            self.pad.key(action)
            self._typed()
            return None
        if isinstance(action, Confirm):
            return self.submit()
        return super().handle(action)

    def on_button(self, button: Button) -> Transition | None:
        if self.pad.button(button):
            self._typed()
        elif button.id == "ok":
            return self.submit()
        elif button.id == "cancel":
            return self.kiosk.home("admin")
        return None

    def on_back(self) -> Transition | None:
        return self.kiosk.home("admin")

    def _typed(self) -> None:
        if self.message and self.kiosk.pin.locked_s <= 0:
            self.say("")

    def submit(self) -> Transition | None:
        from game.kiosk.admin.menu import AdminMenuScene

        pin = self.kiosk.pin
        verdict = pin.check(self.pad.take())
        if verdict == "ok":
            self.kiosk.log.info("admin: code accepted")
            return Replace(AdminMenuScene(self.ctx, self.kiosk))
        if verdict == "locked":
            self.kiosk.log.warning("admin: pad locked for %.0f s (%d wrong codes in a row)",
                                   pin.locked_s, TRIES)
            self.say(self.ctx.tr("admin_pin_locked", s=math.ceil(pin.locked_s)), ok=False)
        else:
            self.kiosk.log.warning("admin: wrong code (%d in a row)", pin.failures)
            self.say(self.ctx.tr("admin_pin_wrong"), ok=False)
        return None

    def update(self, dt: float) -> Transition | None:
        locked = self.kiosk.pin.locked_s
        if locked > 0 and self.message:
            self.say(self.ctx.tr("admin_pin_locked", s=math.ceil(locked)), ok=False)
        return None

    def draw_content(self, surface: pygame.Surface) -> None:
        self.pad.draw(surface, self.ctx.tr("admin_pin"))
        self.draw_message(surface, MESSAGE)
