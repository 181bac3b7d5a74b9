"""Projector mode: each place of an order is a question — which step comes n-th?
(game.tasks.votes). The steps are offered in a shuffled order, the same for every place."""
from __future__ import annotations

import random

from game.scenario.text import LocalText
from game.tasks.order.params import OrderParams
from game.tasks.votes import MAX_CHOICES, Vote, VoteChoice

ASK = LocalText.of("Étape {n} sur {total} : laquelle ?", "Step {n} of {total}: which one?")


def votes(params: OrderParams, rng: random.Random) -> list[Vote]:
    steps = list(params.steps)
    if len(steps) > MAX_CHOICES:
        return []  # too many to read out and count: played at the screen
    shown = list(steps)
    while len(shown) > 1 and shown == steps:  # never the answer's own order
        rng.shuffle(shown)
    total = len(steps)
    return [Vote(id=step.id, explain=step.explain,
                 prompt=LocalText({lang: text.format(n=n, total=total)
                                   for lang, text in ASK.root.items()}),
                 choices=[VoteChoice(s.id, s.text, correct=s.id == step.id) for s in shown])
            for n, step in enumerate(steps, start=1)]
