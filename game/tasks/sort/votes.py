"""Projector mode: each item of a sort is a question — which bin? (game.tasks.votes)."""
from __future__ import annotations

import random

from game.scenario.text import LocalText
from game.tasks.sort.params import SortParams
from game.tasks.votes import Vote, VoteChoice, worded

ASK = LocalText.of("Où range-t-on « {item} » ?", "Where does “{item}” go?")


def votes(params: SortParams, rng: random.Random) -> list[Vote]:
    items = list(params.items)
    rng.shuffle(items)  # as the task itself deals them
    return [Vote(id=item.id, prompt=worded(ASK, item=item.text), image=item.image,
                 explain=item.explain,
                 choices=[VoteChoice(b.id, b.label, correct=b.id == item.bin)
                          for b in params.bins])
            for item in items]
