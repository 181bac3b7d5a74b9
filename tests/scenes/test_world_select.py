"""The world choice's cards: a card's progress bar never runs over its station count (at the
largest text size « 5 stations » was cut by the bar)."""
from __future__ import annotations

from typing import Any

import pytest

from game.scenes.world_select import WorldSelectScene, footer
from game.settings import TEXT_SCALES
from game.ui import theme


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_progress_bar_stays_clear_of_the_station_count(make_app: Any, lang: str) -> None:
    h = make_app("--lang", lang, autoplay=False)
    scene = WorldSelectScene(h.ctx)
    scene.enter()
    found = []
    for scale in TEXT_SCALES:
        h.ctx.settings.text_scale = scale
        h.ctx.apply_settings()
        for b in scene.buttons.items:
            if not b.id.startswith("world:"):
                continue
            n = len(b.data.stations)
            for label in (h.ctx.tr("stations_n", n=n), h.ctx.tr("done_n", d=n - 1, n=n)):
                at, bar = footer(b.rect, h.ctx.text.size(label, theme.TEXT_SMALL))
                if at.colliderect(bar) or not b.rect.contains(bar) or not b.rect.contains(at):
                    found.append(f"×{scale} {b.id} {label!r}: {at} {bar}")
    assert not found, found
