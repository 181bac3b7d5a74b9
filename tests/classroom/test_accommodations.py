"""A student's accommodations, felt in the real scenes: the timer, the text, the voice."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game.classroom.code import CodeContent, encode
from game.classroom.play import first_scene, open_class
from game.classroom.spec import SessionSpec, StudentAccommodations
from game.scene import Push, Reset
from game.scenes.task import TaskScene

TIMED = encode(CodeContent(world=1, route="world", timers=True))


def _student(h: Any, name: str, **acc: Any) -> None:
    spec = SessionSpec(code=TIMED, world=1, timers=True,
                       accommodations=StudentAccommodations(**acc))
    open_class(h.ctx, TIMED, name, spec=spec)
    h.app.transition(Reset(first_scene(h.ctx)))
    h.step(2)


def _task(h: Any, station: str = "epi") -> TaskScene:
    h.app.transition(Push(TaskScene(h.ctx, "soudure", station)))
    h.step(2)
    assert isinstance(h.app.top, TaskScene)
    return h.app.top


def test_twice_the_time_gives_twice_the_timer(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _student(h, "Léa")
    normal = _task(h).rules.time_limit
    assert normal is not None
    _student(h, "Noé", more_time=2.0)
    assert _task(h).rules.time_limit == 2 * normal
    _student(h, "Inès", more_time=1.5)
    assert _task(h).rules.time_limit == 1.5 * normal
    _student(h, "Sam", no_timer=True)
    assert _task(h).rules.time_limit is None  # no clock at all
    _student(h, "Jade")  # the next student on this PC: her own settings, not Sam's
    assert _task(h).rules.time_limit == normal


def test_larger_text_is_larger_on_screen(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _student(h, "Léa")
    prompt = h.ctx.scenario.model.world("soudure").station("epi").task.prompt.get("fr")
    before = h.ctx.text.render(prompt, 38, (0, 0, 0)).get_height()
    _student(h, "Noé", larger_text=True)
    after = h.ctx.text.render(prompt, 38, (0, 0, 0)).get_height()
    assert after >= 1.2 * before


def test_read_aloud_turns_the_game_s_voice_on(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "said.tsv"
    h = make_app("--speech-log", str(log), autoplay=False)
    h.ctx.settings.self_voicing = False  # the PC's own setting: silent
    h.ctx.apply_settings()
    _student(h, "Léa")
    _task(h)
    assert not log.exists() or log.read_text(encoding="utf-8") == ""
    _student(h, "Noé", read_aloud=True)
    task = _task(h)
    h.step(5)
    said = log.read_text(encoding="utf-8")
    assert task.station.title.get("fr") in said  # the screen is read to her


@pytest.mark.slow
def test_after_the_card_the_pc_gives_its_own_settings_back(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app()  # the bot plays the session to its end
    spec = SessionSpec(code=TIMED, world=1, timers=True, stations=["epi"],
                       accommodations=StudentAccommodations(larger_text=True, more_time=2.0))
    open_class(h.ctx, TIMED, "Léa", spec=spec)
    h.app.transition(Reset(first_scene(h.ctx)))
    assert h.ctx.text.scale > 1.0
    h.until(lambda: h.ctx.autoplay.done, limit_s=600)
    assert h.ctx.text.scale == 1.0 and h.ctx.settings.more_time == 1.0


def _choices(task: TaskScene) -> int:
    return len([b for b in task.view.buttons.items if b.id.startswith("c:")])


def test_fewer_choices_shows_one_option_less(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _student(h, "Léa")
    shown = _choices(_task(h, "symboles"))
    _student(h, "Noé", fewer_choices=True)
    assert _choices(_task(h, "symboles")) == shown - 1
