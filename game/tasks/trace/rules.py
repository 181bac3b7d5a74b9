"""The weld pass: follow the joint at the right speed, on the line, with a steady hand.

The view calls :meth:`TraceRules.feed` with the torch tip (mm, seam space) every fixed
step, then ``update``. The rules measure travel speed, aim and steadiness as a welding
simulator does, grow the bead (thin when too fast, wide when too slow) and flag defects. Both
speeds out of the band give lack of fusion in MAG welding: too fast, the arc leaves the edges
unmelted; too slow, the pool runs ahead of the arc (ISO 6520-1 no. 401). Burn-through (510)
comes mostly from the gap or the current, which this pass does not model.
"""
from __future__ import annotations

import math
import random
from collections import deque
from dataclasses import dataclass
from typing import Any

from game.i18n import LANGUAGES, define, local, tr
from game.scenario.text import LocalText
from game.tasks.base import Feedback, TaskRules
from game.tasks.trace.geometry import Point, Polyline
from game.tasks.trace.params import TraceParams

START_RADIUS_MM = 8.0  # the pass starts when the torch comes this close to the seam start
END_SLACK_MM = 2.0  # ... and ends when it gets this close to the seam end
BACK_SLACK_MM = 2.0  # further behind the weld front than this: going back, not welding
TRACK_WINDOW_MM = 15.0  # while the torch stays down, it is followed along the seam
SPEED_WINDOW_S = 0.3  # travel speed is smoothed over this time
JITTER_WINDOW_S = 0.5  # wobble is measured around the trend over this time
NOMINAL_WIDTH_MM, MIN_WIDTH_MM, MAX_WIDTH_MM = 6.0, 3.0, 10.0
FUSION_LIMIT = 2.0  # above this × the band's top speed, parts of the joint stay unfused
REACH_MM = 6.0  # farther than this from the joint (or 2 × aim tolerance), the bead misses it
DEFECT_SHARE = 0.10  # a defect is reported when found on this share of the pass
OK_SHARE = 0.8  # a dimension is "ok" in the debrief from this share of the pass
BEAD_SHOWN = 400  # the debrief's picture of the bead keeps about this many of its dots


define({
    "trace.lack_of_fusion": {"fr": "Manque de fusion", "en": "Lack of fusion"},
    "trace.lack_of_fusion_why": {
        "fr": "Trop vite : l'arc ne reste pas assez pour fondre les bords — le cordon est "
              "mince, mal lié à la pièce, avec parfois des caniveaux sur les bords.",
        "en": "Too fast: the arc doesn't stay long enough to melt the edges — the bead is "
              "thin, poorly bonded to the part, sometimes with undercut along its edges."},
    "trace.pool_ahead": {"fr": "Manque de fusion : avance trop lente",
                         "en": "Lack of fusion: travel too slow"},
    "trace.pool_ahead_why": {
        "fr": "Trop lent : le bain de fusion coule devant l'arc, qui fond alors le bain au "
              "lieu des bords — ils restent collés sans être fondus, et le cordon est trop "
              "gros. Sur tôle fine, la chaleur accumulée peut aussi percer ; le percement "
              "vient surtout d'un écartement trop grand ou d'une intensité trop forte.",
        "en": "Too slow: the weld pool runs ahead of the arc, which then melts the pool "
              "instead of the edges — they stay unfused underneath, and the bead is too big. "
              "On thin plate the heat build-up can also burn through; burn-through mostly "
              "comes from too wide a gap or too much current."},
    "trace.misplaced": {"fr": "Cordon décentré", "en": "Misplaced bead"},
    "trace.misplaced_why": {"fr": "Le cordon passe à côté du joint : un des bords n'est pas "
                                  "fondu.",
                            "en": "The bead misses the joint: one edge is not fused."},
    "trace.irregular": {"fr": "Cordon irrégulier", "en": "Irregular bead"},
    "trace.irregular_why": {
        "fr": "Une main qui tremble donne un cordon inégal, à la pénétration variable.",
        "en": "An unsteady hand gives an uneven bead with variable penetration."},
    "trace.off_joint": {"fr": "Reviens sur le joint", "en": "Back onto the joint"},
    "trace.too_fast": {"fr": "Ralentis", "en": "Slow down"},
    "trace.too_slow": {"fr": "Avance plus vite", "en": "Move faster"},
    "trace.unsteady": {"fr": "Stabilise ta main", "en": "Steady your hand"},
    "trace.speed": {"fr": "Vitesse d'avance", "en": "Travel speed"},
    "trace.aim": {"fr": "Position sur le joint", "en": "Aim at the joint"},
    "trace.steadiness": {"fr": "Stabilité du geste", "en": "Steadiness"},
    "trace.coverage": {"fr": "Longueur soudée", "en": "Length welded"},
    "trace.not_started": {
        "fr": "La passe n'a pas commencé : pose la torche sur le début du joint.",
        "en": "The pass never started: put the torch on the start of the joint."},
    "trace.speed_share": {"fr": "{share} du cordon entre {lo} et {hi} mm/s",
                          "en": "{share} of the bead within {lo}–{hi} mm/s"},
    "trace.too_fast_on": {"fr": "trop vite sur {share} : manque de fusion",
                          "en": "too fast on {share}: lack of fusion"},
    "trace.too_slow_on": {"fr": "trop lent sur {share} : le bain passe devant l'arc, manque de "
                                "fusion",
                          "en": "too slow on {share}: the pool runs ahead of the arc, lack of "
                                "fusion"},
    "trace.aim_share": {"fr": "{share} du cordon à moins de {lo} mm du joint",
                        "en": "{share} of the bead within {lo} mm of the joint"},
    "trace.off_joint_on": {"fr": "hors du joint sur {share} : cordon décentré",
                           "en": "off the joint on {share}: misplaced bead"},
    "trace.steady_share": {"fr": "{share} du cordon avec un tremblement sous {lo} mm",
                           "en": "{share} of the bead with a wobble under {lo} mm"},
    "trace.unsteady_on": {"fr": "main instable sur {share} : cordon irrégulier",
                          "en": "unsteady on {share}: irregular bead"},
    "trace.welded_share": {"fr": "{share} du joint soudé", "en": "{share} of the joint welded"},
    # the debrief's speed graph names its zones with the verdict's words
    "trace.zone_fast": {"fr": "trop vite", "en": "too fast"},
    "trace.zone_slow": {"fr": "trop lent", "en": "too slow"},
    "trace.zone_off": {"fr": "hors du joint", "en": "off the joint"},
    "trace.along": {"fr": "le long du cordon", "en": "along the bead"},
    "trace.unwelded_on": {"fr": "non soudé sur {share} : cette partie ne tient pas",
                          "en": "{share} left unwelded: that part does not hold"},
})


@dataclass(frozen=True)
class Defect:
    code: str
    name: LocalText
    explain: LocalText


DEFECTS: dict[str, Defect] = {
    code: Defect(code, local(f"trace.{code}"), local(f"trace.{code}_why"))
    for code in ("lack_of_fusion", "pool_ahead", "misplaced", "irregular")
}

#: what the HUD tells the player, most urgent first
HINTS: dict[str, LocalText] = {key: local(f"trace.{key}")
                               for key in ("off_joint", "too_fast", "too_slow", "unsteady")}
_HINT_OF = {
    "misplaced": "off_joint",
    "lack_of_fusion": "too_fast",
    "pool_ahead": "too_slow",
    "irregular": "unsteady",
}


LABELS: dict[str, LocalText] = {key: local(f"trace.{key}")
                                for key in ("speed", "aim", "steadiness", "coverage")}
NOT_STARTED = local("trace.not_started")
COVERED_OK = 0.95  # the length welded is "ok" from this share of the seam


def _num(value: float, lang: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "fr" else text


def _pct(share: float, lang: str) -> str:
    return f"{round(100 * share)} %" if lang == "fr" else f"{round(100 * share)}%"


Clause = tuple[str, float]  # an interface text's key, the share of the pass it is about


def _both(head: str, share: float, figures: tuple[float, ...],
          clauses: tuple[Clause, ...] = ()) -> LocalText:
    """E.g. "72% of the bead within 4–8 mm/s; too fast on 20%: lack of fusion." in every
    language: ``head`` (a text key) takes the share and the band's ``figures`` (``lo``,
    ``hi``); a clause shows when its share rounds above 0 %."""
    shown = [c for c in clauses if round(100 * c[1]) > 0]
    out = {}
    for lang in LANGUAGES:
        bounds = dict(zip(("lo", "hi"), (_num(f, lang) for f in figures), strict=False))
        parts = [tr(head, lang, share=_pct(share, lang), **bounds)]
        parts += [tr(key, lang, share=_pct(part, lang)) for key, part in shown]
        out[lang] = (" ; " if lang == "fr" else "; ").join(parts) + "."
    return LocalText(out)


@dataclass(frozen=True)
class Sample:
    """One measure of the pass: time (s), place along the seam (mm), aim, speed, wobble, and
    ``ds``, the millimetres of the seam the weld front moved on since the last one. The
    verdict weighs each sample by ``ds``, as the debrief's graph draws them along the seam:
    a torch resting (before the first move, or paused) lays no length, so it is not « too
    slow » over a part of the pass the graph shows in the band."""

    t: float
    s: float
    offset: float
    speed: float
    jitter: float
    ds: float = 0.0


@dataclass(frozen=True)
class BeadDot:
    """A dot of the bead, centred on the torch; ``flags`` holds defect codes."""

    s: float
    x: float
    y: float
    width_mm: float
    flags: frozenset[str]


@dataclass(frozen=True)
class LiveStatus:
    """What the HUD shows now; ``hint`` is a key of :data:`HINTS` or None."""

    speed: float = 0.0
    offset: float = 0.0
    jitter: float = 0.0
    hint: str | None = None
    welding: bool = False


def bead_width(speed: float, target: float) -> float:
    """Heat per millimetre goes as 1/speed, bead width roughly as its square root."""
    if speed <= 0.0:
        return MAX_WIDTH_MM
    return min(MAX_WIDTH_MM, max(MIN_WIDTH_MM, NOMINAL_WIDTH_MM * math.sqrt(target / speed)))


def wobble(window: deque[tuple[float, float]]) -> float:
    """Standard deviation of the offsets around their linear trend (mm)."""
    n = len(window)
    if n < 3:
        return 0.0
    tm = sum(t for t, _ in window) / n
    om = sum(o for _, o in window) / n
    stt = sum((t - tm) ** 2 for t, _ in window)
    slope = sum((t - tm) * (o - om) for t, o in window) / stt if stt > 0 else 0.0
    return math.sqrt(sum((o - om - slope * (t - tm)) ** 2 for t, o in window) / n)


class TraceRules(TaskRules[TraceParams]):
    """Measures the pass from the torch positions given to :meth:`feed`."""

    def __init__(self, params: TraceParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        self.seam = Polyline(params.seam_mm)
        self.started = False
        self.front = 0.0  # the furthest point the weld has reached (mm along the seam)
        self.samples: list[Sample] = []
        self.bead: list[BeadDot] = []
        self.covered: list[tuple[float, float]] = []  # welded stretches, sorted, disjoint
        self.live = LiveStatus()
        self._s = 0.0  # where the torch is along the seam
        self._down = False  # the torch touched on the previous step
        self._welding = False  # ... and was at the weld front
        self._speeds: deque[tuple[float, float]] = deque()  # (t, front)
        self._offsets: deque[tuple[float, float]] = deque()  # (t, offset)
        self._reach = max(REACH_MM, 2 * params.aim_mm.tolerance)
        #: the assisted pass (hold-free play): the torch is kept on the joint, only the travel
        #: speed (and the length welded) is scored
        self.assisted = False

    # -- input ---------------------------------------------------------------------------
    @property
    def reach_mm(self) -> float:
        """Farther than this from the joint, the bead misses it."""
        return self._reach

    @property
    def start_point(self) -> Point:
        return self.seam.point_at(0.0)

    @property
    def progress(self) -> float:
        return min(1.0, self.front / self.seam.length_mm) if self.started else 0.0

    def step(self, pos: Point | None, dt: float) -> None:
        """``feed`` then ``update``: one fixed step of the pass."""
        self.feed(pos, dt)
        self.update(dt)

    def feed(self, pos: Point | None, dt: float) -> None:
        """The torch tip this step (mm, seam space), or None when it is lifted."""
        if self.finished or dt <= 0.0:
            return
        t = self.elapsed + dt  # update(dt) follows and advances the clock
        if pos is None:
            self._down = self._welding = False
            self.live = LiveStatus(offset=self.live.offset)
            return
        if not self.started:
            if math.dist(pos, self.start_point) > START_RADIUS_MM:
                return
            self.started = True
            s, offset = self.seam.project(pos)
            self._cover(0.0, s)  # the start circle counts as started on the seam start
            self.front = s
        else:
            window = (self._s - TRACK_WINDOW_MM, self._s + TRACK_WINDOW_MM)
            s, offset = self.seam.project(pos, *window) if self._down else self.seam.project(pos)
        was_welding, self._down, self._s = self._welding, True, s
        if s < self.front - BACK_SLACK_MM:  # going back over the weld: not welded again
            self._welding = False
            self.live = LiveStatus(offset=offset)
            return
        self._welding = True
        if not was_welding:  # (re)starting: the speed and wobble windows start afresh
            self.front = max(self.front, s)
            self._speeds = deque([(t, self.front)])
            self._offsets = deque([(t, offset)])
            self.live = LiveStatus(offset=offset, welding=True)
        else:
            self._weld(t, pos, s, offset)
        if self.front >= self.seam.length_mm - END_SLACK_MM:  # the end of the joint
            if was_welding and abs(offset) <= self._reach:
                self._cover(self.front, self.seam.length_mm)
            self.front = self.seam.length_mm
            self.finish()

    # -- measuring -----------------------------------------------------------------------
    def _weld(self, t: float, pos: Point, s: float, offset: float) -> None:
        band = self.params.speed_mm_s
        behind = self.front
        self.front = max(self.front, s)
        self._speeds.append((t, self.front))
        while len(self._speeds) > 2 and self._speeds[1][0] <= t - SPEED_WINDOW_S:
            self._speeds.popleft()
        t0, f0 = self._speeds[0]
        speed = (self.front - f0) / max(t - t0, 1e-9)
        self._offsets.append((t, offset))
        while self._offsets[0][0] < t - JITTER_WINDOW_S:
            self._offsets.popleft()
        jitter = wobble(self._offsets)
        if self.front > behind and abs(offset) <= self._reach:
            fused = min(1.0, FUSION_LIMIT * band.high / speed) if speed > 0 else 1.0
            self._cover(behind, behind + (self.front - behind) * fused)
        flags = self._flags(speed, offset, jitter)
        self.samples.append(Sample(t, s, offset, speed, jitter, self.front - behind))
        self.bead.append(BeadDot(s, pos[0], pos[1], bead_width(speed, band.target), flags))
        hint = next((_HINT_OF[c] for c in _HINT_OF if c in flags), None)
        self.live = LiveStatus(speed, offset, jitter, hint, welding=True)

    def _flags(self, speed: float, offset: float, jitter: float) -> frozenset[str]:
        p = self.params
        found = set()
        if abs(offset) > p.aim_mm.tolerance and not self.assisted:
            found.add("misplaced")
        if speed > p.speed_mm_s.high:
            found.add("lack_of_fusion")
        elif speed < p.speed_mm_s.low:
            found.add("pool_ahead")
        if jitter > p.steadiness_mm.tolerance and not self.assisted:
            found.add("irregular")
        return frozenset(found)

    def _cover(self, a: float, b: float) -> None:
        if b <= a:
            return
        merged: list[tuple[float, float]] = []
        for lo, hi in sorted([*self.covered, (a, b)]):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self.covered = merged

    # -- scoring -------------------------------------------------------------------------
    def flag_share(self, code: str) -> float:
        """The share of the welded length showing a defect: each sample counts for the
        length it laid (what the graph along the seam shows); a pass that never moved on
        counts its samples alike."""
        if not self.samples:
            return 0.0
        laid = sum(x.ds for x in self.samples)
        if laid <= 0.0:
            return sum(1 for dot in self.bead if code in dot.flags) / len(self.bead)
        return sum(x.ds for x, dot in zip(self.samples, self.bead, strict=True)
                   if code in dot.flags) / laid

    def shares(self) -> dict[str, float]:
        """Share of the pass in each band, and of the seam welded."""
        length = self.seam.length_mm
        coverage = min(1.0, sum(hi - lo for lo, hi in self.covered) / length)
        if not self.samples:
            return {"speed": 0.0, "aim": 0.0, "steadiness": 0.0, "coverage": coverage}
        return {
            "speed": 1.0 - self.flag_share("lack_of_fusion") - self.flag_share("pool_ahead"),
            "aim": 1.0 - self.flag_share("misplaced"),
            "steadiness": 1.0 - self.flag_share("irregular"),
            "coverage": coverage,
        }

    def defects(self) -> list[str]:
        return sorted(code for code in DEFECTS if self.flag_share(code) >= DEFECT_SHARE)

    def score(self) -> float:
        if not self.samples:
            return 0.0
        sh = self.shares()
        if self.assisted:
            return 100.0 * sh["speed"] * sh["coverage"]
        return 100.0 * (0.4 * sh["speed"] + 0.4 * sh["aim"] + 0.2 * sh["steadiness"]) * sh[
            "coverage"
        ]

    def feedback(self) -> list[Feedback]:
        items = self._dimension_feedback()
        items += [Feedback(DEFECTS[c].name, False, DEFECTS[c].explain) for c in self.defects()]
        return items

    def _dimension_feedback(self) -> list[Feedback]:
        """Speed, aim, steadiness and length welded, explained with the pass's figures."""
        p, sh = self.params, self.shares()
        labels = [LABELS[k] for k in ("speed", "aim", "steadiness", "coverage")]
        if self.assisted:
            labels = [labels[0], labels[3]]
        if not self.samples:
            return [Feedback(label, False, NOT_STARTED) for label in labels]
        fast, slow = self.flag_share("lack_of_fusion"), self.flag_share("pool_ahead")
        lo, hi = p.speed_mm_s.low, p.speed_mm_s.high
        aim, steady = p.aim_mm.tolerance, p.steadiness_mm.tolerance
        texts = [
            _both("trace.speed_share", sh["speed"], (lo, hi),
                  (("trace.too_fast_on", fast), ("trace.too_slow_on", slow))),
            _both("trace.aim_share", sh["aim"], (aim,), (("trace.off_joint_on", 1.0 - sh["aim"]),)),
            _both("trace.steady_share", sh["steadiness"], (steady,),
                  (("trace.unsteady_on", 1.0 - sh["steadiness"]),)),
            _both("trace.welded_share", sh["coverage"], (),
                  (("trace.unwelded_on", 1.0 - sh["coverage"]),)),
        ]
        oks = [sh["speed"] >= OK_SHARE, sh["aim"] >= OK_SHARE, sh["steadiness"] >= OK_SHARE,
               sh["coverage"] >= COVERED_OK]
        rows = list(zip([LABELS[k] for k in ("speed", "aim", "steadiness", "coverage")], oks,
                        texts, strict=True))
        if self.assisted:  # the torch was kept on the joint: aim and steadiness are not hers
            rows = [rows[0], rows[3]]
        return [Feedback(label, ok, text) for label, ok, text in rows]

    def details(self) -> dict[str, Any]:
        p = self.params
        bead_step = max(1, len(self.samples) // BEAD_SHOWN)
        return {
            "speed": [(x.s, x.speed) for x in self.samples],
            "aim": [(x.s, x.offset) for x in self.samples],
            "jitter": [(x.s, x.jitter) for x in self.samples],
            "speed_band": (p.speed_mm_s.low, p.speed_mm_s.high),
            "speed_target": p.speed_mm_s.target,
            # the bead as laid, for the debrief's picture: (mm along, mm off, width, speed)
            "bead": [(x.s, x.offset, dot.width_mm, x.speed) for x, dot in
                     list(zip(self.samples, self.bead, strict=False))[::bead_step]],
            "aim_band": (-p.aim_mm.tolerance, p.aim_mm.tolerance),
            "steadiness_band": (0.0, p.steadiness_mm.tolerance),
            "length_mm": self.seam.length_mm,
            "covered": list(self.covered),
            "defects": self.defects(),
            "shares": self.shares(),
            "assisted": self.assisted,
        }
