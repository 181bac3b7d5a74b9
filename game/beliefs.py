"""The before/after question, as rules: which items a game asks, and what an answer change means.

Every game asks its items twice, before the first station and at the exit: the scenario's
fixed statements (``probe.statements``: half worded as the stereotype, half as its opposite)
then, for each world of the route, one « Je me sens capable de … » item (self-efficacy)
and, where the scenario gives one (``probe.interest``), one « Ce métier pourrait me plaire »
item (interest): the two are told apart because a girl may feel able to do a job she does not
want, or want one she does not yet feel able to do. Each is answered on a
5-point scale, 1 « Pas du tout d'accord » … 5 « Tout à fait d'accord », stored as given.
The découverte, a visit of four minutes, asks each visitor only a subset (``probe.per_visit``:
by default one statement of each wording and one item about herself), rotated from one visitor to
the next (:func:`per_visit`) so that across visitors every item gets its paired answers:
planned missing data (matrix sampling), as large surveys do. Each item's before/after change
is read over the games that were asked it.

Reading an answer needs its wording: agreeing with a ``stereotype`` statement is the
stereotyped answer, agreeing with a ``counter`` one (or a ``self`` item, either facet) is not.
:func:`leaning` turns an answer into "how far from the stereotype" (5: as far as can be),
so a change is comparable across wordings; :func:`minds_changed` lists the statements she
changed her mind about (from the stereotype's side, or unsure, to the fact's). Plain Python:
no pygame, used by the probe screen, the results screen, the score store and the report.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from game.scenario.models import PerVisit
from game.scenario.text import LocalText
from game.scores.records import AGE_BANDS, GENDERS, SCALE_MAX, SCALE_MIN, SITUATIONS
from game.scores.records import ITEM_KINDS as KINDS
from game.scores.records import ItemKind as Kind

if TYPE_CHECKING:
    from game.progress import Tour
    from game.scenario.models import Scenario

SCALE: tuple[int, ...] = tuple(range(SCALE_MIN, SCALE_MAX + 1))  # 1 pas du tout … 5 tout à fait
FALLBACK_SIZE = 3  # a scenario without ``probe:``: this many of the myths met
SELF_PREFIX = "capable:"  # a self-efficacy item's id is "capable:<world id>"
INTEREST_PREFIX = "plaire:"  # an interest item's id is "plaire:<world id>"
# The optional, anonymous context asked at the exit (never before a task: see probe.py) is
# AGE_BANDS, GENDERS and SITUATIONS, as the score store keeps them.
__all__ = ["AGE_BANDS", "GENDERS", "KINDS", "SCALE", "SITUATIONS", "Facet", "Kind", "ProbeItem",
           "change", "facet", "items_for", "leaning", "minds_changed", "per_visit",
           "tour_minds_changed"]

#: the generic self-efficacy item of a world the scenario gives none for
GENERIC_CAPABLE = {"fr": "Je me sens capable de travailler dans ce domaine : {world}.",
                   "en": "I feel I could work in this field: {world}."}

#: what a ``self`` item asks about her: whether she could do the job, or would like to
Facet = Literal["capable", "interest"]


def facet(item_id: str) -> Facet | None:
    """The facet of a ``self`` item, read from its id (the hub and the report have only the
    id and the kind); None for a statement."""
    if item_id.startswith(INTEREST_PREFIX):
        return "interest"
    return "capable" if item_id.startswith(SELF_PREFIX) else None


@dataclass(frozen=True)
class ProbeItem:
    """One item of the before/after question."""

    id: str
    kind: Kind
    text: LocalText
    myth_id: str | None = None  # the myth a statement is about
    world_id: str | None = None  # the world of an item about herself

    @property
    def statement(self) -> bool:
        """A belief about the jobs (not the player's own confidence)."""
        return self.kind != "self"

    @property
    def facet(self) -> Facet | None:
        """For an item about herself, what it asks (:func:`facet`); None for a statement."""
        return facet(self.id) if self.kind == "self" else None


def items_for(scenario: Scenario, world_ids: Iterable[str],
              myths_met: Iterable[str] = (), rotation: int | None = None) -> list[ProbeItem]:
    """The items a game on ``world_ids`` asks, in the order asked (the same both times).

    With no ``probe:`` in the scenario, the first :data:`FALLBACK_SIZE` of ``myths_met`` (its
    myths in play) stand in, worded as the stereotype they are. ``rotation`` (the
    découverte's: how many games came before) keeps only that visitor's subset
    (:func:`per_visit`); None: every item.
    """
    probe = scenario.probe
    known = {m.id for m in scenario.myths}
    items: list[ProbeItem] = []
    if probe is not None and probe.statements:
        items += [ProbeItem(s.id, s.wording, s.text, s.myth) for s in probe.statements]
    else:
        chosen = [m for m in dict.fromkeys(myths_met) if m in known][:FALLBACK_SIZE]
        items += [ProbeItem(m, "stereotype", scenario.myth(m).statement, m) for m in chosen]
    worlds = {w.id: w for w in scenario.worlds}
    for world_id in dict.fromkeys(world_ids):
        world = worlds.get(world_id)
        if world is None:
            continue
        given = probe.capable.get(world_id) if probe is not None else None
        text = given or LocalText({lang: GENERIC_CAPABLE.get(lang, GENERIC_CAPABLE["en"]).format(
            world=world.title.get(lang)) for lang in scenario.languages})
        items.append(ProbeItem(SELF_PREFIX + world_id, "self", text, world_id=world_id))
        liking = probe.interest.get(world_id) if probe is not None else None
        if liking is not None:
            items.append(ProbeItem(INTEREST_PREFIX + world_id, "self", liking,
                                   world_id=world_id))
    if rotation is None:
        return items
    sizes = probe.per_visit if probe is not None else PerVisit()
    return per_visit(items, sizes.statements, sizes.capable, rotation)


def per_visit(items: list[ProbeItem], statements: int, capable: int,
              rotation: int) -> list[ProbeItem]:
    """The ``rotation``-th visitor's subset of ``items`` (kept in their order): ``statements``
    statements, half of each wording (the odd one a stereotype), and ``capable`` self items
    (of either facet: the window walks capable and interest items in the order asked).

    Each kind's items are taken in turn, a window moving on by its size at each visitor, so
    every item is asked equally often; the counter-worded and self windows also shift once a
    cycle of the kinds before them is done, so that over visitors every combination comes up
    (a statement is not always asked with the same other one).
    """
    stereo = [i.id for i in items if i.kind == "stereotype"]
    counter = [i.id for i in items if i.kind == "counter"]
    selves = [i.id for i in items if i.kind == "self"]
    n_counter = min(len(counter), statements // 2)
    n_stereo = min(len(stereo), statements - n_counter)
    n_counter = min(len(counter), statements - n_stereo)  # too few stereotypes: more counters
    k = max(0, rotation)
    cycle = max(1, len(stereo)) * max(1, len(counter))
    keep = {*_window(stereo, n_stereo, k),
            *_window(counter, n_counter, _turn(k, max(1, len(stereo)), len(counter), n_counter)),
            *_window(selves, capable, _turn(k, cycle, len(selves), capable))}
    return [i for i in items if i.id in keep]


def _turn(k: int, block: int, size: int, n: int) -> int:
    """Where a window of ``n`` of ``size`` ids is for the ``k``-th visitor: it moves on at
    each visitor and once more at the end of each ``block`` of visitors (a cycle of the kinds
    before it), by a step chosen so that the blocks' starts go round every position: over
    ``block`` × positions visitors, each window meets each combination of the others once
    (with 3 statements each way and 6 items about herself, 54 visitors)."""
    positions = size // math.gcd(n, size) if size and n else 1
    step = next(d for d in range(1, positions + 1) if math.gcd(block + d, positions) == 1)
    return k + k // block * step


def _window(ids: list[str], n: int, k: int) -> list[str]:
    """``n`` of ``ids`` for the ``k``-th visitor: a window moving on by ``n`` each time."""
    if n >= len(ids):
        return list(ids)
    if n <= 0:
        return []
    start = k * n % len(ids)
    return [ids[(start + j) % len(ids)] for j in range(n)]


def leaning(kind: str, answer: int) -> int:
    """``answer`` (1–5) read as distance from the stereotype: 5 the furthest, 1 the nearest.

    An item about herself reads as given (5: « tout à fait capable », or « tout à fait » drawn
    to the job).
    """
    return 6 - answer if kind == "stereotype" else answer


def change(kind: str, before: int | None, after: int | None) -> int | None:
    """How far an answer moved away from the stereotype (negative: towards it); None unless
    both answers were given."""
    if before is None or after is None:
        return None
    return leaning(kind, after) - leaning(kind, before)


#: a leaning at least this far from the stereotype sides with the fact (« plutôt » or
#: « tout à fait » on the fact's side of the scale; 3 is « ni l'un ni l'autre »)
FACT_SIDE = 4


def minds_changed(items: Iterable[ProbeItem], before: Mapping[str, object],
                  after: Mapping[str, object]) -> list[str]:
    """The statements (self-efficacy items left out) she changed her mind about, in the
    order asked: before, she sided with the stereotype or was unsure; after, with the fact
    (disagreeing with a stereotype, agreeing with its opposite). A move within one side
    (« plutôt » to « tout à fait ») or from the stereotype to unsure is no change of mind."""
    out = []
    for item in items:
        b, a = before.get(item.id), after.get(item.id)
        if item.statement and isinstance(b, int) and isinstance(a, int) \
                and leaning(item.kind, b) < FACT_SIDE <= leaning(item.kind, a):
            out.append(item.id)
    return out


def tour_minds_changed(tour: Tour) -> list[str]:
    """:func:`minds_changed` for a game under way (« Tu as changé d'avis sur N idées reçues »)."""
    return minds_changed(tour.probe_items, tour.probe_before, tour.probe_after)
