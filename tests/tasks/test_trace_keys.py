"""The weld pass from the keyboard (a playtest: holding → reached 18 mm/s against a 4-8 band).
Holding the right arrow steadily travels in the band's middle; + and − go faster or slower;
the help text says so, and the README's controls paragraph stays true."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.i18n import tr
from tests.tasks.test_gauge_spot_views import Game, game, scenario  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]


def hold(g: Game, key: int, down: bool) -> None:
    kind = pygame.KEYDOWN if down else pygame.KEYUP
    pygame.event.post(pygame.event.Event(kind, key=key, unicode="", mod=0, scancode=0))


def weld_holding_right(g: Game, view: object, plus: int = 0) -> None:
    """Hold → from start to end, never let go; aim with ↑/↓ as a person watching the torch."""
    rules = view.rules  # type: ignore[attr-defined]
    g.key(pygame.K_RIGHT)  # the first press puts the torch on the start of the joint
    for _ in range(plus):
        g.key(pygame.K_PLUS)
    hold(g, pygame.K_RIGHT, True)
    up = down = False
    for _ in range(60 * 60):
        if rules.finished:
            break
        # how far above the joint the torch is on the screen (y grows downwards)
        off = (view.rules.start_point[1] - view.torch[1]) if view.torch else 0.0  # type: ignore[attr-defined]
        if (off < -0.3) != up:
            up = not up
            hold(g, pygame.K_UP, up)
        if (off > 0.3) != down:
            down = not down
            hold(g, pygame.K_DOWN, down)
        g.step()
    for key in (pygame.K_RIGHT, pygame.K_UP, pygame.K_DOWN):
        hold(g, key, False)
    g.step()


@pytest.mark.slow
def test_holding_the_right_arrow_welds_in_the_speed_band(game: Game) -> None:  # noqa: F811
    view = game.open("soudure")
    band = view.rules.params.speed_mm_s
    weld_holding_right(game, view)
    shares = view.rules.shares()
    assert shares["speed"] >= 0.95, shares  # only the first fraction of a second is slow
    assert "lack_of_fusion" not in view.rules.defects()
    assert band.low < view.cruise == band.target < band.high
    result = game.debrief()
    assert result.score >= 80, result


@pytest.mark.slow
def test_plus_goes_faster_and_the_hud_says_the_arrows_speed(game: Game) -> None:  # noqa: F811
    view = game.open("soudure")
    band = view.rules.params.speed_mm_s
    game.key(pygame.K_RIGHT)
    game.key(pygame.K_MINUS)
    assert view.cruise == band.target - 0.5 * band.tolerance
    game.key(pygame.K_PLUS)
    assert view.cruise == band.target
    weld_holding_right(game, view, plus=4)  # 4 steps of half the tolerance: twice it too fast
    assert view.cruise == band.target + 2 * band.tolerance
    assert "lack_of_fusion" in view.rules.defects()  # too fast: the edges are not fused


def test_the_help_text_says_how_the_keys_weld(game: Game) -> None:  # noqa: F811
    view = game.open("soudure")
    seen: list[str] = []
    game.ctx.text.seen = seen.append
    try:
        game.key(pygame.K_RIGHT)
        game.app.draw()
    finally:
        game.ctx.text.seen = None
    fr, en = tr("trace.keys", "fr"), tr("trace.keys", "en")
    assert fr in seen  # drawn in the task's panel
    assert "flèche droite enfoncée" in fr and "haut et bas pour viser (la torche monte" in fr
    assert "+ ou −" in fr
    assert "hold the right arrow to travel" in en and "up and down to aim (the torch moves up" in en
    assert "+ or − for the speed" in en
    assert tr("trace.cruise", "fr", speed="6,0") in seen  # what the held arrow does now
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "hold the right arrow to travel and up/down to aim" in readme
    assert view.cruise == view.rules.params.speed_mm_s.target


@pytest.mark.slow
def test_the_bot_still_welds_in_the_band(game: Game) -> None:  # noqa: F811
    view = game.open("soudure", bot=True)
    game.until(lambda: view.rules.finished, 60)
    assert view.rules.shares()["speed"] >= 0.9


def test_the_live_hint_has_a_warning_sign_not_a_cross(game: Game) -> None:  # noqa: F811
    """« Ralentis » beside a red cross read as « don't slow down »: a warning sign instead."""
    view = game.open("soudure")
    game.key(pygame.K_RIGHT)
    for _ in range(4):
        game.key(pygame.K_PLUS)
    hold(game, pygame.K_RIGHT, True)
    game.step(150)
    assert view.rules.live.hint == "too_fast"
    game.app.draw()
    hold(game, pygame.K_RIGHT, False)
    surface, pal = game.app.display.logical, game.ctx.palette
    below = pygame.Rect(view.plate.x, view.plate.bottom + 56, view.plate.w, 100)
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(below.left, below.right, 2)
               for y in range(below.top, below.bottom, 2)}
    assert pal.safety in colours and pal.ink in colours
    assert pal.error not in colours


def test_up_moves_the_torch_up_and_the_aim_gauge_shows_it_so(game: Game) -> None:  # noqa: F811
    """A playtest: ↑ moved the torch down the plate while the aim gauge was horizontal, so
    nobody could tell which key moved what. ↑ now moves the torch up on the plate, and the
    gauge shows the joint across with the torch's ring above or below it, as on the plate."""
    view = game.open("soudure")
    game.key(pygame.K_RIGHT)  # the torch on the start of the joint
    hold(game, pygame.K_RIGHT, True)
    game.step(30)
    game.app.draw()
    y0, ring0 = view.to_screen(view.torch)[1], view.aim_mark
    for key, sign in ((pygame.K_UP, -1), (pygame.K_DOWN, 1)):
        hold(game, key, True)
        game.step(20)
        hold(game, key, False)
        game.step()
        game.app.draw()
        y1, ring1 = view.to_screen(view.torch)[1], view.aim_mark
        assert (y1 - y0) * sign > 5, (key, y0, y1)  # on the plate: up for ↑, down for ↓
        assert (ring1[1] - ring0[1]) * sign > 5, (key, ring0, ring1)  # the gauge's ring too
        assert ring1[0] == ring0[0]  # straight up and down: the gauge lies as the joint does
        y0, ring0 = y1, ring1
    hold(game, pygame.K_RIGHT, False)


def test_the_pause_help_says_the_weld_pass_keys(game: Game) -> None:  # noqa: F811
    """Menu → « Aide : les commandes » on the weld pass says its own keys, + and − included."""
    from game.scenes.pause import PauseScene

    view = game.open("soudure")
    game.key(pygame.K_ESCAPE)
    pause = game.app.top
    assert isinstance(pause, PauseScene)
    help_button = pause.buttons.get("help")
    assert help_button is not None
    game.step(round(0.5 / 0.0167))  # she reads the menu before tapping
    game.click(help_button.rect.center)
    assert pause.helping
    for lang in ("fr", "en"):
        game.ctx.settings.lang = lang
        said = pause.help_text()
        assert tr("trace.keys", lang) in said
        assert ("+ ou −" if lang == "fr" else "+ or −") in said
    game.ctx.settings.lang = "fr"
    seen: list[str] = []
    game.ctx.text.seen = seen.append
    try:
        game.app.draw()
    finally:
        game.ctx.text.seen = None
    assert any(tr("trace.keys", "fr") in text for text in seen)  # drawn on the help page
    del view


def test_the_aim_gauge_and_the_keys_text_never_overlap(game: Game) -> None:  # noqa: F811
    from game.settings import TEXT_SCALES

    view = game.open("soudure")
    s = game.ctx.settings
    try:
        for lang in ("fr", "en"):
            for scale in TEXT_SCALES:
                s.lang, s.text_scale = lang, scale
                game.ctx.apply_settings()
                game.app.draw()
                assert view.aim_gauge.h >= 100 and not view.aim_gauge.colliderect(view.keys_box)
                assert view.hud.contains(view.keys_box), (lang, scale)
    finally:
        s.lang, s.text_scale = "fr", 1.0
        game.ctx.apply_settings()
