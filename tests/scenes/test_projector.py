"""Projector mode: the trainer plays a station's questions with the class on one screen."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.classroom import journal
from game.classroom.code import CodeContent, encode
from game.classroom.play import open_class
from game.cli import main
from game.scene import Push
from game.scenes.projector import ProjectorQuizScene

PROJECTOR = encode(CodeContent(world=1, route="projector", timers=False))


def _scene(h: Any, station: str = "epi") -> ProjectorQuizScene:
    h.app.transition(Push(ProjectorQuizScene(h.ctx, "soudure", station)))
    h.step(2)
    scene = h.app.top
    assert isinstance(scene, ProjectorQuizScene)
    return scene


def _tap(h: Any, button: str) -> None:
    h.act(*h.app.top.buttons.tap(button))
    h.step(2)


def test_a_question_stays_up_until_the_trainer_shows_the_answer(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    scene = _scene(h)
    first = scene.question
    h.step(60 * 120)  # two minutes of talk: no timer runs out, nothing moves on
    assert h.app.top is scene and scene.question is first and not scene.revealed
    why = first.choices[0].explain.get("fr")
    assert not any(why in line for line in scene.spoken())  # the answer is not shown yet
    _tap(h, "reveal")
    assert any(why in line for line in scene.spoken())
    assert first.discuss is not None and first.discuss.get("fr") in scene.spoken()


def test_without_its_own_question_to_discuss_a_general_one_is_asked(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    scene = _scene(h, "symboles")
    assert scene.question.discuss is None
    _tap(h, "reveal")
    assert "Qui avait choisi une autre réponse ? Qu'est-ce qui t'a fait hésiter ?" in \
        scene.spoken()


def test_the_hands_counted_become_a_tally_of_the_session(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    stick = tmp_path / "tally.jsonl"
    open_class(h.ctx, PROJECTOR, "Projecteur", class_file=stick)
    scene = _scene(h)
    question = scene.question
    right, wrong = question.choices[0], question.choices[-1]
    for _ in range(12):
        _tap(h, f"plus:{right.id}")
    for _ in range(4):
        _tap(h, f"plus:{wrong.id}")
    _tap(h, f"minus:{wrong.id}")
    _tap(h, "reveal")
    _tap(h, "next")
    assert scene.question is not question  # the next question is up
    tally = [r for r in journal.read(stick).records if r.kind == "tally"]
    assert len(tally) == 1
    rec = tally[0]
    assert isinstance(rec, journal.TallyRec)
    assert rec.item_id == question.id and rec.prompt == question.prompt.get("fr")
    assert rec.counts == {right.text.get("fr"): 12, wrong.text.get("fr"): 3}  # in words
    assert right.text.get("fr") in rec.right and wrong.text.get("fr") not in rec.right


def test_a_projector_session_plays_through_and_keeps_only_the_class_tallies(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          capsys) -> None:
    stick = tmp_path / "projector.jsonl"
    assert main(["--class", PROJECTOR, "--student", "Projecteur", "--class-file", str(stick),
                 "--headless", "--autoplay", "--data-dir", str(tmp_path / "data")]) == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert "projector_quiz" in line["reached"] and "takeaway" in line["reached"]
    got = journal.read(stick)
    assert got.records and {r.kind for r in got.records} == {"tally"}  # no student joined
    asked = {(r.station_id, r.item_id) for r in got.records}  # type: ignore[union-attr]
    assert ("epi", "mythe-costaud") in asked and ("symboles", "angle") in asked
