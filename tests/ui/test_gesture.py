"""A finger picks, drags and drops, or taps; a lost drag lets go."""
from __future__ import annotations

from game.ui.gesture import DRAG_LOST_S, DRAG_START, TAP_SLOP, Gesture


def test_a_short_press_and_release_is_a_tap() -> None:
    g: Gesture[str] = Gesture()
    g.press((100, 100), "card")
    assert not g.move((100 + DRAG_START - 1, 100))
    end = g.release((105, 100))
    assert (end.kind, end.picked) == ("tap", "card") and not g.down


def test_moving_past_the_threshold_drags_and_the_release_drops() -> None:
    g: Gesture[str] = Gesture()
    g.press((100, 100), "card")
    assert g.move((100 + DRAG_START + 1, 100))  # the drag starts now ...
    assert not g.move((300, 300))  # ... once
    assert g.dragged == "card" and g.pos == (300, 300)
    end = g.release((310, 300))
    assert (end.kind, end.picked, end.pos) == ("drop", "card", (310, 300))
    assert g.dragged is None


def test_a_finger_that_slides_off_something_not_draggable_is_no_tap() -> None:
    g: Gesture[str] = Gesture()
    g.press((100, 100), "bin", draggable=False)
    assert not g.move((400, 100)) and g.dragged is None
    assert g.release((100 + TAP_SLOP + 5, 100)).kind == "slide"


def test_a_drag_whose_release_never_comes_is_let_go() -> None:
    g: Gesture[str] = Gesture()
    g.press((0, 0), "card")
    g.move((50, 0))
    assert not g.update(DRAG_LOST_S / 2)
    assert g.update(DRAG_LOST_S)  # the finger left the screen
    assert not g.down and g.dragged is None
