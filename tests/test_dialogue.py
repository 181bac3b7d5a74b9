"""A role model's dialogue: her lines, then the questions the player may ask."""
from __future__ import annotations

import pytest

from game.dialogue import DialogueWalker
from game.scenario.models import Dialogue


def t(fr: str) -> dict[str, str]:
    return {"fr": fr, "en": fr.upper()}


@pytest.fixture
def dialogue() -> Dialogue:
    return Dialogue.model_validate({
        "lines": [t("salut"), t("je soude"), t("à toi")],
        "questions": [
            {"ask": t("physique ?"), "answer": [t("non"), t("un palan")], "myth": "costaud"},
            {"ask": t("ton parcours ?"), "answer": [t("vendeuse")]},
        ],
    })


def said(w: DialogueWalker) -> str | None:
    return w.line.get("fr") if w.line is not None else None


def test_lines_are_said_in_order_then_the_menu(dialogue):
    w = DialogueWalker(dialogue)
    heard = []
    while not w.in_menu:
        heard.append(said(w))
        w.advance()
    assert heard == ["salut", "je soude", "à toi"]
    assert w.line is None


def test_asking_a_question_plays_its_answer_and_returns_to_the_menu(dialogue):
    w = DialogueWalker(dialogue)
    w.skip()
    assert w.ask(0) == "costaud"  # the answer busts this myth
    assert not w.in_menu
    assert said(w) == "non"
    w.advance()
    assert said(w) == "un palan"
    w.advance()
    assert w.in_menu
    assert w.asked == {0}


def test_a_question_without_myth_busts_nothing(dialogue):
    w = DialogueWalker(dialogue)
    w.skip()
    assert w.ask(1) is None
    assert said(w) == "vendeuse"
    w.advance()
    assert w.in_menu
    assert w.asked == {1}


def test_questions_can_be_asked_again(dialogue):
    w = DialogueWalker(dialogue)
    w.skip()
    w.ask(0)
    w.skip()
    assert w.ask(0) == "costaud"
    assert said(w) == "non"
    assert w.asked == {0}


def test_skip_goes_straight_to_the_menu(dialogue):
    w = DialogueWalker(dialogue)
    w.advance()
    w.skip()
    assert w.in_menu and w.line is None
    w.ask(0)
    w.skip()  # also skips an answer
    assert w.in_menu


def test_questions_cannot_be_asked_while_she_speaks(dialogue):
    w = DialogueWalker(dialogue)
    assert w.ask(0) is None
    assert said(w) == "salut"
    assert w.asked == set()


@pytest.mark.parametrize("i", [-1, 2, 99])
def test_asking_a_question_that_does_not_exist_does_nothing(dialogue, i):
    w = DialogueWalker(dialogue)
    w.skip()
    assert w.ask(i) is None
    assert w.in_menu and w.asked == set()


def test_advancing_in_the_menu_stays_in_the_menu(dialogue):
    w = DialogueWalker(dialogue)
    w.skip()
    w.advance()
    assert w.in_menu


def test_a_dialogue_without_questions_ends_in_an_empty_menu():
    d = Dialogue.model_validate({"lines": [t("bonjour")]})
    w = DialogueWalker(d)
    w.advance()
    assert w.in_menu
    assert w.ask(0) is None
