"""Projector mode: each left item of a match is a question — what goes with it?
(game.tasks.votes). Pairs whose sides are pictures only cannot be read out: none then."""
from __future__ import annotations

import random

from game.scenario.text import LocalText
from game.tasks.match.params import MatchParams
from game.tasks.votes import MAX_CHOICES, Vote, VoteChoice, worded

ASK = LocalText.of("« {left} » va avec…", "“{left}” goes with…")
PICTURE_ASK = LocalText.of("Ce qui est montré va avec…", "What is shown goes with…")


def votes(params: MatchParams, rng: random.Random) -> list[Vote]:
    pairs = list(params.pairs)
    if any(p.right.text is None for p in pairs) or len(pairs) > MAX_CHOICES:
        return []  # answers that are pictures: the class cannot say which by a letter
    rights = list(pairs)
    rng.shuffle(rights)
    rng.shuffle(pairs)
    out = []
    for pair in pairs:
        left = pair.left.text
        out.append(Vote(
            id=pair.id, image=pair.left.image, explain=pair.explain,
            prompt=worded(ASK, left=left) if left is not None else PICTURE_ASK,
            choices=[VoteChoice(r.id, r.right.text, correct=r.id == pair.id)
                     for r in rights if r.right.text is not None]))
    return out
