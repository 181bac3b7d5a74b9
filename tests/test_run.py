"""The game's start: the title's first frame first, the rest warmed up in small steps."""
from __future__ import annotations

from pathlib import Path

from game.cli import parse
from game.loop import STEP_S
from game.run import WarmUp, create
from game.scenario.cache import KeptScenario


def test_the_title_shows_first_and_the_first_tap_finds_everything_ready(tmp_path: Path) -> None:
    args = ["--headless", "--data-dir", str(tmp_path)]
    _, ctx, _ = create(parse(args))  # checks the scenario and keeps it in the cache
    if ctx.scores is not None:
        ctx.scores.close()
    app, ctx, clock = create(parse(args))  # a second start reads the cache
    app.draw_every = 1
    scenario = ctx.scenario
    assert isinstance(scenario, KeptScenario)
    warm = next(w for w in app.watchers if isinstance(w, WarmUp))
    clock.advance(STEP_S)
    app.frame()
    assert app.draws == 1 and not scenario.unpacked  # the title did not wait for the models
    frames = 0
    while not warm.done and frames < 30:
        clock.advance(STEP_S)
        app.frame()
        frames += 1
    assert warm.done and scenario.unpacked
    assert frames > 2  # a step a frame: no frame of the title waited for it all
    kept = ctx.images.kept_bytes
    for world in scenario.model.worlds:
        if world.image:
            ctx.images.get(scenario.asset(world.image))
    assert ctx.images.kept_bytes == kept  # every world card was loaded already
    if ctx.scores is not None:
        ctx.scores.close()


def test_the_window_shows_the_splash_before_the_scenario_is_read(tmp_path: Path,
                                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A playtest: about ten seconds of black window at start on a loaded PC, while the
    scenario was checked and the kiosk set up. The window opens with its splash first."""
    import game.run
    from game.ui import theme

    opened: list[object] = []
    seen: list[tuple[int, int, int]] = []
    real_display, real_load = game.run.Display, game.run.load_scenario

    def display(*args, **kwargs):  # type: ignore[no-untyped-def]
        d = real_display(*args, **kwargs)
        opened.append(d)
        return d

    def load(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert opened, "the scenario was read before the window opened"
        logical = opened[0].logical  # type: ignore[attr-defined]
        seen.extend(logical.get_at((x, y))[:3] for x, y in ((40, 200), (960, 1000)))
        inked = {logical.get_at((x, 500))[:3] for x in range(600, 1320, 3)}
        assert theme.NORMAL.ink in inked or len(inked) > 3  # the game's name is written
        return real_load(*args, **kwargs)

    monkeypatch.setattr(game.run, "Display", display)
    monkeypatch.setattr(game.run, "load_scenario", load)
    _app, ctx, _clock = create(parse(["--headless", "--data-dir", str(tmp_path / "data")]))
    assert seen == [theme.NORMAL.paper] * 2  # the paper, not a black window
    ctx.scores.close()


def test_the_first_tap_on_play_reads_no_language_data(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The world choice counts its stations in the player's language: Babel's plural rules
    (some 40 ms to read the first time) were read in the first tap's frame. They are read
    once the title is up, beside it, and neither the first frame nor the tap waits."""
    import threading

    import babel.localedata
    import pygame

    from game import i18n
    from game.scenes.world_select import WorldSelectScene

    args = ["--headless", "--data-dir", str(tmp_path)]
    _, ctx, _ = create(parse(args))
    if ctx.scores is not None:
        ctx.scores.close()
    for cached in (i18n.plural, i18n._locale, i18n.number, i18n._percent):
        cached.cache_clear()  # a fresh start: nothing of Babel's read yet
    monkeypatch.setattr(babel.localedata, "_cache", {})
    monkeypatch.setattr(babel.localedata, "_dict_cache", {})
    reads: list[tuple[str, bool]] = []
    real_load = babel.localedata.load

    def load(name, merge_inherited=True):  # type: ignore[no-untyped-def]
        reads.append((name, threading.current_thread() is threading.main_thread()))
        return real_load(name, merge_inherited)

    monkeypatch.setattr(babel.localedata, "load", load)
    app, ctx, clock = create(parse(args))
    app.draw_every = 1
    warm = next(w for w in app.watchers if isinstance(w, WarmUp))
    clock.advance(STEP_S)
    app.frame()
    assert app.draws == 1 and reads == []  # the title's first frame did not wait for them
    while not warm.done:
        clock.advance(STEP_S)
        app.frame()
    assert warm.language is not None
    warm.language.join(30)
    assert {"fr", "en"} <= {name for name, _ in reads}
    assert not any(on_main for _, on_main in reads)  # read beside the title, not in a frame
    reads.clear()
    play = app.top.buttons.get("play")
    assert play is not None
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=play.rect.center, button=1))
        clock.advance(STEP_S)
        app.frame()
    assert isinstance(app.top, WorldSelectScene) and app.draws >= 3
    assert reads == []  # the tap's frame read nothing: it was all there
    if ctx.scores is not None:
        ctx.scores.close()
