"""A whole game as a visitor plays it draws no text under 22 px (the dense sizes are for
tasks filled to the format's limits, which the shipped scenario never is)."""
from __future__ import annotations

import pygame
import pytest

from game.ui import fonts


@pytest.mark.slow
def test_the_shipped_game_draws_no_text_under_22_px(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--route", "decouverte")
    h.app.draw_every = 1
    h.until(lambda: h.app.top.name == "TakeawayScene", limit_s=900)
    h.step(10)
    assert h.ctx.text.smallest_px is not None
    assert h.ctx.text.smallest_px >= fonts.MIN_PX, h.ctx.text.smallest_px


def _record_sizes(monkeypatch: pytest.MonkeyPatch, h, missing: set[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The smallest em drawn on each screen (every text goes through render or lines), and
    into ``missing`` each character drawn that the typeface has no glyph for (a box)."""
    from game.ui.text import TextCache

    smallest: dict[str, int] = {}
    render, lines = TextCache.render, TextCache.lines
    checked: set[str] = set()

    def drawn(font: pygame.font.Font, ch: str) -> bytes:
        return pygame.image.tobytes(font.render(ch, False, (0, 0, 0), (255, 255, 255)), "RGB")

    def note(cache: TextCache, text: str, size: int) -> None:
        name = h.app.top.name
        font = cache.font(size)
        px = font.get_point_size()
        smallest[name] = min(px, smallest.get(name, px))
        for ch in set(text) - checked - {" ", "\n"}:
            checked.add(ch)
            if drawn(font, ch) == drawn(font, "\uffff"):  # the face's box for no glyph
                missing.add(f"{ch!r} on {name}: {text[:50]!r}")

    def recording_render(self, text, size, *args, **kwargs):  # type: ignore[no-untyped-def]
        note(self, text, size)
        return render(self, text, size, *args, **kwargs)

    def recording_lines(self, text, size, *args, **kwargs):  # type: ignore[no-untyped-def]
        note(self, text, size)
        return lines(self, text, size, *args, **kwargs)

    monkeypatch.setattr(TextCache, "render", recording_render)
    monkeypatch.setattr(TextCache, "lines", recording_lines)
    return smallest


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_screen_draws_its_text_at_22_px_or_more(make_app, monkeypatch, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Each screen a visitor meets, and those the bot never opens (settings, « En savoir
    plus » over her words and over a debrief, the pause menu, the world choice, each role
    model's dialogue): no text under 22 px at 1080p (about 16 px at 1366x768), and no
    character the typeface lacks (★ ♥ ✗ have no glyph in it: they are drawn as shapes)."""
    from game import flow
    from game.scene import Pop, Push
    from game.scenes.dialogue import DialogueScene
    from game.scenes.more import MoreScene
    from game.scenes.pause import PauseScene
    from game.scenes.settings import PAGES, SettingsScene
    from game.scenes.world_select import WorldSelectScene

    h = make_app("--route", "decouverte", "--lang", lang)
    h.app.draw_every = 1
    missing: set[str] = set()
    smallest = _record_sizes(monkeypatch, h, missing)

    def look(scene) -> None:  # type: ignore[no-untyped-def]
        h.app.transition(Push(scene))
        h.step(3)
        h.app.transition(Pop())

    opened: set[str] = set()
    for _ in range(60 * 60 * 20):
        top = h.app.top
        long_forms = getattr(top, "long_forms", None)
        if top.name in ("DialogueScene", "DebriefScene") and top.name not in opened \
                and long_forms is not None and long_forms():
            opened.add(top.name)
            look(MoreScene(h.ctx, long_forms()))
            look(PauseScene(h.ctx, "dialogue" if top.name == "DialogueScene" else "floor"))
        if top.name == "TakeawayScene":
            break
        h.step()
    h.step(10)
    for page in PAGES:
        look(SettingsScene(h.ctx, page=page))
    look(WorldSelectScene(h.ctx))
    for world in h.ctx.scenario.model.worlds:
        flow.begin(h.ctx, "grand_tour", [world.id])
        for station in world.stations:
            look(DialogueScene(h.ctx, world.id, station.id))
    for name in ("TitleScene", "ProbeScene", "FloorScene", "DialogueScene", "TaskScene",
                 "DebriefScene", "MoreScene", "PauseScene", "ResultsScene", "TakeawayScene",
                 "SettingsScene", "WorldSelectScene"):
        assert name in smallest, f"{name} was not drawn"
    small = {name: px for name, px in smallest.items() if px < fonts.MIN_PX}
    assert not small, small
    assert not missing, missing  # drawn as boxes: no glyph in the typeface
