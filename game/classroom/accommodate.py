"""A student's accommodations put in force in the running game (the classroom's side).

The minimal application the classroom needs while ``game.settings.Accommodations`` (the
accessibility work, issue 14) is not on main: the session's timers, then more time (x1.5,
x2), no timer, the largest text and reading aloud, each time over the settings as they were
before the session began, so that a trainer taking an accommodation away gives the student
her own settings back. « Fewer choices » needs that work's task hook and waits for it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.settings import TEXT_SCALES

if TYPE_CHECKING:
    from game.classroom.spec import SessionSpec
    from game.context import Context

#: the settings a session may change, kept before its first change (ctx.cache)
ACCOMMODATED = ("more_time", "timers", "text_scale", "self_voicing")
BEFORE = "classroom.settings_before"


def apply(ctx: Context, spec: SessionSpec) -> None:
    """The session's timers and the student's accommodations, in force from now on."""
    settings = ctx.settings
    before: dict[str, Any] = ctx.cache.setdefault(
        BEFORE, {name: getattr(settings, name) for name in ACCOMMODATED})
    for name, value in before.items():
        setattr(settings, name, value)
    acc = spec.accommodations
    settings.timers = spec.timers and not acc.no_timer
    if acc.more_time is not None and acc.more_time > 1.0:
        settings.more_time = acc.more_time
    if acc.larger_text:
        settings.text_scale = max(settings.text_scale, TEXT_SCALES[-1])
    if acc.read_aloud:
        settings.self_voicing = True
    ctx.apply_settings()


def restore(ctx: Context) -> None:
    """The session is over on this PC: the settings as they were before it."""
    before = ctx.cache.pop(BEFORE, None)
    if before:
        for name, value in before.items():
            setattr(ctx.settings, name, value)
        ctx.apply_settings()
