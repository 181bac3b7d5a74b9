"""Projector mode: the trainer plays a station's questions with the class on one screen."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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


@pytest.mark.slow
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


@pytest.mark.slow
def test_a_projector_session_plays_through_as_one_group_with_its_stations(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          capsys) -> None:
    """The class joins as one screen, each station is a step (the dashboard's progress), the
    voted questions are the trainer's tallies (no answers of their own: nothing twice)."""
    from game.classroom import debrief

    stick = tmp_path / "projector.jsonl"
    assert main(["--class", PROJECTOR, "--student", "Projecteur", "--class-file", str(stick),
                 "--headless", "--autoplay", "--data-dir", str(tmp_path / "data")]) == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert "projector_quiz" in line["reached"] and "takeaway" in line["reached"]
    got = journal.read(stick)
    kinds = [r.kind for r in got.records]
    assert kinds[0] == "join" and kinds[-1] == "end" and "tally" in kinds
    asked = {(r.station_id, r.item_id) for r in got.records if isinstance(r, journal.TallyRec)}
    assert ("epi", "mythe-costaud") in asked and ("symboles", "angle") in asked
    steps = {r.station_id: r for r in got.records if isinstance(r, journal.StepRec)}
    assert {"epi", "symboles", "soudure"} <= set(steps)  # the voted ones and the volunteer's
    assert steps["epi"].answers == []  # its questions are the tallies
    d = debrief.build(got.records)
    assert list(d.students) == ["projecteur"]  # one row: the class
    group = d.students["projecteur"]
    assert group.hands >= 6 and group.hands_at["soudure/epi"] >= 6
    epi = d.stations["soudure/epi"]
    assert epi.hands >= 6 and len(epi.scores) == 1
    assert all(q.answered == 0 for q in epi.questions.values())
    phases = {p for m in d.beliefs.values() for p in m}
    assert phases == {"before", "after"}  # the class's hands, both times


def _station_of(h: Any, kind: str) -> tuple[str, str]:
    return next((w.id, s.id) for w in h.ctx.scenario.model.worlds for s in w.stations
                if s.task.type == kind)


def test_a_sort_a_match_and_an_order_are_voted_question_by_question(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.flow import projector_station as for_class

    h = make_app(autoplay=False)
    for kind, items in (("sort", "items"), ("match", "pairs"), ("order", "steps")):
        world, station = _station_of(h, kind)
        params = h.ctx.scenario.model.world(world).station(station).task
        scene = for_class(h.ctx, world, station)
        assert isinstance(scene, ProjectorQuizScene), kind
        asked = scene.questions
        assert len(asked) == len(getattr(params, items)), kind  # one vote per item
        for q in asked:
            assert len(q.correct_ids()) == 1 and len(q.choices) >= 2, (kind, q.id)
        if kind == "sort":
            item = next(i for i in params.items if i.id == asked[0].id)
            right = next(c for c in asked[0].choices if c.correct)
            assert right.id == item.bin and item.text.get("fr") in asked[0].prompt.get("fr")
        if kind == "order":  # the steps are not offered in the answer's order
            assert [c.id for c in asked[0].choices] != [s.id for s in params.steps]
            assert "Étape 1 sur" in asked[0].prompt.get("fr")


def test_a_voted_order_becomes_a_tally_in_the_step_s_words(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from game.flow import projector_station as for_class

    h = make_app(autoplay=False)
    stick = tmp_path / "tally.jsonl"
    open_class(h.ctx, PROJECTOR, "Projecteur", class_file=stick)
    world, station = _station_of(h, "order")
    h.app.transition(Push(for_class(h.ctx, world, station)))
    h.step(2)
    scene = h.app.top
    first = scene.questions[0]
    right = next(c for c in first.choices if c.correct)
    for _ in range(5):
        _tap(h, f"plus:{right.id}")
    _tap(h, "reveal")
    _tap(h, "next")
    rec = next(r for r in journal.read(stick).records if isinstance(r, journal.TallyRec))
    assert rec.station_id == station and rec.counts == {right.text.get("fr"): 5}
    assert rec.right == [right.text.get("fr")]


def test_a_gesture_says_on_screen_why_it_is_not_voted_then_is_played(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.flow import projector_station as for_class
    from game.scenes.projector_note import ProjectorNoteScene
    from game.scenes.task import TaskScene

    h = make_app(autoplay=False)
    for kind in ("trace", "gauge", "spot"):
        world, station = _station_of(h, kind)
        h.app.transition(Push(for_class(h.ctx, world, station)))
        h.step(2)
        note = h.app.top
        assert isinstance(note, ProjectorNoteScene), kind
        said = " ".join(note.spoken())
        assert "Pas de vote à main levée" in said and "au geste" in said and "volontaire" in said
        _tap(h, "play")
        assert isinstance(h.app.top, TaskScene) and h.app.top.station.id == station


def test_the_explanation_names_the_letters_the_answers_carry(make_app) -> None:  # type: ignore[no-untyped-def]
    """A trainer's test: the answers were lettered A, B, C… and their explanations not."""
    from game.scenes.projector import LETTERS

    h = make_app(autoplay=False)
    scene = _scene(h)
    q = scene.question
    _tap(h, "reveal")
    said = "\n".join(scene.spoken())
    right = [(LETTERS[i], c) for i, c in enumerate(q.choices) if c.correct]
    assert len(right) >= 2
    assert f"Les réponses : {', '.join(letter for letter, _ in right)}" in said
    for letter, choice in right:
        assert f"{letter} : {choice.explain.get('fr')}" in said
    while h.app.top is scene:  # to the station's end: the debrief's lines, lettered too
        _tap(h, "reveal" if not scene.revealed else "next")
    feedback = scene.result().feedback[0].explain
    assert feedback is not None and feedback.get("fr").startswith("Les réponses : A, ")
    assert feedback.get("en").startswith("The answers: A, ")


def test_the_trainer_s_words_are_in_vous_in_a_note_of_their_own(make_app) -> None:  # type: ignore[no-untyped-def]
    """A trainer's test: « Lis chaque réponse… compte les mains » was projected to the class."""
    import re

    from game.i18n import tr
    from game.scenes import projector_note  # noqa: F401 - its notes (alone, this test failed)

    h = make_app(autoplay=False)
    scene = _scene(h)
    note = scene.note()
    assert note in scene.spoken() and "Lisez" in note and "comptez" in note
    _tap(h, "reveal")
    assert "Lancez la discussion" in scene.note()
    for key in ("proj_note_count", "proj_note_discuss", "proj_note_gesture",
                "proj_note_too_many", "proj_for_you"):
        fr = tr(key, "fr", n=3, next="Question suivante")
        assert not re.search(r"\b(tu|ton|ta|tes|toi)\b", fr), fr
        assert tr(key, "en", n=3, next="Next question") != fr  # English complete
    for key in ("proj_note_count", "proj_note_discuss", "proj_note_gesture",
                "proj_note_too_many"):
        assert re.search(r"\b\w+ez\b", tr(key, "fr", n=3, next="x")), key  # « Lisez », …
    assert "ta réponse" in tr("proj_hands", "fr")  # the class's own line stays « tu »


def test_questions_and_answers_read_from_the_back_of_a_room(make_app) -> None:  # type: ignore[no-untyped-def]
    """At least a 40 px em at 1920×1080 (size 54) for every shipped voted question and its
    answers while the class votes; after the answer, beside the explanation, 34 px at least."""
    from game.flow import projector_station as for_class
    from game.ui import fonts

    h = make_app(autoplay=False)
    checked = 0
    for world in h.ctx.scenario.model.worlds:
        for station in world.stations:
            scene = for_class(h.ctx, world.id, station.id)
            if not isinstance(scene, ProjectorQuizScene):
                continue
            scene.enter()
            for i in range(len(scene.questions)):
                scene.index, scene.revealed = i, False
                scene.layout()
                where = (world.id, station.id, scene.question.id)
                assert fonts.pixels(scene.prompt_size) >= 40, where
                assert min(fonts.pixels(s) for s in scene.label_sizes()) >= 40, where
                scene.revealed = True
                scene.layout()
                assert min(fonts.pixels(s) for s in scene.label_sizes()) >= 34, where
                checked += 1
    assert checked > 50


def test_the_class_answers_the_before_statements_by_a_show_of_hands(make_app,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """A trainer's test: no « avant » statement was asked on the projector; now each is
    counted (or passed), and the debrief's before/after tables have the class's hands."""
    from game.classroom import debrief
    from game.classroom.play import first_scene
    from game.classroom.session import BELIEFS_TALLY
    from game.scene import Reset
    from game.scenes.floor import FloorScene
    from game.scenes.projector_probe import ProjectorProbeScene

    h = make_app(autoplay=False)
    stick = tmp_path / "beliefs.jsonl"
    open_class(h.ctx, PROJECTOR, "Projecteur", class_file=stick)
    h.app.transition(Reset(first_scene(h.ctx)))
    h.step(2)
    scene = h.app.top
    assert isinstance(scene, ProjectorProbeScene) and scene.phase == "before"
    items = scene.items
    assert len(items) >= 3
    assert "Lisez l'affirmation" in scene.note()  # to the trainer, in « vous »
    for _ in range(5):
        _tap(h, "plus:agree")
    for _ in range(4):
        _tap(h, "plus:disagree")
    _tap(h, "minus:disagree")
    _tap(h, "next")  # counted
    _tap(h, "plus:unsure")
    _tap(h, "skip")  # passed: nothing kept, even with a hand counted
    assert scene.index == 2
    from game.actions import Back

    h.app.dispatch(Back())  # Escape: the way out shown, nothing passed
    assert h.app.top is scene and scene.index == 2 and scene.focus_label() == "Tout passer"
    _tap(h, "skip_all")
    assert isinstance(h.app.top, FloorScene)
    records = [r for r in journal.read(stick).records if isinstance(r, journal.TallyRec)]
    assert [(r.world_id, r.station_id, r.item_id) for r in records] == [
        (BELIEFS_TALLY, "before", items[0].id)]
    assert records[0].counts == {"agree": 5, "disagree": 3}
    d = debrief.build(journal.read(stick).records)
    assert d.beliefs[items[0].id]["before"] == {"agree": 5, "disagree": 3}
    assert not d.questions()  # the statements are not a station's questions
    assert h.ctx.tour is not None and h.ctx.tour.probe_before  # not asked twice


def test_the_debrief_after_a_voted_station_is_drawn_for_the_back_of_a_room(make_app,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    """A trainer's test: the debrief on the projector was a PC's (28 and 22 px)."""
    from game.classroom.play import first_scene
    from game.scenes.debrief import DebriefScene
    from game.scenes.projector_debrief import ProjectorDebriefScene
    from game.ui import fonts

    h = make_app(autoplay=False)
    open_class(h.ctx, PROJECTOR, "Projecteur", class_file=tmp_path / "d.jsonl")
    first_scene(h.ctx)  # the projector's tour
    scene = _scene(h, "symboles")
    while h.app.top is scene:
        if not scene.revealed:
            _tap(h, f"plus:{next(iter(scene.question.correct_ids()))}")
        _tap(h, "next" if scene.revealed else "reveal")
    debrief = h.app.top
    assert isinstance(debrief, ProjectorDebriefScene)
    assert fonts.pixels(debrief.label_size) >= 40
    assert min(fonts.pixels(s) for s in debrief.detail_sizes) >= 34
    assert fonts.pixels(DebriefScene.label_size) < 40  # a PC's stays as it was
    said = debrief.spoken()
    assert said[0] == "Score de la classe : 100"
    assert any(line.startswith("La réponse : ") for line in said)  # lettered, as shown


def test_the_results_and_the_card_speak_to_the_class_as_vous(make_app) -> None:  # type: ignore[no-untyped-def]
    """A trainer's test: « Bravo, tu as terminé ! » projected to thirty students. On the
    projector the results and the take-away card say « vous »; a student's own PC, « tu »."""
    import re
    from datetime import datetime
    from string import Formatter

    from game import context, flow, i18n
    from game.classroom.voice import FORMS
    from game.progress import Tour
    from game.scenes import results, results_minds  # noqa: F401 - the texts of the results
    from game.scenes.takeaway import TakeawayScene

    assert flow.PROJECTOR.id == context.PROJECTOR_ROUTE
    tu = re.compile(r"\b(tu|te|ton|ta|tes|toi|[Tt]ouche|[Ss]canne|[Gg]arde)\b")

    def fields(text: i18n.Text) -> set[str]:
        forms = [text] if isinstance(text, str) else list(text.values())
        return {f for t in forms for _, f, _, _ in Formatter().parse(t) if f}

    for key, entry in FORMS.items():
        base = i18n.STRINGS[key]  # the « vous » form of an existing text, same blanks
        for lang in i18n.LANGUAGES:
            assert fields(entry[lang]) == fields(base[lang]), key
        french = entry["fr"] if isinstance(entry["fr"], str) else " ".join(entry["fr"].values())
        assert not tu.search(french) and re.search(r"\b(vous|votre|vos|\w+ez)\b", french, re.I), key
    h = make_app(autoplay=False)
    model = h.ctx.scenario.model
    h.ctx.tour = Tour(model, [model.worlds[0].id], datetime(2026, 12, 2), route="projector")
    assert h.ctx.tr("results") == "Bravo, vous avez terminé !"
    card = TakeawayScene(h.ctx)
    card.enter()
    said = " ".join(card.spoken())
    assert "Gardez votre carte" in said and "Scannez ce code avec votre téléphone" in said
    assert "Les métiers que vous avez rencontrés" in card.text  # the QR code's text too
    h.ctx.tour = Tour(model, [model.worlds[0].id], datetime(2026, 12, 2),
                      route="class")  # a student on her own PC
    assert h.ctx.tr("results") == "Bravo, tu as terminé !"
    card = TakeawayScene(h.ctx)
    card.enter()
    assert "Garde ta carte" in " ".join(card.spoken())
    assert "Les métiers que j'ai rencontrés" in card.text


def test_the_class_is_spoken_to_as_vous_from_its_first_screen_and_the_next_player_as_tu(
        make_app: Any, tmp_path: Path) -> None:
    """The voice is chosen once, when the game starts (game.context.Context.voice), not looked
    up on every text: a projector session speaks « vous » from its first screen to its card,
    and the player after it, back at the title, hears « tu » again."""
    from game.classroom.play import first_scene
    from game.scene import Reset
    from game.scenes.title import TitleScene

    h = make_app(autoplay=False)
    open_class(h.ctx, PROJECTOR, "Projecteur", class_file=tmp_path / "class.jsonl")
    h.app.transition(Reset(first_scene(h.ctx)))
    h.step(2)
    assert h.ctx.voice == "vous"
    assert h.ctx.tr("results") == "Bravo, vous avez terminé !"
    assert h.ctx.tr("card_title") == "Votre carte métiers"
    assert h.ctx.tr("back") == "Retour"  # a text with one form keeps it
    h.app.transition(Reset(TitleScene(h.ctx)))
    h.step(2)
    assert h.ctx.tour is None and h.ctx.voice == "tu"
    assert h.ctx.tr("results") == "Bravo, tu as terminé !"


def _long_forms(obj: object) -> list[str]:
    """The French long forms (« En savoir plus ») under ``obj``: a scenario model's parts."""
    from pydantic import BaseModel

    from game.scenario.text import LocalText

    if isinstance(obj, LocalText):
        long = obj.long("fr")
        return [long] if long else []
    if isinstance(obj, BaseModel):
        return [t for name in type(obj).model_fields for t in _long_forms(getattr(obj, name))]
    if isinstance(obj, (list, tuple)):
        return [t for item in obj for t in _long_forms(item)]
    if isinstance(obj, dict):
        return [t for item in obj.values() for t in _long_forms(item)]
    return []


def test_every_long_form_the_projector_can_show_speaks_to_the_class_not_to_one_player(
        make_app: Any, tmp_path: Path) -> None:
    """« En savoir plus » on the projector (a role model's words and path, a station's
    explanations and what a pro does, the myths' truths) has no « vous » form of its own: its
    texts are the scenario's. None may say « tu » to the class (« À toi de choisir ma tenue ! »
    was four of them; they now ask without addressing anyone); words quoted inside « » are
    someone's speech and stay. The panel's own words take the class's voice."""
    import re

    from game.scenes.more import MoreScene

    tu = re.compile(r"\b(tu|te|ton|ta|tes|toi)\b|\bt'", re.IGNORECASE)
    h = make_app(autoplay=False)
    model = h.ctx.scenario.model
    shown = [text for world in model.worlds  # a projector session plays any one world
             for text in _long_forms(world.stations) + _long_forms(world.role_models)]
    shown += _long_forms(model.myths)
    assert len(shown) > 100  # the long forms are there to be read
    said = [(text, re.sub(r"«[^»]*»|“[^”]*”", "", text)) for text in shown]
    assert [text for text, unquoted in said if tu.search(unquoted)] == []
    open_class(h.ctx, PROJECTOR, "Projecteur", class_file=tmp_path / "class.jsonl")
    from game.classroom.play import first_scene
    from game.scene import Reset

    h.app.transition(Reset(first_scene(h.ctx)))
    h.step(2)
    panel = MoreScene(h.ctx, [("", shown[0])])
    assert h.ctx.voice == "vous"
    assert not any(tu.search(line) for line in panel.spoken() if line != shown[0])
