"""A student's accommodations put in force in the running game (the classroom's side).

The session's timers, then the student's accommodations through the accessibility settings'
own :class:`game.settings.Accommodations` (more time, no timer, one wrong option fewer per
question, the largest text, reading aloud), each time over the settings as they were before
the session began, so that a trainer taking an accommodation away gives the student her own
settings back, and the next student on the PC plays with the PC's settings.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from game.settings import Accommodations

if TYPE_CHECKING:
    from game.classroom.spec import SessionSpec, StudentAccommodations
    from game.context import Context

BEFORE = "classroom.timers_before"  # ctx.cache: the PC's own timers setting


def accommodations(acc: StudentAccommodations) -> Accommodations:
    """The spec's accommodations as the game's (x1 meaning none)."""
    more = acc.more_time if acc.more_time is not None and acc.more_time > 1.0 else None
    return Accommodations(more_time=more, no_timer=acc.no_timer,
                          fewer_choices=acc.fewer_choices, larger_text=acc.larger_text,
                          read_aloud=acc.read_aloud)


def apply(ctx: Context, spec: SessionSpec) -> None:
    """The session's timers and the student's accommodations, in force from now on."""
    settings = ctx.settings
    settings.accommodate(Accommodations())  # the settings before any accommodation
    ctx.cache.setdefault(BEFORE, settings.timers)  # the PC's own, given back at the end
    settings.timers = spec.timers
    ctx.accommodate(accommodations(spec.accommodations))


def restore(ctx: Context) -> None:
    """The session is over on this PC: the settings as they were before it."""
    if BEFORE not in ctx.cache:
        return
    ctx.accommodate(Accommodations())
    ctx.settings.timers = bool(ctx.cache.pop(BEFORE))
    ctx.apply_settings()
