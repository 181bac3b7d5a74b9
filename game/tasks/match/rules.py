"""Match rules: link each left item to a right item (one to one), then check."""
from __future__ import annotations

import random
from typing import Any

from game.i18n import define, local
from game.scenario.text import LocalText
from game.tasks.base import Feedback, TaskRules
from game.tasks.match.params import MatchParams, Pair

SEP = " — "
define({"match.linked_to": {"fr": "Tu l'avais relié à « {other} ».",
                            "en": "You had linked it to \"{other}\"."}})


def pair_label(pair: Pair) -> LocalText:
    """A pair named by its texts: "left — right" (or the one side that has a text)."""
    texts = [t for t in (pair.left.text, pair.right.text) if t is not None]
    if not texts:
        raise ValueError(f"pair '{pair.id}' has no text on either side")  # params refuse it
    return LocalText.joined(*texts, sep=SEP)


class MatchRules(TaskRules[MatchParams]):
    """Items on both sides are named by their pair's id; ``link``, ``unlink``, ``submit``.

    Links are one to one: linking an item that already has a partner replaces
    that link. Submitting with items unlinked is allowed (a time-out does it);
    those pairs count as wrong. The view offers the check once all are linked.
    """

    def __init__(self, params: MatchParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        self._pairs: dict[str, Pair] = {p.id: p for p in params.pairs}
        self.left: list[str] = [p.id for p in params.pairs]
        self.right: list[str] = list(self.left)
        while self.right == self.left:  # never hand out the answer in straight lines
            self.rng.shuffle(self.right)
        self.links: dict[str, str] = {}  # left id -> right id
        self.moves = 0

    def pair(self, pair_id: str) -> Pair:
        return self._pairs[pair_id]

    def link(self, left_id: str, right_id: str) -> bool:
        """Link a left item to a right item, replacing either one's previous link."""
        if self.finished or left_id not in self._pairs or right_id not in self._pairs:
            return False
        if self.links.get(left_id) == right_id:
            return False
        old_left = self.left_of(right_id)
        if old_left is not None:
            del self.links[old_left]
        self.links[left_id] = right_id
        self.moves += 1
        return True

    def unlink(self, left_id: str) -> bool:
        """Undo the link of a left item."""
        if self.finished or left_id not in self.links:
            return False
        del self.links[left_id]
        self.moves += 1
        return True

    def unlink_right(self, right_id: str) -> bool:
        left_id = self.left_of(right_id)
        return left_id is not None and self.unlink(left_id)

    def left_of(self, right_id: str) -> str | None:
        return next((lid for lid, rid in self.links.items() if rid == right_id), None)

    def is_right(self, left_id: str) -> bool:
        return self.links.get(left_id) == left_id

    @property
    def unlinked(self) -> list[str]:
        """Left items without a partner yet, top to bottom."""
        return [lid for lid in self.left if lid not in self.links]

    @property
    def right_count(self) -> int:
        return sum(1 for lid in self.left if self.is_right(lid))

    @property
    def can_submit(self) -> bool:
        return not self.finished and not self.unlinked

    def submit(self) -> None:
        self.finish()

    def score(self) -> float:
        return 100.0 * self.right_count / len(self.left)

    def feedback(self) -> list[Feedback]:
        return [Feedback(pair_label(p), self.is_right(p.id), self._explain(p))
                for p in self.params.pairs]

    def _explain(self, pair: Pair) -> LocalText | None:
        """The author's why; for a wrong link, first what the player linked it to."""
        other = self.links.get(pair.id)
        text = self._pairs[other].right.text if other is not None and other != pair.id else None
        if text is None:
            return pair.explain
        linked = local("match.linked_to", other=text)
        return LocalText.joined(linked, pair.explain) if pair.explain else linked

    def details(self) -> dict[str, Any]:
        return {"links": {lid: self.links.get(lid) for lid in self.left},
                "right_order": list(self.right), "moves": self.moves}
