"""References are declared on the models: every field the checks used to find by its name
(image, portrait, myth(s), trainings, role_model) now carries its marker, in every model a
scenario reaches, task parameters of every registered type included."""
from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from game.scenario.models import Scenario
from game.scenario.refs import File, Ref, markers_of
from game.tasks import REGISTRY

EXPECTED = {"image": File(), "portrait": File(), "myth": Ref("myth"), "myths": Ref("myth"),
            "trainings": Ref("training"), "role_model": Ref("role_model")}


def models(annotation: Any, seen: set[type[BaseModel]]) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return
        seen.add(annotation)
        yield annotation
        for info in annotation.model_fields.values():
            yield from models(info.annotation, seen)
    for arg in typing.get_args(annotation):
        yield from models(arg, seen)


def test_every_reference_field_is_marked() -> None:
    reached = list(models(Scenario, set()))
    assert {kind.params for kind in REGISTRY.values()} <= set(reached)
    checked = 0
    for model in reached:
        for name, info in model.model_fields.items():
            if name in EXPECTED and not (model is Scenario and name in ("myths", "trainings")):
                assert EXPECTED[name] in markers_of(info.annotation, info.metadata), \
                    f"{model.__name__}.{name} is not marked as {EXPECTED[name]}"
                checked += 1
    assert checked >= 12


def test_the_definitions_themselves_are_not_references() -> None:
    for name in ("myths", "trainings", "worlds"):
        info = Scenario.model_fields[name]
        assert markers_of(info.annotation, info.metadata) == []
