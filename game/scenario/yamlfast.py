"""Plain YAML built straight from libyaml's events, with every position in one pass.

PyYAML's safe load composes a node tree (two Mark objects and a resolver call per value)
and then walks it again to build the data; a 1,000-station world spent most of its check
there, and as long again when a warning asked for positions. Here each event becomes its
value at once, and its line and column go into a tree of the same shape (:data:`Tree`)
that finds any value's position by its path.

Only plain data takes this road: an anchor, an alias, an explicit tag, a merge key (<<),
an over-long text, a key that is not a scalar or is written twice, a second document or a
syntax error makes
:func:`build` return None, and the caller loads the file the careful way (which refuses
or explains exactly as before). Scalars resolve to the same types as ``yaml.SafeLoader``.
"""
from __future__ import annotations

from typing import Any

import yaml
from yaml import events as ev

from game import limits

# A position: line << 32 | column, both 0-based (libyaml's).
# A value's entry: (position, children) with children None for a scalar, a dict
# key -> (key position, value position, children) for a mapping, a list of
# (position, children) for a sequence.
Tree = tuple[int, Any]

STR = "tag:yaml.org,2002:str"
PLAIN_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
              "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp", STR}


class _NotPlain(Exception):
    """The file needs the careful loader (see the module's docstring)."""


def pos(mark: Any) -> int:
    """A libyaml mark as a position."""
    return int(mark.line) << 32 | int(mark.column)


def line_col(position: int) -> tuple[int, int]:
    """1-based line and column of a position."""
    return (position >> 32) + 1, (position & 0xFFFFFFFF) + 1


def build(text: str) -> tuple[Any, Tree | None] | None:
    """(data, positions) of a one-document file, or None (see above).

    An empty document gives (None, None).
    """
    try:
        return _build(text)
    except (_NotPlain, yaml.YAMLError, RecursionError):
        return None


def _build(text: str) -> tuple[Any, Tree | None]:
    loader = yaml.CSafeLoader(text)
    try:
        return _events(loader)
    finally:
        loader.dispose()


def _events(loader: Any) -> tuple[Any, Tree | None]:
    get = loader.get_event
    plain: dict[str, tuple[Any, bool]] = {}  # plain scalar -> (its value, is a text)
    text_chars = limits.TEXT_CHARS
    scalar_t, map_t, seq_t = ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent
    map_end, seq_end = ev.MappingEndEvent, ev.SequenceEndEvent
    no_key = object()
    # a frame: [container, its children, key waiting for its value, key's position, start]
    stack: list[list[Any]] = []
    root: Any = None
    root_at: Tree | None = None
    get()  # stream start
    if isinstance(get(), ev.StreamEndEvent):
        return None, None
    while True:
        event = get()
        kind = type(event)
        if kind is scalar_t:
            if event.anchor is not None or event.tag is not None:
                raise _NotPlain
            value = event.value
            if event.implicit[0]:  # unquoted: a number, a date, a boolean, null or a text
                known = plain.get(value)
                if known is None:
                    known = plain[value] = _resolved(loader, value)
                value, is_text = known
                if is_text and len(value) > text_chars:
                    raise _NotPlain
            elif len(value) > text_chars:
                raise _NotPlain
            mark = event.start_mark
            at, children = mark.line << 32 | mark.column, None
        elif kind is map_t or kind is seq_t:
            if event.anchor is not None or not event.implicit:
                raise _NotPlain
            mark = event.start_mark
            if kind is map_t:
                stack.append([{}, {}, no_key, 0, mark.line << 32 | mark.column])
            else:
                stack.append([[], [], no_key, 0, mark.line << 32 | mark.column])
            continue
        elif kind is map_end or kind is seq_end:
            value, children, _key, _at, at = stack.pop()
        else:  # an alias; after the document, a second one
            if stack or kind is not ev.DocumentEndEvent:
                raise _NotPlain
            if not isinstance(get(), ev.StreamEndEvent):
                raise _NotPlain
            return root, root_at
        if not stack:
            root, root_at = value, (at, children)
            continue
        frame = stack[-1]
        parent = frame[0]
        if type(parent) is list:
            parent.append(value)
            frame[1].append((at, children))
        elif frame[2] is no_key:
            if children is not None:  # a mapping or a list as a key
                raise _NotPlain
            frame[2], frame[3] = value, at
        else:
            key = frame[2]
            frame[2] = no_key
            if key in parent:  # the careful loader says where both are
                raise _NotPlain
            frame[1][key] = (frame[3], at, children)
            parent[key] = value


def _resolved(loader: Any, text: str) -> tuple[Any, bool]:
    """An unquoted scalar's value as ``yaml.SafeLoader`` builds it, and whether it is a text."""
    tag = loader.resolve(yaml.ScalarNode, text, (True, False))
    if tag == STR:
        return text, True
    if tag not in PLAIN_TAGS:  # a merge key (<<), a value key (=)
        raise _NotPlain
    return loader.yaml_constructors[tag](loader, yaml.ScalarNode(tag, text)), False
