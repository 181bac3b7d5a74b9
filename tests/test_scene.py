"""The scene stack: transitions are values, one function applies them."""
from __future__ import annotations

import pytest

from game.scene import Pop, Push, Quit, Replace, Reset, Scene, apply, visible


class Probe(Scene):
    """A scene that remembers how often it became the top."""

    transparent = False  # set per probe (the scenes' own say it with a property)

    def __init__(self, name: str, transparent: bool = False) -> None:
        super().__init__(ctx=None)
        self.label = name
        self.transparent = transparent
        self.entered = 0

    def enter(self) -> None:
        self.entered += 1

    def __repr__(self) -> str:
        return self.label


@pytest.fixture
def abc() -> list[Scene]:
    return [Probe("a"), Probe("b"), Probe("c")]


def test_no_transition_changes_nothing(abc):
    before = list(abc)
    assert apply(abc, None) is True
    assert abc == before
    assert all(s.entered == 0 for s in abc)


def test_push_puts_the_scene_on_top_and_enters_it(abc):
    d = Probe("d")
    assert apply(abc, Push(d)) is True
    assert abc[-1] is d and len(abc) == 4
    assert d.entered == 1


def test_pop_returns_to_the_scene_below_and_re_enters_it(abc):
    b = abc[1]
    assert apply(abc, Pop()) is True
    assert [s.label for s in abc] == ["a", "b"]
    assert b.entered == 1


def test_pop_never_empties_the_stack():
    only = Probe("title")
    stack: list[Scene] = [only]
    assert apply(stack, Pop()) is True
    assert stack == [only]
    apply(stack, Pop())
    assert stack == [only]


def test_pop_then_replace_swaps_the_scene_below(abc):
    x = Probe("x")
    assert apply(abc, Pop(then=Replace(x))) is True
    assert [s.label for s in abc] == ["a", "x"]
    assert x.entered == 1


def test_pop_then_push(abc):
    x = Probe("x")
    apply(abc, Pop(then=Push(x)))
    assert [s.label for s in abc] == ["a", "b", "x"]
    assert x.entered == 1


def test_pop_then_pop_leaves_two_scenes(abc):
    apply(abc, Pop(then=Pop()))
    assert [s.label for s in abc] == ["a"]
    assert abc[0].entered == 1


def test_pop_then_quit_quits(abc):
    assert apply(abc, Pop(then=Quit())) is False


def test_replace_swaps_the_top_only(abc):
    x = Probe("x")
    apply(abc, Replace(x))
    assert [s.label for s in abc] == ["a", "b", "x"]
    assert x.entered == 1
    assert abc[1].entered == 0


def test_replace_on_an_empty_stack_starts_it():
    x = Probe("x")
    stack: list[Scene] = []
    apply(stack, Replace(x))
    assert stack == [x] and x.entered == 1


def test_reset_empties_the_stack_and_starts_again(abc):
    attract = Probe("attract")
    apply(abc, Reset(attract))
    assert abc == [attract]
    assert attract.entered == 1


def test_quit_says_stop_and_leaves_the_stack(abc):
    before = list(abc)
    assert apply(abc, Quit()) is False
    assert abc == before


# drawing -----------------------------------------------------------------------------


def test_only_the_top_is_drawn_when_it_is_opaque():
    stack: list[Scene] = [Probe("floor"), Probe("task")]
    assert visible(stack) == [stack[1]]


def test_a_transparent_scene_shows_the_scene_below():
    floor, dialogue = Probe("floor"), Probe("dialogue", transparent=True)
    assert visible([Probe("title"), floor, dialogue]) == [floor, dialogue]


def test_stacked_transparent_scenes_show_down_to_the_first_opaque():
    title, floor = Probe("title"), Probe("floor")
    d, modal = Probe("dialogue", transparent=True), Probe("confirm", transparent=True)
    assert visible([title, floor, d, modal]) == [floor, d, modal]


def test_an_opaque_scene_hides_transparent_ones_below_it():
    stack: list[Scene] = [Probe("floor"), Probe("dlg", transparent=True), Probe("task")]
    assert visible(stack) == [stack[2]]


def test_a_transparent_bottom_scene_is_drawn():
    t = Probe("t", transparent=True)
    assert visible([t]) == [t]


def test_an_empty_stack_draws_nothing():
    assert visible([]) == []
