"""The attract loop: the bot plays the real game under the banner; any tap starts a new game."""
from __future__ import annotations

from datetime import datetime, timedelta

import pygame
import pytest

from game.actions import Drag, Press, Release
from game.kiosk.attract import AttractScene
from game.kiosk.kiosk import CORNER
from game.scores.records import GameRecord, TaskRecord


@pytest.mark.slow
def test_the_bot_plays_the_real_scenes_and_saves_nothing(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    assert h.kiosk.attract and h.ctx.autoplay is not None and h.ctx.autoplay.games == 0
    seen: list[str] = []
    for _ in range(60 * 90):
        if not seen or seen[-1] != h.app.top.name:
            seen.append(h.app.top.name)
        h.step()
    for scene in ("TitleScene", "ProbeScene", "FloorScene", "DialogueScene", "TaskScene"):
        assert scene in seen
    assert h.kiosk.attract  # 90 s of bot taps, and still the attract loop
    assert h.ctx.scores.count_games() == 0 and h.ctx.scores.day_data(None).visits == []


@pytest.mark.slow
@pytest.mark.parametrize(("route", "played"), [(None, "decouverte"), ("grand_tour", "grand_tour"),
                                               ("choice", "decouverte")])
def test_the_demo_plays_the_visit_a_tap_starts(make_kiosk, route, played) -> None:  # type: ignore[no-untyped-def]
    """A passer-by sees the game she will get (the demo played the grand tour, whatever the
    kiosk's route); where the visitor chooses, the demo plays the short découverte."""
    h = make_kiosk({} if route is None else {"route": route})
    h.until(lambda: h.app.top.name == "FloorScene")
    assert h.kiosk.attract and h.ctx.tour is not None
    assert h.ctx.tour.route == played and h.ctx.tour.express == (played == "decouverte")


@pytest.mark.slow
def test_a_tap_starts_a_new_game_at_once_with_nothing_of_the_bots(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.until(lambda: h.app.top.name == "FloorScene")  # the bot is in the middle of a game
    h.wait(2)
    assert h.ctx.tour is not None
    bots = h.ctx.tour
    h.app.dispatch(Press((960, 500)))
    assert not h.kiosk.attract
    assert h.names == ["TitleScene", "ProbeScene"]  # the découverte's first question, at once
    tour = h.ctx.tour
    assert tour is not bots and tour.route == "decouverte" and not tour.results
    assert h.ctx.autoplay is None
    h.app.dispatch(Release((960, 500)))  # the release of that tap chooses nothing
    assert h.app.top.name == "ProbeScene" and not h.app.top.answers
    h.wait(10)
    assert h.app.top.name == "ProbeScene"  # nobody plays for the visitor


@pytest.mark.slow
def test_the_english_button_starts_in_english_and_the_next_loop_is_french(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    english = next(b for b in h.kiosk.overlay.buttons() if b.id == "en")
    h.tap(english.rect.center)
    assert h.ctx.lang == "en" and h.kiosk.visit is not None and h.kiosk.visit.lang == "en"
    h.wait(45 + 15 + 1)  # walks away
    assert h.kiosk.attract and h.ctx.lang == "fr"


def test_a_key_starts_a_game_too(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.key(pygame.K_SPACE)
    assert not h.kiosk.attract and h.app.top.name == "ProbeScene"


def test_the_overlay_shows_todays_best_and_hides_rude_names(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    now = datetime.now().astimezone()
    for name, score in (("LÉA", 400), ("SAL0PE", 390), ("TOM", 100)):
        h.ctx.scores.save_game(GameRecord(h.ctx.scenario.model.id, name, now - timedelta(minutes=4),
                                          now, score, 9, ["soudure"], "fr", "kiosk",
                                          tasks=[TaskRecord("soudure", "epi", "quiz", 90, 3, 20)]))
    h.kiosk.overlay.refresh()
    assert [r.nickname for r in h.kiosk.overlay.rows] == ["LÉA", "SAL0PE", "TOM"]
    texts: list[str] = []
    h.ctx.text.seen = texts.append
    h.kiosk.overlay._board = None
    h.app.draw()
    assert "LÉA" in texts and "TOM" in texts and "Anonyme" in texts and "SAL0PE" not in texts
    assert "Touche l'écran pour jouer" in texts and "Meilleurs scores du jour" in texts


def test_a_press_in_the_corner_starts_on_release_unless_held(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.app.dispatch(Press(CORNER.center))
    assert h.kiosk.attract  # maybe the organiser's long press: not yet
    h.app.dispatch(Release(CORNER.center))
    assert not h.kiosk.attract and h.app.top.name == "ProbeScene"


@pytest.mark.slow
def test_the_loop_starts_again_after_the_bots_game_and_after_a_stuck_screen(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    bot = h.ctx.autoplay
    h.until(lambda: h.ctx.autoplay is not bot,
            limit_s=60 * 20)  # the bot's whole tour, then a new one
    assert h.kiosk.attract and h.ctx.scores.count_games() == 0
    h.ctx.autoplay.think_s = 10_000  # a bot that never taps again: stuck on one screen
    h.ctx.autoplay._wait = 10_000
    stuck = h.ctx.autoplay
    h.wait(250)
    assert h.ctx.autoplay is not stuck and h.kiosk.attract


def test_drags_and_hover_on_the_loop_do_not_start_a_game(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.step(3)
    h.post(pygame.MOUSEMOTION, pos=(500, 500), rel=(3, 0), buttons=(0, 0, 0), touch=False)
    h.step(2)
    assert h.kiosk.attract
    h.app.dispatch(Drag((600, 600)))
    assert h.kiosk.attract
    assert isinstance(h.ctx.home(), AttractScene)


@pytest.mark.slow
@pytest.mark.parametrize("window", ["1920x1080", "1366x768"])
def test_todays_scores_and_the_demo_game_never_cover_each_other(make_kiosk, window: str) -> None:  # type: ignore[no-untyped-def]
    from game.kiosk.overlay import BANNER, BOARD, DEMO, DEMO_FRAME

    h = make_kiosk({"fullscreen": False, "window": window})
    h.until(lambda: h.app.top.name == "TaskScene" and not h.app.slide.active)  # in a task
    overlay = h.kiosk.overlay
    frame = DEMO.inflate(2 * DEMO_FRAME, 2 * DEMO_FRAME)
    parts = {"demo": frame, "board": BOARD, "banner": BANNER, "tag": overlay.demo_tag_rect(),
             **{f"lang {b.id}": b.rect for b in overlay.buttons()}}
    for a, ra in parts.items():
        assert pygame.Rect(0, 0, 1920, 1080).contains(ra), a
        for b, rb in parts.items():
            if a < b and not (a.startswith("lang") and b == "banner") \
                    and not (b.startswith("lang") and a == "banner"):
                assert not ra.colliderect(rb), (a, b)
    # what the demo screen shows is the bot's whole game, shrunk: nothing drawn over it
    game = pygame.Surface((1920, 1080))
    h.app.top.draw(game)
    h.app.draw()
    shown = h.app.display.logical.subsurface(DEMO)
    expected = pygame.transform.scale(game, DEMO.size)
    assert pygame.image.tobytes(shown, "RGB") == pygame.image.tobytes(expected, "RGB")


def test_a_scene_change_in_the_demo_slides_the_old_game_not_a_nested_screen(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    from game.kiosk.attract import Attract

    h = make_kiosk()
    attract = next(w for w in h.app.watchers if isinstance(w, Attract))
    pure: list[bytes] = []  # the bot's game as last drawn, without the attract's chrome
    sliding: list[bytes] = []
    original = attract.draw

    def spy(app, surface):  # type: ignore[no-untyped-def]
        was_sliding = app.slide.active
        original(app, surface)
        if was_sliding and not sliding and app.slide.still is not None:
            sliding.append(pygame.image.tobytes(app.slide.still, "RGB"))
        elif not app.slide.active:
            pure[:] = [pygame.image.tobytes(attract._last_game, "RGB")]

    attract.draw = spy  # type: ignore[method-assign]
    h.until(lambda: bool(sliding), limit_s=120)  # the bot changes screens at least once
    assert sliding[0] == pure[0]  # what slides away is the old game, not the whole kiosk
