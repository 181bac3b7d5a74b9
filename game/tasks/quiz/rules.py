"""Quiz rules: select, submit, see why, go on; scored per question."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Literal

from game.i18n import LANGUAGES, define, local, tr
from game.scenario.text import LocalText
from game.tasks.base import Feedback, TaskRules
from game.tasks.quiz.params import Question, QuizParams

define({
    "quiz.true": {"fr": "Vrai", "en": "True"},
    "quiz.false": {"fr": "Faux", "en": "False"},
    # the debrief says what she chose and what was right, in words (issue 9)
    "quiz.chose_right": {"fr": "Ta réponse : {chosen}. C'est juste.",
                         "en": "Your answer: {chosen}. That's right."},
    "quiz.chose_wrong": {"fr": "Ta réponse : {chosen}. La bonne réponse : {right}.",
                         "en": "Your answer: {chosen}. The right answer: {right}."},
    # several right answers: what she chose, then only what was missing and what was wrong
    "quiz.chose_many": {"fr": {"one": "Ta réponse : {chosen}.",
                               "other": "Tes réponses : {chosen}."},
                        "en": {"one": "Your answer: {chosen}.",
                               "other": "Your answers: {chosen}."}},
    "quiz.no_answer": {"fr": "Pas de réponse.", "en": "No answer."},
    "quiz.missing": {"fr": "Il manquait : {ids}.", "en": "Missing: {ids}."},
    "quiz.extra": {"fr": "En trop : {ids}.", "en": "Wrong: {ids}."},
    "quiz.all_right": {"fr": "C'est juste.", "en": "That's right."},
    "quiz.chose_none": {"fr": "Pas de réponse. La bonne réponse : {right}.",
                        "en": "No answer. The right answer: {right}."},
    "quiz.quoted": {"fr": "« {text} »", "en": "“{text}”"},
})
TRUE_TEXT = local("quiz.true")
#: after the answer, each choice is one of: chosen and right, chosen and wrong, right but not
#: chosen (missed), or rightly left out
ChoiceState = Literal["chosen_right", "chosen_wrong", "missed", "left"]
FALSE_TEXT = local("quiz.false")


@dataclass(frozen=True)
class ChoiceView:
    """A choice as shown to the player (true/false cards get "true"/"false")."""

    id: str
    text: LocalText
    image: str | None = None


def points_for(question: Question, chosen: set[str]) -> float:
    """0..1: single and true/false all or nothing; multiple (right − wrong) / rights, ≥ 0."""
    right = question.correct_ids()
    if question.kind != "multiple":
        return 1.0 if chosen == right else 0.0
    hits = len(chosen & right)
    misses = len(chosen - right)
    return max(0.0, (hits - misses) / len(right))


class QuizRules(TaskRules[QuizParams]):
    """Questions one at a time: ``toggle`` choices, ``submit``, read, ``next``."""

    def __init__(self, params: QuizParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        self.questions: list[Question] = list(params.questions)
        self.index = 0
        self.selected: set[str] = set()
        self.revealed = False
        self.last_points = 0.0
        self.answers: dict[str, set[str]] = {}
        self.points: dict[str, float] = {}
        self._views = [self._display_order(q) for q in self.questions]

    def _display_order(self, question: Question) -> list[ChoiceView]:
        if question.kind == "truefalse":
            return [ChoiceView("true", TRUE_TEXT), ChoiceView("false", FALSE_TEXT)]
        views = [ChoiceView(c.id, c.text, c.image) for c in question.choices]
        self.rng.shuffle(views)
        return views

    @property
    def reading(self) -> bool:
        """The answer's explanation is shown: the timer stops."""
        return self.revealed

    @property
    def current(self) -> Question:
        return self.questions[self.index]

    def choices(self) -> list[ChoiceView]:
        """The current question's choices in display order (shuffled once)."""
        return list(self._views[self.index])

    def toggle(self, choice_id: str) -> None:
        """Pick a choice: replaces the selection, or toggles it for a multiple choice."""
        if self.revealed or self.finished:
            return
        if choice_id not in {v.id for v in self._views[self.index]}:
            return
        if self.current.kind != "multiple":
            self.selected = {choice_id}
        elif choice_id in self.selected:
            self.selected.discard(choice_id)
        else:
            self.selected.add(choice_id)

    @property
    def can_submit(self) -> bool:
        return bool(self.selected) and not self.revealed and not self.finished

    def submit(self) -> None:
        """Score the current question and reveal the answers."""
        if not self.can_submit:
            return
        question = self.current
        self.answers[question.id] = set(self.selected)
        self.last_points = points_for(question, self.selected)
        self.points[question.id] = self.last_points
        self.revealed = True

    def is_correct(self, choice_id: str) -> bool:
        return choice_id in self.current.correct_ids()

    def correct_ids(self) -> set[str]:
        """The right answer to the current question."""
        return self.current.correct_ids()

    def state(self, choice_id: str) -> ChoiceState | None:
        """What the answer says of this choice once revealed (None before): a missed right
        answer is not a chosen one, so it is never shown with the chosen one's tick."""
        if not self.revealed:
            return None
        right, chosen = self.is_correct(choice_id), choice_id in self.selected
        if chosen:
            return "chosen_right" if right else "chosen_wrong"
        return "missed" if right else "left"

    def first_to_explain(self) -> str:
        """The choice whose why is shown first after the answer: a wrong pick, else a missed
        right answer, else the first pick (in the order the choices are shown)."""
        ids = [v.id for v in self._views[self.index]]
        for wanted in ("chosen_wrong", "missed", "chosen_right"):
            for cid in ids:
                if self.state(cid) == wanted:
                    return cid
        return ids[0]

    def explanation(self, choice_id: str) -> LocalText | None:
        """Why this choice is right or wrong (the question's text for a true/false card)."""
        question = self.current
        if question.kind == "truefalse":
            return question.explain
        for choice in question.choices:
            if choice.id == choice_id:
                return choice.explain
        return None

    @property
    def is_last(self) -> bool:
        return self.index == len(self.questions) - 1

    def next(self) -> None:
        """After the reveal: the next question, or the end of the quiz."""
        if not self.revealed or self.finished:
            return
        if self.is_last:
            self.finish()
            return
        self.index += 1
        self.selected = set()
        self.revealed = False

    def score(self) -> float:
        return 100.0 * sum(self.points.values()) / len(self.questions)

    def feedback(self) -> list[Feedback]:
        items = []
        for q in self.questions:
            chosen = self.answers.get(q.id, set())
            ok = self.points.get(q.id, 0.0) >= 1.0
            whys = [c.explain for c in q.choices if c.correct and c.explain is not None]
            if q.kind == "multiple" and not ok:
                # why of what she missed or chose wrongly, not every right answer's « Oui ! »
                # (five of them made a wall of text under « Il manquait : … »)
                whys = [c.explain for c in q.choices if c.explain is not None
                        and c.correct != (c.id in chosen)] or whys
            explain = q.explain or (LocalText.joined(*whys) if whys else None)
            items.append(Feedback(q.prompt, ok, explain, said_answer(q, chosen, ok)))
        return items

    def details(self) -> dict[str, Any]:
        return {
            "answers": {q.id: sorted(self.answers.get(q.id, ())) for q in self.questions},
            "points": {q.id: self.points.get(q.id, 0.0) for q in self.questions},
        }


def said_answer(question: Question, chosen: set[str], ok: bool) -> LocalText:
    """« Ta réponse : « Le coton ». La bonne réponse : « Le cuir ». », in every language.

    A question with several right answers says what she chose, then only what was missing
    (« Il manquait : … ») and what she should not have chosen (« En trop : … »): repeating every
    right answer made the line long.
    """
    texts = {"true": TRUE_TEXT, "false": FALSE_TEXT} if question.kind == "truefalse" else \
        {c.id: c.text for c in question.choices}
    order = [c.id for c in question.choices] or ["true", "false"]
    right = [i for i in order if i in question.correct_ids()]
    mine = [i for i in order if i in chosen]
    several = question.kind == "multiple" and (len(right) > 1 or len(mine) > 1)

    def quoted(lang: str, ids: list[str]) -> str:
        return ", ".join(tr("quiz.quoted", lang, text=texts[i].get(lang)) for i in ids)

    def several_said(lang: str) -> str:
        missing = [i for i in right if i not in mine]
        extra = [i for i in mine if i not in right]
        parts = [tr("quiz.chose_many", lang, n=len(mine), chosen=quoted(lang, mine)) if mine
                 else tr("quiz.no_answer", lang)]
        if missing:
            parts.append(tr("quiz.missing", lang, ids=quoted(lang, missing)))
        if extra:
            parts.append(tr("quiz.extra", lang, ids=quoted(lang, extra)))
        if not missing and not extra:
            parts.append(tr("quiz.all_right", lang))
        return " ".join(parts)

    def said(lang: str) -> str:
        if several:
            return several_said(lang)
        if not mine:
            return tr("quiz.chose_none", lang, right=quoted(lang, right))
        if ok:
            return tr("quiz.chose_right", lang, chosen=quoted(lang, mine))
        return tr("quiz.chose_wrong", lang, chosen=quoted(lang, mine), right=quoted(lang, right))

    return LocalText({lang: said(lang) for lang in LANGUAGES})
