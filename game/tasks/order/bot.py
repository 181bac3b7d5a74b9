"""Order bot: places steps one by one; a lower skill misplaces some and may stop early."""
from __future__ import annotations

import random

from game.tasks.base import Bot
from game.tasks.order.params import OrderParams
from game.tasks.order.rules import OrderRules


class OrderBot(Bot[OrderParams, OrderRules]):
    def __init__(self, params: OrderParams, rng: random.Random, skill: float = 0.8) -> None:
        super().__init__(params, rng, skill)
        self.moves_left = 2 * len(params.steps)  # the bot always ends

    def next_move(self, rules: OrderRules) -> tuple[int, int] | None:
        """The next ``(src, dst)`` for :meth:`OrderRules.move`, or None to submit."""
        if rules.is_sorted or self.moves_left <= 0:
            return None
        slip = 1.0 - self.skill
        if self.rng.random() < 0.15 * slip:  # "that looks right": submits too soon
            return None
        self.moves_left -= 1
        pairs = zip(rules.order, rules.correct, strict=True)
        target = next(i for i, (placed, right) in enumerate(pairs) if placed != right)
        src = rules.order.index(rules.correct[target])
        if self.rng.random() < 0.5 * slip:  # puts it one place off
            dst = target + 1 if target + 1 < len(rules.order) else target - 1
            if dst != src:
                return (src, dst)
        return (src, target)

    def act(self, rules: OrderRules, dt: float) -> None:
        move = self.next_move(rules)
        if move is None:
            rules.submit()
        else:
            rules.move(*move)
