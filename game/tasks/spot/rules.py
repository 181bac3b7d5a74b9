"""Spot rules: tap what is wrong in the picture; decoys and empty places are wrong taps.

Scoring: 100 × faults found / hotspots − ``WRONG_TAP_POINTS`` per wrong tap, at least 0. A
fault is a hotspot or an extra (a real fault the découverte's shorter version does not ask
for): the picture shows it, so finding it counts like finding a hotspot, up to the number
asked for (a playtest: an extra showed found while « 2 / 3 trouvés » stayed put). A wrong
tap is a tap on nothing, or the first tap on a decoy (tapping the same decoy again, to
read its explanation, costs nothing more). Tapping a fault already found does nothing.
The task ends when as many faults as there are hotspots are found, when the player says
they are done, or when the timer ends.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from statistics import median
from typing import Any

from game.i18n import define, local
from game.tasks.base import Feedback, TaskRules
from game.tasks.spot.geometry import Rank, rank
from game.tasks.spot.params import Area, SpotParams

WRONG_TAP_POINTS = 10

define({
    "spot.decoy": {"fr": "{label} : ce n'était pas un défaut", "en": "{label}: not a fault"},
    # beside a missed fault's name, a cross alone could read "not a fault"
    "spot.missed": {"fr": "Manqué : c'était à signaler.", "en": "Missed: it needed reporting."},
    "spot.misses": {"fr": {"one": "{n} touche sur une zone sans défaut",
                           "other": "{n} touches sur une zone sans défaut"},
                    "en": {"one": "{n} tap on a place with no fault",
                           "other": "{n} taps on a place with no fault"}},
    "spot.misses_why": {
        "fr": "Chaque touche à côté coûte {p} points : en contrôle, un faux défaut fait "
              "refaire une pièce bonne. Observe bien avant de toucher.",
        "en": "Each tap beside the mark costs {p} points: in inspection, a false alarm means "
              "redoing a good part. Look carefully before you tap."},
})


@dataclass(frozen=True)
class Tap:
    """One tap in image pixels and what it hit.

    ``kind``: ``found`` (a new hotspot), ``extra`` (a real fault the short version does not
    name: it counts as found all the same), ``again`` (a fault already found, or a decoy
    already tapped: no effect), ``decoy`` (a wrong tap on a decoy) or ``miss`` (on nothing).
    """

    x: float
    y: float
    kind: str
    area: str | None
    t: float


def reading_order(areas: list[Area]) -> list[str]:
    """Area ids in reading order: rows from the top (a row is about two radii tall),
    left to right within a row. Stable for a given scenario, whatever the YAML order."""
    if not areas:
        return []
    band = 2 * median(a.radius for a in areas)
    rows: list[list[Area]] = []
    for a in sorted(areas, key=lambda a: (a.y, a.x, a.id)):
        if rows and a.y - rows[-1][0].y <= band:
            rows[-1].append(a)
        else:
            rows.append([a])
    return [a.id for row in rows for a in sorted(row, key=lambda a: (a.x, a.y, a.id))]


class SpotRules(TaskRules[SpotParams]):
    """The player's taps, in image pixels, from the view: :meth:`tap` or :meth:`mark`."""

    def __init__(self, params: SpotParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        self.by_id: dict[str, Area] = {a.id: a for a in params.areas()}
        self.hotspot_ids = [a.id for a in params.hotspots]
        self.extra_ids = {a.id for a in params.extras}  # real faults not asked for here
        self.extras_seen: list[str] = []
        self.candidates = reading_order(params.areas())  # the keyboard's cycle
        self.found: list[str] = []  # in the order found
        self.decoys_tapped: list[str] = []
        self.misses = 0
        self.taps: list[Tap] = []
        self.read_left = 0.0  # s: the explanation of the last tap is being read

    # -- time ---------------------------------------------------------------------------
    def read(self, seconds: float) -> None:
        """The view shows a new tap's explanation for ``seconds``: the timer waits."""
        self.read_left = max(0.0, seconds)

    @property
    def reading(self) -> bool:
        return self.read_left > 0

    def update(self, dt: float) -> None:
        super().update(dt)
        self.read_left = max(0.0, self.read_left - dt)

    # -- state --------------------------------------------------------------------------
    def is_hotspot(self, area_id: str) -> bool:
        return area_id in self.hotspot_ids

    @property
    def wrong_taps(self) -> int:
        return len(self.decoys_tapped) + self.misses

    @property
    def required(self) -> int:
        """How many faults the task asks for: as many as it has hotspots."""
        return len(self.hotspot_ids)

    @property
    def finds(self) -> int:
        """Faults found so far, extras included (what the « N / M » counter shows)."""
        return len(self.found) + len(self.extras_seen)

    @property
    def all_found(self) -> bool:
        return self.finds >= self.required

    @property
    def short(self) -> bool:
        """She found fewer faults than asked for: the hotspots she did not find were missed."""
        return self.finds < self.required

    def area_at(self, x: float, y: float, reach: float = 0.0) -> Area | None:
        """The area under a point: on a drawn outline first, else in a circle at least
        ``reach`` px in radius (a finger is wide) whose centre is relatively nearest."""
        best: tuple[Rank, Area] | None = None
        for a in self.by_id.values():
            r = rank(x, y, (a.x, a.y), a.radius, a.outline, reach)
            if r is not None and (best is None or r < best[0]):
                best = (r, a)
        return best[1] if best else None

    # -- moves --------------------------------------------------------------------------
    def tap(self, x: float, y: float, reach: float = 0.0) -> Tap | None:
        """A tap at (x, y) image pixels; ``reach``: the smallest radius a circle answers to."""
        if self.finished:
            return None
        area = self.area_at(x, y, reach)
        if area is None:
            self.misses += 1
            kind = "miss"
        elif self.is_hotspot(area.id):
            kind = "again" if area.id in self.found else "found"
            if kind == "found":
                self.found.append(area.id)
        elif area.id in self.extra_ids:  # a real fault this short version leaves out: seen
            kind = "again" if area.id in self.extras_seen else "extra"
            if kind == "extra":
                self.extras_seen.append(area.id)
        else:
            kind = "again" if area.id in self.decoys_tapped else "decoy"
            if kind == "decoy":
                self.decoys_tapped.append(area.id)
        tap = Tap(x, y, kind, area.id if area else None, self.elapsed)
        self.taps.append(tap)
        if self.all_found:
            self.finish()
        return tap

    def mark(self, area_id: str) -> Tap | None:
        """The keyboard's move: mark a candidate area as faulty (a tap on its centre)."""
        area = self.by_id.get(area_id)
        if area is None:
            return None
        return self.tap(area.x, area.y)

    def done(self) -> None:
        """The player says they have found everything they could."""
        self.finish()

    # -- scoring ------------------------------------------------------------------------
    def score(self) -> float:
        share = min(1.0, self.finds / self.required)
        return max(0.0, 100.0 * share - WRONG_TAP_POINTS * self.wrong_taps)

    def missed(self) -> list[str]:
        """The hotspots to show as missed: none once she found as many faults as asked."""
        return [i for i in self.hotspot_ids if i not in self.found] if self.short else []

    def feedback(self) -> list[Feedback]:
        missed = self.missed()
        items = [Feedback(a.label, a.id in self.found, a.explain,
                          None if a.id in self.found else local("spot.missed"))
                 for a in self.params.hotspots if a.id in self.found or a.id in missed]
        items += [Feedback(self.by_id[i].label, True, self.by_id[i].explain)
                  for i in self.extras_seen]
        for decoy_id in self.decoys_tapped:
            d = self.by_id[decoy_id]
            items.append(Feedback(local("spot.decoy", label=d.label), False, d.explain))
        if self.misses:
            items.append(Feedback(local("spot.misses", n=self.misses), False,
                                  local("spot.misses_why", p=WRONG_TAP_POINTS)))
        return items

    def details(self) -> dict[str, Any]:
        p = self.params
        faults = [*p.hotspots, *(self.by_id[i] for i in self.extras_seen)]
        return {
            "image": p.image,
            "found": [*self.found, *self.extras_seen],
            "missed": self.missed(),
            "decoys_tapped": list(self.decoys_tapped),
            "misses": self.misses,
            "wrong_taps": self.wrong_taps,
            "taps": [(t.x, t.y, t.kind, t.area) for t in self.taps],
            # the faults to mark: every hotspot and the extras she found
            "hotspots": [(a.id, a.x, a.y, a.radius) for a in faults],
            # the drawn shapes the faults are: the debrief marks them, not circles
            "outlines": {a.id: [list(c) for c in a.outline] for a in faults if a.outline},
            "decoys": [(a.id, a.x, a.y, a.radius) for a in p.decoys],
        }
