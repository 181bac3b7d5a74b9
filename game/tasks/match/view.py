"""Match on screen: two columns; tap an item then its partner (or drag from one to the
other) to link them. Each link is a line in its own colour between two number badges,
so the number, not only the colour, says which items go together. Tapping a linked
item takes its link off (and picks it up, ready for another partner).
"""
from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import pygame

from game import i18n
from game.actions import Action, Confirm, Drag, Navigate, Point, Press, Release, Tab
from game.tasks.ink import soft_ink
from game.tasks.match.bot import MatchBot
from game.tasks.match.layout import BADGE_R, MatchLayout, layout
from game.tasks.match.rules import MatchRules
from game.tasks.view import TaskView
from game.ui import draw, theme
from game.ui.focus import Focus
from game.ui.gesture import Gesture
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules

LINE_W = 8

i18n.define({
    "match_hint": {"fr": "Touche un élément, puis son partenaire dans l'autre colonne "
                         "(ou glisse de l'un à l'autre). Touche un lien pour le défaire.",
                   "en": "Tap an item, then its partner in the other column (or drag from one "
                         "to the other). Tap a linked item to undo its link."},
    "match_hint_picked": {"fr": "Touche maintenant son partenaire dans l'autre colonne.",
                          "en": "Now tap its partner in the other column."},
    "match_hint_keys": {"fr": "Flèches : choisir un élément. Entrée : le prendre, puis Entrée sur "
                              "son partenaire.",
                        "en": "Arrows: choose an item. Enter: pick it, then Enter on its partner."},
    "match_linked": {"fr": {"one": "{k} / {n} relié", "other": "{k} / {n} reliés"},
                     "en": {"one": "{k} / {n} linked", "other": "{k} / {n} linked"}},
})


class MatchView(TaskView[MatchBot]):
    rules: MatchRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        self.selected: tuple[str, str] | None = None  # ("L" or "R", pair id) picked up
        self.finger: Gesture[tuple[str, str]] = Gesture()  # on ("L" or "R", pair id)
        self.ring: Focus[str] = Focus()  # keyboard: "L:<id>", "R:<id>" or "submit"
        self.keyboard = False
        self._bot_move: tuple[str, str] | None = None
        self.lay: MatchLayout = layout(self.ctx.text, self.rules, self.rect, self.ctx.lang)
        self.number = {pid: k + 1 for k, pid in enumerate(self.rules.left)}
        self.buttons.set([Button("submit", self.lay.submit, self.ctx.tr("validate"),
                                 size=theme.TEXT_LARGE, enabled=self.rules.can_submit)])

    @property
    def focus(self) -> str | None:
        return self.ring.key

    @focus.setter
    def focus(self, key: str | None) -> None:
        self.ring.key = key

    @property
    def dragging(self) -> bool:
        return self.finger.dragging

    # --- where things are ------------------------------------------------------------
    def card(self, side: str, pair_id: str) -> pygame.Rect:
        return (self.lay.left if side == "L" else self.lay.right)[pair_id]

    def item_at(self, pos: tuple[float, float]) -> tuple[str, str] | None:
        for side, column in (("L", self.lay.left), ("R", self.lay.right)):
            for pid, rect in column.items():
                if rect.collidepoint(pos):
                    return (side, pid)
        return None

    def partner(self, side: str, pair_id: str) -> str | None:
        """The item linked to this one, on the other side."""
        return self.rules.links.get(pair_id) if side == "L" else self.rules.left_of(pair_id)

    @property
    def busy(self) -> bool:
        return self.dragging

    def targets(self) -> list[pygame.Rect]:
        return [*self.lay.left.values(), *self.lay.right.values(), *super().targets()]

    # --- moves -----------------------------------------------------------------------
    def _tap(self, side: str, pair_id: str) -> None:
        """A tap (or Enter) on an item: complete a link, let go, unlink, or pick it up."""
        r, sel = self.rules, self.selected
        if sel is not None and sel[0] != side:
            left, right = (sel[1], pair_id) if side == "R" else (pair_id, sel[1])
            r.link(left, right)
            self.selected = None
        elif sel == (side, pair_id):
            self.selected = None
        else:
            if self.partner(side, pair_id) is not None:
                (r.unlink if side == "L" else r.unlink_right)(pair_id)
            self.selected = (side, pair_id)
        self.buttons.items[0].enabled = r.can_submit

    # --- pointer ---------------------------------------------------------------------
    def handle(self, action: Action) -> None:
        if self.rules.finished:
            return
        if isinstance(action, (Navigate, Confirm, Tab)):
            self.keyboard = True
            self._key(action)
        elif isinstance(action, Press):
            self.keyboard = False
            self.ring.clear()
            self.finger.cancel()
            if self.buttons.at(action.pos) is not None:
                self.buttons.handle(action)
                return
            picked = self.item_at(action.pos)
            if picked is None:
                self.selected = None  # a tap beside the cards lets go
            else:
                self.finger.press(action.pos, picked)
        elif isinstance(action, Drag) and self.finger.down:
            self.finger.move(action.pos)
        elif isinstance(action, Release) and self.finger.down:
            self._release(action.pos)
        elif isinstance(action, (Point, Drag, Release)) and self.buttons.handle(action):
            self.on_button("submit")

    def _release(self, pos: tuple[float, float]) -> None:
        end = self.finger.release(pos)
        start = end.picked
        assert start is not None
        if end.kind == "tap":
            self._tap(*start)
        if end.kind != "drop":
            return
        over = self.item_at(pos)
        if over is None or over[0] == start[0]:
            return  # dropped beside a partner: nothing changes
        left, right = (start[1], over[1]) if start[0] == "L" else (over[1], start[1])
        self.rules.link(left, right)
        self.selected = None
        self.buttons.items[0].enabled = self.rules.can_submit

    def on_button(self, button_id: str) -> None:
        r = self.rules
        if button_id == "submit" and r.can_submit:
            r.submit()
            wrong = [left for left in r.links if not r.is_right(left)]
            self.shake(*(f"L:{left}" for left in wrong), *(f"R:{r.links[left]}" for left in wrong))

    def update(self, dt: float) -> None:
        self.finger.update(dt)  # a drag whose release never came: let go

    # --- keyboard --------------------------------------------------------------------
    def key_targets(self) -> dict[str, pygame.Rect]:
        out = {f"L:{p}": r for p, r in self.lay.left.items()}
        out.update({f"R:{p}": r for p, r in self.lay.right.items()})
        if self.rules.can_submit:
            out["submit"] = self.lay.submit
        return out

    def _next_focus(self) -> str:
        unlinked = self.rules.unlinked
        return f"L:{unlinked[0]}" if unlinked else "submit"

    def _key(self, action: Action) -> None:
        targets = self.key_targets()
        if isinstance(action, Tab):
            self.ring.tab(targets, action.step)
            return
        if not self.ring.on(targets):
            if isinstance(action, Confirm) and self.focus is None and self.rules.can_submit:
                self.rules.submit()  # Enter does the screen's one main thing
                return
            self.focus = self._next_focus()
            return
        if isinstance(action, Navigate):
            self.ring.arrow(targets, action.dx, action.dy)
            return
        if self.focus == "submit":
            self.on_button("submit")
            return
        side, _, pid = (self.focus or "").partition(":")
        self._tap(side, pid)
        if self.selected is not None:  # picked: go across, level with it
            other = "R" if side == "L" else "L"
            column = self.lay.right if other == "R" else self.lay.left
            here = self.card(side, pid).centery
            near = min(column, key=lambda p: abs(column[p].centery - here))
            self.focus = f"{other}:{near}"
        elif self.partner(side, pid) is not None:  # linked: on to the next one
            self.focus = self._next_focus()

    # --- bot -------------------------------------------------------------------------
    def bot(self, bot: MatchBot) -> list[Action] | None:
        """Taps, as a visitor would: the left item, then (next time) its partner."""
        ap = self.ctx.autoplay
        if ap is None or self.rules.finished or not ap.due():
            return None
        sel = self.selected
        if sel is not None and self._bot_move is not None and sel == ("L", self._bot_move[0]):
            right, self._bot_move = self._bot_move[1], None
            return self._tap_at(self.lay.right[right].center)
        if sel is not None:  # something else is picked up: let go of it first
            return self._tap_at(self.card(*sel).center)
        self._bot_move = bot.next_move(self.rules)
        if self._bot_move is None:
            return self.buttons.tap("submit")
        return self._tap_at(self.lay.left[self._bot_move[0]].center)

    @staticmethod
    def _tap_at(pos: tuple[int, int]) -> list[Action]:
        return [Press(pos), Release(pos)]

    # --- drawing ---------------------------------------------------------------------
    def layer_key(self) -> Hashable | None:
        """The cards, the links and their badges change only at a move: what is linked,
        picked up, dragged and hovered (none is kept while a wrong link shakes)."""
        if (self.rules.finished and self.settled) or self.shaking:
            return None
        held = self.finger.dragged
        hovered = self.item_at(self.finger.pos) if held is not None else None
        return (tuple(self.rules.links.items()), self.selected, held, hovered)

    def draw_layer(self, surface: pygame.Surface) -> None:
        r, lay = self.rules, self.lay
        for side, column in (("L", lay.left), ("R", lay.right)):
            for pid, rect in column.items():
                self._card(surface, side, pid, rect)
        for left, right in r.links.items():
            self._line(surface, lay.badge("L", left), lay.badge("R", right), self._color(left))
        for left, right in r.links.items():
            self._badge(surface, lay.badge("L", left), left, linked=True)
            self._badge(surface, lay.badge("R", right), left, linked=True)
        for pid in r.left:
            if pid not in r.links:
                self._badge(surface, lay.badge("L", pid), pid, linked=False)
        for pid in r.right:
            if r.left_of(pid) is None:
                self._socket(surface, lay.badge("R", pid))

    def draw_top(self, surface: pygame.Surface) -> None:
        pal, lay = self.ctx.palette, self.lay
        if self.finger.dragged is not None:
            side, pid = self.finger.dragged
            color = self._color(pid) if side == "L" else self.accent
            start = lay.badge(side, pid)
            self._line(surface, start, (round(self.finger.pos[0]), round(self.finger.pos[1])),
                       color)
            pygame.draw.circle(surface, color, self.finger.pos, 14)
        self._bar(surface)
        self.draw_buttons(surface)
        self.ring.draw(surface, pal, self.key_targets())

    def _color(self, left_id: str) -> theme.Color:
        links = self.ctx.palette.links
        return links[(self.number[left_id] - 1) % len(links)]

    def _bar(self, surface: pygame.Surface) -> None:
        """The help text, and how many are linked."""
        pal = self.ctx.palette
        box, r = self.lay.hint, self.rules
        count = self.ctx.tr("match_linked", k=len(r.links), n=len(r.left))
        img = self.ctx.text.render(count, theme.TEXT_BODY,
                                   pal.ink if r.can_submit else soft_ink(pal))
        surface.blit(img, img.get_rect(midright=(box.right, box.centery)))
        hint = self.ctx.tr("match_hint_keys" if self.keyboard else
                           "match_hint_picked" if self.selected else "match_hint")
        width = box.w - img.get_width() - 40
        size = next((s for s in (theme.TEXT_SMALL, 26, 24)
                     if self.ctx.text.fits(hint, s, width, box.h)), 24)
        msg = self.ctx.text.render(hint, size, soft_ink(pal), width=width)
        surface.blit(msg, msg.get_rect(midleft=(box.x + 4, box.centery)))

    def _card(self, surface: pygame.Surface, side: str, pid: str, rect: pygame.Rect) -> None:
        pal = self.ctx.palette
        pair, lay = self.rules.pair(pid), self.lay
        item = pair.left if side == "L" else pair.right
        held = self.finger.dragged
        picked = self.selected == (side, pid) or held == (side, pid)
        hovered = held is not None and held[0] != side and rect.collidepoint(self.finger.pos)
        if picked:
            rect = rect.move(0, -4)
        rect = self.shaken(f"{side}:{pid}", rect)
        partner = self.partner(side, pid)
        border = self.accent if picked or hovered else pal.floor_dark
        if partner is not None and not picked:
            border = self._color(pid if side == "L" else partner)
        fill = draw.blend(self.accent, pal.white, 0.85) if hovered or picked else pal.white
        draw.panel(surface, pal, rect, fill, radius=18, shadow=14 if picked else 4, border=border)
        if picked or hovered:
            pygame.draw.rect(surface, self.accent, rect, width=5, border_radius=18)
        box = lay.text_box(side, pid, item.image is not None)
        if item.image:
            pic = self.fit(item.image, lay.picture)
            px = box.x - lay.picture[0] - 14
            surface.blit(pic, pic.get_rect(center=(px + lay.picture[0] // 2, rect.centery)))
        if item.text is not None:
            size = lay.left_pt if side == "L" else lay.right_pt
            label = self.ctx.text.render(item.text.get(self.ctx.lang), size, pal.ink,
                                         width=box.w)
            surface.blit(label, label.get_rect(midleft=(box.x, rect.centery)))

    def _line(self, surface: pygame.Surface, a: tuple[int, int], b: tuple[int, int],
              color: theme.Color) -> None:
        pal = self.ctx.palette
        pygame.draw.line(surface, pal.white, a, b, LINE_W + 6)  # a halo over crossings
        pygame.draw.line(surface, color, a, b, LINE_W)

    def _badge(self, surface: pygame.Surface, center: tuple[int, int], left_id: str,
               linked: bool) -> None:
        """A disc with the left item's number: filled in its colour once linked."""
        pal = self.ctx.palette
        color = self._color(left_id)
        if linked:
            pygame.draw.circle(surface, color, center, BADGE_R)
            pygame.draw.circle(surface, pal.white, center, BADGE_R, 3)
            ink = pal.white
        else:
            pygame.draw.circle(surface, pal.white, center, BADGE_R)
            pygame.draw.circle(surface, pal.floor_dark, center, BADGE_R, 4)
            ink = pal.ink
        num = self.ctx.text.render(str(self.number[left_id]), theme.TEXT_BODY, ink)
        surface.blit(num, num.get_rect(center=(center[0], center[1] + 1)))

    def _socket(self, surface: pygame.Surface, center: tuple[int, int]) -> None:
        """Where a link may end: an empty ring."""
        pal = self.ctx.palette
        pygame.draw.circle(surface, draw.blend(pal.floor, pal.white, 0.5), center, BADGE_R)
        for k in range(12):  # dashed, so it reads as "empty" without colour
            a0 = k * math.pi / 6
            rect = pygame.Rect(0, 0, 2 * BADGE_R, 2 * BADGE_R)
            rect.center = center
            pygame.draw.arc(surface, pal.muted, rect, a0, a0 + math.pi / 12, 3)

