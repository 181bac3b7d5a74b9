"""A whole game as a visitor plays it draws no text under 22 px (the dense sizes are for
tasks filled to the format's limits, which the shipped scenario never is)."""
from __future__ import annotations

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
