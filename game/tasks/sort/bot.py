"""Sort bot: places items one by one; a lower skill puts some in a wrong bin."""
from __future__ import annotations

from game.tasks.base import Bot
from game.tasks.sort.params import SortParams
from game.tasks.sort.rules import SortRules


class SortBot(Bot[SortParams, SortRules]):
    def next_move(self, rules: SortRules) -> tuple[str, str] | None:
        """The next ``(item, bin)`` for :meth:`SortRules.place`, or None to check."""
        if rules.finished or not rules.unplaced:
            return None
        item = rules.unplaced[0]
        right = rules.correct[item]
        wrong = [b for b in rules.bin_ids if b != right]
        if self.rng.random() < self.skill:
            return (item, right)
        return (item, self.rng.choice(wrong))  # "it looks like one of those"

    def act(self, rules: SortRules, dt: float) -> None:
        move = self.next_move(rules)
        if move is None:
            rules.submit()
        else:
            rules.place(*move)
