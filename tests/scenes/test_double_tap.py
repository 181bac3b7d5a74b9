"""A person's double tap: its second half must not answer what its first half brought up.

A playtest: a double tap on the before/after question answered statement 2 before anyone read
it, and one on the last debrief jumped past the next screen. The app drops a person's press
that comes within ``DOUBLE_TAP_S`` of new content, on every screen; the bot is never held up.
"""
from __future__ import annotations

from typing import Any

from game import flow
from game.actions import Press, Release
from game.input import DOUBLE_TAP_S
from game.scene import Replace


def tap(h: Any, button_id: str) -> None:
    b = h.app.top.buttons.get(button_id)
    assert b is not None, f"no {button_id} on {h.app.top.name}"
    h.app.dispatch(Press(b.rect.center))
    h.app.dispatch(Release(b.rect.center))


def on_probe(h: Any) -> Any:
    h.app.transition(Replace(flow.begin(h.ctx, "world", ["soudure"])))
    scene = h.app.top
    assert scene.name == "ProbeScene"
    h.clock.advance(1.0)  # she reads the first statement
    return scene


def test_taps_a_tenth_of_a_second_apart_do_not_skip_a_statement(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    scene = on_probe(h)
    tap(h, "scale:4")
    assert scene.index == 1
    for _ in range(3):  # a double (and triple) tap: 0.1 s apart
        h.clock.advance(0.1)
        tap(h, "scale:2")
    assert scene.index == 1 and list(scene.answers.values()) == [4]
    h.clock.advance(DOUBLE_TAP_S + 0.05)  # read, then answered
    tap(h, "scale:2")
    assert scene.index == 2 and list(scene.answers.values()) == [4, 2]


def test_a_double_tap_does_not_pass_the_next_screen_unseen(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    on_probe(h)
    tap(h, "skip")  # the statements left: skipped; the before question is done
    floor = h.app.top
    assert floor.name == "FloorScene"
    h.clock.advance(0.1)
    for b in list(floor.buttons.items):
        tap(h, b.id)  # wherever the second half lands (the menu, « Poste suivant »), nothing
    assert h.app.top is floor and floor.walker.path == []
    h.clock.advance(DOUBLE_TAP_S + 0.05)
    tap(h, "menu")  # seen, then tapped: it opens
    assert h.app.top.name == "PauseScene"


def test_the_bot_is_never_held_up(make_app) -> None:  # type: ignore[no-untyped-def]
    """The bot's clock need not move between its taps (the reverted guard hung the suite)."""
    h = make_app()
    h.ctx.autoplay.think_s = 0.0
    scene = on_probe(h)
    n = len(scene.items)
    h.until(lambda: h.app.top is not scene, limit_s=n * 0.5)
    assert len(scene.answers) == n
