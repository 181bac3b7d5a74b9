"""A visitor's music or factory-sound switch (the pause menu) does not carry over to the next."""
from __future__ import annotations

import pytest

from tests.kiosk.test_inactivity import start


@pytest.mark.slow
def test_the_pause_menus_sound_switches_are_reset_for_the_next_visitor(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"inactivity_s": 10, "countdown_s": 5})
    start(h)
    s = h.ctx.settings
    s.music, s.ambience = True, False
    h.wait(61)
    assert h.kiosk.attract
    assert (s.music, s.ambience) == (False, True)
