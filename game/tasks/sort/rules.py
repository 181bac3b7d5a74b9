"""Sort rules: place each item in a bin (or take it back out), then check."""
from __future__ import annotations

import random
from typing import Any

from game.i18n import define, local
from game.scenario.text import LocalText
from game.tasks.base import Feedback, TaskRules
from game.tasks.sort.params import Item, SortParams

define({
    "sort.goes_in": {"fr": "Va dans « {bin} ».", "en": "Goes in \"{bin}\"."},
    "sort.not_in": {"fr": "Va dans « {bin} », pas dans « {put} ».",
                    "en": "Goes in \"{bin}\", not in \"{put}\"."},
})


def _explain(item: Item, right: LocalText, put: LocalText | None) -> LocalText:
    """Where the item belongs (and where it was put, if wrong), then the author's why."""
    where = (local("sort.goes_in", bin=right) if put is None
             else local("sort.not_in", bin=right, put=put))
    return LocalText.joined(where, item.explain) if item.explain else where


class SortRules(TaskRules[SortParams]):
    """Items start unplaced, in a shuffled order; ``place``, ``unplace``, ``submit``.

    Submitting with items still unplaced is allowed (a time-out does it); those
    count as wrong. The view only offers the check once every item is placed.
    """

    def __init__(self, params: SortParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        self._items: dict[str, Item] = {i.id: i for i in params.items}
        self.correct: dict[str, str] = {i.id: i.bin for i in params.items}
        self.order: list[str] = [i.id for i in params.items]  # display order of the cards
        self.rng.shuffle(self.order)
        self.bin_ids: list[str] = [b.id for b in params.bins]
        self.placement: dict[str, str] = {}  # item id -> bin id
        self.moves = 0

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def place(self, item_id: str, bin_id: str) -> bool:
        """Put an item in a bin (moving it from another bin if need be)."""
        if self.finished or item_id not in self._items or bin_id not in self.bin_ids:
            return False
        if self.placement.get(item_id) == bin_id:
            return False
        self.placement[item_id] = bin_id
        self.moves += 1
        return True

    def unplace(self, item_id: str) -> bool:
        """Take an item back out of its bin."""
        if self.finished or item_id not in self.placement:
            return False
        del self.placement[item_id]
        self.moves += 1
        return True

    def bin_of(self, item_id: str) -> str | None:
        return self.placement.get(item_id)

    @property
    def unplaced(self) -> list[str]:
        """Items not in a bin yet, in display order."""
        return [i for i in self.order if i not in self.placement]

    def in_bin(self, bin_id: str) -> list[str]:
        """The items the player put in a bin, in display order."""
        return [i for i in self.order if self.placement.get(i) == bin_id]

    def is_right(self, item_id: str) -> bool:
        return self.placement.get(item_id) == self.correct[item_id]

    @property
    def right_count(self) -> int:
        return sum(1 for i in self.order if self.is_right(i))

    @property
    def can_submit(self) -> bool:
        return not self.finished and not self.unplaced

    def submit(self) -> None:
        self.finish()

    def score(self) -> float:
        return 100.0 * self.right_count / len(self.order)

    def feedback(self) -> list[Feedback]:
        out = []
        for item in self.params.items:
            put = self.placement.get(item.id)
            wrong = None if put is None or put == item.bin else self.params.bin(put).label
            out.append(Feedback(item.text, self.is_right(item.id),
                                _explain(item, self.params.bin(item.bin).label, wrong)))
        return out

    def details(self) -> dict[str, Any]:
        return {
            "placement": {i.id: self.placement.get(i.id) for i in self.params.items},
            "correct": dict(self.correct),
            "unplaced": [i.id for i in self.params.items if i.id not in self.placement],
            "moves": self.moves,
        }
