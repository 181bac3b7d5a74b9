"""The bot's visitor pace: it reads what is shown, decides, and notes the visit."""
from __future__ import annotations

import random

import pytest

from game.autoplay import DECISION_S, Autoplay, words


def wait_until_due(ap: Autoplay, step: float = 0.1) -> float:
    waited = 0.0
    while not ap.due():
        ap.tick(step)
        waited += step
    return waited


def test_a_visitor_reads_a_text_at_200_words_a_minute_once() -> None:
    ap = Autoplay(random.Random(1), pace="visitor")
    wait_until_due(ap)
    ap.shown(" ".join(["mot"] * 50))  # 50 words: 15 s
    waited = wait_until_due(ap)
    assert 15 + DECISION_S * 0.8 <= waited <= 15 + 2 * DECISION_S * 1.2 + 0.2
    ap.shown(" ".join(["mot"] * 50))  # the same text again is not read again
    assert wait_until_due(ap) < 3
    ap.shown("\n".join(["mot"] * 50))  # nor wrapped otherwise (a content review)
    assert wait_until_due(ap) < 3
    ap.shown("Qui s'occupe de la sécurité ?")
    wait_until_due(ap)
    ap.shown("Qui s'occupe de la\nsécurité\u202f?")  # its French spacing set at draw
    assert wait_until_due(ap) < 3


def test_numbers_and_single_letters_are_not_read_and_a_fast_bot_reads_nothing() -> None:
    assert words("12 s — 3/5 postes, l'arc") == 2  # postes, arc
    fast = Autoplay(random.Random(1))
    wait_until_due(fast)
    fast.shown(" ".join(["mot"] * 200))
    assert wait_until_due(fast) < 1


def test_the_visit_runs_from_the_first_tap_to_the_takeaway_card() -> None:
    ap = Autoplay(random.Random(1), pace="visitor")
    ap.tick(5.0)  # the attract screen before anyone taps
    assert ap.due()
    for screen in ("floor", "probe_after", "floor", "takeaway"):
        ap.tick(30.0)
        ap.reach(screen)
    assert ap.report() == {"visit_s": pytest.approx(120.0),
                           "reached": ["floor", "probe_after", "takeaway"],
                           "screens_s": {"floor": 60.0, "probe_after": 30.0}}
    ap.new_game()
    assert ap.report() == {"visit_s": None, "reached": [], "screens_s": {}}
