"""A quiz debrief says, in words, what the player chose and what was right: a red cross
beside « Oui ! … » alone reads as if her answer were the right one."""
from __future__ import annotations

import random
from typing import Any

import pytest

from game.scene import Push
from game.scenes.debrief import DebriefScene
from game.tasks.quiz import QuizRules


def missed_quiz(h: Any) -> tuple[Any, Any, Any]:
    """The first quiz station, every question answered with a wrong choice."""
    for world in h.ctx.scenario.model.worlds:
        for station in world.stations:
            if station.task.type == "quiz" and any(q.kind == "single"
                                                   for q in station.task.questions):
                rules = QuizRules(station.task, random.Random(1))
                while not rules.finished:
                    q = rules.current
                    wrong = [v.id for v in rules.choices() if v.id not in q.correct_ids()]
                    rules.toggle(wrong[0])
                    rules.submit()
                    rules.next()
                return world, station, rules.finish()
    raise AssertionError("the scenario has no quiz")


@pytest.mark.parametrize("lang, said, right", [("fr", "Ta réponse : « ", "La bonne réponse"),
                                               ("en", "Your answer: “", "The right answer")])
def test_a_missed_answer_is_said_beside_the_right_one(make_app, lang: str, said: str,
                                                      right: str) -> None:
    h = make_app("--lang", lang, autoplay=False)
    world, station, result = missed_quiz(h)
    shown: list[str] = []
    h.ctx.text.seen = shown.append  # every text the screen sets, in order
    scene = DebriefScene(h.ctx, world.id, station.id, result, 20.0)
    h.app.transition(Push(scene))
    h.app.draw()
    q = next(q for q in station.task.questions if q.kind == "single")
    wrong = next(c for c in q.choices if c.id in result.details["answers"][q.id])
    good = next(c for c in q.choices if c.correct)
    words = f"{said}{wrong.text.get(lang)}"
    line = next(s for s in shown if s.startswith(words))
    assert right in line and good.text.get(lang) in line
    assert shown[shown.index(line) - 1] == q.prompt.get(lang)  # right under the question
    assert line in scene.spoken()  # and read aloud too


@pytest.mark.parametrize("lang, missing", [("fr", "Il manquait : "), ("en", "Missing: ")])
def test_several_right_answers_name_only_what_was_missing(make_app, lang: str,
                                                          missing: str) -> None:
    """A multiple-answer question missed by one choice names that choice, not every right one."""
    h = make_app("--lang", lang, autoplay=False)
    world, station, q = next((w, s, q) for w in h.ctx.scenario.model.worlds for s in w.stations
                             if s.task.type == "quiz" for q in s.task.questions
                             if q.kind == "multiple" and len(q.correct_ids()) > 2)
    rules = QuizRules(station.task, random.Random(1))
    while not rules.finished:
        here = rules.current
        right = [c.id for c in here.choices if c.id in here.correct_ids()]
        for cid in (right[1:] if here.id == q.id else right) or ["true" if here.answer else
                                                                  "false"]:
            rules.toggle(cid)
        rules.submit()
        rules.next()
    scene = DebriefScene(h.ctx, world.id, station.id, rules.finish(), 20.0)
    h.app.transition(Push(scene))
    h.app.draw()
    forgotten = next(c for c in q.choices if c.correct).text.get(lang)
    line = next(s for s in scene.spoken() if missing in s)
    assert line.endswith(f"{missing}{h.ctx.tr('quiz.quoted', text=forgotten)}.")
    others = [c.text.get(lang) for c in q.choices if c.correct][1:]
    assert all(line.count(text) == 1 for text in others)  # hers, not repeated as the right ones


def test_what_she_chose_and_why_read_at_the_body_size_unless_it_takes_a_page_more(
        make_app) -> None:  # type: ignore[no-untyped-def]
    """A playtest found the debrief's explanations small (22 px, 16 px at 1366x768): they
    read at the body size (28 px) when that adds no page, and stay small otherwise."""
    from game import flow
    from game.scenario.text import LocalText
    from game.scenes.debrief import LIST, DebriefScene
    from game.tasks.base import Feedback, TaskResult
    from game.ui import theme

    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    station = h.ctx.scenario.model.world("soudure").station("epi")
    choices = station.task.questions[0].choices
    few = TaskResult(60, 2, tuple(Feedback(c.text, True, c.explain) for c in choices[:3]))
    debrief = DebriefScene(h.ctx, "soudure", "epi", few, 20.0)
    t, width = h.ctx.text, LIST.w - 110
    explain = debrief.pages[0][0][2]
    assert len(debrief.pages) == 1 and explain is not None
    assert explain.get_height() == t.height(choices[0].explain.get("fr"), theme.TEXT_BODY, width)
    why = LocalText({"fr": " ".join(["Une explication assez longue pour deux lignes."] * 3),
                     "en": "why"})
    many = TaskResult(60, 2, tuple(Feedback(c.text, True, why) for c in choices * 2))
    crowded = DebriefScene(h.ctx, "soudure", "epi", many, 20.0)
    small = crowded._paginate(theme.TEXT_SMALL)
    assert len(crowded._paginate(theme.TEXT_BODY)) > len(small)
    assert len(crowded.pages) == len(small)  # no page more for a larger size


@pytest.mark.parametrize("lang, joined", [("fr", " : "), ("en", ": ")])
def test_the_spot_figures_legend_is_labelled_in_the_languages_own_way(make_app, lang: str,
                                                                      joined: str) -> None:  # type: ignore[no-untyped-def]
    import pygame

    from game.tasks.spot import figure, view  # noqa: F401 - view declares the legend's words

    h = make_app("--lang", lang, autoplay=False)
    said: list[str] = []
    h.ctx.text.seen = said.append
    figure._legend(h.ctx, pygame.Surface((600, 400)), pygame.Rect(0, 0, 600, 400),
                   {"found": [1, 2], "missed": [3], "wrong_taps": 0})
    found = h.ctx.tr("spot_legend_found")
    assert f"{found}{joined}2" in said
