"""Sort on screen: cards in a tray above, bins below; drag a card, or tap it then a bin.

A card placed in a bin shows there as a chip; tap or drag it to move it again, or
put it back in its home slot. Keyboard: arrows move the focus over the cards, Enter
picks one up, arrows and Enter choose its bin (or its home slot, to put it back).
"""
from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import pygame

from game import i18n
from game.actions import Action, Confirm, Drag, Navigate, Point, Press, Release, Tab
from game.tasks.ink import soft_ink
from game.tasks.sort.bot import SortBot
from game.tasks.sort.layout import CARD_SIZES, HINT_H, PAD, SortLayout, layout
from game.tasks.sort.rules import SortRules
from game.tasks.view import TaskView
from game.ui import draw, theme
from game.ui.focus import Focus
from game.ui.gesture import Gesture
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules

BOT_DRAG_STEPS = 20  # the bot's finger moves over this many updates (1/3 s at 60 Hz)

i18n.define({
    "sort_hint": {"fr": "Glisse chaque carte dans son bac, ou touche une carte puis un bac.",
                  "en": "Drag each card into its bin, or tap a card and then a bin."},
    "sort_hint_holding": {"fr": "Touche le bac où ranger cette carte.",
                          "en": "Tap the bin this card goes in."},
    "sort_hint_keys": {"fr": "Flèches : choisir une carte. "
                             "Entrée : la prendre, puis choisir son bac.",
                       "en": "Arrows: choose a card. Enter: pick it up, then choose its bin."},
    "sort_hint_keys_holding": {"fr": "Flèches : choisir le bac. Entrée : y poser la carte.",
                               "en": "Arrows: choose the bin. Enter: put the card in it."},
    "sort_put_back": {"fr": "Remettre ici", "en": "Put back here"},
    "sort_left": {"fr": {"one": "Encore {n} carte à ranger", "other": "Encore {n} cartes à ranger"},
                  "en": {"one": "{n} card left to sort", "other": "{n} cards left to sort"}},
    "sort_all_placed": {"fr": "Tout est rangé ! Vérifie, puis valide.",
                        "en": "All sorted! Have a look, then check."},
    "sort_drop_here": {"fr": "Dépose ici", "en": "Drop here"},
})


class SortView(TaskView[SortBot]):
    rules: SortRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        self.selected: str | None = None  # a card picked up by a tap or by Enter
        self.finger: Gesture[str] = Gesture()  # on "item:<id>", "bin:<id>" or "tray"
        self.grab: tuple[float, float] = (0.0, 0.0)  # the finger's offset inside the card
        self.ring: Focus[str] = Focus()  # keyboard: "item:<id>", "bin:<id>", "home" or "submit"
        self.keyboard = False  # the last input came from the keys: show the keys' help
        self._bot_path: list[Action] = []
        self.lay: SortLayout = layout(self.ctx.text, self.rules, self.rect, self.ctx.lang)
        self.buttons.set([Button("submit", self.lay.submit, self.ctx.tr("validate"),
                                 size=theme.TEXT_LARGE, enabled=self.rules.can_submit)])

    @property
    def focus(self) -> str | None:
        return self.ring.key

    @focus.setter
    def focus(self, key: str | None) -> None:
        self.ring.key = key

    @property
    def dragging(self) -> str | None:
        """The card being dragged, if any."""
        picked = self.finger.dragged
        return picked.partition(":")[2] if picked and picked.startswith("item:") else None

    @property
    def drag_pos(self) -> tuple[float, float]:
        return self.finger.pos

    # --- where things are ------------------------------------------------------------
    def chips(self, bin_id: str) -> dict[str, pygame.Rect]:
        return self.lay.chips(bin_id, self.rules.in_bin(bin_id))

    def item_rect(self, item_id: str) -> pygame.Rect:
        """Where a card is now: its home slot, or its chip in a bin."""
        bin_id = self.rules.bin_of(item_id)
        return self.lay.slots[item_id] if bin_id is None else self.chips(bin_id)[item_id]

    def item_at(self, pos: tuple[float, float]) -> str | None:
        return next((i for i in self.rules.order
                     if i != self.dragging and self.item_rect(i).collidepoint(pos)), None)

    def bin_at(self, pos: tuple[float, float]) -> str | None:
        return next((b for b, rect in self.lay.bins.items() if rect.collidepoint(pos)), None)

    @property
    def busy(self) -> bool:
        return self.dragging is not None

    @property
    def holding(self) -> str | None:
        """The card in hand: dragged, or picked up by a tap or by Enter."""
        return self.dragging or self.selected

    def targets(self) -> list[pygame.Rect]:
        cards = [self.item_rect(i) for i in self.rules.order]
        return cards + list(self.lay.bins.values()) + super().targets()

    # --- moves -----------------------------------------------------------------------
    def _place(self, item_id: str, bin_id: str | None) -> None:
        """Into a bin, or (None) back to its home slot."""
        if bin_id is None:
            self.rules.unplace(item_id)
        else:
            self.rules.place(item_id, bin_id)
        self.selected = None
        self.buttons.items[0].enabled = self.rules.can_submit

    def _tap(self, target: str) -> None:
        kind, _, ident = target.partition(":")
        if kind == "item":
            self.selected = None if self.selected == ident else ident
        elif kind == "bin" and self.selected is not None:
            self._place(self.selected, ident)
        elif kind == "tray" and self.selected is not None:
            self._place(self.selected, None)

    # --- pointer ---------------------------------------------------------------------
    def handle(self, action: Action) -> None:
        if self.rules.finished:
            return
        if isinstance(action, (Navigate, Confirm, Tab)):
            self.keyboard = True
            self._key(action)
        elif isinstance(action, Press):
            self._press(action.pos)
        elif isinstance(action, Drag) and self.finger.down:
            if self.finger.move(action.pos):
                self.selected = None  # the card is in the hand now, not picked up by a tap
        elif isinstance(action, Release) and self.finger.down:
            self._release(action.pos)
        elif isinstance(action, (Point, Drag, Release)) and self.buttons.handle(action):
            self.on_button("submit")

    def _press(self, pos: tuple[float, float]) -> None:
        self.keyboard = False
        self.ring.clear()
        self.finger.cancel()
        if self.buttons.at(pos) is not None:
            self.buttons.handle(Press(pos))
            return
        item = self.item_at(pos)
        if item is not None:
            r = self.item_rect(item)
            if self.rules.bin_of(item) is None:
                self.grab = (pos[0] - r.x, pos[1] - r.y)
            else:  # a chip grows back into a card: hold it by the middle
                self.grab = (self.lay.card_size[0] / 2, self.lay.card_size[1] / 2)
            self.finger.press(pos, f"item:{item}")
        elif (b := self.bin_at(pos)) is not None:
            self.finger.press(pos, f"bin:{b}", draggable=False)
        elif self.lay.tray.collidepoint(pos):
            self.finger.press(pos, "tray", draggable=False)

    def _release(self, pos: tuple[float, float]) -> None:
        end = self.finger.release(pos)
        kind, _, ident = (end.picked or "").partition(":")
        if end.kind == "drop":
            bin_id = self.bin_at(pos)
            if bin_id is not None:
                self._place(ident, bin_id)
            elif self.lay.tray.collidepoint(pos):
                self._place(ident, None)
            return  # dropped anywhere else: the card goes back where it was
        if end.kind == "slide" or end.picked is None:
            return  # the finger slid off: not a tap
        in_bin = self.rules.bin_of(ident) if kind == "item" else None
        if in_bin is not None and self.selected not in (None, ident):
            self._tap(f"bin:{in_bin}")  # a card in hand goes in the bin, even tapped on a chip
        else:
            self._tap(end.picked)

    def on_button(self, button_id: str) -> None:
        if button_id == "submit" and self.rules.can_submit:
            self.rules.submit()
            self.shake(*(f"item:{i}" for i in self.rules.order if not self.rules.is_right(i)))

    def update(self, dt: float) -> None:
        self.finger.update(dt)  # a drag whose release never came: the card goes back

    # --- keyboard --------------------------------------------------------------------
    def key_targets(self) -> dict[str, pygame.Rect]:
        """What the arrows move between: the cards (and Check), or, holding one, the bins."""
        if self.selected is not None:
            out = {f"bin:{b}": rect for b, rect in self.lay.bins.items()}
            out["home"] = self.lay.slots[self.selected]
            return out
        out = {f"item:{i}": self.item_rect(i) for i in self.rules.order}
        if self.rules.can_submit:
            out["submit"] = self.lay.submit
        return out

    def _first_focus(self) -> str:
        if self.selected is not None:
            return f"bin:{self.rules.bin_of(self.selected) or self.rules.bin_ids[0]}"
        if self.rules.unplaced:
            return f"item:{self.rules.unplaced[0]}"
        return "submit"

    def _key(self, action: Action) -> None:
        targets = self.key_targets()
        if isinstance(action, Tab):
            self.ring.tab(targets, action.step)
            return
        if not self.ring.on(targets):
            if isinstance(action, Confirm) and self.focus is None and self.rules.can_submit:
                self.rules.submit()  # Enter does the screen's one main thing
                return
            self.focus = self._first_focus()  # the first key shows where the focus is
            return
        if isinstance(action, Navigate):
            self.ring.arrow(targets, action.dx, action.dy)
            return
        kind, _, ident = (self.focus or "").partition(":")
        if kind == "submit":
            self.on_button("submit")
        elif kind == "item":
            self.selected = ident
            self.focus = self._first_focus()
        elif kind == "bin" and self.selected is not None:
            self._place(self.selected, ident)
            self.focus = self._first_focus()
        elif kind == "home" and self.selected is not None:
            item_id = self.selected
            self._place(item_id, None)
            self.focus = f"item:{item_id}"

    # --- bot -------------------------------------------------------------------------
    def bot(self, bot: SortBot) -> list[Action] | None:
        ap = self.ctx.autoplay
        if ap is None or self.rules.finished:
            return None
        if self._bot_path:  # a drag under way: the finger moves one step per update
            return [self._bot_path.pop(0)]
        if not ap.due():
            return None
        move = bot.next_move(self.rules)
        if move is None:
            return self.buttons.tap("submit")
        item_id, bin_id = move
        start = self.item_rect(item_id).center
        box = self.lay.bins[bin_id]
        end = (box.centerx, box.y + self.lay.header_h + PAD + self.lay.chip_size[1] // 2)
        path: list[Action] = [Press(start)]
        for k in range(1, BOT_DRAG_STEPS + 1):
            t = k / BOT_DRAG_STEPS
            t = t * t * (3 - 2 * t)  # eased, like a hand
            path.append(Drag((start[0] + (end[0] - start[0]) * t,
                              start[1] + (end[1] - start[1]) * t)))
        path.append(Release(end))
        self._bot_path = path[1:]
        return path[:1]

    # --- drawing ---------------------------------------------------------------------
    def layer_key(self) -> Hashable | None:
        """The hint, the tray and the bins change only at a move: where each card is, which
        is picked up or dragged and over which bin (none is kept while a chip shakes)."""
        if (self.rules.finished and self.settled) or self.shaking:
            return None
        r = self.rules
        hot = self.bin_at(self.drag_pos) if self.dragging else None
        return (self.keyboard, self.selected, self.dragging, hot, tuple(r.unplaced),
                tuple(tuple(r.in_bin(b)) for b in self.lay.bins))

    def draw_layer(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        r, lay = self.rules, self.lay
        holding = self.holding
        if self.keyboard:
            hint = "sort_hint_keys_holding" if self.selected else "sort_hint_keys"
        else:
            hint = "sort_hint_holding" if self.selected else "sort_hint"
        img = self.ctx.text.render(self.ctx.tr(hint), theme.TEXT_SMALL, soft_ink(pal))
        surface.blit(img, img.get_rect(midleft=(self.rect.x + 4, self.rect.y + HINT_H // 2 - 4)))
        # the tray, its empty home slots, its cards
        draw.panel(surface, pal, lay.tray, draw.blend(pal.paper, pal.floor, 0.55), radius=22,
                   shadow=0, border=pal.floor_dark)
        for item_id, slot in lay.slots.items():
            if r.bin_of(item_id) is not None or item_id == self.dragging:
                self._hole(surface, slot, home=holding == item_id and r.bin_of(item_id) is not None)
        for item_id in r.unplaced:
            if item_id != self.dragging:
                self._card(surface, item_id, lay.slots[item_id])
        self._status(surface)
        # the bins and their chips
        hot = self.bin_at(self.drag_pos) if self.dragging else None
        for bin_id, box in lay.bins.items():
            self._bin(surface, bin_id, box, hot=hot == bin_id, open_=holding is not None)

    def draw_top(self, surface: pygame.Surface) -> None:
        pal, lay = self.ctx.palette, self.lay
        self.draw_buttons(surface)
        self.ring.draw(surface, pal, self.key_targets())
        if self.dragging is not None:
            card = pygame.Rect((0, 0), lay.card_size)
            card.topleft = (round(self.drag_pos[0] - self.grab[0]),
                            round(self.drag_pos[1] - self.grab[1]))
            self._card(surface, self.dragging, card, lifted=True)

    def _status(self, surface: pygame.Surface) -> None:
        """Above the Check button: how many cards are left."""
        pal = self.ctx.palette
        left, side = len(self.rules.unplaced), self.lay.side
        text = self.ctx.tr("sort_left", n=left) if left else self.ctx.tr("sort_all_placed")
        room = self.lay.submit.y - side.y - 12
        size = next((s for s in (theme.TEXT_BODY, theme.TEXT_SMALL, 26)
                     if self.ctx.text.fits(text, s, side.w, room)), 26)
        msg = self.ctx.text.render(text, size,
                                   pal.ink if not left else soft_ink(pal), width=side.w,
                                   align="center")
        surface.blit(msg, msg.get_rect(midbottom=(side.centerx, self.lay.submit.y - 12)))

    def _hole(self, surface: pygame.Surface, slot: pygame.Rect, home: bool) -> None:
        """An empty home slot; highlighted, with a label, when its card may come back."""
        pal = self.ctx.palette
        if not home:
            pygame.draw.rect(surface, pal.floor_dark, slot, width=3, border_radius=16)
            return
        pygame.draw.rect(surface, draw.blend(self.accent, pal.white, 0.8), slot, border_radius=16)
        pygame.draw.rect(surface, self.accent, slot, width=4, border_radius=16)
        text = self.ctx.tr("sort_put_back")
        size = next((s for s in CARD_SIZES if self.ctx.text.fits(text, s, slot.w - 16, slot.h - 8)),
                    CARD_SIZES[-1])
        label = self.ctx.text.render(text, size, pal.ink, width=slot.w - 16, align="center")
        surface.blit(label, label.get_rect(center=slot.center))

    def _card(self, surface: pygame.Surface, item_id: str, rect: pygame.Rect,
              lifted: bool = False) -> None:
        pal = self.ctx.palette
        item, lay = self.rules.item(item_id), self.lay
        picked = lifted or self.selected == item_id
        if picked and not lifted:
            rect = rect.move(0, -6)  # picked up: it rises
        draw.panel(surface, pal, rect, pal.white, radius=16, shadow=16 if picked else 4,
                   border=self.accent if picked else pal.floor_dark)
        if picked:
            pygame.draw.rect(surface, self.accent, rect, width=5, border_radius=16)
        label = self.ctx.text.render(item.text.get(self.ctx.lang), lay.card_pt, pal.ink,
                                     width=rect.w - 24, align="center")
        if lay.picture_h:
            if item.image:
                pic = self.fit(item.image, (rect.w - 20, lay.picture_h))
                surface.blit(pic, pic.get_rect(midtop=(rect.centerx, rect.y + 10)))
            text_box = pygame.Rect(rect.x, rect.y + 10 + lay.picture_h, rect.w,
                                   rect.h - 10 - lay.picture_h)
            surface.blit(label, label.get_rect(center=text_box.center))
        else:
            surface.blit(label, label.get_rect(center=rect.center))

    def _bin(self, surface: pygame.Surface, bin_id: str, box: pygame.Rect, hot: bool,
             open_: bool) -> None:
        pal = self.ctx.palette
        b, lay, lang = self.rules.params.bin(bin_id), self.lay, self.ctx.lang
        fill = draw.blend(self.accent, pal.white, 0.84 if hot else 0.95)
        draw.panel(surface, pal, box, fill, radius=22, shadow=6,
                   border=self.accent if hot or open_ else pal.floor_dark)
        head = pygame.Rect(box.x, box.y, box.w, lay.header_h)
        pygame.draw.rect(surface, draw.blend(self.accent, pal.white, 0.62), head,
                         border_top_left_radius=22, border_top_right_radius=22)
        if hot:
            pygame.draw.rect(surface, self.accent, box, width=6, border_radius=22)
        x0, label_w = box.x + PAD, box.w - 2 * PAD
        if b.image:
            icon = self.fit(b.image, (56, 56))
            surface.blit(icon, icon.get_rect(midleft=(box.x + PAD, head.centery)))
            x0, label_w = x0 + 64, label_w - 64
        label = self.ctx.text.render(b.label.get(lang), lay.label_pt, pal.ink, width=label_w,
                                     align="center")
        surface.blit(label, label.get_rect(center=(x0 + label_w // 2, head.centery)))
        chips = self.chips(bin_id)
        if open_ and not [i for i in chips if i != self.dragging]:
            hint = self.ctx.text.render(self.ctx.tr("sort_drop_here"), theme.TEXT_SMALL,
                                        soft_ink(pal), width=box.w - 2 * PAD, align="center")
            surface.blit(hint, hint.get_rect(center=(box.centerx, (head.bottom + box.bottom) // 2)))
        for item_id, rect in chips.items():
            if item_id != self.dragging:
                self._chip(surface, item_id, rect)

    def _chip(self, surface: pygame.Surface, item_id: str, rect: pygame.Rect) -> None:
        pal = self.ctx.palette
        item, lay, picked = self.rules.item(item_id), self.lay, self.selected == item_id
        rect = self.shaken(f"item:{item_id}", rect)
        draw.panel(surface, pal, rect, pal.white, radius=12, shadow=10 if picked else 3,
                   border=self.accent if picked else pal.floor_dark)
        if picked:
            pygame.draw.rect(surface, self.accent, rect, width=5, border_radius=12)
        x = rect.x + 10
        if lay.thumb is not None:
            if item.image:
                pic = self.fit(item.image, lay.thumb)
                surface.blit(pic, pic.get_rect(center=(x + lay.thumb[0] // 2, rect.centery)))
            x += lay.thumb[0] + 10
        label = self.ctx.text.render(item.text.get(self.ctx.lang), lay.chip_pt, pal.ink,
                                     width=rect.right - x - 10)
        surface.blit(label, label.get_rect(midleft=(x, rect.centery)))

