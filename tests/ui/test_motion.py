"""Reduced motion stills every animation but keeps what it meant."""
from __future__ import annotations

from game.ui.motion import STEADY, Motion


def test_full_motion_moves() -> None:
    m = Motion()
    assert len({round(m.pulse(t / 10), 3) for t in range(20)}) > 5
    assert m.reveal(0, 100, 55.0, 0.1) < 100
    assert m.pop(0.0) == 0.0 and m.pop(1.0) == 1.0 and m.pop(0.6) > 0.6  # overshoot
    assert m.shake(0.05, 20) != 0


def test_reduced_motion_holds_everything_still() -> None:
    m = Motion(reduced=True)
    assert {m.pulse(t / 10) for t in range(20)} == {STEADY}
    assert {m.cycle(t / 10) for t in range(20)} == {STEADY}
    assert {m.flicker(t / 10) for t in range(20)} == {0.0}
    assert m.reveal(0, 100, 55.0, 0.01) == 100  # the whole line at once
    assert m.pop(0.0) == 1.0  # a star simply appears
    assert m.shake(0.05, 20) == 0.0


def test_the_system_preference_can_be_forced_for_a_kiosk(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from game.ui.motion import system_prefers_reduced_motion

    monkeypatch.setenv("CAP_REDUCED_MOTION", "1")
    assert system_prefers_reduced_motion() is True
    monkeypatch.setenv("CAP_REDUCED_MOTION", "0")
    assert system_prefers_reduced_motion() is False
