"""The weld pass on screen: a plate, a joint, a torch that follows the pointer or the keys.

With the hold-free setting the pass is assisted: the torch stays on the joint by itself, and
the player sets its travel speed with taps (Plus vite / Moins vite, or one press of the right
/ left arrow); only the speed is scored.

The bead is drawn dot by dot onto layers that are kept (only new dots are drawn each
frame); its width, colour and ripples show the speed and heat, its place shows the aim; the
fresh end glows and cools, the arc glows and throws sparks (game/tasks/trace/look.py), and
its sound follows how far the torch is from the joint (:meth:`TraceView.loops`).
"""
from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import pygame

from game import i18n
from game.actions import Action, Confirm, Drag, Key, Navigate, Press, Release
from game.i18n import define
from game.tasks.ink import soft_ink
from game.tasks.reading import read_s
from game.tasks.trace.bot import TraceBot
from game.tasks.trace.look import ARC_GLOW_PX, BeadPainter, Sparks, arc_glow
from game.tasks.trace.rules import HINTS, TraceRules
from game.tasks.view import TaskView
from game.ui import draw, theme

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules
    from game.ui.theme import Palette

PLATE_MARGIN_MM = 18.0
# Keyboard: holding the right arrow travels at a cruise speed, the band's middle to begin with
# (a playtest: accelerating while held reached 18 mm/s against a 4-8 band); + and - change it
# by half the tolerance, so a welder can still go too slow or too fast and see it.
KEY_EASE_S = 0.25  # s: the torch eases to the cruise speed (or to rest) with this lag
KEY_STEPS = 4  # + or - this many times reaches 2 × the tolerance off the target
KEY_AIM_SPEED = 6.0  # mm/s sideways while up/down is held
HAND_DRIFT = 0.9  # mm/s of slow random drift a keyboard welder must correct
ARC_VOLUME = 0.55  # the arc's loops, at most
BEAD_KEY = (255, 0, 255)  # the bead layer's transparent colour (never drawn: not a palette's)
ASSIST_STEPS = 8  # assisted pass: each tap changes the speed by target / 4, up to 2x target
ASSIST_BUTTON_H = 110
HUD_SHADOW = 6  # the HUD card's drop shadow (draw.panel's own)
AIM_H, AIM_MIN_H = 240, 150  # the aim gauge with its heading, in the HUD
FASTER_KEYS = frozenset({pygame.K_PLUS, pygame.K_KP_PLUS, pygame.K_EQUALS})
SLOWER_KEYS = frozenset({pygame.K_MINUS, pygame.K_KP_MINUS})

define({
    "trace_faster": {"fr": "Plus vite", "en": "Faster"},
    "trace_slower": {"fr": "Moins vite", "en": "Slower"},
    "trace_start_assisted": {"fr": "Touche Plus vite pour souder", "en": "Tap Faster to weld"},
    "trace.keys": {"fr": "Souris ou doigt : glisse le long du joint. Clavier : garde la flèche "
                         "droite enfoncée pour avancer, haut et bas pour viser (la torche monte "
                         "ou descend), + ou − pour la vitesse.",
                   "en": "Mouse or finger: slide along the joint. Keys: hold the right arrow "
                         "to travel, up and down to aim (the torch moves up or down), + or − "
                         "for the speed."},
    "trace.cruise": {"fr": "Flèche droite : {speed} mm/s", "en": "Right arrow: {speed} mm/s"},
    "trace_assisted": {"fr": "Soudure assistée : la torche suit le joint. Touche Plus vite ou "
                             "Moins vite (flèches droite / gauche) pour régler la vitesse.",
                       "en": "Assisted pass: the torch follows the joint. Tap Faster or Slower "
                             "(right / left arrows) to set the speed."},
})


def warning_sign(surface: pygame.Surface, pal: Palette, center: tuple[float, float],
                 size: float) -> None:
    """A warning triangle with « ! »: beside « Ralentis », a cross read as « don't slow down »."""
    x, y = center
    h = size * 0.87
    pts = [(x, y - h / 2), (x + size / 2, y + h / 2), (x - size / 2, y + h / 2)]
    pygame.draw.polygon(surface, pal.safety, pts)
    pygame.draw.polygon(surface, pal.ink, pts, 4)
    pygame.draw.line(surface, pal.ink, (x, y - h * 0.18), (x, y + h * 0.18), 5)
    pygame.draw.circle(surface, pal.ink, (x, y + h * 0.32), 3)


class TraceView(TaskView[TraceBot]):
    rules: TraceRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        pts = self.rules.params.seam_mm
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        self.hud = pygame.Rect(self.rect.right - 400, self.rect.y, 400, self.rect.h - 20)
        self.plate = pygame.Rect(self.rect.x, self.rect.y + 40, self.rect.w - 440,
                                 self.rect.h - 180)
        span_x = max(xs) - min(xs) + 2 * PLATE_MARGIN_MM
        span_y = max(ys) - min(ys) + 2 * PLATE_MARGIN_MM
        self.scale = min(self.plate.w / span_x, self.plate.h / max(span_y, 40.0))  # px per mm
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        self.origin = (self.plate.centerx - cx * self.scale, self.plate.centery - cy * self.scale)
        self.torch: tuple[float, float] | None = None  # mm
        self.pointer_down = False
        self.key_mode = False
        self.key_speed = 0.0
        self.key_step = 0  # + and -: the cruise speed in steps of half the tolerance
        self.drift = 0.0
        self.sparks = Sparks()
        self.t = 0.0
        #: the hint under the plate and since when (s): it stays until it is read (a hint
        #: that follows the live measure flashed for 0.1-0.4 s, too briefly to read)
        self.hint: tuple[str, float] | None = None
        # the plate with the bead's heat tint, and the bead: new dots are drawn onto them
        self.layer = self._paint_plate()
        self.bead_layer = pygame.Surface(self.plate.size)  # opaque, a key colour for "none":
        self.bead_layer.fill(BEAD_KEY)  # a colour-keyed blit costs a fraction of an alpha one
        self.bead_layer.set_colorkey(BEAD_KEY)
        seam = self.rules.seam
        self.painter = BeadPainter(ctx.palette, self._to_local, self.scale,
                                   self.rules.params.speed_mm_s.target,
                                   lambda s: self._to_local(seam.point_at(s)))
        self.assisted = ctx.settings.hold_free  # tap-tap speed, the torch kept on the joint
        self.rules.assisted = self.assisted
        self.speed_step = 0  # assisted: the speed, in steps of target / 4
        self.aim_mark = (0, 0)  # where the aim gauge's ring was last drawn (screen px)
        self.aim_gauge = pygame.Rect(0, 0, 0, 0)  # ... the gauge itself
        self.keys_box = pygame.Rect(0, 0, 0, 0)  # ... and the keys' text
        w = self.hud.w - 60
        self.speed_buttons = {
            1: pygame.Rect(self.hud.x + 30, self.hud.y + 290, w, ASSIST_BUTTON_H),
            -1: pygame.Rect(self.hud.x + 30, self.hud.y + 290 + ASSIST_BUTTON_H + 24, w,
                            ASSIST_BUTTON_H)}

    # --- coordinates ------------------------------------------------------------------
    def to_screen(self, p: tuple[float, float]) -> tuple[float, float]:
        return (self.origin[0] + p[0] * self.scale, self.origin[1] + p[1] * self.scale)

    def _to_local(self, p: tuple[float, float]) -> tuple[float, float]:
        x, y = self.to_screen(p)
        return (x - self.plate.x, y - self.plate.y)

    def to_mm(self, pos: tuple[float, float]) -> tuple[float, float]:
        return ((pos[0] - self.origin[0]) / self.scale, (pos[1] - self.origin[1]) / self.scale)

    @property
    def busy(self) -> bool:
        if self.assisted:
            return False  # nothing is held
        return self.pointer_down or (self.key_mode and self.rules.started)

    # --- input ---------------------------------------------------------------------------
    def handle(self, action: Action) -> None:
        if self.assisted:
            self._assist(action)
            return
        if isinstance(action, Press):
            self.pointer_down, self.key_mode = True, False
            self.torch = self.to_mm(action.pos)
        elif isinstance(action, Drag) and self.pointer_down:
            self.torch = self.to_mm(action.pos)
        elif isinstance(action, Release):
            self.pointer_down = False
            self.torch = None
        elif isinstance(action, Navigate) and not self.key_mode:
            self.key_mode = True  # the keyboard welder starts on the start of the joint
            self.torch = self.rules.start_point
            self.key_speed = 0.0
        elif isinstance(action, Key):
            change = 1 if action.text == "+" or action.key in FASTER_KEYS else \
                -1 if action.text in ("-", "\u2212") or action.key in SLOWER_KEYS else 0
            self.key_step = max(-KEY_STEPS, min(KEY_STEPS, self.key_step + change))

    @property
    def cruise(self) -> float:
        """The speed holding the right arrow travels at (mm/s): the band's middle, give or
        take the steps of + and -."""
        band = self.rules.params.speed_mm_s
        return max(band.tolerance / 2, band.target + self.key_step * band.tolerance / 2)

    def _assist(self, action: Action) -> None:
        """Assisted pass: a tap on Faster / Slower (or an arrow press) changes the speed by
        one step; the first one puts the torch on the start of the joint."""
        change = 0
        if isinstance(action, Press):
            change = next((k for k, r in self.speed_buttons.items() if r.collidepoint(action.pos)),
                          0)
        elif isinstance(action, Navigate):
            change = action.dx or -action.dy
        elif isinstance(action, Confirm):
            change = 1 if self.speed_step == 0 else 0
        if not change:
            return
        if self.torch is None:
            self.torch = self.rules.start_point
        self.speed_step = max(0, min(ASSIST_STEPS, self.speed_step + change))

    def _assist_step(self, torch: tuple[float, float], dt: float) -> None:
        rules = self.rules
        speed = self.speed_step * rules.params.speed_mm_s.target / 4
        s, _off = rules.seam.project(torch)
        self.torch = rules.seam.offset_point(min(s + speed * dt, rules.seam.length_mm), 0.0)

    def update(self, dt: float) -> None:
        self.t += dt
        self._hint_step()
        if self.assisted and self.torch is not None:
            self._assist_step(self.torch, dt)
        elif self.key_mode and self.torch is not None:
            self._key_step(self.torch, dt)
        self.rules.feed(self.torch, dt)
        self._spark_step(dt)

    def _key_step(self, torch: tuple[float, float], dt: float) -> None:
        dx, dy = self.ctx.controls.direction
        rules = self.rules
        want = self.cruise if dx > 0 else 0.0  # let go, or the left arrow: it comes to rest
        lag = KEY_EASE_S if dx >= 0 else KEY_EASE_S / 2
        self.key_speed += (want - self.key_speed) * min(1.0, dt / lag)
        self.drift += (self.ctx.rng.uniform(-1, 1) * HAND_DRIFT - self.drift * 0.5) * dt
        s, off = rules.seam.project(torch)
        s += self.key_speed * dt
        # ↑ moves the torch up on the screen, as the aim gauge shows it (dy is -1 for ↑)
        off += (-dy * self.up_side(s) * KEY_AIM_SPEED + self.drift * 3) * dt
        s = min(s, rules.seam.length_mm)
        self.torch = rules.seam.offset_point(s, off)

    def up_side(self, s: float) -> float:
        """The sign of the offsets that lie above the joint on the screen at ``s`` (mm along
        it): where ↑ moves the torch and the aim gauge draws it. On a stretch of joint that
        runs up or down the plate, the left of travel."""
        ny = self.rules.seam.normal_at(min(max(s, 0.0), self.rules.seam.length_mm))[1]
        return -1.0 if ny > 0 else 1.0

    def _hint_step(self) -> None:
        """The hint shown: the live one, but each stays at least as long as reading it
        takes; then the live one of that moment (or none) follows."""
        live = self.rules.live.hint if not self.rules.finished else None
        if self.hint is not None:
            key, since = self.hint
            if key == live or self.t - since < read_s(HINTS[key].get(self.ctx.lang)):
                return
        self.hint = None if live is None else (live, self.t)

    def _spark_step(self, dt: float) -> None:
        welding = self.rules.live.welding and self.torch is not None
        at = self.to_screen(self.torch) if welding and self.torch is not None else None
        self.sparks.update(dt, at, self.ctx.rng, self._travel())

    def _travel(self) -> tuple[float, float]:
        """The direction the bead grows in, on screen (from its last dots)."""
        bead = self.rules.bead
        if len(bead) < 2:
            return (1.0, 0.0)
        (x0, y0), (x1, y1) = (self.to_screen((d.x, d.y)) for d in bead[-2:])
        d = math.hypot(x1 - x0, y1 - y0) or 1.0
        return ((x1 - x0) / d, (y1 - y0) / d)

    def loops(self) -> dict[str, float]:
        """The arc's sound while welding: on the joint the steady crackle of a short arc;
        the farther the torch from the joint, the more the long arc's hiss and pops."""
        live = self.rules.live
        if not live.welding or self.rules.finished:
            return {}
        far = min(1.0, abs(live.offset) / self.rules.reach_mm)
        return {"arc_close": ARC_VOLUME * (1.0 - 0.8 * far), "arc_far": ARC_VOLUME * far}

    def controls(self) -> str | None:
        return self.ctx.tr("trace_assisted" if self.assisted else "trace.keys")

    def targets(self) -> list[pygame.Rect]:
        return list(self.speed_buttons.values()) if self.assisted else super().targets()

    def bot(self, bot: TraceBot) -> list[Action] | None:
        if self.rules.finished:
            return None
        if self.assisted:  # taps until the speed is in the band's middle
            ap = self.ctx.autoplay
            want = 4 if bot.skill >= 0.5 else 6
            if self.speed_step == want or (ap is not None and not ap.due()):
                return None
            c = self.speed_buttons[1 if self.speed_step < want else -1].center
            return [Press(c), Release(c)]
        p = bot.position(self.rules, self.rules.elapsed)
        if p is None:
            if self.pointer_down and self.torch:
                return [Release(self.to_screen(self.torch))]
            return None
        pos = self.to_screen(p)
        return [Drag(pos)] if self.pointer_down else [Press(pos)]

    # --- drawing ---------------------------------------------------------------------------
    def _paint_plate(self) -> pygame.Surface:
        pal = self.ctx.palette
        surf = pygame.Surface(self.plate.size, pygame.SRCALPHA)
        r = surf.get_rect()
        pygame.draw.rect(surf, pal.steel, r, border_radius=14)
        for i in range(0, r.w, 22):  # brushed steel
            pygame.draw.line(surf, draw.blend(pal.steel, pal.white, 0.12 if i % 44 else 0.05),
                             (i, 0), (i + 40, r.h), 2)
        pts = [self.to_screen(p) for p in self.rules.params.seam_mm]
        local = [(x - self.plate.x, y - self.plate.y) for x, y in pts]
        if len(local) >= 2:
            pygame.draw.lines(surf, pal.steel_dark, False, local, max(6, int(self.scale * 1.6)))
            pygame.draw.lines(surf, pal.seam, False, local, 3)
        start = local[0]
        pygame.draw.circle(surf, pal.success, start, 8 * self.scale / 2 + 10, 5)
        pygame.draw.circle(surf, pal.error, local[-1], 14, 5)
        pygame.draw.line(surf, pal.error, (local[-1][0] - 8, local[-1][1] - 8),
                         (local[-1][0] + 8, local[-1][1] + 8), 4)
        return surf

    def layer_key(self) -> Hashable | None:
        """The HUD's card and what on it does not move (titles, scales, the keys' text) are
        kept, unless the torch, its glow, its sparks or a hint come near it (they are drawn
        under the card)."""
        near = self.hud.inflate(0, 2 * HUD_SHADOW)
        if any(near.colliderect(box) for box in self._reaches()):
            return None
        return (self.assisted,)

    def _reaches(self) -> list[pygame.Rect]:
        """Where what is drawn before the HUD may reach (generously)."""
        out = []
        if self.torch is not None:
            x, y = self.to_screen(self.torch)
            glow = 2 * (ARC_GLOW_PX + 8) + 2  # arc_glow's widest halo
            out.append(pygame.Rect(x - glow, y - glow, 2 * glow, 2 * glow))
            out.append(pygame.Rect(x - 12, y - 162, 134, 174))  # the nozzle
        bits = self.sparks.bits
        if bits:
            xs = [v for b in bits for v in (b[0], b[0] - b[2] * 0.018)]
            ys = [v for b in bits for v in (b[1], b[1] - b[3] * 0.018)]
            out.append(pygame.Rect(min(xs) - 4, min(ys) - 4, max(xs) - min(xs) + 8,
                                   max(ys) - min(ys) + 8))
        if not self.rules.started:
            x, y = self.to_screen(self.rules.start_point)
            out.append(pygame.Rect(x - 45, y - 45, 90, 90))
            hint = "trace_start_assisted" if self.assisted else "start_here"
            label = self.ctx.text.render(self.ctx.tr(hint), theme.TEXT_BODY, self.ctx.palette.white)
            out.append(label.get_rect(midbottom=(x + 120, y - 50)).inflate(32, 20))
        if self.hint is not None:
            text = self.ctx.text.render(HINTS[self.hint[0]].get(self.ctx.lang), theme.TEXT_LARGE,
                                        self.ctx.palette.ink)
            out.append(text.get_rect(midtop=(self.plate.centerx, self.plate.bottom + 74))
                       .inflate(160, 30))
        return out

    def draw_layer(self, surface: pygame.Surface) -> None:
        self._draw_hud(surface, card=True, live=False)

    def draw(self, surface: pygame.Surface) -> None:
        self._draw(surface, card=True)

    def draw_top(self, surface: pygame.Surface) -> None:
        self._draw(surface, card=False)

    def _draw(self, surface: pygame.Surface, card: bool) -> None:
        r = self.rules
        self.painter.pal = self.ctx.palette  # (the settings may have changed it since)
        self.painter.lay(self.layer, self.bead_layer, r.bead, r.samples)
        surface.blit(self.layer, self.plate)
        if self.painter.extent is not None:  # only where the bead is: a small part of the plate
            used = self.painter.extent
            surface.blit(self.bead_layer, used.move(self.plate.topleft), used)
        self.painter.glow(surface, r.bead, r.samples, r.elapsed, self.to_screen)
        if not r.started:
            self._draw_start_hint(surface)
        self._draw_torch(surface)
        self.sparks.draw(surface, self.ctx.palette, self.ctx.motion)
        self._draw_progress(surface)
        self._draw_hud(surface, card=card, live=True)

    def _draw_start_hint(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        x, y = self.to_screen(self.rules.start_point)
        k = self.ctx.motion.pulse(self.t, 4.0)
        pygame.draw.circle(surface, pal.success, (x, y), 26 + 12 * k, 5)
        hint = "trace_start_assisted" if self.assisted else "start_here"
        label = self.ctx.text.render(self.ctx.tr(hint), theme.TEXT_BODY, pal.white)
        box = label.get_rect(midbottom=(x + 120, y - 50)).inflate(28, 16)
        pygame.draw.rect(surface, pal.ink, box, border_radius=14)
        surface.blit(label, label.get_rect(center=box.center))

    def _draw_torch(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        if self.torch is None:
            return
        x, y = self.to_screen(self.torch)
        if self.rules.live.welding:
            arc_glow(surface, pal, (x, y), self.ctx.motion.flicker(self.t, 40.0))
        # the torch: a nozzle coming from the upper right
        pygame.draw.line(surface, pal.ink, (x + 8, y - 8), (x + 110, y - 150), 22)
        pygame.draw.line(surface, pal.torch, (x + 8, y - 8), (x + 60, y - 80), 16)
        pygame.draw.circle(surface, pal.ink, (x, y), 6)

    def _draw_progress(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        bar = pygame.Rect(self.plate.x, self.plate.bottom + 30, self.plate.w, 26)
        pygame.draw.rect(surface, pal.floor, bar, border_radius=13)
        fill = bar.copy()
        fill.w = round(bar.w * self.rules.progress)
        if fill.w:
            pygame.draw.rect(surface, self.accent, fill, border_radius=13)
        if self.hint is not None:
            text = self.ctx.text.render(HINTS[self.hint[0]].get(self.ctx.lang), theme.TEXT_LARGE,
                                        pal.ink)
            box = text.get_rect(midtop=(self.plate.centerx, bar.bottom + 18)).inflate(40, 14)
            pygame.draw.rect(surface, pal.safety, box, border_radius=16)
            warning_sign(surface, pal, (box.x - 34, box.centery), 44)
            surface.blit(text, text.get_rect(center=box.center))

    def _draw_hud(self, surface: pygame.Surface, card: bool, live: bool) -> None:
        """The HUD: its ``card`` (what stays put) and its ``live`` part (the needle, the
        speed, the aim's ring), or both in the order they overlap."""
        pal = self.ctx.palette
        t, p, now = self.ctx.text, self.rules.params, self.rules.live
        x = self.hud.x + 30
        gauge = pygame.Rect(x, self.hud.y + 80, self.hud.w - 60, 46)
        top = p.speed_mm_s.target * 2
        if card:
            draw.panel(surface, pal, self.hud, pal.white, radius=22, shadow=HUD_SHADOW)
            head = t.render(self.ctx.tr("travel_speed"), theme.TEXT_SMALL, pal.ink)
            surface.blit(head, (x, self.hud.y + 24))
            # speed gauge: a bar from 0 to 2× the target, with the band and a needle
            pygame.draw.rect(surface, pal.floor, gauge, border_radius=10)
            lo, hi = p.speed_mm_s.low / top, p.speed_mm_s.high / top
            band = pygame.Rect(gauge.x + gauge.w * lo, gauge.y, gauge.w * (hi - lo), gauge.h)
            pygame.draw.rect(surface, draw.blend(pal.success, pal.white, 0.45), band)
        if live:
            nx = gauge.x + gauge.w * min(1.0, now.speed / top)
            pygame.draw.polygon(surface, pal.ink, [(nx, gauge.y - 4), (nx - 12, gauge.y - 22),
                                                     (nx + 12, gauge.y - 22)])
            pygame.draw.line(surface, pal.ink, (nx, gauge.y), (nx, gauge.bottom), 4)
        if card:
            for label, at in (("slow", gauge.x), ("fast", gauge.right)):
                img = t.render(self.ctx.tr(label), theme.TEXT_SMALL, soft_ink(pal))
                surface.blit(img, img.get_rect(midtop=(min(max(at, gauge.x + 40),
                                                           gauge.right - 40), gauge.bottom + 6)))
        if live:
            speed = i18n.number(now.speed, self.ctx.lang, 1, fixed=True)
            value = t.render(f"{speed} mm/s", theme.TEXT_BODY, pal.ink)
            surface.blit(value, (x, gauge.bottom + 44))
            if self.key_mode and not self.assisted:  # what holding the arrow does now
                cruise = i18n.number(self.cruise, self.ctx.lang, 1, fixed=True)
                line = t.render(self.ctx.tr("trace.cruise", speed=cruise), theme.TEXT_SMALL,
                                pal.ink)
                surface.blit(line, (x, gauge.bottom + 44 + value.get_height() + 4))
        if self.assisted:
            if card:
                self._draw_assist(surface)
            return
        keys = t.render(self.ctx.tr("trace.keys"), theme.TEXT_SMALL, pal.ink,
                        width=self.hud.w - 60)
        self.keys_box = keys.get_rect(bottomleft=(x, self.hud.bottom - 24))
        if card:
            surface.blit(keys, self.keys_box)
        top = self.hud.y + 300  # the aim gauge: as tall as the keys' text leaves room for
        self._draw_aim(surface, pygame.Rect(x, top, self.hud.w - 60,
                                            max(AIM_MIN_H, min(AIM_H, self.keys_box.y - 20 - top))),
                       card, live)

    def _draw_aim(self, surface: pygame.Surface, area: pygame.Rect, card: bool = True,
                  live: bool = True) -> None:
        """Aim: the joint as it lies on the plate (a line across), its tolerance band, the
        torch's ring above or below it as on the plate, and ↑ / ↓ beside it, the keys that
        move it that way (``card``: what stays put; ``live``: the ring)."""
        pal, t, p = self.ctx.palette, self.ctx.text, self.rules.params
        head = t.render(self.ctx.tr("aim"), theme.TEXT_SMALL, pal.ink)
        keys_w = 56
        aim = pygame.Rect(area.x + keys_w, area.y + head.get_height() + 12, area.w - keys_w,
                          area.bottom - area.y - head.get_height() - 12)
        self.aim_gauge = aim
        ring = 14
        half = max(p.aim_mm.tolerance * 2, 3.0)  # mm from the joint to the gauge's edge
        k = (aim.h / 2 - ring - 2) / half  # px per mm: the ring stays inside at the edge
        if card:
            surface.blit(head, area.topleft)
            pygame.draw.rect(surface, pal.floor, aim, border_radius=10)
            tol = k * p.aim_mm.tolerance
            pygame.draw.rect(surface, draw.blend(pal.success, pal.white, 0.45),
                             pygame.Rect(aim.x, aim.centery - tol, aim.w, 2 * tol))
            pygame.draw.line(surface, pal.seam, (aim.x, aim.centery), (aim.right, aim.centery),
                             4)
        now = self.rules.live
        s = self.rules.seam.project(self.torch)[0] if self.torch is not None else 0.0
        above = now.offset * self.up_side(s)  # mm above the joint on the plate
        ay = aim.centery - k * max(-half, min(half, above))
        if live:
            pygame.draw.circle(surface, pal.ink, (aim.centerx, ay), ring, 4)
        self.aim_mark = (aim.centerx, round(ay))
        if card:  # beside the gauge, clear of the ring
            for direction, y in (("up", aim.y + aim.h / 4), ("down", aim.bottom - aim.h / 4)):
                icon = draw.arrow_icon(direction, 40, soft_ink(pal))
                surface.blit(icon, icon.get_rect(center=(area.x + keys_w / 2 - 4, y)))

    def _draw_assist(self, surface: pygame.Surface) -> None:
        """The assisted pass's two speed buttons and what they do."""
        pal, t = self.ctx.palette, self.ctx.text
        for change, rect in self.speed_buttons.items():
            draw.panel(surface, pal, rect, pal.primary, radius=18, shadow=4)
            icon = draw.arrow_icon("right" if change > 0 else "left", 56, pal.white)
            surface.blit(icon, icon.get_rect(midleft=(rect.x + 18, rect.centery)))
            word = t.render(self.ctx.tr("trace_faster" if change > 0 else "trace_slower"),
                            theme.TEXT_BODY, pal.white)
            surface.blit(word, word.get_rect(midleft=(rect.x + 90, rect.centery)))
        top = self.speed_buttons[-1].bottom + 24
        note = t.render(self.ctx.tr("trace_assisted"), theme.TEXT_SMALL, pal.ink,
                        width=self.hud.w - 60)
        surface.blit(note, (self.hud.x + 30, top), pygame.Rect(0, 0, note.get_width(),
                                                              self.hud.bottom - 16 - top))
