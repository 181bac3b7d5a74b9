"""The settings screen changes what the player sees and plays."""
from __future__ import annotations

from game.scene import Push
from game.scenes.settings import SettingsScene
from game.settings import TEXT_SCALES
from game.ui import theme


def test_each_setting_takes_effect(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.app.transition(Push(SettingsScene(h.ctx)))
    scene = h.app.top
    normal_ink = theme.INK
    try:
        for bid in ("lang:en", f"text:{len(TEXT_SCALES) - 1}", "contrast:on", "sound:off", "timers:off"):
            h.act(*scene.buttons.tap(bid))
        s = h.ctx.settings
        assert (s.lang, s.text_scale, s.high_contrast, s.sound, s.timers) == \
            ("en", TEXT_SCALES[-1], True, False, False)
        assert h.ctx.text.scale == TEXT_SCALES[-1]
        assert theme.INK == (0, 0, 0) and theme.PAPER == (255, 255, 255)
        assert h.ctx.tr("play") == "Play"
        assert scene.buttons.get("contrast:on").selected  # the choice shows as chosen
        h.act(*scene.buttons.tap("done"))
        assert h.app.top.name == "TitleScene"
    finally:
        h.ctx.settings.high_contrast = False
        h.ctx.apply_settings()
    assert theme.INK == normal_ink


def test_timers_off_means_no_task_timer(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.scenes.task import TaskScene

    h = make_app("--no-timers", autoplay=False)
    world = h.ctx.scenario.model.worlds[0]
    timed = next(s for s in world.stations if s.task.time_limit_s)
    scene = TaskScene(h.ctx, world.id, timed.id)
    assert scene.rules.time_left is None
    h.ctx.settings.timers = True
    assert TaskScene(h.ctx, world.id, timed.id).rules.time_left == timed.task.time_limit_s
