"""The quiz's answer on screen (a playtest): each choice's mark and words agree with what she
did. A right answer she missed is not ticked like a chosen one, and the feedback bar's mark is
the explained choice's own, never a cross beside another choice's « Oui ! … »."""
from __future__ import annotations

from typing import Any

import pygame
import pytest

from game.actions import Press, Release
from game.loop import STEP_S
from game.tasks.quiz.marks import ChoiceButton
from game.ui import fonts
from tests.tasks.conftest import open_task


def tap(game: Any, view: Any, button_id: str) -> None:
    app, _, clock = game
    b = view.buttons.get(button_id)
    assert b is not None, button_id
    app.dispatch(Press(b.rect.center))
    app.dispatch(Release(b.rect.center))
    clock.advance(STEP_S)
    app.frame()


def answer_one_right_one_wrong(game: Any, view: Any) -> tuple[list[str], list[str]]:
    r = view.rules
    ids = [c.id for c in r.choices()]
    right = [i for i in ids if r.is_correct(i)]
    wrong = [i for i in ids if not r.is_correct(i)]
    assert len(right) >= 3 and len(wrong) >= 2, "a multiple question with several answers"
    tap(game, view, f"c:{right[0]}")
    tap(game, view, f"c:{wrong[0]}")
    tap(game, view, "submit")
    return right, wrong


def has(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int]) -> bool:
    for x in range(rect.left, rect.right, 2):
        for y in range(rect.top, rect.bottom, 2):
            if tuple(surface.get_at((x, y)))[:3] == colour:
                return True
    return False


def strip_badge(view: Any) -> pygame.Rect:
    box = view.strip
    return pygame.Rect(box.x + 50 - 34, box.centery - 34, 68, 68)


@pytest.mark.parametrize("world, station", [("soudure", "epi"), ("agro", "hygiene")])
def test_a_missed_right_answer_is_not_ticked_like_a_chosen_one(game: Any, world: str,
                                                               station: str) -> None:
    view = open_task(game, world, station)
    right, wrong = answer_one_right_one_wrong(game, view)
    by_id = {b.id[2:]: b for b in view.buttons.items if isinstance(b, ChoiceButton)}
    assert by_id[right[0]].mark is True and not by_id[right[0]].missed
    assert by_id[wrong[0]].mark is False
    for cid in right[1:]:  # missed: no tick, no selection look; their own mark
        assert by_id[cid].mark is None and by_id[cid].missed and not by_id[cid].selected
    for cid in wrong[1:]:  # rightly left: no mark at all
        assert by_id[cid].mark is None and not by_id[cid].missed


def test_the_feedback_bar_marks_the_explained_choice_not_the_question(game: Any) -> None:
    app, ctx, _ = game
    pal = ctx.palette
    view = open_task(game, "soudure", "epi")
    right, wrong = answer_one_right_one_wrong(game, view)
    label = {c.id: c.text.get("fr") for c in view.rules.choices()}
    surface = app.display.logical

    # first shown: the wrong pick, with a cross and its own words
    assert view.explained == wrong[0]
    app.draw()
    assert has(surface, strip_badge(view), pal.error)
    assert f"« {label[wrong[0]]} » : ton choix, mais ce n'est pas une bonne réponse." \
        in view.spoken()

    # a missed right answer (its text says « Oui ! … »): no cross beside it, and words that say
    # she should have chosen it too
    tap(game, view, f"c:{right[1]}")
    app.draw()
    explain = view.rules.explanation(right[1]).get("fr")
    assert explain.startswith("Oui")
    assert not has(surface, strip_badge(view), pal.error)
    assert has(surface, strip_badge(view), pal.success)
    assert f"« {label[right[1]]} » : il fallait aussi choisir cette réponse." in view.spoken()

    # the right one she chose: a tick and « juste »
    tap(game, view, f"c:{right[0]}")
    app.draw()
    assert not has(surface, strip_badge(view), pal.error)
    assert f"« {label[right[0]]} » : ton choix, et c'est juste." in view.spoken()

    # one she rightly left out: no mark
    tap(game, view, f"c:{wrong[1]}")
    app.draw()
    assert not has(surface, strip_badge(view), pal.error)
    assert not has(surface, strip_badge(view), pal.success)


def test_a_single_answer_names_the_right_one_and_says_it_in_english(game: Any) -> None:
    _, ctx, _ = game
    ctx.settings.lang = "en"
    try:
        view = open_task(game, "maintenance", "diagnostic")
        r = view.rules
        ids = [c.id for c in r.choices()]
        good = next(i for i in ids if r.is_correct(i))
        bad = next(i for i in ids if not r.is_correct(i))
        tap(game, view, f"c:{bad}")
        tap(game, view, "submit")
        b = view.buttons.get(f"c:{good}")
        assert b.mark is None and b.missed  # the right one she did not pick: not a tick
        tap(game, view, f"c:{good}")
        label = next(c.text.get("en") for c in r.choices() if c.id == good)
        assert f"“{label}”: this was the right answer." in view.spoken()
        assert view.focus_label() is None or "right answer" in (view.focus_label() or "")
    finally:
        ctx.settings.lang = "fr"


def test_the_answer_screen_draws_no_small_text(game: Any) -> None:
    app, ctx, _ = game
    view = open_task(game, "soudure", "epi")
    answer_one_right_one_wrong(game, view)
    sizes: list[int] = []
    render = ctx.text.render

    def noting(text: str, size: int, *args: Any, **kwargs: Any) -> pygame.Surface:
        sizes.append(size)
        return render(text, size, *args, **kwargs)

    ctx.text.render = noting
    try:
        app.draw()
    finally:
        del ctx.text.render
    assert min(fonts.pixels(s) for s in sizes) >= fonts.MIN_PX, sorted(set(sizes))
    rects = [b.rect for b in view.buttons.items if b.enabled]
    for i, a in enumerate(rects):  # no two touch targets overlap
        assert not any(a.colliderect(b) for b in rects[i + 1:]), a
