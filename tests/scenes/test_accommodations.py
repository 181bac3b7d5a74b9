"""A student's accommodations (game.settings.Accommodations): one value the classroom sets,
in force at once, and felt in the real task and dialogue scenes."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from game.scene import Push
from game.scenes.dialogue import DialogueScene
from game.scenes.task import TaskScene
from game.settings import TEXT_SCALES, Accommodations, Settings


def test_accommodations_apply_at_once_and_give_the_settings_back() -> None:
    s = Settings(timers=True, text_scale=1.15, self_voicing=False)
    s.accommodate(Accommodations(more_time=2.0, fewer_choices=True, larger_text=True,
                                 read_aloud=True))
    assert (s.more_time, s.timers, s.fewer_choices, s.text_scale, s.self_voicing) == \
        (2.0, True, True, TEXT_SCALES[-1], True)
    s.accommodate(Accommodations(no_timer=True))  # another student: from the settings before
    assert (s.more_time, s.timers, s.fewer_choices, s.text_scale, s.self_voicing) == \
        (1.0, False, False, 1.15, False)
    s.accommodate(Accommodations())
    assert (s.more_time, s.timers, s.fewer_choices, s.text_scale, s.self_voicing) == \
        (1.0, True, False, 1.15, False)
    assert s.accommodations == Accommodations()


def test_more_time_is_a_factor_from_one_to_three() -> None:
    assert Accommodations(more_time=1.0) == Accommodations()  # x1 is no accommodation
    with pytest.raises(ValidationError):
        Accommodations(more_time=4.0)
    with pytest.raises(ValidationError):
        Accommodations(more_time=0.5)
    with pytest.raises(ValidationError):
        Accommodations(extra_help=True)  # type: ignore[call-arg]


def test_the_context_takes_text_size_and_voice_at_once(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.accommodate(Accommodations(larger_text=True, read_aloud=True))
    assert h.ctx.text.scale == TEXT_SCALES[-1]
    assert h.ctx.speech.enabled


def _task(h, world: str, station: str) -> TaskScene:  # type: ignore[no-untyped-def]
    h.ctx.tour = None
    h.app.transition(Push(TaskScene(h.ctx, world, station)))
    h.step(2)
    top = h.app.top
    assert isinstance(top, TaskScene)
    return top


def _choice_buttons(scene: TaskScene) -> list[str]:
    return [b.id for b in scene.view.buttons.items if b.id.startswith("c:")]


def test_fewer_choices_removes_one_wrong_answer_per_question(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    shown = len(_choice_buttons(_task(h, "soudure", "symboles")))
    h.ctx.accommodate(Accommodations(fewer_choices=True))
    scene = _task(h, "soudure", "symboles")
    rules = scene.rules
    assert len(_choice_buttons(scene)) == shown - 1 == 2
    for question in rules.questions:  # every question: the right answer and one wrong one
        assert len(question.choices) == 2 and sum(c.correct for c in question.choices) == 1
    tf = _task(h, "soudure", "epi").rules.questions  # a true/false card keeps its two answers
    assert [q.kind for q in tf if len(q.choices) == 0] == ["truefalse", "truefalse"]
    assert len(tf[0].choices) == 8  # the multiple-choice question: one wrong fewer out of 9


def test_fewer_choices_in_sort_and_match(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.accommodate(Accommodations(fewer_choices=True))
    sort = _task(h, "maintenance", "preventif").rules.params
    assert len(sort.bins) == 2 and {i.bin for i in sort.items} == {b.id for b in sort.bins}
    match = _task(h, "batteries", "haute-tension").rules.params
    assert len(match.pairs) == 6
    h.ctx.accommodate(Accommodations())
    assert len(_task(h, "batteries", "haute-tension").rules.params.pairs) == 7


def test_more_time_and_no_timer_reach_the_task(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    station = next(s for s in h.ctx.scenario.model.world("soudure").stations
                   if s.task.time_limit_s)
    limit = station.task.time_limit_s
    h.ctx.accommodate(Accommodations(more_time=1.5))
    assert _task(h, "soudure", station.id).rules.time_limit == pytest.approx(limit * 1.5)
    h.ctx.accommodate(Accommodations(no_timer=True))
    assert _task(h, "soudure", station.id).rules.time_limit is None


def test_fewer_choices_offers_her_questions_two_at_a_time(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.accommodate(Accommodations(fewer_choices=True))
    scene = DialogueScene(h.ctx, "soudure", "epi")  # three questions she may be asked
    h.app.transition(Push(scene))
    scene.walker.skip()
    scene.layout()
    asks = [b.id for b in scene.buttons.items if b.id.startswith("ask:")]
    assert asks == ["ask:0", "ask:1"]
    scene.on_button(scene.buttons.get("ask:0"))  # type: ignore[arg-type]
    scene.walker.skip()
    scene.layout()
    assert [b.id for b in scene.buttons.items if b.id.startswith("ask:")] == ["ask:1", "ask:2"]
