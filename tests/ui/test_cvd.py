"""The colour-vision simulation itself: known anchors of the Machado model."""
from __future__ import annotations

from game.ui.cvd import KINDS, contrast_ratio, delta_e, simulate, worst_delta


def test_greys_are_unchanged_by_every_deficiency() -> None:
    for kind in KINDS:
        for v in (0, 128, 255):
            out = simulate((v, v, v), kind)
            assert all(abs(c - v) <= 2 for c in out), (kind, v, out)


def test_red_and_green_collapse_for_deuteranopia_and_protanopia_not_for_tritanopia() -> None:
    red, green = (200, 40, 40), (40, 160, 40)
    assert delta_e(red, green) > 60
    assert delta_e(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < 35
    assert delta_e(simulate(red, "tritanopia"), simulate(green, "tritanopia")) > 50
    assert worst_delta(red, green)[1] in ("deuteranopia", "protanopia")


def test_contrast_ratio_of_black_on_white_is_21() -> None:
    assert round(contrast_ratio((0, 0, 0), (255, 255, 255))) == 21
