"""Pydantic's validation errors, told to an author: where, what is wrong, what to write.

Each error becomes a :class:`Problem` at the value (or the key) to change, with a
sentence instead of pydantic's wording, and a hint: the key meant ("did you mean"), the
allowed values, or an example of the expected form.
"""
from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, RootModel

from game.scenario.problems import Problem
from game.scenario.text import LocalText
from game.scenario.yamlpos import Located, PathKey

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


def problems_from(doc: Located, errors: list[Any], root: type[BaseModel]) -> list[Problem]:
    return [to_problem(doc, e, root) for e in errors]


def to_problem(doc: Located, error: Any, root: type[BaseModel]) -> Problem:
    loc = data_path(doc.data, tuple(error["loc"]))
    kind, msg, ctx = error["type"], str(error["msg"]), error.get("ctx") or {}
    value = error.get("input")
    name = label(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        model = model_at(root, doc.data, loc[:-1])
        options = list(model.model_fields) if model is not None else []
        return Problem(doc.key_mark(loc), f"unknown key '{key}'", did_you_mean(key, options))
    if kind == "missing":
        field = loc[-1]
        model = model_at(root, doc.data, loc[:-1])
        about, value = "", ""
        if model is not None and isinstance(field, str) and field in model.model_fields:
            info = model.model_fields[field]
            about = f" ({info.description})" if info.description else ""
            fixed = typing.get_args(_strip(info.annotation)) \
                if typing.get_origin(_strip(info.annotation)) is typing.Literal else ()
            value = f" {fixed[0]}" if len(fixed) == 1 else ""
        return Problem(doc.mark(loc[:-1]), f"missing '{field}'",
                       f"add '{field}:{value}' here{about}")
    at = doc.mark(loc)
    if kind == "union_tag_invalid":
        tag, expected = str(ctx.get("tag", value)), _quoted(str(ctx.get("expected_tags", "")))
        known = ", ".join(f"'{t}'" for t in expected)
        return Problem(at, f"unknown task type '{tag}' (the types are {known})",
                       did_you_mean(tag, expected, "choose one of the types above"))
    if kind == "union_tag_not_found":
        return Problem(at, f"{name}: give its 'type' first",
                       f"add '{ctx.get('discriminator', 'type').strip(chr(39))}: quiz' "
                       "(or another task type)")
    if kind == "literal_error":
        expected = _quoted(str(ctx.get("expected", "")))
        return Problem(at, f"'{name}' cannot be {show(value)}; it is one of "
                       f"{', '.join(repr(e) for e in expected)}",
                       did_you_mean(str(value), expected, f"write one of: {', '.join(expected)}"))
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return Problem(at, f"'{name}' should be a whole number (an integer), not {show(value)}",
                       "write digits only, e.g. 41")
    if kind in ("float_type", "float_parsing", "finite_number"):
        return Problem(at, f"'{name}' should be a number, not {show(value)}",
                       "write digits with a dot for decimals, e.g. 6.5")
    if kind in ("bool_type", "bool_parsing"):
        return Problem(at, f"'{name}' should be true or false, not {show(value)}",
                       "write true or false (in English, without quotes)")
    if kind == "string_type":
        return Problem(at, f"'{name}' should be a text, not {show(value)}",
                       'put the text in quotes, e.g. "..."')
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        model = model_at(root, doc.data, loc)
        if model is LocalText:
            return Problem(at, f"'{name}' should be given in each language, not {show(value)}",
                           'write it as {fr: "...", en: "..."}')
        what = f"'{name}'" if name else "the file"
        return Problem(at, f"{what} should be a block of 'key: value' lines, not "
                       f"{show(value)}", "indent the keys under it" if name else
                       "a scenario file is YAML: see docs/AUTHORING.md")
    if kind == "list_type":
        return Problem(at, f"'{name}' should be a list, not {show(value)}",
                       "write each item on its own line starting with '- ', or [a, b]")
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == ID_PATTERN:
        return Problem(at, f"{show(value)} is not a valid id",
                       f"an id uses lower-case letters, digits, '-' or '_', "
                       f"e.g. '{slug(str(value))}'")
    if kind == "too_short":
        return Problem(at, f"'{name}' needs at least {ctx.get('min_length', 1)} item(s)",
                       "add the missing items")
    text = re.sub(r"^(Value|Assertion) error, ", "", msg)
    text = re.sub(r"^Input should", "should", text)
    return Problem(at, f"{name}: {text}" if name else text)


def label(loc: PathKey) -> str:
    """The name an author knows a value by: its key, or 'key item N' in a list."""
    for n in range(len(loc) - 1, -1, -1):
        if isinstance(loc[n], str):
            rest = loc[n + 1:]
            return f"{loc[n]} item {rest[0] + 1}" if rest and isinstance(rest[0], int) \
                else str(loc[n])
    return ""


def show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value[:40]}…'" if len(value) > 40 else f"'{value}'"
    if isinstance(value, dict):
        return "a block of keys"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return f"'{value}'"


def slug(text: str) -> str:
    out = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-_")
    return out[:40] or "mon-id"


def _quoted(text: str) -> list[str]:
    return re.findall(r"'([^']*)'", text)


def did_you_mean(word: str, options: list[str], otherwise: str = "") -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if otherwise:
        return otherwise
    return f"allowed keys here: {', '.join(options)}" if options else "remove this key"


def data_path(data: Any, loc: tuple[Any, ...]) -> PathKey:
    """Pydantic's error location with union tags removed, as a path into the data."""
    out: list[str | int] = []
    node = data
    for n, part in enumerate(loc):
        last = n == len(loc) - 1
        if (isinstance(node, dict) and part in node) or \
                (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and last and isinstance(part, str):
            out.append(part)  # a missing or unknown key
        # anything else is a tag pydantic adds (a union member's name): skip it
    return tuple(out)


# --- which model reads a place of the document ---------------------------------------


def model_at(root: type[BaseModel], data: Any, path: PathKey) -> type[BaseModel] | None:
    """The model class that reads the mapping at ``path`` (task types by their ``type``)."""
    annotation: Any = root
    node: Any = data
    for part in path:
        if isinstance(part, str):
            model = _model_of(annotation, node)
            if model is None or issubclass(model, RootModel) or part not in model.model_fields:
                return None
            annotation = model.model_fields[part].annotation
        else:
            annotation = _item_of(annotation)
            if annotation is None:
                return None
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
    return _model_of(annotation, node)


def _strip(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _members(annotation: Any) -> list[Any]:
    annotation = _strip(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [_strip(a) for a in typing.get_args(annotation) if a is not type(None)]
    return [annotation]


def _model_of(annotation: Any, node: Any) -> type[BaseModel] | None:
    models = [m for m in _members(annotation)
              if isinstance(m, type) and issubclass(m, BaseModel)]
    if len(models) == 1:
        return models[0]
    if isinstance(node, dict) and "type" in node:
        for m in models:
            field = m.model_fields.get("type")
            if field is not None and node["type"] in typing.get_args(field.annotation):
                return m
    return None


def _item_of(annotation: Any) -> Any:
    for member in _members(annotation):
        if typing.get_origin(member) in (list, tuple):
            args = typing.get_args(member)
            return args[0] if args else None
    return None
