"""The gauge on screen: the dial (or bar) on the left, a side panel with the big control.

Stop mode: a tap anywhere on the gauge, on the big STOP button, or Enter/Space stops
the needle. Hold mode: press and hold either half of the big control (finger or mouse),
or hold the Left/Right (or Down/Up) arrow keys, to push the needle back into the zone.
With the hold-free setting, nothing is held: a tap on a half (or one arrow key press) starts
that push and a second tap stops it (Enter or Space stops it too).
"""
from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action, Confirm, Drag, Navigate, Point, Press, Release
from game.i18n import define
from game.loop import STEP_S
from game.tasks.gauge.bot import GaugeBot
from game.tasks.gauge.face import Face, zone_fill
from game.tasks.gauge.rules import GaugeRules, percent
from game.tasks.ink import soft_ink
from game.tasks.reading import read_s
from game.tasks.view import TaskView
from game.ui import draw, theme

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules

define({
    "gauge_round": {"fr": "Arrêt {n} / {total}", "en": "Stop {n} / {total}"},
    "gauge_zone": {"fr": "Zone : {lo}–{hi} {unit}", "en": "Zone: {lo}–{hi} {unit}"},
    "gauge_stop": {"fr": "STOP", "en": "STOP"},
    "gauge_stop_hint": {
        "fr": "Arrête l'aiguille dans la zone : touche la jauge ou STOP. Clavier : Entrée ou "
              "Espace.",
        "en": "Stop the needle in the zone: tap the gauge or STOP. Keys: Enter or Space."},
    "gauge_in": {"fr": "Dans la zone", "en": "In the zone"},
    "gauge_high": {"fr": "Trop haut", "en": "Too high"},
    "gauge_low": {"fr": "Trop bas", "en": "Too low"},
    "gauge_down": {"fr": "Baisser", "en": "Lower"},
    "gauge_up": {"fr": "Monter", "en": "Raise"},
    "gauge_hold_hint": {
        "fr": "Garde le doigt appuyé sur Baisser ou Monter pour corriger. Clavier : maintiens "
              "les flèches gauche / droite.",
        "en": "Keep your finger on Lower or Raise to correct. Keys: hold the left / right "
              "arrows."},
    "gauge_toggle_hint": {
        "fr": "Touche Baisser ou Monter : l'aiguille bouge jusqu'à ce que tu touches encore. "
              "Clavier : une flèche gauche / droite, Entrée pour arrêter.",
        "en": "Tap Lower or Raise: the needle moves until you tap again. Keys: one press of "
              "the left / right arrow, Enter to stop."},
    "gauge_ready": {"fr": "Attention, l'aiguille va bouger !",
                    "en": "Get ready, the needle is about to move!"},
    # before her first move: the needle waits for her
    "gauge_begin": {"fr": "Touche Baisser ou Monter pour commencer.",
                    "en": "Tap Lower or Raise to begin."},
    "gauge_hold_left": {"fr": "Tiens encore {s} s", "en": "Hold {s} s more"},
    "gauge_stops_title": {"fr": "Tes arrêts, autour de la zone",
                          "en": "Your stops, around the zone"},
    "gauge_hold_title": {"fr": "L'aiguille pendant le maintien",
                         "en": "The needle during the hold"},
    "gauge_not_made": {"fr": "pas fait", "en": "not made"},
    "gauge_so_far": {"fr": "Dans la zone jusqu'ici : {pct} du temps",
                     "en": "In the zone so far: {pct} of the time"},
})

PANEL_GAP = 40
CONTROL_H = 210
PRESSED_S = 0.15  # the STOP button looks pressed this long


class GaugeView(TaskView[GaugeBot]):
    rules: GaugeRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        p, area = self.rules.params, self.rect
        card = pygame.Rect(area.x, area.y, min(1120, area.w - 600), area.h)
        self.face = Face(p, card, self.ctx.text, self.accent, self.ctx.lang,
                         self.ctx.palette)
        self.panel = pygame.Rect(card.right + PANEL_GAP, area.y,
                                 area.right - card.right - PANEL_GAP,
                                 area.h)
        bottom = pygame.Rect(self.panel.x, self.panel.bottom - CONTROL_H, self.panel.w, CONTROL_H)
        self.stop_rect = bottom
        half = (bottom.w - 16) // 2
        self.halves = {-1: pygame.Rect(bottom.x, bottom.y, half, bottom.h),
                       1: pygame.Rect(bottom.right - half, bottom.y, half, bottom.h)}
        self.side = 0  # the half held by the finger or mouse (-1, 0, 1)
        self.latched = 0  # hold-free: the push a tap started (-1, 0, 1), until the next tap
        self.pointer_held = False
        self.pressed = 0.0
        self.hover = False
        self.rules.announce(read_s(self.ctx.tr("gauge_ready")))

    # --- input ---------------------------------------------------------------------------
    @property
    def stop_mode(self) -> bool:
        return self.rules.params.mode == "stop"

    @property
    def busy(self) -> bool:
        return self.pointer_held

    @property
    def hold_free(self) -> bool:
        return self.ctx.settings.hold_free

    def controls(self) -> str | None:
        if self.stop_mode:
            return self.ctx.tr("gauge_stop_hint")
        return self.ctx.tr("gauge_toggle_hint" if self.hold_free else "gauge_hold_hint")

    @property
    def command(self) -> int:
        """Hold mode: the push asked for now, by the finger first, else by the keys (with
        the hold-free setting: the push the last tap started)."""
        if self.hold_free:
            return self.latched
        if self.side:
            return self.side
        dx, dy = self.ctx.controls.direction
        return dx or -dy

    def side_at(self, pos: tuple[float, float]) -> int:
        return next((s for s, r in self.halves.items() if r.collidepoint(pos)), 0)

    def handle(self, action: Action) -> None:
        if isinstance(action, (Point, Drag)) and self.stop_mode:
            self.hover = self.stop_rect.collidepoint(action.pos)
        if self.stop_mode:
            on_gauge = isinstance(action, Press) and (
                self.stop_rect.collidepoint(action.pos) or self.face.rect.collidepoint(action.pos))
            stop = self.rules.stop() if on_gauge or isinstance(action, Confirm) else None
            if stop is not None:
                self.pressed = PRESSED_S
                if not self._status(stop.value)[1]:
                    self.shake("readout")  # stopped outside the zone
            return
        if self.hold_free:
            self._toggle(action)
            return
        if isinstance(action, Press):
            self.side = self.side_at(action.pos)
            self.pointer_held = self.side != 0
        elif isinstance(action, Drag) and self.pointer_held:
            self.side = self.side_at(action.pos)  # sliding off the control lets go
        elif isinstance(action, Release):
            self.side, self.pointer_held = 0, False

    def _toggle(self, action: Action) -> None:
        """Hold-free: a tap on a half (or an arrow) starts its push, or stops it if it runs."""
        side = 0
        if isinstance(action, Press):
            side = self.side_at(action.pos)
        elif isinstance(action, Navigate):
            side = action.dx or -action.dy
        elif isinstance(action, Confirm):
            self.latched = 0
            return
        if side:
            self.latched = 0 if self.latched == side else side

    def update(self, dt: float) -> None:
        self.pressed = max(0.0, self.pressed - dt)
        if not self.stop_mode:
            self.rules.push(self.command)

    def bot(self, bot: GaugeBot) -> list[Action] | None:
        r, ap = self.rules, self.ctx.autoplay
        if r.finished:
            return None
        if self.stop_mode:
            if ap is None or not bot.wants_stop(r, STEP_S) or not ap.due():
                return None
            c = self.stop_rect.center
            return [Press(c), Release(c)]
        if r.timer_held and (ap is None or ap.due()):
            r.first_move()  # she has read the screen: the hold may begin
        want = bot.command(r, STEP_S)  # a held finger: continuous, not paced like taps
        if self.hold_free:  # taps: one to start a push, one to stop it
            if want == self.latched:
                return None
            pos = self.halves[want or self.latched].center
            return [Press(pos), Release(pos)]
        if want == self.side:
            return None
        if want == 0:
            return [Release(self.halves[self.side].center)]
        pos = self.halves[want].center
        return [Drag(pos)] if self.pointer_held else [Press(pos)]

    def targets(self) -> list[pygame.Rect]:
        if self.stop_mode:
            return [self.stop_rect, self.face.rect]
        return list(self.halves.values())

    # --- drawing ---------------------------------------------------------------------------
    def _n(self, value: float) -> str:
        return self.face.label(value)

    def layer_key(self) -> Hashable | None:
        """The face and the side panel's card stay the same while the task runs (the marks,
        the needle and the readout stay on the face's card, clear of the panel)."""
        return None if self.rules.finished and self.settled else ()

    def draw_layer(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        self.face.draw(surface)
        draw.panel(surface, pal, self.panel, pal.white, radius=26, shadow=8)

    def draw_top(self, surface: pygame.Surface) -> None:
        self._draw_on_face(surface)
        self._draw_in_panel(surface)

    def _draw_on_face(self, surface: pygame.Surface) -> None:
        r = self.rules
        for i, s in enumerate(r.stops):
            if r.revealing <= 0 or i < len(r.stops) - 1:
                self.face.mark(surface, s.value, i + 1)
        self.face.needle(surface, r.value)
        self._draw_readout(surface)

    def _draw_in_panel(self, surface: pygame.Surface) -> None:
        if self.stop_mode:
            self._draw_stop_panel(surface)
        else:
            self._draw_hold_panel(surface)

    def _status(self, value: float) -> tuple[str, bool]:
        p = self.rules.params
        if p.low <= value <= p.high:
            return self.ctx.tr("gauge_in"), True
        return self.ctx.tr("gauge_high" if value > p.high else "gauge_low"), False

    def _draw_readout(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        r, t = self.rules, self.ctx.text
        box = self.shaken("readout", self.face.readout)
        shown = r.value if (not self.stop_mode or r.revealing > 0) else None
        # a stop is judged: its digits put it on its side of the zone's bounds
        shows = self.face.reading if self.stop_mode else self.face.label
        text = "– – –" if shown is None else f"{shows(shown, fixed=True)} {r.params.unit}"
        if shown is None:
            img = t.render(text, theme.TEXT_LARGE, pal.ink)
            surface.blit(img, img.get_rect(center=box.center))
            return
        draw.verdict(surface, pal, (box.x + 46, box.centery), self._status(shown)[1], 56)
        img = t.render(text, theme.TEXT_LARGE, pal.ink)
        surface.blit(img, img.get_rect(center=((box.x + 86 + box.right) // 2, box.centery)))

    def _zone_legend(self, surface: pygame.Surface, y: int) -> int:
        """A swatch drawn like the zone (shade and brackets) and its bounds; returns the bottom."""
        pal = self.ctx.palette
        p, x = self.rules.params, self.panel.x + 32
        sw = pygame.Rect(x, y, 70, 46)
        pygame.draw.rect(surface, zone_fill(pal), sw)
        for bx, inward in ((sw.x, 1), (sw.right, -1)):
            pygame.draw.line(surface, pal.success, (bx, sw.y), (bx, sw.bottom), 6)
            for by in (sw.y, sw.bottom):
                pygame.draw.line(surface, pal.success, (bx, by), (bx + inward * 12, by), 6)
        text = self.ctx.tr("gauge_zone", lo=self._n(p.low), hi=self._n(p.high), unit=p.unit)
        img = self.ctx.text.render(text, theme.TEXT_BODY, pal.ink, width=self.panel.w - 150)
        surface.blit(img, img.get_rect(midleft=(sw.right + 24, sw.centery)))
        return max(sw.bottom, sw.centery + img.get_height() // 2)

    def _hint(self, surface: pygame.Surface, key: str, bottom: int) -> None:
        pal = self.ctx.palette
        img = self.ctx.text.render(self.ctx.tr(key), theme.TEXT_SMALL, soft_ink(pal),
                                   width=self.panel.w - 64)
        surface.blit(img, img.get_rect(bottomleft=(self.panel.x + 32, bottom)))

    def _draw_stop_panel(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        r, t, p = self.rules, self.ctx.text, self.rules.params
        x, y = self.panel.x + 32, self.panel.y + 28
        n = min(r.round + 1, p.rounds)
        head = t.render(self.ctx.tr("gauge_round", n=n, total=p.rounds), theme.TEXT_LARGE,
                        pal.ink)
        surface.blit(head, (x, y))
        y = self._zone_legend(surface, y + head.get_height() + 24) + 24
        hint = t.render(self.ctx.tr("gauge_stop_hint"), theme.TEXT_SMALL, soft_ink(pal),
                        width=self.panel.w - 64)
        rows_bottom = self.stop_rect.y - hint.get_height() - 36
        self._draw_stop_rows(surface, pygame.Rect(x, y, self.panel.w - 64, rows_bottom - y))
        surface.blit(hint, (x, self.stop_rect.y - hint.get_height() - 20))
        # the big STOP button: red, an octagon sign and the word (not colour alone)
        rect = self.stop_rect.move(0, 4) if self.pressed > 0 else self.stop_rect
        fill = draw.blend(pal.error, pal.ink, 0.2) if self.hover or self.pressed else pal.error
        if not r.sweeping:
            fill = draw.blend(pal.error, pal.white, 0.55)
        draw.panel(surface, pal, rect, fill, radius=28, shadow=0 if self.pressed else 8)
        word = t.render(self.ctx.tr("gauge_stop"), theme.TEXT_HUGE, pal.white)
        sign_c = (rect.x + 110, rect.centery)
        octagon = [(sign_c[0] + 62 * c, sign_c[1] + 62 * s) for c, s in _OCTAGON]
        pygame.draw.polygon(surface, pal.white, octagon, 8)
        pygame.draw.line(surface, pal.white, (sign_c[0] - 24, sign_c[1]),
                         (sign_c[0] + 24, sign_c[1]), 12)
        surface.blit(word, word.get_rect(midleft=(rect.x + 210, rect.centery + 4)))

    def _draw_stop_rows(self, surface: pygame.Surface, box: pygame.Rect) -> None:
        pal = self.ctx.palette
        r, t, p = self.rules, self.ctx.text, self.rules.params
        cols = 1 if p.rounds <= 4 else 2
        per_col = -(-p.rounds // cols)
        h = min(70, box.h // max(1, per_col))
        w = (box.w - 20 * (cols - 1)) // cols
        for i in range(p.rounds):
            row = pygame.Rect(box.x + (i // per_col) * (w + 20), box.y + (i % per_col) * h, w,
                              h - 8)
            current = i == r.round and r.sweeping
            fill = draw.blend(self.accent, pal.white, 0.85) if current else pal.paper
            pygame.draw.rect(surface, fill, row, border_radius=14)
            if current:
                pygame.draw.rect(surface, self.accent, row, width=3, border_radius=14)
            badge = (row.x + row.h // 2, row.centery)
            pygame.draw.circle(surface, pal.ink if i < len(r.stops) else pal.muted, badge,
                               row.h // 2 - 8)
            num = t.render(str(i + 1), theme.TEXT_SMALL - 4, pal.white)
            surface.blit(num, num.get_rect(center=badge))
            if i < len(r.stops):
                s = r.stops[i]
                label, ok = self._status(s.value)
                text = f"{self.face.reading(s.value)} {p.unit}" + (f" · {label}" if cols == 1
                                                                  else "")
                draw.verdict(surface, pal, (row.right - row.h // 2, row.centery), ok, row.h * 0.7)
            else:
                text, ok = "…", False
            img = t.render(text, theme.TEXT_SMALL, pal.ink, width=row.w - row.h * 2 - 10)
            surface.blit(img, img.get_rect(midleft=(row.x + row.h + 6, row.centery)))

    def _draw_hold_panel(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        r, t, p = self.rules, self.ctx.text, self.rules.params
        x, y, w = self.panel.x + 32, self.panel.y + 28, self.panel.w - 64
        left = p.hold_s - r.run_t
        head = t.render(self.ctx.tr("gauge_hold_left", s=int(left + 0.999)), theme.TEXT_LARGE,
                        pal.ink)
        surface.blit(head, (x, y))
        bar = pygame.Rect(x, y + head.get_height() + 14, w, 22)
        pygame.draw.rect(surface, pal.floor, bar, border_radius=11)
        done = bar.copy()
        done.w = round(bar.w * min(1.0, r.run_t / p.hold_s))
        if done.w:
            pygame.draw.rect(surface, self.accent, done, border_radius=11)
        y = self._zone_legend(surface, bar.bottom + 28) + 30
        if r.ready > 0:  # before the drift starts: say what is coming, or how to begin
            notice = "gauge_begin" if r.timer_held else "gauge_ready"
            img = t.render(self.ctx.tr(notice), theme.TEXT_BODY, pal.white, width=w - 48)
            box = pygame.Rect(x, y, w, img.get_height() + 36)
            pygame.draw.rect(surface, pal.ink, box, border_radius=28)
            surface.blit(img, img.get_rect(center=box.center))
        else:
            self._draw_status(surface, pygame.Rect(x, y, w, 84))
            share = percent(r.inside_s / r.run_t if r.run_t > 0 else 1.0, self.ctx.lang)
            img = t.render(self.ctx.tr("gauge_so_far", pct=share), theme.TEXT_SMALL, pal.ink,
                           width=w)
            surface.blit(img, (x, y + 84 + 20))
        self._hint(surface, "gauge_toggle_hint" if self.hold_free else "gauge_hold_hint",
                   self.stop_rect.y - 20)
        self._draw_control(surface)

    def _draw_status(self, surface: pygame.Surface, pill: pygame.Rect) -> None:
        pal = self.ctx.palette
        label, ok = self._status(self.rules.value)
        pygame.draw.rect(surface, draw.blend(pal.success if ok else pal.error, pal.white,
                                             0.82), pill, border_radius=42)
        draw.verdict(surface, pal, (pill.x + 46, pill.centery), ok, 56)
        img = self.ctx.text.render(label, theme.TEXT_LARGE, pal.ink)
        surface.blit(img, img.get_rect(midleft=(pill.x + 96, pill.centery)))

    def _draw_control(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t, push = self.ctx.text, self.command
        for side, rect in self.halves.items():
            held = push == side
            fill = draw.blend(self.accent, pal.ink, 0.15) if held else pal.white
            ink = pal.white if held else pal.ink
            draw.panel(surface, pal, rect.move(0, 4) if held else rect, fill, radius=28,
                       shadow=0 if held else 8, border=None if held else self.accent)
            rr = rect.move(0, 4) if held else rect
            icon = draw.arrow_icon("left" if side < 0 else "right", 84, ink)
            surface.blit(icon, icon.get_rect(center=(rr.centerx, rr.y + 72)))
            word = t.render(self.ctx.tr("gauge_down" if side < 0 else "gauge_up"),
                            theme.TEXT_BODY, ink)
            surface.blit(word, word.get_rect(center=(rr.centerx, rr.bottom - 50)))


_OCTAGON = [(pygame.math.Vector2(1, 0).rotate(22.5 + 45 * i).x,
             pygame.math.Vector2(1, 0).rotate(22.5 + 45 * i).y) for i in range(8)]
