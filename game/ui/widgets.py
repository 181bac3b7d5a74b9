"""Buttons and the one mechanism every scene uses to tap, hover, focus and confirm them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import pygame

from game.actions import Action, Confirm, Drag, Navigate, Point, Press, Release, Tab
from game.ui import draw, theme
from game.ui.focus import draw_ring, nearest_in_direction, next_in_order
from game.ui.gesture import TAP_SLOP
from game.ui.text import TextCache
from game.ui.theme import Color, Palette


@dataclass
class Button:
    id: str
    rect: pygame.Rect
    label: str = ""
    style: str = "primary"  # primary | secondary | ghost | choice
    icon: pygame.Surface | None = None
    selected: bool = False
    enabled: bool = True
    mark: bool | None = None  # after an answer: True right, False wrong (badge, not only colour)
    size: int = theme.TEXT_BODY
    data: object = None
    name: str = ""  # what a button shown by its icon alone is called (self-voicing, focus)

    def colors(self, pal: Palette, hover: bool) -> tuple[Color, Color, Color | None]:
        """Fill, text, border."""
        if not self.enabled:  # greyed and flat, its label still readable (4.5:1)
            return pal.disabled, pal.disabled_ink, None
        if self.style == "primary":
            fill = draw.blend(pal.primary, pal.ink, 0.2) if hover else pal.primary
            return fill, pal.white, None
        if self.style in ("choice", "card"):
            if self.mark is True:
                return draw.blend(pal.success, pal.white, 0.8), pal.ink, pal.success
            if self.mark is False:
                return draw.blend(pal.error, pal.white, 0.8), pal.ink, pal.error
            if self.selected:
                return draw.blend(pal.primary, pal.white, 0.82), pal.ink, pal.primary
            return (draw.blend(pal.white, pal.floor, 0.5) if hover else pal.white,
                    pal.ink, pal.floor_dark)
        if self.style == "ghost":
            return (pal.floor if hover else pal.paper), pal.ink, pal.floor_dark
        return (pal.floor if hover else pal.white), pal.ink, pal.primary


@dataclass
class Buttons:
    """A scene's buttons: pointer taps, hover, keyboard focus (arrows) and Confirm."""

    items: list[Button] = field(default_factory=list)
    focus: int | None = None  # index of the keyboard-focused button
    _pressed: Button | None = None
    _hover: Button | None = None
    version: int = 0  # changes whenever the set of buttons is replaced

    def focusable(self) -> dict[int, pygame.Rect]:
        """The enabled buttons, by index, in the order they were laid out."""
        return {i: b.rect for i, b in enumerate(self.items) if b.enabled}

    def set(self, items: list[Button]) -> None:
        old = self.items[self.focus].id \
            if self.focus is not None and self.focus < len(self.items) else None
        self.items = items
        self.focus = next((i for i, b in enumerate(items) if b.id == old), None)
        self._pressed = self._hover = None
        self.version += 1

    def get(self, button_id: str) -> Button | None:
        return next((b for b in self.items if b.id == button_id), None)

    def at(self, pos: tuple[float, float]) -> Button | None:
        for b in reversed(self.items):
            if b.enabled and b.rect.collidepoint(pos):
                return b
        return None

    def handle(self, action: Action) -> Button | None:
        """Returns the button activated by this action, if any."""
        if isinstance(action, Point):
            self._hover = self.at(action.pos)
        elif isinstance(action, Press):
            self._pressed = self.at(action.pos)
            self._hover = self._pressed
        elif isinstance(action, Drag):
            self._hover = self.at(action.pos)
        elif isinstance(action, Release):
            pressed, self._pressed = self._pressed, None
            if pressed is not None and (pressed.rect.inflate(TAP_SLOP,
                                                             TAP_SLOP).collidepoint(action.pos)):
                self.focus = None
                return pressed
        elif isinstance(action, Navigate):
            self._move_focus(action.dx, action.dy)
        elif isinstance(action, Tab):
            self.focus = next_in_order(self.focusable(), self.focus, action.step)
        elif isinstance(action, Confirm):
            if self.focus is None:
                primary = [b for b in self.items if b.enabled and b.style == "primary"]
                if len(primary) == 1:  # Enter does the screen's one main thing
                    return primary[0]
                self._move_focus(0, 0)
                return None
            b = self.items[self.focus]
            return b if b.enabled else None
        return None

    def focused_label(self, tr: Callable[[str], str] | None = None) -> str | None:
        """The keyboard-focused button in words (self-voicing): its label and its state."""
        if self.focus is None or self.focus >= len(self.items):
            return None
        b = self.items[self.focus]
        words = [b.label or b.name or b.id]
        if tr is not None:
            if b.mark is not None:
                words.append(tr("said_right" if b.mark else "said_wrong"))
            elif b.selected:
                words.append(tr("said_selected"))
            if not b.enabled:
                words.append(tr("said_disabled"))
        return ", ".join(words)

    def _move_focus(self, dx: int, dy: int) -> None:
        targets = self.focusable()
        if not targets:
            self.focus = None
        elif self.focus not in targets:  # the first key shows the focus, on the main button
            primary = [i for i in targets if self.items[i].style == "primary"]
            self.focus = (primary or list(targets))[0]
        else:
            self.focus = nearest_in_direction(targets, self.focus, dx, dy)

    def draw(self, surface: pygame.Surface, text: TextCache, pal: Palette,
             only_active: bool = False) -> None:
        """Every button; or, with ``only_active``, just those under the pointer or the focus."""
        for i, b in enumerate(self.items):
            hover = b is self._hover or b is self._pressed
            focused = i == self.focus
            if not only_active or hover or focused:
                draw_button(surface, text, pal, b, hover, focused)

    def tap(self, button_id: str) -> list[Action]:
        """The actions a finger makes to tap a button (for the bot)."""
        b = self.get(button_id)
        if b is None:
            return []
        return [Press(b.rect.center), Release(b.rect.center)]


def draw_button(surface: pygame.Surface, text: TextCache, pal: Palette, b: Button, hover: bool,
                focused: bool) -> None:
    fill, ink, border = b.colors(pal, hover)
    rect = b.rect.move(0, 2) if b is not None and hover and b.style == "primary" else b.rect
    draw.panel(surface, pal, rect, fill, radius=16,
               shadow=4 if b.style != "ghost" and b.enabled else 0, border=border)
    if focused:
        draw_ring(surface, pal, rect)
    if b.style == "card":
        _card_body(surface, text, pal, b, rect, ink)
        return
    x = rect.x + 24
    if b.icon is not None:
        ir = b.icon.get_rect(midleft=(rect.x + 16, rect.centery))
        if not b.label:
            ir.center = rect.center
        surface.blit(b.icon if b.enabled else _faded(b.icon), ir)
        x = ir.right + 18
    if b.label:
        width = rect.right - x - (70 if b.mark is not None else 24)
        label = text.render(b.label, b.size, ink, width=max(40, width),
                            align="left" if b.icon is not None or b.style == "choice" else "center")
        if b.icon is None and b.style != "choice":
            surface.blit(label, label.get_rect(center=rect.center))
        else:
            surface.blit(label, label.get_rect(midleft=(x, rect.centery)))
    if b.mark is not None:
        draw.verdict(surface, pal, (rect.right - 40, rect.centery), b.mark, 44)
    elif b.selected and b.style == "choice":  # chosen: a tick as well as the colour
        draw.check_mark(surface, (rect.right - 40, rect.centery), 36, pal.primary)


FADED_ALPHA = 110  # a disabled button's icon, see-through (its label keeps 4.5:1)


@lru_cache(maxsize=64)
def _faded(icon: pygame.Surface) -> pygame.Surface:
    """``icon`` half see-through, made once per icon (a disabled page arrow); kept by the
    icon itself (a surface hashes by identity, and the cache holds it, so its id is not
    reused by another)."""
    faded = icon.copy()
    faded.set_alpha(FADED_ALPHA)
    return faded


def _card_body(surface: pygame.Surface, text: TextCache, pal: Palette, b: Button, rect: pygame.Rect,
               ink: Color) -> None:
    """A tall choice: its picture on top, its label below, a badge in the corner."""
    label = text.render(b.label, b.size, ink, width=rect.w - 32, align="center")
    if b.icon is None:
        surface.blit(label, label.get_rect(center=rect.center))
    else:
        room = rect.h - label.get_height() - 36
        ir = b.icon.get_rect(midtop=(rect.centerx, rect.y + 14))
        ir.h = min(ir.h, room)
        surface.blit(b.icon, ir, pygame.Rect(0, 0, ir.w, ir.h))
        surface.blit(label, label.get_rect(midbottom=(rect.centerx, rect.bottom - 14)))
    if b.selected and b.mark is None:
        draw.check_mark(surface, (rect.right - 36, rect.y + 36), 40, pal.primary)
    if b.mark is not None:
        draw.verdict(surface, pal, (rect.right - 36, rect.y + 36), b.mark, 44)


def backspace(rect: pygame.Rect, label: str, ink: Color, words: bool = True) -> Button:
    """Every on-screen keyboard's erase key: one letter back, as on a phone, shown by the
    backspace sign, with ``label`` (« Retour arrière ») beside it when ``words``."""
    return Button("del", rect, label if words else "", style="secondary",
                  icon=draw.backspace_icon(48, ink), size=theme.TEXT_SMALL, name=label)


def row(ids_labels: list[tuple[str, str]], center_x: int, y: int, w: int = 380, h: int = 96,
        gap: int = 32, style: str = "primary") -> list[Button]:
    """Buttons laid out in a centred row."""
    total = len(ids_labels) * w + (len(ids_labels) - 1) * gap
    x = center_x - total // 2
    out = []
    for i, (bid, label) in enumerate(ids_labels):
        out.append(Button(bid, pygame.Rect(x + i * (w + gap), y, w, h), label, style=style))
    return out


Handler = Callable[[Button], object]
