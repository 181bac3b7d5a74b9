"""Buttons and the one mechanism every scene uses to tap, hover, focus and confirm them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import pygame

from game.actions import Action, Confirm, Drag, Navigate, Point, Press, Release
from game.ui import draw, theme
from game.ui.text import TextCache
from game.ui.theme import Color

TAP_SLOP = 40  # logical px a finger may slide and still tap


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

    def colors(self, hover: bool) -> tuple[Color, Color, Color | None]:
        """Fill, text, border."""
        if not self.enabled:
            return theme.FLOOR, theme.MUTED, None
        if self.style == "primary":
            fill = draw.blend(theme.PRIMARY, theme.INK, 0.2) if hover else theme.PRIMARY
            return fill, theme.WHITE, None
        if self.style in ("choice", "card"):
            if self.mark is True:
                return draw.blend(theme.SUCCESS, theme.WHITE, 0.8), theme.INK, theme.SUCCESS
            if self.mark is False:
                return draw.blend(theme.ERROR, theme.WHITE, 0.8), theme.INK, theme.ERROR
            if self.selected:
                return draw.blend(theme.PRIMARY, theme.WHITE, 0.82), theme.INK, theme.PRIMARY
            return (draw.blend(theme.WHITE, theme.FLOOR, 0.5) if hover else theme.WHITE,
                    theme.INK, theme.FLOOR_DARK)
        if self.style == "ghost":
            return (theme.FLOOR if hover else theme.PAPER), theme.INK, theme.FLOOR_DARK
        return (theme.FLOOR if hover else theme.WHITE), theme.INK, theme.PRIMARY


@dataclass
class Buttons:
    """A scene's buttons: pointer taps, hover, keyboard focus (arrows) and Confirm."""

    items: list[Button] = field(default_factory=list)
    focus: int | None = None  # index of the keyboard-focused button
    _pressed: Button | None = None
    _hover: Button | None = None
    _press_pos: tuple[float, float] = (0.0, 0.0)
    version: int = 0  # changes whenever the set of buttons is replaced

    def set(self, items: list[Button]) -> None:
        old = self.items[self.focus].id if self.focus is not None and self.focus < len(self.items) else None
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
            self._press_pos = action.pos
            self._hover = self._pressed
        elif isinstance(action, Drag):
            self._hover = self.at(action.pos)
        elif isinstance(action, Release):
            pressed, self._pressed = self._pressed, None
            if pressed is not None and (pressed.rect.inflate(TAP_SLOP, TAP_SLOP).collidepoint(action.pos)):
                self.focus = None
                return pressed
        elif isinstance(action, Navigate):
            self._move_focus(action.dx, action.dy)
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
        words = [b.label or b.id]
        if tr is not None:
            if b.mark is not None:
                words.append(tr("said_right" if b.mark else "said_wrong"))
            elif b.selected:
                words.append(tr("said_selected"))
            if not b.enabled:
                words.append(tr("said_disabled"))
        return ", ".join(words)

    def _move_focus(self, dx: int, dy: int) -> None:
        enabled = [i for i, b in enumerate(self.items) if b.enabled]
        if not enabled:
            self.focus = None
            return
        if self.focus is None or self.focus not in enabled:
            primary = [i for i in enabled if self.items[i].style == "primary"]
            self.focus = (primary or enabled)[0]
            return
        self.focus = nearest_in_direction({i: self.items[i].rect for i in enabled},
                                          self.focus, dx, dy)

    def draw(self, surface: pygame.Surface, text: TextCache, only_active: bool = False) -> None:
        """Every button; or, with ``only_active``, just those under the pointer or the focus."""
        for i, b in enumerate(self.items):
            hover = b is self._hover or b is self._pressed
            focused = i == self.focus
            if not only_active or hover or focused:
                draw_button(surface, text, b, hover, focused)

    def tap(self, button_id: str) -> list[Action]:
        """The actions a finger makes to tap a button (for the bot)."""
        b = self.get(button_id)
        if b is None:
            return []
        return [Press(b.rect.center), Release(b.rect.center)]


K = TypeVar("K")


def nearest_in_direction(targets: dict[K, pygame.Rect], focus: K, dx: int, dy: int) -> K:
    """Keyboard focus: the nearest target in the arrow's direction (straight ahead preferred)."""
    here = pygame.Vector2(targets[focus].center)
    best, best_cost = focus, float("inf")
    for key, rect in targets.items():
        d = pygame.Vector2(rect.center) - here
        along = d.x * dx + d.y * dy
        if key == focus or along <= 0:
            continue
        cost = along + (abs(d.x * dy) + abs(d.y * dx)) * 2
        if cost < best_cost:
            best, best_cost = key, cost
    return best


def draw_button(surface: pygame.Surface, text: TextCache, b: Button, hover: bool,
                focused: bool) -> None:
    fill, ink, border = b.colors(hover)
    rect = b.rect.move(0, 2) if b is not None and hover and b.style == "primary" else b.rect
    draw.panel(surface, rect, fill, radius=16, shadow=4 if b.style != "ghost" else 0, border=border)
    if focused:
        pygame.draw.rect(surface, theme.SAFETY, rect.inflate(14, 14), width=6, border_radius=22)
        pygame.draw.rect(surface, theme.INK, rect.inflate(22, 22), width=2, border_radius=26)
    if b.style == "card":
        _card_body(surface, text, b, rect, ink)
        return
    x = rect.x + 24
    if b.icon is not None:
        ir = b.icon.get_rect(midleft=(rect.x + 16, rect.centery))
        if not b.label:
            ir.center = rect.center
        surface.blit(b.icon, ir)
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
        draw.verdict(surface, (rect.right - 40, rect.centery), b.mark, 44)
    elif b.selected and b.style == "choice":  # chosen: a tick as well as the colour
        draw.check_mark(surface, (rect.right - 40, rect.centery), 36, theme.PRIMARY)


def _card_body(surface: pygame.Surface, text: TextCache, b: Button, rect: pygame.Rect,
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
        draw.check_mark(surface, (rect.right - 36, rect.y + 36), 40, theme.PRIMARY)
    if b.mark is not None:
        draw.verdict(surface, (rect.right - 36, rect.y + 36), b.mark, 44)


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
