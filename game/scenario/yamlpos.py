"""Safe YAML loading that remembers where every value came from.

Parsed with libyaml's safe loader when available. Each value's position is kept
by its path (keys and list indices from the document root), so any later check
can point at the file, line and column that an author must change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from game.scenario.problems import ContentError, Mark, Problem

try:
    SafeLoader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    SafeLoader = yaml.SafeLoader

PathKey = tuple[str | int, ...]


@dataclass
class Located:
    """A YAML document's data and the position of each value (and each key)."""

    data: Any
    values: dict[PathKey, Mark] = field(default_factory=dict)
    keys: dict[PathKey, Mark] = field(default_factory=dict)

    def graft(self, at: PathKey, other: Located) -> None:
        """Put another document's data and positions at ``at`` (an included file)."""
        parent: Any = self.data
        for part in at[:-1]:
            parent = parent[part]
        parent[at[-1]] = other.data
        self.values.update({at + k: m for k, m in other.values.items()})
        self.keys.update({at + k: m for k, m in other.keys.items()})

    def mark(self, path: PathKey) -> Mark:
        """The position of the value at ``path``, or of its nearest ancestor."""
        for n in range(len(path), -1, -1):
            m = self.values.get(path[:n])
            if m is not None:
                return m
        return next(iter(self.values.values()))

    def key_mark(self, path: PathKey) -> Mark:
        return self.keys.get(path) or self.mark(path)


def _mark(file: Path, node: yaml.Node) -> Mark:
    return Mark(file, node.start_mark.line + 1, node.start_mark.column + 1)


def load_yaml(file: Path) -> Located:
    """Parse one file safely; any syntax error or unsafe tag becomes a ContentError."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([Problem(Mark(file, 1, 1), "file not found",
                                    "give a scenario folder (it holds scenario.yaml) or the "
                                    "path of its scenario.yaml")]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ContentError([Problem(Mark(file, 1, 1), f"cannot read the file: {err}",
                                    "save it as UTF-8 text")]) from None
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ContentError([Problem(Mark(file, 1, 1), "the file is empty",
                                        "write its content (docs/AUTHORING.md shows each file), "
                                        "or stop listing it")])
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = f"{err.context + ': ' if err.context else ''}{err.problem or 'invalid YAML'}"
        hint = syntax_hint(err.problem or "")
        if err.problem and "could not determine a constructor" in err.problem:
            problem = f"the tag is not allowed here ({err.problem.split('for the tag')[-1].strip()})"
            hint = "remove the '!' tag: scenarios are plain data, they cannot build objects"
        raise ContentError([Problem(Mark(file, line, col), problem, hint)]) from None
    except yaml.YAMLError as err:
        raise ContentError([Problem(Mark(file, 1, 1), f"invalid YAML: {err}")]) from None
    finally:
        loader.dispose()
    located = Located(data)
    duplicates: list[Problem] = []
    _walk(file, node, data, (), located, duplicates)
    if duplicates:
        raise ContentError(duplicates)
    return located


SYNTAX_HINTS = (
    ("tab character", "indent with spaces only (two per level), never with tabs"),
    ("mapping values are not allowed",
     ('a text containing ": " needs quotes, e.g. fr: "Attention : ça chauffe"; '
      "otherwise check the indentation of this line")),
    ("expected '-' indicator",
     ("this line is not indented like the items around it: align it with its neighbours "
      "(two spaces per level)")),
    ("expected <block end>",
     ("this line is not indented like the lines around it: align it with its neighbours "
      "(two spaces per level)")),
    ("could not find expected ':'",
     "a key needs ':' after it; a text on several lines needs quotes"),
    ("found unexpected end of stream", "a quote or a bracket is not closed"),
    ("found unknown escape character",
     "inside \"...\", write \\\\ for a backslash, or use '...' quotes"),
    ("found character '@'", "a text starting with @ or ` needs quotes"),
    ("found character '`'", "a text starting with @ or ` needs quotes"),
    ("found undefined alias", "a text starting with * needs quotes"),
)


def syntax_hint(problem: str) -> str:
    """What to change for pyyaml's most frequent complaints."""
    for needle, hint in SYNTAX_HINTS:
        if needle in problem:
            return hint
    return "check the indentation and the quotes around texts that contain ':' or '#'"


def _walk(file: Path, node: yaml.Node, data: Any, path: PathKey, out: Located,
          duplicates: list[Problem]) -> None:
    out.values[path] = _mark(file, node)
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        seen: dict[object, Mark] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:  # YAML keeps only the last one: the first would vanish silently
                first = seen[key]
                duplicates.append(Problem(_mark(file, key_node), f"'{key}' is written twice here "
                                          f"(first on line {first.line})",
                                          "merge the two blocks into one, or remove one"))
                continue
            seen[key] = _mark(file, key_node)
            if key in data:
                out.keys[path + (key,)] = _mark(file, key_node)
                _walk(file, value_node, data[key], path + (key,), out, duplicates)
    elif isinstance(node, yaml.SequenceNode) and isinstance(data, list):
        for i, (child, value) in enumerate(zip(node.value, data)):
            _walk(file, child, value, path + (i,), out, duplicates)
