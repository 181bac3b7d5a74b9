"""Every screen is drawn in the palette of the setting, and only in it.

The whole game is played by the bot once per palette; each screen it reaches (and the ones
it does not: settings, the leave question, the content errors) is drawn, and no colour that
belongs to the other palette only may appear on it. Pictures from the scenario are replaced
by flat grey (the art is the same in both palettes and is not what is checked here).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame
import pytest

from game.assets import Images
from game.loop import STEP_S
from game.scene import Push, Reset
from game.ui.theme import HIGH_CONTRAST, NORMAL, QR_DARK, QR_LIGHT, Color, Palette

FLAT = (128, 128, 128)


class FlatImages(Images):
    """Every picture a flat grey of its own size."""

    def get(self, path: Path) -> pygame.Surface:
        raw = super().get(path)
        flat = pygame.Surface(raw.get_size())
        flat.fill(FLAT)
        return flat


def foreign(pal: Palette) -> set[Color]:
    """The colours of the other palette that this one does not have."""
    other = HIGH_CONTRAST if pal is NORMAL else NORMAL
    return other.colors() - pal.colors() - {QR_DARK, QR_LIGHT}


def found(surface: pygame.Surface, colors: set[Color]) -> list[Color]:
    hits = []
    for c in sorted(colors):
        n = pygame.transform.threshold(None, surface, c, (0, 0, 0, 0), set_behavior=0)
        if n:
            hits.append(c)
    return hits


def flat_tiles(filename: str, colorkey: Any = None, **kwargs: Any) -> Any:
    """The floor's tiles are pictures too (a pytmx image loader of flat grey tiles)."""
    def load(rect: Any = None, flags: Any = None) -> pygame.Surface:
        surf = pygame.Surface((rect[2], rect[3]) if rect else (32, 32))
        surf.fill(FLAT)
        return surf
    return load


def play_and_look(h: Any, pal: Palette) -> dict[str, list[Color]]:
    """Play the whole game; draw each screen twice (as it appears, a little later)."""
    h.ctx.images = FlatImages()
    h.ctx.settings.high_contrast = pal is HIGH_CONTRAST
    h.ctx.apply_settings()
    h.app.transition(Reset(h.ctx.home()))  # the first screen, in the palette of the setting
    assert h.ctx.palette is pal
    bad: dict[str, list[Color]] = {}
    looked: set[tuple[int, int]] = set()
    seen: set[str] = set()
    colors = foreign(pal)
    since, current, shown = 0, None, 0  # the scene itself, not its id (ids are reused)

    def look() -> None:
        h.app.draw()
        seen.add(h.app.top.name)
        hits = found(h.app.display.logical, colors)
        if hits:
            bad.setdefault(h.app.top.name, []).extend(hits)

    for _ in range(60 * 60 * 20):
        top = h.app.top
        if top is not current:
            current, since, shown = top, h.app.frames, shown + 1
        age = (h.app.frames - since) * STEP_S
        for i, at in enumerate((0.0, 2.5)):
            if age >= at and (shown, i) not in looked:
                looked.add((shown, i))
                look()
        if h.ctx.autoplay.done:
            break
        h.step()
    # the screens the bot does not go through
    from game.scenario.problems import Mark, Problem
    from game.scenes.confirm import LeaveScene
    from game.scenes.errors import ContentErrorScene
    from game.scenes.leaderboard import LeaderboardScene
    from game.scenes.settings import SettingsScene

    for scene in (SettingsScene(h.ctx), LeaveScene(h.ctx), LeaderboardScene(h.ctx, finishing=False),
                  ContentErrorScene(h.ctx, [Problem(Mark(Path("scenario.yaml"), 3, 1),
                                                    "an example problem")])):
        h.app.transition(Push(scene))
        h.step(2)
        look()
        look()  # a modal draws a still of what is below on its second frame
    every = {"TitleScene", "WorldSelectScene", "ProbeScene", "FloorScene", "DialogueScene",
             "TaskScene", "DebriefScene", "ResultsScene", "NicknameScene", "LeaderboardScene",
             "TakeawayScene", "SettingsScene", "LeaveScene", "ContentErrorScene"}
    assert not every - seen, f"not drawn: {every - seen}"
    return bad


@pytest.mark.slow
@pytest.mark.parametrize("pal", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_no_colour_of_the_other_palette_on_any_screen(make_app, monkeypatch, pal: Palette) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("game.world.render.pygame_image_loader", flat_tiles)
    h = make_app("--seed", "2")
    bad = play_and_look(h, pal)
    assert not bad, {name: [f"#{r:02X}{g:02X}{b:02X}" for r, g, b in set(c)]
                     for name, c in bad.items()}


def test_high_contrast_cards_have_an_edge_on_white_paper() -> None:
    """Regression: white panels vanished into the white background in high contrast."""
    from game.ui import draw

    pygame.display.init()
    surf = pygame.Surface((300, 200))
    surf.fill(HIGH_CONTRAST.paper)
    draw.panel(surf, HIGH_CONTRAST, pygame.Rect(50, 50, 200, 100), shadow=0)
    assert HIGH_CONTRAST.white == HIGH_CONTRAST.paper  # the very case
    assert surf.get_at((150, 51))[:3] == HIGH_CONTRAST.edge  # the card's outline shows
    surf.fill(NORMAL.paper)
    draw.panel(surf, NORMAL, pygame.Rect(50, 50, 200, 100), shadow=0)
    assert surf.get_at((150, 51))[:3] == NORMAL.white  # the normal look is unchanged


def test_right_and_wrong_badges_follow_the_palette() -> None:
    """Regression: the tick and cross kept the normal palette's green and red."""
    from game.ui import draw

    pygame.display.init()
    for pal in (NORMAL, HIGH_CONTRAST):
        surf = pygame.Surface((200, 100))
        surf.fill(pal.paper)
        draw.verdict(surf, pal, (50, 50), True, 60)
        draw.verdict(surf, pal, (150, 50), False, 60)
        assert found(surf, {pal.success, pal.error}) == sorted({pal.success, pal.error})
        assert not found(surf, foreign(pal))
