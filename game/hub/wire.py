"""What crosses the network between a device and the hub: a batch of records, and the limits.

A record is an append-only fact with a UUID made on the device and the device's own counter
(``seq``, 1, 2, 3…): a finished game with its tasks and probe answers, a kiosk visit, a
nickname given to a game after it was saved, a game taken off the boards, the jobs a player
liked and the offers her card showed (``interests``). The hub stores a
record once: the same UUID again is a no-op. A batch is checked whole by these models; one bad
record refuses the batch, and the reply names it (``index``, ``uuid``) so the device can set
that one aside and send the rest.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

MAX_RECORDS = 500  # per batch
MAX_BYTES = 2_000_000  # per request body
MAX_DETAILS = 16_000  # characters of one task's details JSON (a weld's samples stay local)

Id = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Short = Annotated[str, StringConstraints(min_length=1, max_length=16)]
Answer = Literal["agree", "disagree", "unsure"]
Seq = Annotated[int, Field(ge=1, le=2**62)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TaskIn(_Strict):
    world_id: Id
    station_id: Id
    task_type: Id
    score: Annotated[int, Field(ge=0, le=100)]
    stars: Annotated[int, Field(ge=0, le=3)]
    duration_s: Annotated[float, Field(ge=0, le=86_400)]
    details_json: Annotated[str, StringConstraints(max_length=MAX_DETAILS)] | None = None

    @field_validator("details_json")
    @classmethod
    def _json(cls, value: str | None) -> str | None:
        if value is not None:
            json.loads(value)  # a ValueError becomes a validation error
        return value


class ProbeIn(_Strict):
    myth_id: Id
    before: Answer | None = None
    after: Answer | None = None


Scale = Annotated[int, Field(ge=1, le=5)]


class BeliefIn(_Strict):
    """An item of the 5-point before/after question (devices with score schema 6 and later);
    the old 3-point answers still come as :class:`ProbeIn`."""

    item_id: Id
    kind: Literal["stereotype", "counter", "self"]
    before: Scale | None = None
    after: Scale | None = None
    myth_id: Id | None = None
    world_id: Id | None = None


class _Record(_Strict):
    uuid: UUID
    seq: Seq


class GameIn(_Record):
    kind: Literal["game"]
    scenario_id: Id
    nickname: Annotated[str, StringConstraints(max_length=40)] | None = None
    started_at: AwareDatetime
    finished_at: AwareDatetime
    score: Annotated[int, Field(ge=0, le=1_000_000)]
    stars: Annotated[int, Field(ge=0, le=10_000)]
    worlds: Annotated[list[Id], Field(max_length=50)]
    lang: Short
    mode: Literal["play", "autoplay", "kiosk"]
    session: Annotated[str, StringConstraints(max_length=40)] | None = None
    gender: Literal["girl", "boy", "other", "unsaid"] | None = None
    tasks: Annotated[list[TaskIn], Field(max_length=200)] = []
    probe: Annotated[list[ProbeIn], Field(max_length=100)] = []
    beliefs: Annotated[list[BeliefIn], Field(max_length=100)] = []
    age_band: Literal["under18", "18-29", "30-54", "55plus"] | None = None
    situation: Literal["pupil", "student", "employed", "jobseeker", "other"] | None = None
    route: Id | None = None  # game.flow.ROUTES; hubs before schema 5 do not take it


#: optional fields a hub of an older version does not know: a device whose record it refuses
#: for one of them sends that hub its records without it (game.hub.sync), losing only that
LATER_FIELDS = frozenset({"route"})


class VisitIn(_Record):
    kind: Literal["visit"]
    scenario_id: Id
    started_at: AwareDatetime
    ended_at: AwareDatetime
    played_s: Annotated[float, Field(ge=0, le=86_400)]
    outcome: Literal["finished", "walked_away", "left", "admin", "crash"]
    lang: Short
    game: UUID | None = None  # the game this visit saved, if any


class NicknameIn(_Record):
    kind: Literal["nickname"]
    game: UUID
    nickname: Annotated[str, StringConstraints(max_length=40)] | None = None


class HideIn(_Record):
    kind: Literal["hide"]  # an organiser took the game off the boards (kept for the report)
    game: UUID


class LikedIn(_Strict):
    world_id: Id
    station_id: Id


class InterestsIn(_Record):
    """What a player's take-away card showed and what she liked (devices with score schema 7
    and later), replacing what an earlier record of the same game said. A hub of an older
    version refuses this kind alone (422 naming it): the device sets it aside, the games go."""

    kind: Literal["interests"]
    game: UUID
    liked: Annotated[list[LikedIn], Field(max_length=100)] = []
    offers: Annotated[list[Id], Field(max_length=100)] = []


Record = Annotated[GameIn | VisitIn | NicknameIn | HideIn | InterestsIn,
                   Field(discriminator="kind")]


class Batch(_Strict):
    version: Literal[1] = 1  # the wire format's version
    device: UUID
    sent_at: AwareDatetime  # the device's clock when it sent: the hub measures the skew
    records: Annotated[list[Record], Field(min_length=1, max_length=MAX_RECORDS)]


class Refused(Exception):
    """A request the hub will not store; ``status`` is the HTTP code, ``reason`` says why."""

    def __init__(self, status: int, reason: str, index: int | None = None,
                 uuid: str | None = None) -> None:
        super().__init__(reason)
        self.status, self.reason, self.index, self.uuid = status, reason, index, uuid

    def body(self) -> dict[str, object]:
        out: dict[str, object] = {"error": self.reason}
        if self.index is not None:
            out["index"] = self.index
            out["uuid"] = self.uuid
        return out


def parse_batch(body: bytes) -> Batch:
    """The batch in ``body``; raises :class:`Refused` (400 or 422) with a reason in words."""
    if len(body) > MAX_BYTES:
        raise Refused(413, f"body larger than {MAX_BYTES} bytes")
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError) as err:
        raise Refused(400, f"not JSON: {err}") from None
    if isinstance(raw, dict) and isinstance(raw.get("records"), list) and len(
            raw["records"]) > MAX_RECORDS:
        raise Refused(422, f"more than {MAX_RECORDS} records in one batch")
    try:
        return Batch.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = first.get("loc", ())
        index = where[1] if len(where) > 1 and where[0] == "records" else None
        uuid = None
        if isinstance(index, int) and isinstance(raw, dict):
            rec = raw["records"][index]
            uuid = str(rec.get("uuid")) if isinstance(rec, dict) else None
        path = ".".join(str(p) for p in where)
        raise Refused(422, f"{path}: {first.get('msg', 'invalid')}",
                      index if isinstance(index, int) else None, uuid) from None


def stamp(moment: datetime) -> str:
    return moment.isoformat()
