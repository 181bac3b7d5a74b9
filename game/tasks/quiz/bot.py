"""Quiz bot: answers right with probability ``skill``, else picks a plausible mistake."""
from __future__ import annotations

from game.tasks.base import Bot
from game.tasks.quiz.params import QuizParams
from game.tasks.quiz.rules import QuizRules


class QuizBot(Bot[QuizParams, QuizRules]):
    def choose(self, rules: QuizRules) -> set[str]:
        """The set of choice ids to select for the current question."""
        right = rules.correct_ids()
        if self.rng.random() < self.skill:
            return set(right)
        ids = [v.id for v in rules.choices()]
        wrong = [i for i in ids if i not in right]
        if rules.current.kind != "multiple":
            return {self.rng.choice(wrong)}
        # A near miss: forget one right answer, or add a wrong one.
        options: list[set[str]] = []
        if len(right) > 1:
            options += [right - {i} for i in sorted(right)]
        options += [right | {i} for i in wrong]
        return self.rng.choice(options)

    def play(self, rules: QuizRules) -> None:
        """Answer the current question: select, submit and move on."""
        if rules.finished:
            return
        if not rules.revealed:
            chosen = self.choose(rules)
            if rules.current.kind == "multiple":
                for choice_id in sorted(rules.selected ^ chosen):
                    rules.toggle(choice_id)
            else:
                rules.toggle(next(iter(chosen)))
            rules.submit()
        rules.next()

    def act(self, rules: QuizRules, dt: float) -> None:
        self.play(rules)
