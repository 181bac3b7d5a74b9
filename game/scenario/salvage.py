"""A best-effort model of a scenario with schema errors, so references can still be checked.

When pydantic refuses the document, the errors are reported as they are; then this
module builds the scenario again from the parts that are valid: containers (the
scenario, a world, a station, a role model) are built field by field, any other object
is kept whole or dropped, a field that fails is ``None``. The cross-checks run on that
model and so report a wrong reference in the same run as a wrong type elsewhere.

Dropping list items shifts indices: :class:`Remapped` turns the model's paths back
into the document's, so every problem still points at the right line.
"""
from __future__ import annotations

import typing
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from game.scenario.models import RoleModel, Scenario, Station, World
from game.scenario.problems import Mark
from game.scenario.yamlpos import Located, PathKey

CONTAINERS: set[type[BaseModel]] = {Scenario, World, Station, RoleModel}
Kept = dict[PathKey, list[int]]  # a list's path in the document -> original indices kept


class Remapped:
    """Positions of a salvaged model's paths, in the document it was built from."""

    def __init__(self, doc: Located, kept: Kept) -> None:
        self.doc, self.kept = doc, kept
        self.data = doc.data

    def original(self, path: PathKey) -> PathKey:
        out: list[str | int] = []
        for part in path:
            here = tuple(out)
            if isinstance(part, int) and here in self.kept and part < len(self.kept[here]):
                out.append(self.kept[here][part])
            else:
                out.append(part)
        return tuple(out)

    def mark(self, path: PathKey) -> Mark:
        return self.doc.mark(self.original(path))

    def key_mark(self, path: PathKey) -> Mark:
        return self.doc.key_mark(self.original(path))


def salvage(doc: Located) -> tuple[Scenario | None, Remapped]:
    """The valid parts of the document as a Scenario (None if its root is not a mapping)."""
    kept: Kept = {}
    model = _build(Scenario, doc.data, (), kept)
    return (model if isinstance(model, Scenario) else None), Remapped(doc, kept)


def _build(cls: type[BaseModel], data: Any, path: PathKey, kept: Kept) -> BaseModel | None:
    try:
        return cls.model_validate(data)
    except ValidationError:
        pass
    if cls not in CONTAINERS or not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        if name not in data:
            values[name] = None if field.is_required() else \
                field.get_default(call_default_factory=True)
        else:
            values[name] = _value(field.annotation, data[name], (*path, name), kept)
    return cls.model_construct(**values)


def _value(annotation: Any, value: Any, path: PathKey, kept: Kept) -> Any:
    item = _list_item(annotation)
    if item is not None and isinstance(value, list):
        out, indices = [], []
        for i, element in enumerate(value):
            built = _element(item, element, (*path, i), kept)
            if built is not None:
                out.append(built)
                indices.append(i)
        if len(indices) != len(value):
            kept[path] = indices
        return out
    return _element(annotation, value, path, kept)


def _element(annotation: Any, value: Any, path: PathKey, kept: Kept) -> Any:
    if isinstance(annotation, type) and annotation in CONTAINERS:
        return _build(annotation, value, path, kept)
    try:
        adapter = _adapter(annotation)
    except TypeError:  # an annotation that cannot be a cache key
        adapter = TypeAdapter(annotation)
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return None


def _list_item(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        args = typing.get_args(annotation)
        return args[0] if args else Any
    return None


@lru_cache(maxsize=256)
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)
