"""Put steps in order: drag a card, or use its arrows, or pick it up with the keys."""
from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action, Confirm, Drag, Navigate, Press, Release, Tab
from game.tasks.order.bot import OrderBot
from game.tasks.order.rules import OrderRules
from game.tasks.view import TaskView
from game.ui import draw, theme
from game.ui.focus import draw_ring
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules

GAP = 14
ARROW = 84  # the up/down buttons on each card


class OrderView(TaskView[OrderBot]):
    rules: OrderRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        n = len(self.rules.order)
        self.card_h = min(112, (self.rect.h - 140 - GAP * (n - 1)) // n)
        self.card_w = self.rect.w - 420
        self.dragging: int | None = None
        self.drag_y = 0.0
        self.grab_dy = 0.0
        self.focus: int | None = None  # keyboard: the card (or len = the Check button)
        self.holding = False  # keyboard: the focused card is picked up
        self.layout()

    def card_rect(self, i: int) -> pygame.Rect:
        return pygame.Rect(self.rect.x, self.rect.y + i * (self.card_h + GAP), self.card_w,
                           self.card_h)

    def layout(self) -> None:
        pal = self.ctx.palette
        items = []
        for i in range(len(self.rules.order)):
            r = self.card_rect(i)
            items.append(Button(f"up:{i}", pygame.Rect(r.right + 20, r.y + (r.h - ARROW) // 2,
                                                       ARROW, ARROW), style="secondary",
                                icon=draw.arrow_icon("up", 40, pal.ink), enabled=i > 0))
            items.append(Button(f"down:{i}", pygame.Rect(r.right + 30 + ARROW,
                                                         r.y + (r.h - ARROW) // 2,
                                                         ARROW, ARROW), style="secondary",
                                icon=draw.arrow_icon("down", 40, pal.ink),
                                enabled=i < len(self.rules.order) - 1))
        items.append(Button("submit", pygame.Rect(self.rect.right - 380, self.rect.bottom - 110,
                                                  380, 110),
                            self.ctx.tr("validate"), size=theme.TEXT_LARGE))
        self.buttons.set(items)

    @property
    def busy(self) -> bool:
        return self.dragging is not None

    def index_at_y(self, y: float) -> int:
        i = int((y - self.rect.y + GAP / 2) // (self.card_h + GAP))
        return max(0, min(len(self.rules.order) - 1, i))

    def handle(self, action: Action) -> None:
        r = self.rules
        if isinstance(action, Navigate):
            self._navigate(action.dy or action.dx)
            return
        if isinstance(action, Tab):  # down the list to Check, and round again
            n = len(r.order) + 1
            self.holding = False
            self.focus = (0 if action.step > 0 else n - 1) if self.focus is None \
                else (self.focus + action.step) % n
            return
        if isinstance(action, Confirm):
            if self.focus is None:
                self.focus = 0
            elif self.focus >= len(r.order):
                r.submit()
            else:
                self.holding = not self.holding
            return
        if isinstance(action, Press):
            for i in range(len(r.order)):
                if self.card_rect(i).collidepoint(action.pos):
                    self.dragging, self.drag_y = i, action.pos[1]
                    self.grab_dy = action.pos[1] - self.card_rect(i).y
                    self.focus = None
                    return
        if isinstance(action, Drag) and self.dragging is not None:
            self.drag_y = action.pos[1]
            return
        if isinstance(action, Release) and self.dragging is not None:
            src, self.dragging = self.dragging, None
            dst = self.index_at_y(action.pos[1] - self.grab_dy + self.card_h / 2)
            if dst != src:
                r.move(src, dst)
            return
        pressed = self.buttons.handle(action) if not isinstance(action, (Navigate, Confirm, Tab)) \
            else None
        if pressed is not None:
            self.on_button(pressed.id)

    def _navigate(self, d: int) -> None:
        n = len(self.rules.order)
        if self.focus is None:
            self.focus = 0
            return
        if self.holding and self.focus < n:
            dst = self.focus + d
            if 0 <= dst < n:
                self.rules.move(self.focus, dst)
                self.focus = dst
            return
        self.focus = max(0, min(n, self.focus + d))

    def on_button(self, button_id: str) -> None:
        if button_id == "submit":
            r = self.rules
            r.submit()
            self.shake(*(f"step:{s}" for s, right in zip(r.order, r.correct, strict=True)
                         if s != right))
            return
        kind, _, num = button_id.partition(":")
        i = int(num)
        self.rules.move(i, i - 1 if kind == "up" else i + 1)

    def bot(self, bot: OrderBot) -> list[Action] | None:
        ap = self.ctx.autoplay
        if ap is None or self.rules.finished or not ap.due():
            return None
        move = bot.next_move(self.rules)
        if move is None:
            return self.buttons.tap("submit")
        src, dst = move
        a, b = self.card_rect(src), self.card_rect(dst)
        return [Press((a.x + 200, a.centery)), Drag((a.x + 200, (a.centery + b.centery) / 2)),
                Drag((a.x + 200, b.centery)), Release((a.x + 200, b.centery))]

    def layer_key(self) -> Hashable | None:
        """The cards left in place change only at a move: the order, the card dragged, the
        one held by the keys (none is kept while a wrong order shakes)."""
        if (self.rules.finished and self.settled) or self.shaking:
            return None
        return (tuple(self.rules.order), self.dragging, self.holding, self.focus)

    def draw_layer(self, surface: pygame.Surface) -> None:
        for i, step_id in enumerate(self.rules.order):
            if i == self.dragging:
                continue
            self._card(surface, i, step_id, self.shaken(f"step:{step_id}", self.card_rect(i)))

    def draw_top(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        order = self.rules.order
        if self.dragging is not None:
            target = self.index_at_y(self.drag_y - self.grab_dy + self.card_h / 2)
            slot = self.card_rect(target)
            pygame.draw.rect(surface, self.accent, slot, width=4, border_radius=16)
            r = self.card_rect(self.dragging)
            r.y = round(self.drag_y - self.grab_dy)
            self._card(surface, self.dragging, order[self.dragging], r.move(10, 0), lifted=True)
        self.draw_buttons(surface)
        if self.focus is not None:
            submit = self.buttons.get("submit")
            fr = submit.rect if self.focus >= len(order) and submit is not None \
                else self.card_rect(self.focus)
            draw_ring(surface, pal, fr)

    def _card(self, surface: pygame.Surface, i: int, step_id: str, r: pygame.Rect,
              lifted: bool = False) -> None:
        pal = self.ctx.palette
        held = self.holding and self.focus == i
        draw.panel(surface, pal, r, pal.white, radius=16, shadow=12 if lifted or held else 4,
                   border=self.accent if lifted or held else pal.floor_dark)
        badge = pygame.Rect(r.x + 16, r.y + (r.h - 64) // 2, 64, 64)
        pygame.draw.rect(surface, self.accent, badge, border_radius=32)
        num = self.ctx.text.render(str(i + 1), theme.TEXT_BODY, pal.white)
        surface.blit(num, num.get_rect(center=badge.center))
        # a grip on the right says "drag me"
        for k in range(3):
            y = r.centery - 14 + k * 14
            pygame.draw.line(surface, pal.floor_dark, (r.right - 56, y), (r.right - 24, y), 4)
        label = self.ctx.text.render(self.rules.step(step_id).text.get(self.ctx.lang),
                                     theme.TEXT_BODY, pal.ink, width=r.w - 200)
        surface.blit(label, label.get_rect(midleft=(badge.right + 24, r.centery)))
