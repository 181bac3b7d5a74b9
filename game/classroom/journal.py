"""What a student's PC records during a classroom session, as a journal of JSON lines.

One record per line, append-only, each with a UUID made on the PC: the same records are
pushed to the hub while the student plays (``POST /api/class/{code}/records``) and, with no
network, written to the file given by ``--class-file`` for ``main.py class import``. The hub
stores a record once (same UUID again: a no-op), so a file imported twice, or a record both
pushed and imported, counts once, in any order.

Kinds:

- ``join``: a student started the session on a PC;
- ``step``: a station finished — its score, stars, time, and each question answered
  (``answers``: what was chosen, what was right, in the words shown, so the debrief can
  say it without the scenario);
- ``beliefs``: the before or after answers to the statements (``value`` as the probe
  stores it: ``"agree"``/``"disagree"``/``"unsure"`` or a 1..5 scale);
- ``end``: the visit is over (finished or left), with the jobs liked and offers kept;
- ``tally``: projector mode — how many hands went up for each choice of one question.

A line that is not a valid record is reported (file, line, why) and skipped; the rest of the
file still counts.
"""
from __future__ import annotations

import json
import os
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

Id = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Text = Annotated[str, StringConstraints(max_length=600)]
Code = Annotated[str, StringConstraints(min_length=6, max_length=6)]
Student = Annotated[str, StringConstraints(min_length=1, max_length=40)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Rec(_Strict):
    v: Literal[1] = 1  # the journal's format version
    uuid: UUID
    session: Code
    student: Student
    device: UUID
    at: AwareDatetime


class JoinRec(_Rec):
    kind: Literal["join"]
    lang: Annotated[str, StringConstraints(min_length=2, max_length=16)]
    offline: bool = False


class AnswerRec(_Strict):
    """One question of a station, in the words the student saw."""

    item_id: Id  # stable within the station (a question's id, or its index as text)
    prompt: Text
    chosen: Annotated[list[Text], Field(max_length=20)]
    right: Annotated[list[Text], Field(max_length=20)]
    correct: bool
    explanation: Text | None = None  # the short form, for the debrief's discussion


class StepRec(_Rec):
    kind: Literal["step"]
    world_id: Id
    station_id: Id
    task_type: Id
    score: Annotated[int, Field(ge=0, le=100)]
    stars: Annotated[int, Field(ge=0, le=3)]
    duration_s: Annotated[float, Field(ge=0, le=86_400)]
    answers: Annotated[list[AnswerRec], Field(max_length=100)] = []


class BeliefAnswer(_Strict):
    statement_id: Id
    value: Annotated[str, StringConstraints(min_length=1, max_length=16)] | int


Phase = Literal["before", "after"]  # the before/after statements: asked first, or at the end
Outcome = Literal["finished", "left"]  # how a student's game ended


class BeliefsRec(_Rec):
    kind: Literal["beliefs"]
    phase: Phase
    answers: Annotated[list[BeliefAnswer], Field(max_length=100)]


class EndRec(_Rec):
    kind: Literal["end"]
    outcome: Outcome
    score: Annotated[int, Field(ge=0, le=1_000_000)]
    stars: Annotated[int, Field(ge=0, le=10_000)]
    liked_jobs: Annotated[list[Id], Field(max_length=100)] = []  # job (station) ids
    offers: Annotated[list[Id], Field(max_length=100)] = []  # training offer ids kept


class TallyRec(_Rec):
    """Projector mode: the trainer counted hands for one question (student: the trainer)."""

    kind: Literal["tally"]
    world_id: Id
    station_id: Id
    item_id: Id
    prompt: Text
    counts: Annotated[dict[Text, Annotated[int, Field(ge=0, le=1000)]], Field(max_length=20)]
    right: Annotated[list[Text], Field(max_length=20)]


Record = Annotated[JoinRec | StepRec | BeliefsRec | EndRec | TallyRec,
                   Field(discriminator="kind")]
RECORD: TypeAdapter[JoinRec | StepRec | BeliefsRec | EndRec | TallyRec] = TypeAdapter(Record)
AnyRecord = JoinRec | StepRec | BeliefsRec | EndRec | TallyRec


def new_uuid() -> UUID:
    return uuidlib.uuid4()


def parse(raw: Any) -> AnyRecord:
    """A record from its JSON value; raises pydantic's ValidationError."""
    return RECORD.validate_python(raw)


def dump(record: AnyRecord) -> dict[str, Any]:
    """The record as JSON values (what is pushed, and what a line holds)."""
    return record.model_dump(mode="json")


def problem(err: ValidationError) -> str:
    """The first thing wrong with a record, in words."""
    first = err.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg"))


class Journal:
    """The student's own journal file: each record appended and flushed to disk at once."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, record: AnyRecord) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(dump(record), ensure_ascii=False, separators=(",", ":")) + "\n"
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())


@dataclass(frozen=True)
class Read:
    """What a journal file held: its valid records, and each line set aside with why."""

    records: list[AnyRecord]
    problems: list[str]


_BAD = {"fr": ("{where} : illisible : {why}", "{where} : pas du JSON ({why})",
               "{where} : pas un résultat de séance : {why}"),
        "en": ("{where}: cannot read: {why}", "{where}: not JSON ({why})", "{where}: {why}")}


def read(path: Path, lang: str = "en") -> Read:
    """Every valid record of ``path``; a bad line is named (file:line: why, in ``lang``) and
    skipped."""
    unreadable, not_json, invalid = _BAD["fr" if lang == "fr" else "en"]
    records: list[AnyRecord] = []
    problems: list[str] = []
    try:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as err:
        return Read([], [unreadable.format(where=path, why=err.strerror or err)])
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(parse(json.loads(line)))
        except ValueError as err:  # JSON or validation (ValidationError is a ValueError)
            where = f"{path}:{number}"
            problems.append(invalid.format(where=where, why=problem(err))
                            if isinstance(err, ValidationError)
                            else not_json.format(where=where, why=err))
    return Read(records, problems)


def read_all(paths: Iterable[Path], lang: str = "en") -> Read:
    records: list[AnyRecord] = []
    problems: list[str] = []
    for path in paths:
        got = read(path, lang)
        records += got.records
        problems += got.problems
    return Read(records, problems)


def stamp(moment: datetime) -> str:
    return moment.isoformat()
