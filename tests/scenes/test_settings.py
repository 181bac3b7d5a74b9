"""The settings screen changes what the player sees and plays."""
from __future__ import annotations

from game.scene import Push
from game.scenes.settings import SettingsScene
from game.settings import TEXT_SCALES


def test_each_setting_takes_effect(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.app.transition(Push(SettingsScene(h.ctx)))
    scene = h.app.top
    normal_ink = h.ctx.palette.ink
    try:
        for bid in ("lang:en", f"text:{len(TEXT_SCALES) - 1}", "contrast:on", "sound:off",
                    "timers:off"):
            h.act(*scene.buttons.tap(bid))
        s = h.ctx.settings
        assert (s.lang, s.text_scale, s.high_contrast, s.sound, s.timers) == \
            ("en", TEXT_SCALES[-1], True, False, False)
        assert h.ctx.text.scale == TEXT_SCALES[-1]
        assert h.ctx.palette.ink == (0, 0, 0) and h.ctx.palette.paper == (255, 255, 255)
        assert h.ctx.tr("play") == "Play"
        assert scene.buttons.get("contrast:on").selected  # the choice shows as chosen
        h.act(*scene.buttons.tap("done"))
        assert h.app.top.name == "TitleScene"
    finally:
        h.ctx.settings.high_contrast = False
        h.ctx.apply_settings()
    assert h.ctx.palette.ink == normal_ink


def test_timers_off_means_no_task_timer(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.scenes.task import TaskScene

    h = make_app("--no-timers", autoplay=False)
    world = h.ctx.scenario.model.worlds[0]
    timed = next(s for s in world.stations if s.task.time_limit_s)
    scene = TaskScene(h.ctx, world.id, timed.id)
    assert scene.rules.time_left is None
    h.ctx.settings.timers = True
    assert TaskScene(h.ctx, world.id, timed.id).rules.time_left == timed.task.time_limit_s


def test_a_chosen_option_has_one_tick_not_a_second_over_its_label(make_app) -> None:  # type: ignore[no-untyped-def]
    """Regression: the screen drew its own tick over each chosen option's first letter."""
    import pygame

    h = make_app(autoplay=False)
    h.app.transition(Push(SettingsScene(h.ctx)))
    scene = h.app.top
    h.app.draw()
    surface, pal = h.app.display.logical, h.ctx.palette
    chosen = [b for b in scene.buttons.items if b.selected]
    assert len([b for b in chosen if not b.id.startswith("page:")]) == 5  # one per row
    assert [b.id for b in chosen if b.id.startswith("page:")] == ["page:general"]  # and the page
    for b in chosen:
        def ticks_in(area: pygame.Rect) -> int:
            return pygame.mask.from_threshold(surface.subsurface(area), pal.primary,
                                              (1, 1, 1, 255)).count()
        left = pygame.Rect(b.rect.x + 16, b.rect.centery - 22, 48, 44)
        right = pygame.Rect(b.rect.right - 64, b.rect.centery - 22, 48, 44)
        assert ticks_in(left) == 0, b.id  # nothing over the label's first letter
        assert ticks_in(right) > 40, b.id  # the button's own tick, at its right


def test_the_accessibility_page_sets_reading_aloud_motion_and_more_time(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.scenes.task import TaskScene

    h = make_app(autoplay=False)
    h.app.transition(Push(SettingsScene(h.ctx)))
    scene = h.app.top
    h.act(*scene.buttons.tap("page:access"))
    assert scene.page == "access" and scene.buttons.get("voice:on") is not None
    for bid in ("voice:on", "rate:0", "motion:on", "time:2"):
        h.act(*scene.buttons.tap(bid))
    s = h.ctx.settings
    assert (s.self_voicing, s.speech_rate, s.reduced_motion, s.more_time) == (True, 140, True, 2.0)
    assert h.ctx.speech.enabled and h.ctx.motion.reduced
    world = h.ctx.scenario.model.worlds[0]
    timed = next(st for w in h.ctx.scenario.model.worlds for st in w.stations
                 if st.task.time_limit_s)
    world = next(w for w in h.ctx.scenario.model.worlds if timed in w.stations)
    task = TaskScene(h.ctx, world.id, timed.id)
    assert task.rules.time_limit == timed.task.time_limit_s * 2  # twice the time, as asked
    h.act(*scene.buttons.tap("page:general"))
    assert scene.buttons.get("lang:fr") is not None and scene.buttons.get("voice:on") is None


def test_without_a_speech_engine_the_page_says_so(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.speech._factory = lambda: None  # this computer has no voice
    h.app.transition(Push(SettingsScene(h.ctx, page="access")))
    scene = h.app.top
    h.act(*scene.buttons.tap("voice:on"))
    assert h.ctx.speech.probe(timeout=2.0) is False
    h.step(2)
    assert any("Aucune voix" in line for line in scene.spoken())


def test_the_accessibility_page_sets_readable_text_and_no_holding(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.app.transition(Push(SettingsScene(h.ctx, page="access")))
    scene = h.app.top
    for bid in ("readable:on", "holdfree:on"):
        h.act(*scene.buttons.tap(bid))
    assert h.ctx.settings.readable_text and h.ctx.settings.hold_free
    assert h.ctx.text.readable  # the text code spaces letters and lines from now on
    rects = [b.rect for b in scene.buttons.items]
    assert all(r.bottom <= 1080 for r in rects)
    assert not any(a.colliderect(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_a_change_reaches_the_task_under_the_settings_screen(make_app) -> None:  # type: ignore[no-untyped-def]
    """Scene.settings_changed: the running task's timer and header follow the settings."""
    import pygame

    from game.scenes.task import TaskScene

    h = make_app(autoplay=False)
    world = h.ctx.scenario.model.worlds[0]
    timed = next(s for s in world.stations if s.task.time_limit_s)
    limit = timed.task.time_limit_s
    h.app.transition(Push(TaskScene(h.ctx, world.id, timed.id)))
    task = h.app.top
    h.step(2)
    header = pygame.image.tobytes(task.background(), "RGB")
    h.app.transition(Push(SettingsScene(h.ctx)))
    scene = h.app.top
    h.act(*scene.buttons.tap("timers:off"))
    h.step()
    assert task.rules.time_left is None  # the clock went away under the settings screen
    h.act(*scene.buttons.tap("timers:on"))
    h.act(*scene.buttons.tap(f"text:{len(TEXT_SCALES) - 1}"))
    h.act(*scene.buttons.tap("page:access"))
    h.act(*scene.buttons.tap("time:2"))
    h.step()
    assert task.rules.time_limit == 2 * limit
    assert pygame.image.tobytes(task.background(), "RGB") != header  # drawn in the larger text
