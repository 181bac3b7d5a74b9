"""A student's accommodations: one value a trainer sets per student (issue 14, classroom).

Applied with :meth:`game.settings.Settings.accommodate`; a module of its own so that the
settings, which the first frame needs, do not load pydantic.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

MORE_TIME_MOST = 3.0


class Accommodations(BaseModel):
    """What a student is allowed (set per student by the trainer, applied with
    :meth:`Settings.accommodate`): more time (x1.5, x2; None: the normal time), no timer at all,
    one wrong option fewer per question, the largest text, the game reading aloud."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    more_time: float | None = None
    no_timer: bool = False
    fewer_choices: bool = False
    larger_text: bool = False
    read_aloud: bool = False

    @field_validator("more_time")
    @classmethod
    def _offered(cls, value: float | None) -> float | None:
        """x1.5 or x2 as offered; any factor from 1 to 3 is taken (a hub's spec allows them),
        x1 meaning none."""
        if value is None or value == 1.0:
            return None
        if not 1.0 < value <= MORE_TIME_MOST:
            raise ValueError(f"more time is a factor from 1 to {MORE_TIME_MOST:g} "
                             f"(x1.5 or x2 as offered); not x{value:g}")
        return value

    @property
    def any(self) -> bool:
        return self != NO_ACCOMMODATIONS


NO_ACCOMMODATIONS = Accommodations()
