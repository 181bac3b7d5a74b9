"""Markers on the models' fields: this value names a file, or something defined elsewhere.

A field says what it holds by its type — ``portrait: Asset``, ``myth: MythRef``,
``Annotated[str, Ref("training")]`` — and the cross-checks walk those markers
(:func:`marked`), so a task field called ``photo:`` typed ``Asset`` is checked like any other
picture, with nothing else to write. The markers are plain ``Annotated`` metadata: pydantic
and the JSON Schema ignore them.
"""
from __future__ import annotations

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


def marked(node: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, Marker, str]]:
    """Every marked string below a model, with its path (each item of a list on its own)."""
    if isinstance(node, LocalText):
        return
    if isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            value = getattr(node, name, None)
            here = (*path, name)
            for marker in markers_of(info.annotation, info.metadata):
                if isinstance(value, str):
                    yield here, marker, value
                elif isinstance(value, list):
                    yield from (((*here, i), marker, v) for i, v in enumerate(value)
                                if isinstance(v, str))
            yield from marked(value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from marked(item, (*path, i))
