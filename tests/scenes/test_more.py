"""« En savoir plus », « Réessayer », and Play starting the découverte (issue 9)."""
from __future__ import annotations

from typing import Any

import pytest

from game import flow
from game.actions import Press, Release
from game.scene import Push, Replace, Reset
from game.scenes.debrief import DebriefScene
from game.scenes.dialogue import DialogueScene
from game.scenes.more import MoreScene
from game.scenes.task import TaskScene
from game.scenes.title import TitleScene
from game.tasks.base import Feedback, TaskResult


def tap(h: Any, button_id: str) -> None:
    """A person's tap on a button of the screen on top (press and release)."""
    actions = h.app.top.buttons.tap(button_id)
    assert actions, f"no button '{button_id}' on {h.app.top.name}"
    h.act(*actions)


def on_top(h: Any, scene: Any) -> None:
    h.app.transition(Reset(scene))
    h.step()


def test_her_line_shows_short_and_in_full_on_demand(make_app: Any) -> None:
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    on_top(h, DialogueScene(h.ctx, "soudure", "epi"))
    scene = h.app.top
    tap(h, "next")  # completes the first line
    tap(h, "next")  # her second line has a long form
    line = scene.walker.line
    assert line is not None and line.long("fr") is not None
    assert scene.line_text == line.get("fr") and len(scene.line_text) < len(line.long("fr"))
    tap(h, "more")
    more = h.app.top
    assert isinstance(more, MoreScene)
    assert more.entries[0][1] == line.long("fr")
    assert any(label == "Samia" for label, _ in more.entries)  # her path in full too
    tap(h, "close")
    assert h.app.top is scene and scene.walker.line is line  # back where she was


def test_a_quick_second_tap_on_next_asks_no_question(make_app: Any) -> None:
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    on_top(h, DialogueScene(h.ctx, "soudure", "epi"))
    scene = h.app.top
    next_rect = scene.buttons.get("next").rect
    while not scene.walker.in_menu:
        tap(h, "next")
    questions = [b.rect for b in scene.buttons.items if b.id.startswith("ask:")]
    assert questions and not any(next_rect.colliderect(r) for r in questions)
    h.act(Press(next_rect.center), Release(next_rect.center))  # one tap too many
    assert scene.walker.in_menu and not scene.walker.asked


def result_with_long_forms(h: Any) -> TaskResult:
    station = h.ctx.scenario.model.world("soudure").station("epi")
    choices = station.task.questions[0].choices
    return TaskResult(60, 2, tuple(Feedback(c.text, True, c.explain) for c in choices[:3]))


def test_the_debrief_explains_in_full_on_demand(make_app: Any) -> None:
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    result = result_with_long_forms(h)
    debrief = DebriefScene(h.ctx, "soudure", "epi", result, 20.0)
    debrief.enter()
    out = debrief.on_button(debrief.buttons.get("learn"))
    assert isinstance(out, Push) and isinstance(out.scene, MoreScene)
    bodies = [body for _, body in out.scene.entries]
    assert result.feedback[0].explain is not None
    assert bodies[0] == result.feedback[0].explain.long("fr")
    assert "EN 175" in bodies[0]  # the norm is in the long form, not the short one
    assert "EN 175" not in result.feedback[0].explain.get("fr")
    station = h.ctx.scenario.model.world("soudure").station("epi")
    assert bodies[-1] == station.debrief.long("fr")


def test_try_again_replays_the_station_task(make_app: Any) -> None:
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    debrief = DebriefScene(h.ctx, "soudure", "epi", result_with_long_forms(h), 20.0)
    debrief.enter()
    out = debrief.on_button(debrief.buttons.get("retry"))
    assert isinstance(out, Replace) and isinstance(out.scene, TaskScene)
    assert out.scene.station.id == "epi" and out.scene.world.id == "soudure"


def test_play_starts_the_decouverte_with_its_route_and_the_worlds_stay_one_tap_away(
        make_app: Any) -> None:
    h = make_app("--route", "decouverte", autoplay=False)
    on_top(h, TitleScene(h.ctx))
    tap(h, "play")
    assert h.ctx.tour is not None and h.ctx.tour.route == "decouverte"
    assert h.app.top.name in ("ProbeScene", "FloorScene")
    plain = make_app(autoplay=False)
    on_top(plain, TitleScene(plain.ctx))
    assert plain.app.top.buttons.get("worlds") is None  # at home: Play is the world choice
    tap(plain, "play")
    assert plain.app.top.name == "WorldSelectScene"


def test_a_tap_outside_the_panel_closes_it_and_escape_too(make_app: Any) -> None:
    from game.actions import Back
    from game.scenes.more import PANEL

    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    on_top(h, DialogueScene(h.ctx, "soudure", "epi"))
    dialogue = h.app.top
    tap(h, "next")
    tap(h, "next")  # her second line has a long form
    outside, inside = (PANEL.x // 2, PANEL.centery), PANEL.center
    tap(h, "more")
    assert isinstance(h.app.top, MoreScene)
    h.act(Press(inside), Release(inside))  # on the panel's text: it stays
    h.act(Press(inside), Release(outside))  # a slide out of it is not a tap outside
    h.act(Press(outside), Release(inside))
    assert isinstance(h.app.top, MoreScene)
    h.act(Press(outside), Release(outside))
    assert h.app.top is dialogue and not dialogue.walker.in_menu  # her line is still there
    tap(h, "more")
    h.act(Back())
    assert h.app.top is dialogue


def test_the_panel_is_reached_and_closed_with_tab_and_enter(make_app: Any) -> None:
    from game.actions import Confirm, Tab

    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["soudure"])
    on_top(h, DialogueScene(h.ctx, "soudure", "epi"))
    dialogue = h.app.top
    tap(h, "next")
    tap(h, "next")
    for _ in range(len(dialogue.buttons.items)):
        focused = dialogue.buttons.focus
        if focused is not None and dialogue.buttons.items[focused].id == "more":
            break
        h.act(Tab())
    h.act(Confirm())
    more = h.app.top
    assert isinstance(more, MoreScene)
    assert more.buttons.items[more.buttons.focus].id == "close"
    h.act(Confirm())
    assert h.app.top is dialogue


@pytest.mark.slow
def test_a_long_form_taller_than_a_page_goes_on_over_the_next_clear_of_the_buttons(
        make_app: Any) -> None:
    """At the largest text size a myth's long form is taller than the panel's room (658 px
    for 580): it went on under « Fermer ». Every long form of the shipped scenario, in fr and
    en at the default and largest sizes: each page's text stays in the panel, above its
    buttons, and the pages together hold every line."""
    import pygame

    from game.scenario.crosscheck import texts
    from game.scenes.more import PANEL
    from game.settings import TEXT_SCALES
    from game.ui import theme

    h = make_app(autoplay=False)
    found = []
    for lang in ("fr", "en"):
        h.ctx.settings.lang = lang
        forms = [("Idée reçue", x.long(lang)) for _, x in texts(h.ctx.scenario.model)
                 if x.long(lang)]
        for scale in (TEXT_SCALES[0], TEXT_SCALES[-1]):
            h.ctx.settings.text_scale = scale
            h.ctx.apply_settings()
            for entry in forms:
                more = MoreScene(h.ctx, [entry])
                more.enter()
                shown = []
                for page in range(len(more.pages)):
                    more.page = page
                    more.layout()
                    buttons = [b.rect for b in more.buttons.items]
                    for r in more.text_areas():
                        if not PANEL.contains(r) or r.collidelist(buttons) >= 0:
                            found.append(f"{lang} ×{scale} page {page}: {r} {entry[1][:40]}")
                    shown += [line for _, body in more.pages[page] for line in body.split("\n")]
                whole = h.ctx.text.wrapped(entry[1], theme.TEXT_BODY, PANEL.w - 160)
                assert shown == whole, entry[1][:60]
    assert not found, "\n".join(found[:10])
    surface = pygame.Surface((1920, 1080))
    more.draw(surface)  # the last one drawn, to be sure it draws
