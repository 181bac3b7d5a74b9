"""Quiz rules: validation messages, selection, scoring, time-out, bot."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from game.tasks import get
from game.tasks.quiz import QuizBot, QuizParams, QuizRules

ROOT = Path(__file__).resolve().parents[2]


def text(fr: str) -> dict[str, str]:
    return {"fr": fr, "en": fr + " (en)"}


def choice(cid: str, correct: bool = False, explain: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": cid, "text": text(cid), "correct": correct}
    if explain:
        out["explain"] = text(explain)
    return out


def single() -> dict[str, Any]:
    return {"id": "masque", "prompt": text("Quel masque ?"),
            "choices": [choice("a", True, "auto"), choice("b"), choice("c")]}


def multiple() -> dict[str, Any]:
    return {"id": "epi", "kind": "multiple", "prompt": text("Quels EPI ?"),
            "choices": [choice("gants", True, "cuir"), choice("tablier", True), choice("tongs"),
                        choice("masque", True)]}


def truefalse() -> dict[str, Any]:
    return {"id": "mythe", "kind": "truefalse", "prompt": text("Il faut être costaud."),
            "answer": False, "explain": text("Non : la technique compte.")}


def params(*questions: dict[str, Any], **extra: Any) -> QuizParams:
    return QuizParams.model_validate({"type": "quiz", "questions": list(questions), **extra})


def rules(*questions: dict[str, Any], seed: int = 1, **extra: Any) -> QuizRules:
    return QuizRules(params(*questions, **extra), random.Random(seed))


def answer(r: QuizRules, *ids: str) -> None:
    for cid in ids:
        r.toggle(cid)
    r.submit()


def error(*questions: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as info:
        params(*questions)
    return str(info.value)


# -- validation -----------------------------------------------------------------------
def test_single_with_two_right_answers_is_explained() -> None:
    q = single()
    q["choices"][1]["correct"] = True
    assert "a single-choice question needs exactly one correct choice; 'masque' has 2" in error(q)


def test_single_needs_two_choices() -> None:
    q = single()
    q["choices"] = q["choices"][:1]
    assert "needs at least two choices; 'masque' has 1" in error(q)


def test_multiple_needs_a_right_answer() -> None:
    q = multiple()
    for c in q["choices"]:
        c["correct"] = False
    message = "a multiple-choice question needs at least one correct choice; 'epi' has none"
    assert message in error(q)


def test_truefalse_needs_answer_and_explain_and_no_choices() -> None:
    q = truefalse()
    del q["answer"]
    assert "a true/false question needs its answer" in error(q)
    q = truefalse()
    del q["explain"]
    assert "a true/false question needs an explain text; 'mythe' has none" in error(q)
    q = truefalse()
    q["choices"] = [choice("a"), choice("b")]
    assert "remove the choices of 'mythe'" in error(q)


def test_answer_belongs_to_truefalse_only() -> None:
    q = single()
    q["answer"] = True
    assert "'answer' is only for true/false questions" in error(q)


def test_ids_must_be_unique() -> None:
    assert "question id 'masque' is used twice" in error(single(), single())
    q = single()
    q["choices"][2]["id"] = "b"
    assert "choice id 'b' is used twice in question 'masque'" in error(q)


def test_a_quiz_needs_a_question_and_known_keys() -> None:
    assert "a quiz needs at least one question" in error()
    q = single()
    q["colour"] = "red"
    assert "colour" in error(q)


# -- choices and selection ------------------------------------------------------------
def test_truefalse_shows_true_then_false() -> None:
    views = rules(truefalse()).choices()
    assert [v.id for v in views] == ["true", "false"]
    assert [v.text.get("fr") for v in views] == ["Vrai", "Faux"]
    assert views[1].text.get("en") == "False"


def test_choices_are_shuffled_once_and_depend_on_the_seed() -> None:
    orders = set()
    for seed in range(20):
        r = rules(multiple(), seed=seed)
        first = [v.id for v in r.choices()]
        assert first == [v.id for v in r.choices()]  # stable while the question is shown
        assert sorted(first) == ["gants", "masque", "tablier", "tongs"]
        orders.add(tuple(first))
    assert len(orders) > 1


def test_single_selection_replaces_and_multiple_toggles() -> None:
    r = rules(single(), multiple())
    assert not r.can_submit
    r.toggle("b")
    r.toggle("a")
    assert r.selected == {"a"}
    r.toggle("nope")
    assert r.selected == {"a"}
    r.submit()
    r.toggle("b")  # ignored once revealed
    assert r.selected == {"a"} and not r.can_submit
    r.next()
    r.toggle("gants")
    r.toggle("tongs")
    r.toggle("tongs")
    assert r.selected == {"gants"}


def test_next_waits_for_the_answer() -> None:
    r = rules(single(), truefalse())
    r.next()
    assert r.index == 0
    answer(r, "a")
    assert r.revealed and r.last_points == 1.0
    r.next()
    assert r.index == 1 and not r.revealed and r.selected == set()
    answer(r, "false")
    r.next()
    assert r.finished and r.result().score == 100


# -- scoring ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("picks", "points"),
    [
        ({"gants", "tablier", "masque"}, 1.0),
        ({"gants", "tablier"}, 2 / 3),
        ({"gants", "tablier", "tongs"}, 1 / 3),
        ({"gants", "tongs"}, 0.0),
        ({"tongs"}, 0.0),  # never below zero
    ],
)
def test_multiple_choice_scores_right_minus_wrong(picks: set[str], points: float) -> None:
    r = rules(multiple())
    answer(r, *sorted(picks))
    assert r.last_points == pytest.approx(points)


def test_single_and_truefalse_are_all_or_nothing() -> None:
    r = rules(single(), truefalse())
    answer(r, "b")
    assert r.last_points == 0.0 and not r.is_correct("b") and r.is_correct("a")
    r.next()
    answer(r, "true")
    assert r.last_points == 0.0 and r.is_correct("false")
    r.next()
    assert r.result().score == 0


def test_score_is_the_mean_over_questions() -> None:
    r = rules(single(), multiple(), truefalse())
    answer(r, "a")
    r.next()
    answer(r, "gants", "tablier")
    r.next()
    answer(r, "true")
    r.next()
    assert r.result().score == round(100 * (1 + 2 / 3 + 0) / 3)


def test_explanations() -> None:
    r = rules(single(), truefalse())
    why = r.explanation("a")
    assert why is not None and why.get("fr") == "auto"
    assert r.explanation("b") is None
    answer(r, "a")
    r.next()
    assert r.explanation("true") == r.current.explain


def test_time_out_scores_unanswered_questions_zero() -> None:
    r = rules(single(), truefalse(), multiple(), time_limit_s=30)
    answer(r, "a")
    r.next()
    r.toggle("false")  # selected but not submitted: does not count
    for _ in range(31 * 60):
        r.update(1 / 60)
    assert r.finished and r.result().timed_out
    assert r.result().score == round(100 / 3)
    r.toggle("true")
    r.submit()
    assert r.result().score == round(100 / 3)


def test_timers_off_never_time_out() -> None:
    r = QuizRules(params(single(), time_limit_s=5), random.Random(0), timers=False)
    r.update(60.0)
    assert not r.finished and r.time_left is None


def test_feedback_and_details() -> None:
    r = rules(single(), multiple(), truefalse())
    answer(r, "a")
    r.next()
    answer(r, "gants", "tongs")
    r.next()
    answer(r, "false")
    r.next()
    result = r.result()
    assert [f.ok for f in result.feedback] == [True, False, True]
    assert result.feedback[0].label.get("fr") == "Quel masque ?"
    assert result.feedback[0].explain is not None and result.feedback[0].explain.get("fr") == "auto"
    assert result.feedback[2].explain is not None
    assert result.details["answers"] == {"masque": ["a"], "epi": ["gants", "tongs"],
                                         "mythe": ["false"]}


# -- bot and registry ------------------------------------------------------------------
def play(skill: float, seed: int) -> int:
    p = params(single(), multiple(), truefalse(), single() | {"id": "q4"})
    r = QuizRules(p, random.Random(seed))
    bot = QuizBot(p, random.Random(seed), skill)
    while not r.finished:
        bot.play(r)
    return r.result().score


def test_bot_skill_one_answers_everything_right() -> None:
    assert all(play(1.0, seed) == 100 for seed in range(10))


def test_bot_is_deterministic_and_errs_at_low_skill() -> None:
    assert [play(0.5, s) for s in range(10)] == [play(0.5, s) for s in range(10)]
    assert max(play(0.0, s) for s in range(10)) < 100
    r = rules(multiple())
    wrong = QuizBot(r.params, random.Random(3), 0.0).choose(r)
    assert wrong and wrong != r.correct_ids()


@pytest.mark.slow
def test_registered_without_pygame() -> None:
    assert get("quiz").rules is QuizRules
    code = "import sys, game.tasks.quiz; assert 'pygame' not in sys.modules, 'pygame imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# -- the debrief says what she chose and what was right, in words (issue 9) ------------------
def debrief_of(*questions: dict[str, Any], picks: list[tuple[str, ...]]) -> list[Any]:
    r = rules(*questions)
    for ids in picks:
        answer(r, *ids)
        r.next()
    return r.feedback()


def test_a_missed_answer_is_said_in_words_next_to_the_right_one() -> None:
    item, = debrief_of(single(), picks=[("b",)])
    assert not item.ok
    assert item.answer.get("fr") == "Ta réponse : « b ». La bonne réponse : « a »."
    assert item.answer.get("en") == "Your answer: “b (en)”. The right answer: “a (en)”."
    assert item.explain.get("fr") == "auto"  # why the right one is right, after the words


def test_a_right_answer_a_true_false_card_and_a_multiple_are_said_too() -> None:
    right, card, several = debrief_of(single(), truefalse(), multiple(),
                                picks=[("a",), ("true",), ("gants", "tongs")])
    assert right.ok and right.answer.get("fr") == "Ta réponse : « a ». C'est juste."
    assert card.answer.get("fr") == "Ta réponse : « Vrai ». La bonne réponse : « Faux »."
    assert card.answer.get("en") == "Your answer: “True”. The right answer: “False”."
    # several right answers: what she chose, then only what was missing and what was wrong
    assert several.answer.get("fr") == ("Tes réponses : « gants », « tongs ». Il manquait : "
                                         "« tablier », « masque ». En trop : « tongs ».")
    assert several.answer.get("en") == ("Your answers: “gants (en)”, “tongs (en)”. Missing: "
                                         "“tablier (en)”, “masque (en)”. Wrong: “tongs (en)”.")


def test_several_right_answers_say_only_what_was_missing_or_wrong() -> None:
    def epi(n: int) -> dict[str, Any]:
        return {**multiple(), "id": f"epi{n}"}

    short, extra, right = debrief_of(epi(1), epi(2), epi(3), picks=[
        ("gants",), ("gants", "tablier", "masque", "tongs"), ("gants", "tablier", "masque")])
    assert short.answer.get("fr") == ("Ta réponse : « gants ». Il manquait : « tablier », "
                                      "« masque ».")
    assert extra.answer.get("fr") == ("Tes réponses : « gants », « tablier », « tongs », "
                                      "« masque ». En trop : « tongs ».")
    assert extra.answer.get("en").endswith("Wrong: “tongs (en)”.")
    assert right.ok and right.answer.get("fr") == ("Tes réponses : « gants », « tablier », "
                                                   "« masque ». C'est juste.")
    assert right.answer.get("en").endswith("That's right.")
    # no right answer is named twice: only hers, then what was missing or wrong
    for item in (short, extra):
        for word in ("gants", "tablier", "masque"):
            assert item.answer.get("fr").count(f"« {word} »") == 1
    r = rules(epi(4))
    r.finish()  # the time ran out before she chose
    none, = r.feedback()
    assert none.answer.get("fr") == ("Pas de réponse. Il manquait : « gants », « tablier », "
                                     "« masque ».")
    assert none.answer.get("en").startswith("No answer. Missing: “gants (en)”")


def test_a_multiple_answer_explains_what_was_missed_or_wrong_not_every_right_one() -> None:
    def epi(n: int) -> dict[str, Any]:
        q = multiple()
        q["choices"][1]["explain"] = text("tablier")
        q["choices"][2]["explain"] = text("Non : les tongs")
        q["choices"][3]["explain"] = text("masque")
        return {**q, "id": f"epi{n}"}

    missed, wrong, right = debrief_of(epi(1), epi(2), epi(3), picks=[
        ("gants", "tablier"), ("gants", "tablier", "masque", "tongs"),
        ("gants", "tablier", "masque")])
    assert missed.explain.get("fr") == "masque"  # the one she missed, not « cuir » too
    assert wrong.explain.get("fr") == "Non : les tongs"
    assert right.explain.get("fr") == "cuir tablier masque"  # all right: every why


def test_a_question_left_unanswered_says_so() -> None:
    r = rules(single(), truefalse())
    answer(r, "a")
    r.next()
    r.finish()  # the time ran out on the second question
    _first, late = r.feedback()
    assert late.answer.get("fr") == "Pas de réponse. La bonne réponse : « Faux »."
