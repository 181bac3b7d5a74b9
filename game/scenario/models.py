"""Scenario format v1 as pydantic models (see docs/scenario-format.md)."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.fields import FieldInfo

from game.scenario.refs import Asset, Ref
from game.scenario.text import JobTitle, LocalText, in_lang
from game.tasks import load_builtin
from game.tasks.base import WATCHERS, TaskParams

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=40,
                          description="lower-case letters, digits, '-' or '_'")]
MythId = Annotated[Id, Ref("myth")]
TrainingId = Annotated[Id, Ref("training")]
RoleModelId = Annotated[Id, Ref("role_model")]
HEX_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Myth(Strict):
    """An idée reçue, and the concrete truth that busts it."""

    id: Id
    statement: LocalText
    truth: LocalText
    source: str | None = None


def _http_url(value: str | None) -> str | None:
    if value is not None and not value.startswith(("https://", "http://")):
        raise ValueError("the url must start with https:// (or http://)")
    return value


class Training(Strict):
    """A training offer (an example the programme edits)."""

    id: Id
    level: LocalText | str = Field(description="CAP, Bac pro, BTS (a diploma's name, one text "
                                   "for every language), or {fr: Titre professionnel, en: "
                                   "Professional title} when it has words to translate")
    title: LocalText
    summary: LocalText
    url: str | None = None
    sources: list[str] = Field(default=[], description="where any figure in the texts comes from")

    @field_validator("url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        return _http_url(value)

    def level_in(self, lang: str) -> str:
        """The badge in ``lang``: « BTS », « Titre professionnel » / "Professional title"."""
        return in_lang(self.level, lang)


class Action(Strict):
    """A dated local next step (an information session, a PMSMP immersion, an open day).

    The take-away card shows the ones that match the player's visit and are not past
    ``valid_until``; ``validate`` warns about the expired ones (see game/scenario/actions.py).
    """

    id: Id
    title: LocalText
    summary: LocalText | None = None
    date: dt.date = Field(description="when it takes place (or starts), as 2027-03-18")
    place: LocalText | str = Field(description="where: a town, a training centre's address; "
                                   "one text for every language, or {fr: ..., en: ...} when "
                                   "it has words to translate")
    url: str = Field(description="where to read more or sign up (shown as a QR code)")
    valid_until: dt.date = Field(description="the last day the card shows it")
    worlds: list[Id] = Field(default=[], description="shown to players who visited one of "
                             "these worlds (with trainings empty and worlds empty: to everyone)")
    trainings: list[TrainingId] = Field(default=[], description="shown to players offered one "
                                        "of these training offers")

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        _http_url(value)
        return value

    @field_validator("place")
    @classmethod
    def _somewhere(cls, value: LocalText | str) -> LocalText | str:
        if isinstance(value, str) and not value.strip():
            raise ValueError("say where: a town, a training centre's address")
        return value

    def where(self, lang: str) -> str:
        """The place in ``lang`` (a place written once reads the same in every language)."""
        return in_lang(self.place, lang)


class RoleModel(Strict):
    """A fictional composite of real women professionals."""

    id: Id
    name: str
    age: int = Field(ge=16, le=80)
    portrait: Asset
    job: JobTitle
    path: LocalText
    myths: list[MythId] = Field(default=[], description="ids of the myths (stereotypes) she "
                                "busts")
    sources: list[str] = Field(default=[], description="where any figure in her texts comes from")


class Question(Strict):
    """Something the player may ask the role model."""

    ask: LocalText
    answer: list[LocalText] = Field(min_length=1)
    myth: MythId | None = None


class Dialogue(Strict):
    lines: list[LocalText] = Field(min_length=1)
    questions: list[Question] = []


def task_union() -> Any:
    """Every registered type's parameters, told apart by ``type:``."""
    types = [t.params for t in load_builtin().values()]
    return Annotated[Union[tuple(types)], Field(discriminator="type")]  # noqa: UP007


if TYPE_CHECKING:  # every type's parameters are TaskParams; the game narrows by ``type``
    TaskSpec = TaskParams
else:
    TaskSpec = task_union()


class Station(Strict):
    id: Id
    title: LocalText
    job: JobTitle
    role_model: RoleModelId
    intro: Dialogue
    task: TaskSpec
    debrief: LocalText
    myths: list[MythId] = Field(default=[], description="ids of the myths this station busts")
    trainings: list[TrainingId] = Field(default=[],
                                        description="ids of the training offers that lead "
                                "to this job")
    sources: list[str] = Field(default=[], description="where the station's facts and figures "
                               "come from")
    express: bool = Field(default=False, description="the station of its world the découverte "
                          "route visits (absent everywhere: the world's first station)")


class World(Strict):
    id: Id
    title: LocalText
    summary: LocalText
    map: str
    accent: str = "#2F6FEB"
    image: Asset | None = None
    role_models: list[RoleModel] = Field(min_length=1)
    stations: list[Station] = Field(min_length=1)
    sources: list[str] = Field(default=[], description="where any figure in the world's texts "
                               "comes from")

    @field_validator("accent")
    @classmethod
    def _color(cls, value: str) -> str:
        if not HEX_COLOR.match(value):
            raise ValueError("accent must be a colour like \"#FF7A1A\"")
        return value

    def station(self, station_id: str) -> Station:
        return next(s for s in self.stations if s.id == station_id)

    def role_model(self, model_id: str) -> RoleModel:
        return next(r for r in self.role_models if r.id == model_id)


class ProbeStatement(Strict):
    """A statement of the before/after question, answered on a 5-point scale."""

    id: Id
    wording: Literal["stereotype", "counter"] = Field(
        description="stereotype: agreeing is the idée reçue; counter: it is worded as its "
        "opposite (agreeing is the non-stereotyped answer)")
    text: LocalText
    myth: MythId | None = Field(default=None, description="the myth it is about (the report "
                                "and the debrief link the two)")


class PerVisit(Strict):
    """How many items the découverte asks each visitor: a rotating subset, so that a visit
    stays short while every item still gets paired answers across visitors (planned missing
    data, or matrix sampling; see game/beliefs.py). Other routes ask every item."""

    statements: int = Field(default=2, ge=1, le=12, description="statements per visit, half "
                            "worded each way (2: one stereotype, one counter)")
    capable: int = Field(default=1, ge=0, le=5, description="items about herself per visit, "
                         "of the route's worlds: « Je me sens capable » and « Ce métier pourrait "
                         "me plaire » taken in turn")


class Probe(Strict):
    """The before/after question: the same statements for every route, one « Je me sens
    capable de … » item per world and, where given, one « Ce métier pourrait me plaire » item
    per world (see game/beliefs.py); the découverte asks a rotating subset (``per_visit``)."""

    statements: list[ProbeStatement] = Field(default=[], max_length=12)
    capable: dict[Id, LocalText] = Field(default={}, description="world id -> its "
                                         "self-efficacy item (absent: a generic one)")
    interest: dict[Id, LocalText] = Field(default={}, description="world id -> its « Ce "
                                          "métier pourrait me plaire » item, asked after its "
                                          "capable item (absent: not asked for that world)")
    per_visit: PerVisit = Field(default=PerVisit(), description="on the découverte, the items "
                                "each visitor answers, rotated from one visitor to the next")


class Scenario(Strict):
    format: Literal[1]
    id: Id
    title: LocalText
    languages: list[Annotated[str, Field(pattern=r"^[a-z]{2}$")]] = Field(min_length=1)
    worlds: list[World] = Field(min_length=1)
    myths: list[Myth] = []
    trainings: list[Training] = []
    actions: list[Action] = Field(default=[], description="dated local next steps (see Action)")
    probe: Probe | None = Field(default=None, description="the before/after question "
                                "(absent: three of the myths met, worded as the stereotype)")
    decouverte: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9_-]*$")]] \
        = Field(default=[], max_length=5, description="the découverte route as world/station "
                "ids (absent: each world's express station)")

    @model_validator(mode="after")
    def _route_exists(self) -> Scenario:
        stations = {f"{w.id}/{s.id}" for w in self.worlds for s in w.stations}
        for ref in self.decouverte:
            if ref not in stations:
                raise ValueError(f"decouverte: no station '{ref}' (give world/station ids, "
                                 f"e.g. {next(iter(sorted(stations)), 'soudure/epi')})")
        return self

    def world(self, world_id: str) -> World:
        return next(w for w in self.worlds if w.id == world_id)

    def myth(self, myth_id: str) -> Myth:
        return next(m for m in self.myths if m.id == myth_id)

    def training(self, training_id: str) -> Training:
        return next(t for t in self.trainings if t.id == training_id)


def _new_task_types() -> None:
    """A type registered after import (a plug-in, a test's): the models read it too."""
    Station.model_fields["task"] = FieldInfo.from_annotation(task_union())
    for model in (Station, World, Scenario):
        model.model_rebuild(force=True)


WATCHERS.append(_new_task_types)
