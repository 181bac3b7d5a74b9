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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pygame

from game import i18n
from game.actions import Action, Confirm, Drag, Key, Navigate, Press, Release
from game.i18n import define
from game.tasks.ink import soft_ink
from game.tasks.reading import read_s
from game.tasks.trace.bot import TraceBot
from game.tasks.trace.look import BeadPainter, Sparks, arc_glow
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
HUD_RADIUS = 22
AIM_H, AIM_MIN_H = 240, 150  # the aim gauge with its heading, in the HUD
AIM_KEYS_W = 56  # ... the ↑ / ↓ beside it
AIM_RING = 14  # the torch's ring on it
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


@dataclass(frozen=True)
class HudLayout:
    """Where the HUD's keys' text and aim gauge lie (screen px)."""

    keys: pygame.Rect  # the keys' text
    aim_area: pygame.Rect  # the aim gauge with its heading
    aim: pygame.Rect  # the gauge itself
    px_per_mm: float  # its scale (the ring stays inside at the edge)
    half_mm: float  # mm from the joint to its edge


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
        #: where the keys' text and the aim gauge lie in the HUD, and for what look (_layout)
        self._laid: HudLayout | None = None
        self._laid_for: object = None
        #: the HUD's card, painted once for the look it was painted for (see _card)
        self._card_surf: pygame.Surface | None = None
        self._card_for: object = None
        self._card_texts: list[str] = []  # ... and the texts on it
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

    def draw(self, surface: pygame.Surface) -> None:
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
        self._draw_hud(surface)

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

    def _draw_hud(self, surface: pygame.Surface) -> None:
        """The HUD: its card, then what moves on it (the needle, the speed, the aim's ring)."""
        pal = self.ctx.palette
        # the card's shadow falls on whatever lies below it now (the torch, sparks): drawn
        # each frame where it shows (below the card, by its lower corners), the card over it
        clip = surface.get_clip()
        surface.set_clip(clip.clip(self.hud.x, self.hud.bottom - HUD_RADIUS, self.hud.w,
                                   HUD_RADIUS + HUD_SHADOW))
        draw.panel(surface, pal, self.hud, pal.white, radius=HUD_RADIUS, shadow=HUD_SHADOW)
        surface.set_clip(clip)
        surface.blit(self._card(), self.hud)
        seen = self.ctx.text.seen
        if seen is not None:  # its texts are shown each frame it is (the visitor bot reads them)
            for text in self._card_texts:
                seen(text)
        t, p, now = self.ctx.text, self.rules.params, self.rules.live
        x = self.hud.x + 30
        gauge = self._speed_gauge(self.hud)
        nx = gauge.x + gauge.w * min(1.0, now.speed / (p.speed_mm_s.target * 2))
        pygame.draw.polygon(surface, pal.ink, [(nx, gauge.y - 4), (nx - 12, gauge.y - 22),
                                                 (nx + 12, gauge.y - 22)])
        pygame.draw.line(surface, pal.ink, (nx, gauge.y), (nx, gauge.bottom), 4)
        speed = i18n.number(now.speed, self.ctx.lang, 1, fixed=True)
        value = t.render(f"{speed} mm/s", theme.TEXT_BODY, pal.ink)
        surface.blit(value, (x, gauge.bottom + 44))
        if self.key_mode and not self.assisted:  # what holding the arrow does now
            cruise = i18n.number(self.cruise, self.ctx.lang, 1, fixed=True)
            line = t.render(self.ctx.tr("trace.cruise", speed=cruise), theme.TEXT_SMALL, pal.ink)
            surface.blit(line, (x, gauge.bottom + 44 + value.get_height() + 4))
        if not self.assisted:
            aim = self._layout().aim
            pygame.draw.circle(surface, pal.ink, (aim.centerx, self._ring_y()), AIM_RING, 4)

    def _card(self) -> pygame.Surface:
        """The HUD's card and what on it stays put (titles, scales, the keys' text, the
        assisted pass's buttons), painted again only for a new look: the settings (text
        size), the palette or the language."""
        look = (self.ctx.settings_version, self.ctx.palette, self.ctx.lang)
        if self._card_surf is None or self._card_for != look:
            card = pygame.Surface(self.hud.size)  # opaque; outside its rounded corners the
            card.fill(BEAD_KEY)  # key colour, left out when it is blitted
            painted: list[str] = []
            seen, self.ctx.text.seen = self.ctx.text.seen, painted.append
            try:
                self._paint_card(card, card.get_rect())
            finally:
                self.ctx.text.seen = seen
            self._card_texts = painted
            card.set_colorkey(BEAD_KEY, pygame.RLEACCEL)  # (run-length: as fast as opaque)
            self._card_surf, self._card_for = card, look
        return self._card_surf

    def _layout(self) -> HudLayout:
        """Where the keys' text and the aim gauge lie in the HUD (screen px): they follow the
        keys' text, so they are worked out again only when it can change (the language, the
        settings: text size, readable text)."""
        look = (self.ctx.settings_version, self.ctx.lang)
        if self._laid is None or self._laid_for != look:
            t = self.ctx.text
            keys = t.render(self.ctx.tr("trace.keys"), theme.TEXT_SMALL, self.ctx.palette.ink,
                            width=self.hud.w - 60)
            box = keys.get_rect(bottomleft=(self.hud.x + 30, self.hud.bottom - 24))
            area = self._aim_area(self.hud, box)
            aim, k, half = self._aim_scale(area)
            self._laid, self._laid_for = HudLayout(box, area, aim, k, half), look
        return self._laid

    @property
    def keys_box(self) -> pygame.Rect:
        """Where the keys' text lies in the HUD (screen px)."""
        return self._layout().keys.copy()

    @property
    def aim_gauge(self) -> pygame.Rect:
        """The aim gauge in the HUD (screen px)."""
        return self._layout().aim.copy()

    @property
    def aim_mark(self) -> tuple[int, int]:
        """Where the torch's ring is drawn on the aim gauge now (screen px)."""
        return (self._layout().aim.centerx, round(self._ring_y()))

    def _ring_y(self) -> float:
        """The height of the torch's ring on the aim gauge: above or below the joint's line
        as the torch is on the plate, kept inside at the gauge's edge."""
        lay, now = self._layout(), self.rules.live
        s = self.rules.seam.project(self.torch)[0] if self.torch is not None else 0.0
        above = now.offset * self.up_side(s)  # mm above the joint on the plate
        return lay.aim.centery - lay.px_per_mm * max(-lay.half_mm, min(lay.half_mm, above))

    def _speed_gauge(self, hud: pygame.Rect) -> pygame.Rect:
        """The speed gauge's bar, in a HUD card at ``hud``."""
        return pygame.Rect(hud.x + 30, hud.y + 80, hud.w - 60, 46)

    def _aim_area(self, hud: pygame.Rect, keys: pygame.Rect) -> pygame.Rect:
        """The aim gauge with its heading: as tall as the keys' text leaves room for."""
        top = hud.y + 300
        return pygame.Rect(hud.x + 30, top, hud.w - 60,
                           max(AIM_MIN_H, min(AIM_H, keys.y - 20 - top)))

    def _aim_scale(self, area: pygame.Rect) -> tuple[pygame.Rect, float, float]:
        """The aim gauge under its heading in ``area``, its px per mm (the ring stays inside
        at the edge) and the mm from the joint to its edge."""
        head_h = self.ctx.text.render(self.ctx.tr("aim"), theme.TEXT_SMALL,
                                      self.ctx.palette.ink).get_height()
        aim = pygame.Rect(area.x + AIM_KEYS_W, area.y + head_h + 12, area.w - AIM_KEYS_W,
                          area.bottom - area.y - head_h - 12)
        half = max(self.rules.params.aim_mm.tolerance * 2, 3.0)
        return aim, (aim.h / 2 - AIM_RING - 2) / half, half

    def _paint_card(self, surface: pygame.Surface, hud: pygame.Rect) -> None:
        """What stays put on the HUD's card at ``hud`` on ``surface`` (its shadow aside)."""
        pal = self.ctx.palette
        t, p = self.ctx.text, self.rules.params
        x = hud.x + 30
        draw.panel(surface, pal, hud, pal.white, radius=HUD_RADIUS, shadow=0)
        head = t.render(self.ctx.tr("travel_speed"), theme.TEXT_SMALL, pal.ink)
        surface.blit(head, (x, hud.y + 24))
        # speed gauge: a bar from 0 to 2× the target, with the band (the needle: each frame)
        gauge = self._speed_gauge(hud)
        top = p.speed_mm_s.target * 2
        pygame.draw.rect(surface, pal.floor, gauge, border_radius=10)
        lo, hi = p.speed_mm_s.low / top, p.speed_mm_s.high / top
        band = pygame.Rect(gauge.x + gauge.w * lo, gauge.y, gauge.w * (hi - lo), gauge.h)
        pygame.draw.rect(surface, draw.blend(pal.success, pal.white, 0.45), band)
        for label, at in (("slow", gauge.x), ("fast", gauge.right)):
            img = t.render(self.ctx.tr(label), theme.TEXT_SMALL, soft_ink(pal))
            surface.blit(img, img.get_rect(midtop=(min(max(at, gauge.x + 40),
                                                       gauge.right - 40), gauge.bottom + 6)))
        if self.assisted:
            self._draw_assist(surface, hud)
            return
        lay, shift = self._layout(), (hud.x - self.hud.x, hud.y - self.hud.y)
        keys = t.render(self.ctx.tr("trace.keys"), theme.TEXT_SMALL, pal.ink, width=hud.w - 60)
        surface.blit(keys, lay.keys.move(shift))
        self._draw_aim(surface, lay.aim_area.move(shift), lay.aim.move(shift), lay.px_per_mm)

    def _draw_aim(self, surface: pygame.Surface, area: pygame.Rect, aim: pygame.Rect,
                  k: float) -> None:
        """Aim: the joint as it lies on the plate (a line across), its tolerance band, and ↑ /
        ↓ beside it, the keys that move the torch's ring that way (drawn each frame, above or
        below the joint as on the plate). ``aim``: the gauge in ``area``, ``k`` its px per mm."""
        pal, t, p = self.ctx.palette, self.ctx.text, self.rules.params
        head = t.render(self.ctx.tr("aim"), theme.TEXT_SMALL, pal.ink)
        surface.blit(head, area.topleft)
        pygame.draw.rect(surface, pal.floor, aim, border_radius=10)
        tol = k * p.aim_mm.tolerance
        pygame.draw.rect(surface, draw.blend(pal.success, pal.white, 0.45),
                         pygame.Rect(aim.x, aim.centery - tol, aim.w, 2 * tol))
        pygame.draw.line(surface, pal.seam, (aim.x, aim.centery), (aim.right, aim.centery), 4)
        for direction, y in (("up", aim.y + aim.h / 4), ("down", aim.bottom - aim.h / 4)):
            icon = draw.arrow_icon(direction, 40, soft_ink(pal))  # beside it, clear of the ring
            surface.blit(icon, icon.get_rect(center=(area.x + AIM_KEYS_W / 2 - 4, y)))

    def _draw_assist(self, surface: pygame.Surface, hud: pygame.Rect) -> None:
        """The assisted pass's two speed buttons and what they do, on the card at ``hud``."""
        pal, t = self.ctx.palette, self.ctx.text
        shift = (hud.x - self.hud.x, hud.y - self.hud.y)
        for change, on_screen in self.speed_buttons.items():
            rect = on_screen.move(shift)
            draw.panel(surface, pal, rect, pal.primary, radius=18, shadow=4)
            icon = draw.arrow_icon("right" if change > 0 else "left", 56, pal.white)
            surface.blit(icon, icon.get_rect(midleft=(rect.x + 18, rect.centery)))
            word = t.render(self.ctx.tr("trace_faster" if change > 0 else "trace_slower"),
                            theme.TEXT_BODY, pal.white)
            surface.blit(word, word.get_rect(midleft=(rect.x + 90, rect.centery)))
        top = self.speed_buttons[-1].bottom + shift[1] + 24
        note = t.render(self.ctx.tr("trace_assisted"), theme.TEXT_SMALL, pal.ink,
                        width=hud.w - 60)
        surface.blit(note, (hud.x + 30, top), pygame.Rect(0, 0, note.get_width(),
                                                         hud.bottom - 16 - top))
