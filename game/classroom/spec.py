"""What a student's PC plays: the session's content and settings, and her accommodations.

The hub answers ``GET /api/class/{code}?student=NAME`` with a :class:`SessionSpec`; with no
network, :func:`from_code` makes the same value from the code alone (no chosen stations,
no accommodations but those given on the PC). The PC asks again every few seconds while the
student plays, so an accommodation the trainer sets on the dashboard takes effect at once.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from game.classroom.code import ClassRoute, CodeContent, decode, normalise

Id = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class StudentAccommodations(BaseModel):
    """Per student; the same fields as :class:`game.settings.Accommodations`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    more_time: Annotated[float, Field(ge=1.0, le=3.0)] | None = None  # 1.5 or 2; None: normal
    no_timer: bool = False
    fewer_choices: bool = False  # one wrong option removed per question
    larger_text: bool = False
    read_aloud: bool = False


class SessionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Annotated[str, StringConstraints(min_length=6, max_length=6)]
    title: Annotated[str, StringConstraints(max_length=80)] = ""
    scenario_id: Id | None = None  # None: the PC's default scenario
    world: Annotated[int, Field(ge=0, le=49)] = 0  # 0: every world; k: the k-th world
    world_id: Id | None = None  # the hub names it too, when it knows the scenario
    route: ClassRoute = "world"
    stations: list[Id] | None = None  # chosen by the trainer; None: all of the world(s)
    timers: bool = False  # the classroom's default: no timers
    speed_bonus: bool = False  # never in a classroom unless the trainer asks
    open: bool = True  # False once the trainer closed the session: nothing more is taken
    accommodations: StudentAccommodations = StudentAccommodations()


def from_code(code: str) -> SessionSpec:
    """The session as the code alone says it (offline play); raises code.BadCode."""
    content: CodeContent = decode(code)
    return SessionSpec(code=normalise(code), world=content.world,
                       route=content.route,
                       timers=content.timers)
