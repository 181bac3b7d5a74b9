"""Her face: she blinks every few seconds, moves her lips while her words appear, smiles
when she answers or ends, listens while the player chooses; under reduced motion no blink
and no lips, the expression stays."""
from __future__ import annotations

import itertools
import random

from game.face import BLINK_GAP_S, BLINK_S, Face, mood_of


def frames(face: Face, seconds: float, talking: bool = False, reduced: bool = False,
           mood: str = "calm") -> list[str | None]:
    return [face.frame(i / 100, mood, talking, reduced)  # type: ignore[arg-type]
            for i in range(round(seconds * 100))]


def test_she_blinks_every_few_seconds_briefly() -> None:
    shown = frames(Face(random.Random(1)), 30)
    starts = [i for i in range(1, len(shown)) if shown[i] == "blink" != shown[i - 1]]
    assert 30 / BLINK_GAP_S[1] - 1 <= len(starts) <= 30 / BLINK_GAP_S[0] + 1
    gaps = [(b - a) / 100 for a, b in itertools.pairwise(starts)]
    assert all(BLINK_GAP_S[0] <= g <= BLINK_GAP_S[1] + BLINK_S + 0.02 for g in gaps)
    assert shown.count("blink") / 100 <= len(starts) * (BLINK_S + 0.02)


def test_her_lips_move_while_she_talks_and_her_expression_follows_her_words() -> None:
    talking = frames(Face(random.Random(2)), 2, talking=True)
    assert {"talk", None} <= set(talking)
    assert mood_of(in_menu=True, answering=False, last_line=False) == "listen"
    assert mood_of(in_menu=False, answering=True, last_line=False) == "smile"
    assert mood_of(in_menu=False, answering=False, last_line=True) == "smile"
    assert mood_of(in_menu=False, answering=False, last_line=False) == "calm"
    assert set(frames(Face(random.Random(3)), 10, mood="listen")) == {"listen", "blink"}


def test_reduced_motion_no_blink_no_lips_but_the_expression_stays() -> None:
    face = Face(random.Random(4))
    assert set(frames(face, 20, talking=True, reduced=True, mood="smile")) == {"smile"}
    assert face.next_change(3.0, talking=False, reduced=True) is None


def test_the_screen_is_drawn_again_just_in_time_for_the_next_blink() -> None:
    face = Face(random.Random(5))
    wait = face.next_change(0.0, talking=False, reduced=False)
    assert wait is not None and BLINK_GAP_S[0] <= wait <= BLINK_GAP_S[1]
    assert face.frame(wait, "calm", False, False) == "blink"
    assert face.frame(wait - 0.01, "calm", False, False) is None
