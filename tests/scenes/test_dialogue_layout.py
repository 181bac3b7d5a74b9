"""Her dialogue measures its texts: no text under a button, none over another, all on the
screen — for every role model of the shipped scenario, in French and English, in a 1920x1080
and a 1366x768 window, at the default and the largest text size (a playtest: Nadia's long
job title ran under the first question). Extends the no-overlapping-targets check to text."""
from __future__ import annotations

from typing import Any

import pygame
import pytest

from game import flow
from game.scenes.dialogue import DialogueScene
from game.settings import TEXT_SCALES
from game.ui import theme

SCREEN = pygame.Rect(0, 0, *theme.LOGICAL_SIZE)


def overlaps(scene: Any) -> list[str]:
    """What is wrong with the screen as laid out now: text under a button, text on text,
    text off the screen."""
    where = f"{scene.station.id} ({scene.walker.mode} {scene.walker.index})"
    texts = scene.text_areas()
    buttons = [(b.id, b.rect) for b in scene.buttons.items]
    found = [f"{where}: text {r} is off the screen" for r in texts if not SCREEN.contains(r)]
    found += [f"{where}: text {r} runs under the button '{bid}' {b}"
              for r in texts for bid, b in buttons if r.colliderect(b)]
    found += [f"{where}: texts {a} and {b} overlap"
              for i, a in enumerate(texts) for b in texts[i + 1:] if a.colliderect(b)]
    return found


def every_state(scene: Any) -> list[str]:
    """Each of her lines, the questions, each answer: the problems met on the way."""
    surface = pygame.Surface(theme.LOGICAL_SIZE)
    found: list[str] = []

    def look() -> None:
        scene.shown = len(scene.line_text)
        scene.draw(surface)
        found.extend(overlaps(scene))

    while not scene.walker.in_menu:
        look()
        scene.walker.advance()
        scene.layout()
    for i in range(len(scene.intro.questions)):
        look()  # the menu (after the first answer, with the last question asked)
        scene.walker.ask(i)
        scene.layout()
        while not scene.walker.in_menu:
            look()
            scene.walker.advance()
            scene.layout()
    look()
    return found


@pytest.mark.slow
@pytest.mark.parametrize("window", ["1920x1080", "1366x768"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_text_runs_under_a_button_for_any_role_model(make_app: Any, window: str,
                                                        lang: str) -> None:
    h = make_app("--window", window, "--lang", lang, autoplay=False)
    found: list[str] = []
    models: set[str] = set()
    for scale in (TEXT_SCALES[0], TEXT_SCALES[-1]):
        h.ctx.settings.text_scale = scale
        h.ctx.apply_settings()
        for world in h.ctx.scenario.model.worlds:
            flow.begin(h.ctx, "grand_tour", [world.id])
            for station in world.stations:
                scene = DialogueScene(h.ctx, world.id, station.id)
                scene.enter()
                models.add(scene.model.id)
                found += [f"×{scale} {p}" for p in every_state(scene)]
    assert len(models) >= 10  # every role model of the shipped scenario was seen
    assert not found, "\n".join(found[:20])


def test_a_long_job_title_goes_on_two_lines_clear_of_the_questions(make_app: Any) -> None:
    """Nadia's « Cheffe d'équipe maintenance / Chef d'équipe maintenance » is wider than her
    column: each form gets its line, and nothing of it reaches the first question."""
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "grand_tour", ["maintenance"])
    scene = DialogueScene(h.ctx, "maintenance", "consignation")
    scene.enter()
    scene.walker.skip()
    scene.layout()
    job = scene.column()[1]
    assert job.text.split("\n") == ["Cheffe d'équipe maintenance /", "Chef d'équipe maintenance"]
    first = scene.buttons.get("ask:0").rect
    assert job.rect.right < first.x and not overlaps(scene)
