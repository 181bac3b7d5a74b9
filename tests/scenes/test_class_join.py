"""« J'ai un code » on the title screen: the code, the name, the hub found (or not), offline."""
from __future__ import annotations

from typing import Any

import pygame
import pytest

from game.actions import Key
from game.classroom.code import CodeContent, encode
from game.classroom.discover import find, save_address, saved_address
from game.classroom.play import ClassProblem, open_class
from game.scene import Push
from game.scenes.class_code import ClassCodeScene
from game.scenes.class_join import ClassJoinScene, ClassNameScene
from game.scenes.title import TitleScene

CODE = encode(CodeContent(world=1, route="world", timers=False))


def _tap(h: Any, button: str) -> None:
    h.act(*h.app.top.buttons.tap(button))
    h.step(2)


def _type(h: Any, text: str) -> None:
    for ch in text:
        h.act(Key(key=ord(ch.lower()) if ch.isascii() else 0, text=ch))
    h.step()


def _labels(scene: Any) -> set[str]:
    return {b.label for b in scene.buttons.items}


def test_the_title_offers_a_code_on_a_pc_but_not_on_a_kiosk(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    assert isinstance(h.app.top, TitleScene)
    assert "J'ai un code" in _labels(h.app.top)
    h.ctx.settings.kiosk = True
    h.app.top.layout()
    assert "J'ai un code" not in _labels(h.app.top)


def test_a_wrong_code_is_said_and_a_right_one_asks_for_the_name(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _tap(h, "class_code")
    scene = h.app.top
    assert isinstance(scene, ClassCodeScene)
    _type(h, "ajo")  # O is not in a code: said at once, and not typed
    assert scene.value == "AJ" and "pas de O" in (scene.problem or "")
    _tap(h, "ok")
    assert "6 lettres" in (scene.problem or "") and h.app.top is scene
    for letter in CODE[2:]:  # the on-screen keys
        _tap(h, f"key:{letter}")
    assert scene.value == CODE
    _tap(h, "ok")
    assert isinstance(h.app.top, ClassNameScene)


def test_a_code_for_another_game_is_refused_in_words(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.app.transition(Push(ClassCodeScene(h.ctx)))
    _type(h, encode(CodeContent(world=40, route="world", timers=False)))
    _tap(h, "ok")
    assert "formateur" in (h.app.top.problem or "")


def test_the_name_is_required_and_filtered(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.app.transition(Push(ClassNameScene(h.ctx, CODE, offline=True)))
    scene = h.app.top
    assert "skip" not in {b.id for b in scene.buttons.items}
    _tap(h, "ok")
    assert scene.refused and h.app.top is scene
    _type(h, "CONNARD")
    _tap(h, "ok")
    assert scene.refused and scene.refused_key == "class_name_refused"
    for _ in range(7):
        _tap(h, "del")
    _type(h, "Léa")
    _tap(h, "ok")
    assert isinstance(h.app.top, ClassJoinScene)


def test_offline_from_the_title_says_where_the_results_are_and_plays(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.app.transition(Push(ClassJoinScene(h.ctx, CODE, "Léa", offline=True)))
    scene = h.app.top
    path = str(h.ctx.settings.data_path / "classroom" / f"{CODE}.jsonl")
    assert path in scene.spoken()  # the file to give the trainer is named on screen
    _tap(h, "start")
    assert h.ctx.classroom is not None and h.ctx.classroom.session.offline
    assert h.ctx.tour is not None and h.ctx.tour.route == "class"
    assert h.app.top.name in ("ProbeScene", "FloorScene")


def test_the_hub_is_found_at_the_address_typed_once_then_kept(make_app, fake_hub,  # type: ignore[no-untyped-def]
                                                              tmp_path) -> None:
    hub = fake_hub(code=CODE, world=1, stations=["epi"], title="2nde MSPC")
    h = make_app(autoplay=False)
    join = ClassJoinScene(h.ctx, CODE, "Léa")
    h.app.transition(Push(join))
    join.search = None
    join.state = "not_found"  # nothing on the LAN of the test machine
    join.layout()
    _tap(h, "address")
    _type(h, hub.url.removeprefix("http://"))
    h.act(Key(key=pygame.K_RETURN))
    h.until(lambda: h.ctx.classroom is not None, limit_s=20)
    assert h.ctx.classroom.spec.title == "2nde MSPC"  # the hub's session, not the code alone
    assert h.ctx.tour.stations == [("soudure", "epi")]
    assert saved_address(h.ctx.settings.data_path) == hub.url
    h.ctx.classroom.session.stop()


def test_among_several_hubs_the_one_that_knows_the_code(fake_hub, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = fake_hub(code=encode(CodeContent(world=2, route="world", timers=False)))
    ours = fake_hub(code=CODE, world=1)
    found = find(CODE, "Léa", ["http://127.0.0.1:9", other.url, ours.url])
    assert found is not None and found[0] == ours.url
    save_address(tmp_path, "10.0.0.2:8765")
    assert saved_address(tmp_path) == "http://10.0.0.2:8765"


def test_a_closed_session_is_said_closed_not_missing(make_app, fake_hub) -> None:  # type: ignore[no-untyped-def]
    hub = fake_hub(code=CODE, world=1)
    hub.closed = True  # the trainer ended it
    h = make_app(autoplay=False)
    join = ClassJoinScene(h.ctx, CODE, "Léa")
    h.app.transition(Push(join))
    join.search = None
    join.state = "not_found"
    join.layout()
    _tap(h, "address")
    _type(h, hub.url.removeprefix("http://"))
    h.act(Key(key=pygame.K_RETURN))
    h.until(lambda: join.state != "searching", limit_s=20)
    said = " ".join(join.spoken())
    assert join.state == "closed" and "est fermée" in said and "nouvelle séance" in said
    assert "pas trouvé" not in said and h.ctx.classroom is None  # nothing is played or sent
    with pytest.raises(ClassProblem) as err:  # the command line says it the same way
        open_class(h.ctx, CODE, "Léa", hub_url=hub.url)
    assert err.value.key == "class_closed"
    assert "is over" in str(err.value) and "terminée" in err.value.say("fr")


def test_offline_the_student_may_keep_her_results_on_a_stick(make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from game.classroom import journal
    from game.classroom.places import Place

    h = make_app(autoplay=False)
    join = ClassJoinScene(h.ctx, CODE, "Léa Ü", offline=True)
    h.app.transition(Push(join))
    stick = tmp_path / "CLE-LEA"
    stick.mkdir()
    join.places = [Place(stick, True), Place(h.ctx.settings.data_path, False)]
    join.layout()
    assert "Clé USB · CLE-LEA" in _labels(join) and "Ce PC" in _labels(join)
    target = stick / f"cap-classe-{CODE}-lea-u.jsonl"
    assert str(target) in join.spoken() and "Laisse la clé" in " ".join(join.spoken())
    _tap(h, "place:1")  # this PC: the data folder's journal, and how the trainer gets it
    assert str(h.ctx.settings.data_path / "classroom" / f"{CODE}.jsonl") in join.spoken()
    assert "class import" in " ".join(join.spoken())
    _tap(h, "place:0")
    _tap(h, "start")
    assert h.ctx.classroom is not None and h.ctx.classroom.session.offline
    kinds = [r.kind for r in journal.read(target).records]
    assert kinds == ["join"]  # written on the stick as she plays
    h.ctx.classroom.session.stop()


def test_the_name_is_kept_as_typed_not_in_capitals(make_app) -> None:  # type: ignore[no-untyped-def]
    """The kiosk's nickname screen writes in capitals; a student's name is kept as she
    types it (the dashboard shows « Léa », not « LÉA »)."""
    h = make_app(autoplay=False)
    h.app.transition(Push(ClassNameScene(h.ctx, CODE, offline=True)))
    scene = h.app.top
    _type(h, "léa B.")  # the real keyboard: as typed (the dot is not a name's letter)
    assert scene.value == "léa B"
    for _ in range(5):
        _tap(h, "del")
    labels = {b.id: b.label for b in scene.buttons.items}
    assert labels["key:L"] == "L"  # a word starts: the keys show capitals
    for key in ("L", "É", "A", " ", "B"):
        _tap(h, f"key:{key}")
        if key == "L":
            assert {b.id: b.label for b in scene.buttons.items}["key:É"] == "é"
    assert scene.value == "Léa B"
    _tap(h, "del")
    _tap(h, "del")
    for key in "-ANNE":
        _tap(h, f"key:{key}")
    assert scene.value == "Léa-Anne"
    _tap(h, "ok")
    assert isinstance(h.app.top, ClassJoinScene) and h.app.top.student == "Léa-Anne"
