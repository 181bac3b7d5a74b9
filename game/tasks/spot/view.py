"""The spot task on screen: the picture large, the player taps what is wrong.

Found faults get their drawn outline (the hit area) in the good colour, a tick and their
name; a wrong tap a brief cross, and a decoy its explanation in the side panel. Keyboard:
the arrows step a focus (the area's outline, or a ring) through every candidate area
(faults and decoys, in reading order) then the "I'm done" button; Enter marks it.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Iterator
from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action, Confirm, Navigate, Press, Release, Tab
from game.i18n import define
from game.tasks.ink import error_ink, soft_ink
from game.tasks.reading import read_s
from game.tasks.spot.bot import SpotBot
from game.tasks.spot.figure import dashed_circle, mark_area, mark_box, solid_outline
from game.tasks.spot.labels import LABEL_GAP, LABEL_W, AreaMasks
from game.tasks.spot.rules import WRONG_TAP_POINTS, SpotRules, Tap
from game.tasks.view import TaskView
from game.ui import draw, theme
from game.ui.focus import draw_ring
from game.ui.gesture import TAP_SLOP
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules

define({
    "spot_found": {"fr": "{n} / {total} trouvés", "en": "{n} / {total} found"},
    "spot_wrong": {"fr": "Touches fausses : {n}", "en": "Wrong taps: {n}"},
    "spot_penalty": {"fr": "−{p} points", "en": "−{p} points"},
    "spot_hint": {
        "fr": "Touche sur la photo ce qui ne va pas. Clavier : les flèches passent d'une zone "
              "à l'autre, Entrée la marque.",
        "en": "Tap what is wrong in the picture. Keys: the arrows step from place to place, "
              "Enter marks it."},
    "spot_done": {"fr": "J'ai fini", "en": "I'm done"},
    "spot_nothing": {"fr": "Rien à signaler ici", "en": "Nothing wrong here"},
    "spot_nothing_why": {"fr": "Chaque touche fausse coûte {p} points.",
                         "en": "Each wrong tap costs {p} points."},
    "spot_fine": {"fr": "{label} : ce n'est pas un défaut", "en": "{label}: not a fault"},
    "spot_legend_found": {"fr": "Trouvé", "en": "Found"},
    "spot_legend_missed": {"fr": "Manqué", "en": "Missed"},
    "spot_legend_wrong": {"fr": "Touche fausse", "en": "Wrong tap"},
})

PANEL_W = 470
GAP = 30
DONE_H = 110
FRAME = 14  # the white frame around the picture
LABEL_REACH = 200  # px around a shape its name may go, when no side of it is clear
LABEL_STEP = 20  # ... tried on this grid
SIDES = 17  # the places beside and on the shape, tried first
BADGE = 44  # a found fault's tick
TOAST_MIN_S = 3.0  # an explanation stays as long as it takes to read, at least this long
CROSS_S = 1.2  # a wrong tap's cross fades after this long
TOUCH_R = theme.MIN_TARGET / 2  # every area answers a finger at least this far (logical px)


class SpotView(TaskView[SpotBot]):
    rules: SpotRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        area, p = self.rect, self.rules.params
        self.panel = pygame.Rect(area.right - PANEL_W, area.y, PANEL_W, area.h)
        box = pygame.Rect(area.x, area.y, area.w - PANEL_W - GAP, area.h).inflate(-2 * FRAME,
                                                                                   -2 * FRAME)
        self.picture = self.fit(p.image, box.size)
        own_w, _ = self.ctx.images.size(self.ctx.scenario.asset(p.image))
        self.k = self.picture.get_width() / own_w  # screen px per image px
        self.image_rect = self.picture.get_rect(center=box.center)
        self.reach = TOUCH_R / self.k  # image px
        self.buttons.set([Button("done", pygame.Rect(self.panel.x + 28,
                                                     self.panel.bottom - DONE_H - 28,
                                                     self.panel.w - 56, DONE_H),
                                 self.ctx.tr("spot_done"), size=theme.TEXT_LARGE)])
        self.focus: int | None = None  # keyboard: index in cycle() (the last is "done")
        self.pressed_at: tuple[float, float] | None = None
        #: the last tap, its explanation's age and how long it stays (s): until the next tap,
        #: or as long as reading it takes (a playtest: 7 s faded a 28-word card mid-sentence)
        self.toast: tuple[Tap, float, float] | None = None
        self.crosses: list[list[float]] = []  # [x, y, age] of wrong taps, screen px
        #: the found faults' names, in the order shown, placed once and kept (label_boxes),
        #: and the language and text size they were placed for
        self._labels: dict[str, pygame.Rect] = {}
        self._labels_look: tuple[str, float] | None = None
        self._area_masks: AreaMasks | None = None

    # --- coordinates ---------------------------------------------------------------------
    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (self.image_rect.x + x * self.k, self.image_rect.y + y * self.k)

    def to_image(self, pos: tuple[float, float]) -> tuple[float, float]:
        return ((pos[0] - self.image_rect.x) / self.k, (pos[1] - self.image_rect.y) / self.k)

    def ring_r(self, radius: float) -> float:
        return max(radius * self.k, TOUCH_R)

    # --- input ---------------------------------------------------------------------------
    def cycle(self) -> list[str]:
        """What the arrows step through: areas not yet found, in reading order, then "done"."""
        r = self.rules
        return [i for i in r.candidates if i not in r.found and i not in r.extras_seen] + ["done"]

    def handle(self, action: Action) -> None:
        if self.rules.finished:
            return
        if isinstance(action, Navigate):
            self._step_focus(1 if (action.dx or action.dy) > 0 else -1)
            return
        if isinstance(action, Tab):
            self._step_focus(action.step)
            return
        if isinstance(action, Confirm):
            self._confirm()
            return
        if isinstance(action, Press):
            self.focus = None  # a pointer player: the ring goes
            inside = self.image_rect.collidepoint(action.pos)
            self.pressed_at = action.pos if inside else None
        elif isinstance(action, Release) and self.pressed_at is not None:
            start, self.pressed_at = self.pressed_at, None
            if math.dist(start, action.pos) <= TAP_SLOP:
                self._tap(self.rules.tap(*self.to_image(start), reach=self.reach))
            return
        pressed = self.buttons.handle(action)
        if pressed is not None and pressed.id == "done":
            self.rules.done()

    def _step_focus(self, d: int) -> None:
        n = len(self.cycle())
        self.focus = 0 if self.focus is None else (self.focus + d) % n

    def _confirm(self) -> None:
        cycle = self.cycle()
        if self.focus is None:
            self.focus = 0
            return
        target = cycle[min(self.focus, len(cycle) - 1)]
        if target == "done":
            self.rules.done()
            return
        self._tap(self.rules.mark(target))
        self.focus = min(self.focus, len(self.cycle()) - 1)  # a found area leaves the cycle

    def _tap(self, tap: Tap | None) -> None:
        if tap is None:
            return
        _ok, title, body = self._toast_text(tap)
        lasts = max(TOAST_MIN_S, read_s(title, body))
        self.toast = (tap, 0.0, lasts)
        if tap.kind != "again":  # a new explanation: the timer waits while she reads it
            self.rules.read(lasts)
        if tap.kind in ("miss", "decoy"):
            x, y = self.to_screen(tap.x, tap.y)
            self.crosses.append([x, y, 0.0])
            self.shake("wrong")  # the new cross and its explanation

    def update(self, dt: float) -> None:
        if self.toast is not None:
            tap, age, lasts = self.toast
            self.toast = (tap, age + dt, lasts) if age + dt < lasts else None
        for c in self.crosses:
            c[2] += dt
        self.crosses = [c for c in self.crosses if c[2] < CROSS_S]

    def bot(self, bot: SpotBot) -> list[Action] | None:
        ap = self.ctx.autoplay
        if ap is None or self.rules.finished or not ap.due():
            return None
        spot = bot.next_tap(self.rules)
        if spot is None:
            return self.buttons.tap("done")
        pos = self.to_screen(*spot)
        return [Press(pos), Release(pos)]

    def controls(self) -> str | None:
        return self.ctx.tr("spot_hint")

    def targets(self) -> list[pygame.Rect]:
        return [self.image_rect, *super().targets()]

    # --- drawing ---------------------------------------------------------------------------
    def layer_key(self) -> Hashable | None:
        """The framed picture and what was found on it change only at a find."""
        if self.rules.finished:
            return None
        return (tuple(self.rules.found), tuple(self.rules.extras_seen))

    def draw_layer(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        draw.panel(surface, pal, self.image_rect.inflate(2 * FRAME, 2 * FRAME), pal.white,
                   radius=22)
        surface.blit(self.picture, self.image_rect)
        for area_id in [*self.rules.found, *self.rules.extras_seen]:
            self._draw_found(surface, area_id)

    def draw(self, surface: pygame.Surface) -> None:
        if not self.rules.finished:  # (once over, nothing: not even a last cross still shaking)
            super().draw(surface)

    def draw_top(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        for n, (x0, y, age) in enumerate(self.crosses):
            x = x0 + (self.shake_offset("wrong") if n == len(self.crosses) - 1 else 0.0)
            size = 64 * (1.0 - 0.3 * age / CROSS_S)
            pygame.draw.circle(surface, pal.white, (x, y), size * 0.55)
            draw.cross_mark(surface, (x, y), size, pal.error)
        self._draw_focus(surface)
        self._draw_panel(surface)
        self.draw_buttons(surface)

    def outline(self, area_id: str) -> list[tuple[float, float]] | None:
        """The drawn shape of an area on screen (None: it has only its circle)."""
        shape = self.rules.by_id[area_id].outline
        return [self.to_screen(x, y) for x, y in shape] if shape else None

    def _draw_found(self, surface: pygame.Surface, area_id: str) -> None:
        """A found fault: the outline of what the picture draws there (its hit area), in the
        good colour, with a tick and its name."""
        pal = self.ctx.palette
        a = self.rules.by_id[area_id]
        c = self.to_screen(a.x, a.y)
        mark_area(surface, pal, c, self.ring_r(a.radius), self.outline(area_id), True, 6)
        draw.verdict(surface, pal, self.badge(area_id).center, True, BADGE)
        label = self._label(area_id)
        pill = self.label_boxes()[area_id]
        round_ = min(pill.h // 2, 18)
        pygame.draw.rect(surface, pal.white, pill, border_radius=round_)
        pygame.draw.rect(surface, pal.success, pill, width=3, border_radius=round_)
        surface.blit(label, label.get_rect(center=pill.center))

    def _label(self, area_id: str) -> pygame.Surface:
        return self.ctx.text.render(self.rules.by_id[area_id].label.get(self.ctx.lang),
                                    theme.TEXT_SMALL, self.ctx.palette.ink, width=LABEL_W)

    def shape_box(self, area_id: str) -> pygame.Rect:
        """The box a found fault's mark covers on screen (as :func:`mark_area` draws it)."""
        a = self.rules.by_id[area_id]
        return mark_box(self.to_screen(a.x, a.y), self.ring_r(a.radius), self.outline(area_id))

    def badge(self, area_id: str) -> pygame.Rect:
        """Where a found fault's tick goes: its shape's top right corner, in the picture."""
        box, inner = self.shape_box(area_id), self.image_rect.inflate(-56, -56)
        tick = pygame.Rect(0, 0, BADGE, BADGE)
        tick.center = (max(inner.left, min(box.right, inner.right)),
                       max(inner.top, min(box.top, inner.bottom)))
        return tick

    def label_boxes(self) -> dict[str, pygame.Rect]:
        """Where each found fault's name goes: beside its shape, clear of every other area
        of the picture (a fault or a decoy: a playtest had « Câble » over the ladder) and of
        the names placed before it and the ticks. Placed once per find, in the order found."""
        shown = (*self.rules.found, *self.rules.extras_seen)
        look = (self.ctx.lang, self.ctx.settings.text_scale)  # what the names' sizes follow
        if self._labels_look != look:
            self._labels, self._labels_look = {}, look
        if tuple(self._labels) != shown:
            old, placed = self._labels, dict[str, pygame.Rect]()
            ticks = [self.badge(i) for i in shown]
            for area_id in shown:  # the names already shown stay where they are
                placed[area_id] = old.get(area_id) or self._place_label(
                    area_id, self._label(area_id).get_rect().inflate(28, 14).size,
                    [*placed.values(), *ticks])
            self._labels = placed
        return self._labels

    def _place_label(self, area_id: str, size: tuple[int, int],
                     taken: list[pygame.Rect]) -> pygame.Rect:
        """The first place around the shape that covers nothing else, else the one that
        covers least (other areas first, then other names, then its own shape)."""
        box, inner = self.shape_box(area_id), self.image_rect.inflate(-8, -8)
        w, h = size
        g = LABEL_GAP
        spots = [  # below, above, beside, then further out, then on the shape itself
            {"midtop": (box.centerx, box.bottom + g)}, {"midbottom": (box.centerx, box.top - g)},
            {"topleft": (box.left, box.bottom + g)}, {"topright": (box.right, box.bottom + g)},
            {"bottomleft": (box.left, box.top - g)}, {"bottomright": (box.right, box.top - g)},
            {"midleft": (box.right + g, box.centery)}, {"midright": (box.left - g, box.centery)},
            {"topleft": (box.right + g, box.top)}, {"bottomleft": (box.right + g, box.bottom)},
            {"topright": (box.left - g, box.top)}, {"bottomright": (box.left - g, box.bottom)},
            {"midtop": (box.centerx, box.bottom + 2 * g + h)},
            {"midbottom": (box.centerx, box.top - 2 * g - h)},
            {"midtop": (box.centerx, box.top + g)}, {"midbottom": (box.centerx, box.bottom - g)},
            {"center": box.center}]

        def further() -> Iterator[dict[str, tuple[int, int]]]:
            """Then anywhere near it, nearest first: a big shape among others may need it."""
            reach = LABEL_REACH
            grid = sorted(
                ((x, y) for x in range(box.left - reach - w, box.right + reach, LABEL_STEP)
                 for y in range(box.top - reach - h, box.bottom + reach, LABEL_STEP)),
                key=lambda p: math.hypot(max(box.left - p[0] - w, p[0] - box.right, 0),
                                         max(box.top - p[1] - h, p[1] - box.bottom, 0)))
            yield from ({"topleft": p} for p in grid)

        masks = self._masks()
        others = [i for i in self.rules.by_id if i != area_id]
        best: tuple[tuple[float, float, int], pygame.Rect] | None = None
        for n, spot in enumerate(itertools.chain(spots, further())):
            pill = pygame.Rect(0, 0, w, h)
            setattr(pill, *next(iter(spot.items())))
            pill.clamp_ip(inner)
            near = pill.inflate(LABEL_GAP, LABEL_GAP)  # clear by a margin, not by a hair
            cost = (sum(masks.covered(near, i) for i in others)
                    + sum(pill.clip(t).w * pill.clip(t).h for t in taken) / (w * h),
                    masks.covered(pill, area_id), n)
            if best is None or cost < best[0]:
                best = (cost, pill)
            if cost[0] == 0 and (cost[1] == 0 or n >= SIDES):
                break  # clear of everything else (and of its own shape, beside it)
        assert best is not None
        return best[1]

    def _masks(self) -> AreaMasks:
        """Where each area answers a tap on screen (its outline, else its circle), drawn
        once when the first name is placed."""
        if self._area_masks is None:
            self._area_masks = AreaMasks({
                i: (self.outline(i), self.to_screen(a.x, a.y), self.ring_r(a.radius))
                for i, a in self.rules.by_id.items()})
        return self._area_masks

    def _draw_focus(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        if self.focus is None:
            return
        cycle = self.cycle()
        target = cycle[min(self.focus, len(cycle) - 1)]
        if target == "done":
            rect = self.buttons.items[0].rect
            draw_ring(surface, pal, rect)
            return
        a = self.rules.by_id[target]
        shape = self.outline(target)
        if shape is not None:  # the shape Enter would mark
            solid_outline(surface, pal.ink, shape, 12)
            solid_outline(surface, pal.safety, shape, 7)
            return
        c, r = self.to_screen(a.x, a.y), self.ring_r(a.radius) + 10
        pygame.draw.circle(surface, pal.ink, c, r + 5, 3)
        pygame.draw.circle(surface, pal.safety, c, r, 7)
        dashed_circle(surface, pal.white, c, r - 6, 2)

    def _draw_panel(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        r, t, tr = self.rules, self.ctx.text, self.ctx.tr
        draw.panel(surface, pal, self.panel, pal.white, radius=26, shadow=8)
        x, y, w = self.panel.x + 28, self.panel.y + 26, self.panel.w - 56
        total = r.required  # every fault found counts, an extra as much as a hotspot
        head = t.render(tr("spot_found", n=min(r.finds, total), total=total), theme.TEXT_LARGE,
                        pal.ink, width=w)
        surface.blit(head, (x, y))
        y += head.get_height() + 16
        dot = min(44, (w - 8 * (total - 1)) // total)
        for i in range(total):
            c = (x + dot // 2 + i * (dot + 8), y + dot // 2)
            if i < r.finds:
                pygame.draw.circle(surface, pal.success, c, dot // 2)
                draw.check_mark(surface, c, dot * 0.6, pal.white)
            else:
                pygame.draw.circle(surface, pal.muted, c, dot // 2, 3)
        y += dot + 20
        wrong = t.render(tr("spot_wrong", n=r.wrong_taps), theme.TEXT_BODY, pal.ink, width=w)
        surface.blit(wrong, (x, y))
        y += wrong.get_height() + 6
        if r.wrong_taps:
            pen = t.render(tr("spot_penalty", p=WRONG_TAP_POINTS * r.wrong_taps), theme.TEXT_SMALL,
                           error_ink(pal))
            surface.blit(pen, (x, y))
            y += pen.get_height()
        box = pygame.Rect(x, y + 24, w, self.buttons.items[0].rect.y - y - 52)
        if self.toast is None:
            hint = t.render(tr("spot_hint"), theme.TEXT_SMALL, soft_ink(pal), width=w)
            surface.blit(hint, (x, box.y))
        else:
            self._draw_toast(surface, box, self.toast[0])

    def _toast_text(self, tap: Tap) -> tuple[bool, str, str]:
        lang, tr = self.ctx.lang, self.ctx.tr
        if tap.area is None:
            return False, tr("spot_nothing"), tr("spot_nothing_why", p=WRONG_TAP_POINTS)
        a = self.rules.by_id[tap.area]
        if self.rules.is_hotspot(a.id) or a.id in self.rules.extra_ids:
            return True, a.label.get(lang), a.explain.get(lang)
        return False, tr("spot_fine", label=a.label.get(lang)), a.explain.get(lang)

    def _draw_toast(self, surface: pygame.Surface, box: pygame.Rect, tap: Tap) -> None:
        pal = self.ctx.palette
        ok, title, body = self._toast_text(tap)
        t, w = self.ctx.text, box.w - 40
        for size in (theme.TEXT_SMALL, theme.TEXT_SMALL - 4, theme.TEXT_SMALL - 6):
            head = t.render(title, size + 4, pal.ink, width=w - 70)
            text = t.render(body, size, pal.ink, width=w)
            if head.get_height() + text.get_height() + 60 <= box.h:
                break  # the largest size that fits: never cut
        card = pygame.Rect(box.x, box.y, box.w, min(box.h,
                                                    head.get_height() + text.get_height() + 60))
        if not ok:
            card = self.shaken("wrong", card)
        pygame.draw.rect(surface, draw.blend(pal.success if ok else pal.error, pal.white, 0.88),
                         card, border_radius=18)
        pygame.draw.rect(surface, pal.success if ok else pal.error, card, width=3,
                         border_radius=18)
        draw.verdict(surface, pal, (card.x + 40, card.y + 20 + head.get_height() // 2), ok, 44)
        surface.blit(head, (card.x + 80, card.y + 20))
        surface.blit(text, (card.x + 20, card.y + 36 + head.get_height()))

