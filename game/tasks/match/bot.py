"""Match bot: links left items top to bottom; a lower skill picks some wrong partners."""
from __future__ import annotations

from game.tasks.base import Bot
from game.tasks.match.params import MatchParams
from game.tasks.match.rules import MatchRules


class MatchBot(Bot[MatchParams, MatchRules]):
    def next_move(self, rules: MatchRules) -> tuple[str, str] | None:
        """The next ``(left, right)`` for :meth:`MatchRules.link`, or None to check.

        It only links to right items still free, so every move adds a link and the
        bot ends after as many moves as there are pairs.
        """
        if rules.finished or not rules.unlinked:
            return None
        left = rules.unlinked[0]
        free = [r for r in rules.right if rules.left_of(r) is None]
        wrong = [r for r in free if r != left]
        if left in free and (self.rng.random() < self.skill or not wrong):
            return (left, left)
        return (left, self.rng.choice(wrong))

    def act(self, rules: MatchRules, dt: float) -> None:
        move = self.next_move(rules)
        if move is None:
            rules.submit()
        else:
            rules.link(*move)
