"""Every screen at the largest text size (dialogue at 46 px or more): no label overflows its
button or card and no two touch targets overlap, in a 1920x1080 and a 1366x768 window (the
game lays out in logical 1920x1080 pixels and scales the picture, so both windows must give
the same, clean, layout). Extends the 64 px check of test_flow.py to overlaps and text."""
from __future__ import annotations

from typing import Any

import pygame
import pytest

from game.scene import Pop, Push
from game.scenes.settings import PAGES, SettingsScene
from game.settings import TEXT_SCALES
from game.ui import theme
from game.ui.widgets import Button

LABEL_PAD = 8  # a label may come this close to its button's edge, not closer


def _buttons(scene: Any) -> list[Button]:
    """The buttons a screen (or its task view) draws."""
    found = []
    for owner in (scene, getattr(scene, "view", None)):
        buttons = getattr(owner, "buttons", None)
        found += list(getattr(buttons, "items", []))
    return [b for b in found if b.enabled]


def _label_box(b: Button) -> tuple[int, int]:
    """The room the widget gives a label: as widgets.draw_button lays it out."""
    r = b.rect
    if b.style == "card":  # its picture gives way to the label (widgets._card_body)
        return r.w - 32, r.h - 28
    x = r.x + 24 if b.icon is None else r.x + 16 + b.icon.get_width() + 18
    width = max(40, r.right - x - (70 if b.mark is not None else 24))
    return width, r.h - 2 * LABEL_PAD


def problems(h: Any) -> set[str]:
    top, text = h.app.top, h.ctx.text
    found: set[str] = set()
    for b in _buttons(top):
        if not b.label:
            continue
        width, height = _label_box(b)
        if not text.fits(b.label, b.size, width, height):
            found.add(f"{top.name}: the label {b.label!r} ({b.id}) overflows {b.rect}")
    rects = [pygame.Rect(r) for r in top.targets()]
    screen = pygame.Rect(0, 0, *theme.LOGICAL_SIZE)
    found |= {f"{top.name}: the touch target {r} is off the screen" for r in rects
              if not screen.contains(r)}
    for i, a in enumerate(rects):
        for other in rects[i + 1:]:
            # a card inside the bin it sits in is a target in a drop zone: meant to be so
            nested = a.contains(other) or other.contains(a)
            if a.colliderect(other) and a != other and not nested:
                found.add(f"{top.name}: touch targets {a} and {other} overlap")
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("window", "route"), [("1920x1080", "grand_tour"),
                                               ("1366x768", "decouverte")])
def test_every_screen_at_the_largest_text_size(make_app, window: str, route: str) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "4", "--window", window, "--route", route)
    h.ctx.settings.text_scale = TEXT_SCALES[-1]
    h.ctx.apply_settings()
    assert h.ctx.text.font(theme.TEXT_LARGE).get_point_size() >= 46  # dialogue
    seen: set[str] = set()
    found: set[str] = set()
    for page in PAGES:  # the settings, both pages (the bot never opens them)
        h.app.transition(Push(SettingsScene(h.ctx, page=page)))
        h.step(2)
        found |= problems(h)
        h.app.transition(Pop())
        h.step(2)
    kinds: set[str] = set()
    for _ in range(60 * 60 * 20):
        seen.add(h.app.top.name)
        if h.app.top.name == "TaskScene":
            kinds.add(h.app.top.kind.name)
        found |= problems(h)
        if h.ctx.autoplay.done:
            break
        h.step(3)
    assert {"DialogueScene", "TaskScene", "DebriefScene", "ResultsScene",
            "TakeawayScene"} <= seen, seen
    if route == "grand_tour":
        assert kinds >= {"quiz", "order", "sort", "match", "trace", "gauge", "spot"}, kinds
    assert not found, "\n".join(sorted(found))
