"""Self-voicing, heard through --speech-log: a station played by keyboard is said in order."""
from __future__ import annotations

from pathlib import Path

import pygame

from tests.scenes.test_keyboard import answer_probe, choose, press, walk_to_station


def said(log: Path) -> list[str]:
    return [line.split("\t", 2)[2] for line in log.read_text(encoding="utf-8").splitlines()]


def test_a_station_played_by_keyboard_is_said_in_order(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "speech.log"
    h = make_app("--speech-log", str(log), autoplay=False)
    h.step(2)
    press(h, pygame.K_RETURN)
    choose(h, h.app.top.buttons, "world:soudure")
    answer_probe(h)
    floor = h.app.top
    station = next(s for s in floor.world.stations if s.task.type == "quiz")
    walk_to_station(h, floor, station.id)
    dialogue = h.app.top
    assert dialogue.name == "DialogueScene"
    while not dialogue.walker.in_menu:
        press(h, pygame.K_RETURN)
    press(h, pygame.K_RETURN)  # to work
    task = h.app.top
    rules = task.view.rules
    question = rules.current.prompt.get("fr")
    choices = [c.text.get("fr") for c in rules.choices()]
    for cid in sorted(rules.correct_ids()):
        choose(h, task.view.buttons, f"c:{cid}")
    choose(h, task.view.buttons, "submit")
    while not rules.finished:
        press(h, pygame.K_RETURN)
        for cid in sorted(rules.correct_ids()):
            if not rules.finished:
                choose(h, task.view.buttons, f"c:{cid}")
        if not rules.finished:
            choose(h, task.view.buttons, "submit")
    h.step(5)
    assert h.app.top.name == "DebriefScene"
    h.step(3)
    h.ctx.speech.close()
    lines = said(log)
    text = "\n".join(lines)
    first_line = station.intro.lines[0].get("fr")
    model = floor.world.role_model(station.role_model)
    # the dialogue with who speaks, then the question and every choice, then the result
    i_dialogue = next(i for i, line in enumerate(lines) if first_line[:40] in line)
    assert model.name in lines[i_dialogue]
    i_question = next(i for i, line in enumerate(lines) if question[:40] in line)
    assert all(choice in lines[i_question] for choice in choices)
    i_result = next(i for i, line in enumerate(lines) if "Ton score" in line)
    assert i_dialogue < i_question < i_result
    assert "étoile" in lines[i_result]
    assert "Cap Industrie" in text  # the title screen was said first
    # the focused choice was said when the arrows moved onto it
    assert any(line.startswith(choices[0][:20]) for line in lines[i_question + 1:i_result]) or \
        any(c[:20] in "\n".join(lines[i_question + 1:i_result]) for c in choices)


def test_v_switches_self_voicing_on_and_off_from_any_screen(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    assert not h.ctx.settings.self_voicing
    press(h, pygame.K_v, "v")
    assert h.ctx.settings.self_voicing and h.ctx.speech.enabled
    press(h, pygame.K_v, "v")
    assert not h.ctx.settings.self_voicing and not h.ctx.speech.enabled


def test_shift_a_opens_the_settings(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_a, unicode="A",
                                         mod=pygame.KMOD_LSHIFT, scancode=0))
    h.step(2)
    assert h.app.top.name == "SettingsScene"
