"""The spot task as a visitor reads it once she finds something (a playtest on the
découverte): every real fault she finds moves the « N / M » counter, an extra as much as a
hotspot; an explanation stays up as long as reading it takes (200 words a minute) and the
timer waits meanwhile; a found fault's name never covers another place of the picture."""
from __future__ import annotations

import itertools
import math
from typing import Any

import pytest

from game.autoplay import READ_WPM, words
from game.loop import STEP_S
from game.settings import TEXT_SCALES
from game.tasks.spot.geometry import inside
from tests.tasks.conftest import drawn_words, open_task
from tests.tasks.test_spot_marks import tap


def shipped_spots(game: Any) -> list[tuple[str, str]]:
    model = game[1].scenario.model
    return [(w.id, s.id) for w in model.worlds for s in w.stations if s.task.type == "spot"]


def test_an_extra_moves_the_counter_like_any_fault(game: Any) -> None:
    view = open_task(game, "maintenance", "risques", express=True)
    r = view.rules
    extra = r.by_id[sorted(r.extra_ids)[0]]
    assert "0 / 3 trouvés" in drawn_words(game)
    tap(game, view.to_screen(extra.x, extra.y))
    assert r.finds == 1 and r.wrong_taps == 0
    text = drawn_words(game)
    assert "1 / 3 trouvés" in text and extra.label.get("fr") in text
    assert "ne compte pas" not in text  # it counts: nothing says otherwise
    for hotspot in r.params.hotspots[:2]:
        tap(game, view.to_screen(hotspot.x, hotspot.y))
    assert r.finished and r.result().score == 100  # three faults of the five in the picture
    result = r.result()
    assert result.details["missed"] == []  # nothing she was asked for is left out
    assert any(f.label.get("fr") == extra.label.get("fr") and f.ok for f in result.feedback)


def test_short_of_the_count_the_hotspots_not_found_are_missed(game: Any) -> None:
    view = open_task(game, "maintenance", "risques", express=True)
    r = view.rules
    extra = r.by_id[sorted(r.extra_ids)[0]]
    tap(game, view.to_screen(extra.x, extra.y))
    r.done()
    res = r.result()
    assert res.score == 33 and res.details["missed"] == [a.id for a in r.params.hotspots]
    assert extra.id in res.details["found"]


def test_an_explanation_stays_as_long_as_reading_it_takes_and_the_timer_waits(
        game: Any) -> None:
    app, _ctx, clock = game
    for world, station in shipped_spots(game):
        view = open_task(game, world, station)
        r = view.rules
        for area in [*r.params.hotspots[:-1], *r.params.decoys]:
            tap(game, view.to_screen(area.x, area.y))
            assert view.toast is not None
            _ok, title, body = view._toast_text(view.toast[0])
            need = (words(title) + words(body)) * 60 / READ_WPM
            left = r.time_left
            assert title in drawn_words(game)
            shown = 0.0
            while view.toast is not None and view.toast[0].area == area.id:
                clock.advance(STEP_S)
                app.frame()
                shown += STEP_S
                if shown > 60:
                    break
            assert shown >= need, (station, area.id, shown, need)
            assert r.time_left == pytest.approx(left, abs=0.1)  # read, not timed


def test_the_next_tap_replaces_the_explanation(game: Any) -> None:
    view = open_task(game, "soudure", "controle")
    a, b = view.rules.params.decoys[:2]
    tap(game, view.to_screen(a.x, a.y))
    tap(game, view.to_screen(b.x, b.y))
    assert view.toast is not None and view.toast[0].area == b.id


def covers(view: Any, box: Any, area_id: str) -> int:
    """Points of ``box`` (every 4 px) on the area's drawn shape, else in its circle."""
    a = view.rules.by_id[area_id]
    shape = view.outline(area_id)
    c, radius = view.to_screen(a.x, a.y), view.ring_r(a.radius)
    n = 0
    for x in range(box.left + 2, box.right - 1, 4):
        for y in range(box.top + 2, box.bottom - 1, 4):
            on = inside(shape, x, y) if shape else math.dist((x, y), c) <= radius
            n += on
    return n


@pytest.mark.slow
@pytest.mark.parametrize("express", [False, True])
def test_a_found_faults_name_covers_no_other_place(game: Any, express: bool) -> None:
    """Every shipped spot picture, every fault found, in fr and en at each text size: each
    name inside the picture, on no other area (fault or decoy), on no other name or tick."""
    _app, ctx, _clock = game
    s = ctx.settings
    try:
        for world, station in shipped_spots(game):
            for lang, scale in itertools.product(("fr", "en"), TEXT_SCALES):
                s.lang, s.text_scale = lang, scale
                ctx.apply_settings()
                view = open_task(game, world, station, express)
                r = view.rules
                r.found = list(r.hotspot_ids)
                r.extras_seen = sorted(r.extra_ids)
                boxes = view.label_boxes()
                where = (station, lang, scale)
                assert set(boxes) == {*r.found, *r.extras_seen}
                for area_id, box in boxes.items():
                    assert view.image_rect.contains(box), (where, area_id)
                    for other in r.by_id:
                        if other != area_id:
                            assert covers(view, box, other) == 0, (where, area_id, other)
                for (i, a), (j, b) in itertools.combinations(boxes.items(), 2):
                    assert not a.colliderect(b), (where, i, j)
                ticks = {i: view.badge(i) for i in boxes}
                for (i, a), (j, t) in itertools.product(boxes.items(), ticks.items()):
                    assert not a.colliderect(t), (where, i, "tick of", j)
    finally:
        s.lang, s.text_scale = "fr", 1.0
        ctx.apply_settings()
