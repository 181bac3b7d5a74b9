"""Markers on the models' fields: this value names a file, or something defined elsewhere.

A field says what it holds by its type — ``portrait: Asset``, ``myth: MythRef``,
``Annotated[str, Ref("training")]`` — and the cross-checks walk those markers
(:func:`marked`), so a task field called ``photo:`` typed ``Asset`` is checked like any other
picture, with nothing else to write. The markers are plain ``Annotated`` metadata: pydantic
and the JSON Schema ignore them.
"""
from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel

from game.scenario.text import LocalText

if TYPE_CHECKING:
    from game.scenario.yamlpos import PathKey


@dataclass(frozen=True)
class File:
    """The value is a picture's path, relative to the scenario folder or the project root."""


@dataclass(frozen=True)
class Ref:
    """The value is the id of a myth, a training offer, or a role model of the same world."""

    what: Literal["myth", "training", "role_model"]


Marker = File | Ref

Asset = Annotated[str, File()]
MythRef = Annotated[str, Ref("myth")]  # (the scenario's own ids add their pattern: models.py)


def markers_of(annotation: Any, metadata: list[Any] | tuple[Any, ...] = ()) -> list[Marker]:
    """The markers a field's type carries, in ``Annotated`` metadata at any depth."""
    found = [m for m in metadata if isinstance(m, (File, Ref))]
    if typing.get_origin(annotation) is Annotated:
        inner, *meta = typing.get_args(annotation)
        return found + markers_of(inner, meta)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list, tuple):
        for arg in typing.get_args(annotation):
            found += [m for m in markers_of(arg) if m not in found]
    return found


@functools.cache
def field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """A model class's field names, read once (the walks below visit every instance)."""
    return tuple(model.model_fields)


@functools.cache
def _field_markers(model: type[BaseModel]) -> tuple[tuple[str, tuple[Marker, ...]], ...]:
    return tuple((name, tuple(markers_of(info.annotation, info.metadata)))
                 for name, info in model.model_fields.items())


def fields(node: BaseModel) -> Iterator[tuple[str, Any]]:
    """A model's (field name, value) pairs (None for a field a salvaged model lacks)."""
    values = node.__dict__
    for name in field_names(type(node)):
        yield name, values.get(name)


def marked(node: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, Marker, str]]:
    """Every marked string below a model, with its path (each item of a list on its own)."""
    if isinstance(node, LocalText):
        return
    if isinstance(node, BaseModel):
        values = node.__dict__
        for name, markers in _field_markers(type(node)):
            value = values.get(name)
            here = (*path, name)
            for marker in markers:
                if isinstance(value, str):
                    yield here, marker, value
                elif isinstance(value, list):
                    yield from (((*here, i), marker, v) for i, v in enumerate(value)
                                if isinstance(v, str))
            if isinstance(value, (BaseModel, list)):
                yield from marked(value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, (BaseModel, list)):
                yield from marked(item, (*path, i))
