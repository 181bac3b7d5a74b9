"""Safe YAML loading that remembers where every value came from, within bounds.

Parsed with libyaml's safe loader when available. Each value's position is kept by its
path (keys and list indices from the document root), so any later check can point at
the file, line and column that an author must change. Plain data (nearly every file) is
built straight from libyaml's events with its positions in the same pass (yamlfast.py);
a file with anchors, tags or merge keys goes the careful way, which builds positions only
when a check asks for one.

Every file is bounded before the work it would cost (game/limits.py): its size before it
is read, its anchors' uses and its values with every alias expanded before anything is
built from them (a "billion laughs" file is refused at once), and each text's length.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from game import limits
from game.scenario.problems import ContentError, Mark, Problem
from game.scenario.yamlfast import Tree, build, line_col, pos

if TYPE_CHECKING:  # the C loader has the same constructor (the part this module extends)
    SafeLoader = yaml.SafeLoader
else:  # libyaml's, when PyYAML was built with it
    SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathKey = tuple[str | int, ...]
LIMITS_HINT = "see « Limits » in docs/scenario-format.md"


class Located:
    """A YAML document's data and the position of each value (and each key).

    Positions live in a tree of the data's shape (see yamlfast.py), found by path. A file
    read the quick way brings it; one read the careful way builds it from its text the
    first time a position is asked for. Documents grafted in (included files) keep their
    own.
    """

    def __init__(self, data: Any, tree: Tree | None = None, file: Path | None = None,
                 source: tuple[Path, str] | None = None) -> None:
        self.data = data
        self._tree = tree
        self._file = file if file is not None else (source[0] if source else Path("?"))
        self._source = source  # (file, text) to find positions in, on demand
        self._grafts: dict[PathKey, Located] = {}

    @property
    def values(self) -> _Marks:
        """Mark of the value at a path: ``values[path]``, ``values.get(path)``."""
        return _Marks(self, key=False)

    @property
    def keys(self) -> _Marks:
        """Mark of the key naming the value at a path (mapping entries only)."""
        return _Marks(self, key=True)

    def _positions(self) -> Tree | None:
        if self._tree is None and self._source is not None:
            text = self._source[1]
            self._source = None
            loader = SafeLoader(text)
            try:
                node = loader.get_single_node()
                if node is not None:
                    loader.construct_document(node)  # merge keys (<<) flattened, as loaded
            finally:
                loader.dispose()
            if node is not None:
                self._tree = _tree_of(node, self.data)
        return self._tree

    def find(self, path: PathKey) -> tuple[int, Mark | None, Mark | None]:
        """How many parts of ``path`` were found, with that value's mark and its key's."""
        doc, tree = self, self._positions()
        if tree is None:
            return 0, None, None
        file, key_pos, (value_pos, children) = self._file, None, tree
        for depth, part in enumerate(path):
            entry: Any = None
            if isinstance(children, dict):
                entry = children.get(part)
                if entry is not None:
                    key_pos, value_pos, children = entry
            elif isinstance(children, list) and isinstance(part, int) and \
                    0 <= part < len(children):
                entry = children[part]
                key_pos, (value_pos, children) = None, entry
            if entry is None:
                return depth, _at(file, value_pos), _at(file, key_pos)
            grafted = doc._grafts.get(path[:depth + 1]) if doc._grafts else None
            if grafted is not None:  # an included file: its own positions from here on
                found, value, key = grafted.find(path[depth + 1:])
                if found == 0:  # its root: the place that names the file keeps its key
                    key = _at(file, key_pos)
                return depth + 1 + found, value, key
        return len(path), _at(file, value_pos), _at(file, key_pos)

    def graft(self, at: PathKey, other: Located) -> None:
        """Put another document's data and positions at ``at`` (an included file)."""
        parent: Any = self.data
        for part in at[:-1]:
            parent = parent[part]
        parent[at[-1]] = other.data
        self._grafts[at] = other

    def mark(self, path: PathKey) -> Mark:
        """The position of the value at ``path``, or of its nearest ancestor."""
        return self.find(path)[1] or Mark(self._file, 1, 1)

    def key_mark(self, path: PathKey) -> Mark:
        depth, value, key = self.find(path)
        if depth == len(path) and key is not None:
            return key
        return value or Mark(self._file, 1, 1)


class _Marks:
    """The marks of a document's values (or keys), by path, as a read-only mapping."""

    def __init__(self, doc: Located, key: bool) -> None:
        self._doc, self._key = doc, key

    def get(self, path: PathKey) -> Mark | None:
        depth, value, key = self._doc.find(path)
        if depth != len(path):
            return None
        return key if self._key else value

    def __getitem__(self, path: PathKey) -> Mark:
        found = self.get(path)
        if found is None:
            raise KeyError(path)
        return found

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self.get(path) is not None


def _at(file: Path, position: int | None) -> Mark | None:
    if position is None:
        return None
    line, column = line_col(position)
    return Mark(file, line, column)


def _mark(file: Path, node: yaml.Node) -> Mark:
    return Mark(file, node.start_mark.line + 1, node.start_mark.column + 1)


class _Refused(Exception):
    """Raised from inside the constructor: the document breaks a rule at a node."""

    def __init__(self, node: yaml.Node, message: str, hint: str) -> None:
        super().__init__(message)
        self.node, self.message, self.hint = node, message, hint


class _BoundedLoader(SafeLoader):
    """The safe loader, refusing over-long texts and keys written twice as it builds."""

    duplicates: list[tuple[yaml.Node, yaml.Node]]  # (first, second) key nodes; set per load

    def construct_scalar(self, node: yaml.ScalarNode | yaml.MappingNode) -> Any:
        value = super().construct_scalar(node)
        if isinstance(value, str) and len(value) > limits.TEXT_CHARS:
            raise _Refused(node, f"this text is {limits.count_text(len(value))} characters "
                           f"long; a text may hold at most {limits.count_text(limits.TEXT_CHARS)}"
                           " (limit: characters per text)",
                           "shorten it, or split it into several lines of dialogue; "
                           + LIMITS_HINT)
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        self.flatten_mapping(node)
        seen: dict[object, yaml.Node] = {}
        for key_node, _value in node.value:
            key = key_node.value
            if not isinstance(key, str):
                continue
            if key in seen:  # YAML keeps only the last one: the first would vanish silently
                self.duplicates.append((seen[key], key_node))
            else:
                seen[key] = key_node
        return yaml.constructor.BaseConstructor.construct_mapping(self, node, deep=deep)


def _too_big(file: Path) -> Problem | None:
    try:
        size = file.stat().st_size
    except OSError:
        return None  # reading it says why
    if size <= limits.YAML_BYTES:
        return None
    return Problem(Mark(file, 1, 1), f"the file is {limits.size_text(size)}; a scenario file may "
                   f"be at most {limits.size_text(limits.YAML_BYTES)} (limit: size per YAML "
                   "file)", "split it into world files (one per world), or remove what is "
                   "repeated; " + LIMITS_HINT)


def _expanded(file: Path, root: yaml.Node) -> Problem | None:
    """Too many alias uses, too many values once aliases are expanded, or an alias loop.

    One pass over the node graph (each node once), so a "billion laughs" file costs only
    its own size: the expanded count is summed, never walked.
    """
    size: dict[int, int] = {}
    seen: set[int] = {id(root)}
    uses = 0
    ancestors: set[int] = set()  # nodes whose children are being counted
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            ancestors.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            if size[key] > limits.YAML_NODES:
                return Problem(_mark(file, node), "once its aliases (*name) are expanded, "
                               f"this holds more than {limits.count_text(limits.YAML_NODES)} "
                               "values (limit: values per YAML file)",
                               "write the content out instead of nesting aliases; "
                               + LIMITS_HINT)
            continue
        if key in size:
            continue
        ancestors.add(key)
        stack.append((node, True))
        for child in children:
            ckey = id(child)
            if ckey in ancestors:
                return Problem(_mark(file, child), "an alias (*name) is used inside its own "
                               "anchor (&name): the value would never end",
                               "write the value out instead of the alias")
            if ckey in seen:
                uses += 1
                if uses > limits.YAML_ALIASES:
                    return Problem(_mark(file, child), "the file uses its anchors (&name) more "
                                   f"than {limits.count_text(limits.YAML_ALIASES)} times (limit: "
                                   "aliases per YAML file); this value is one of them",
                                   "write the content out instead of so many aliases; "
                                   + LIMITS_HINT)
            seen.add(ckey)
            if ckey not in size:
                stack.append((child, False))
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def load_yaml(file: Path) -> Located:
    """Parse one file safely; a syntax error, an unsafe tag or a broken limit is a ContentError."""
    big = _too_big(file)
    if big is not None:
        raise ContentError([big])
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([Problem(Mark(file, 1, 1), "file not found",
                                    "give a scenario folder (it holds scenario.yaml) or the "
                                    "path of its scenario.yaml")]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ContentError([Problem(Mark(file, 1, 1), f"cannot read the file: {err}",
                                    "save it as UTF-8 text")]) from None
    if len(text) > limits.YAML_BYTES:  # grew since it was measured
        raise ContentError([_too_big(file) or Problem(Mark(file, 1, 1), "the file is too big",
                                                      LIMITS_HINT)])
    quick = build(text)
    if quick is not None and quick[1] is not None:  # plain data: built with its positions
        return Located(quick[0], tree=quick[1], file=file)
    loader = _BoundedLoader(text)
    loader.duplicates = []
    try:
        node = loader.get_single_node()
        if node is None:
            raise ContentError([Problem(Mark(file, 1, 1), "the file is empty",
                                        "write its content (docs/AUTHORING.md shows each file), "
                                        "or stop listing it")])
        if "*" in text:  # only an alias can make the values outgrow the text
            refused = _expanded(file, node)
            if refused is not None:
                raise ContentError([refused])
        data = loader.construct_document(node)
    except _Refused as err:
        raise ContentError([Problem(_mark(file, err.node), err.message, err.hint)]) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = f"{err.context + ': ' if err.context else ''}{err.problem or 'invalid YAML'}"
        hint = syntax_hint(err.problem or "")
        if err.problem and "could not determine a constructor" in err.problem:
            tag = err.problem.split("for the tag")[-1].strip()
            problem = f"the tag is not allowed here ({tag})"
            hint = "remove the '!' tag: scenarios are plain data, they cannot build objects"
        raise ContentError([Problem(Mark(file, line, col), problem, hint)]) from None
    except yaml.YAMLError as err:
        raise ContentError([Problem(Mark(file, 1, 1), f"invalid YAML: {err}")]) from None
    except RecursionError:
        raise ContentError([Problem(Mark(file, 1, 1), "the values are nested too deeply",
                                    "write fewer levels of lists and mappings")]) from None
    finally:
        loader.dispose()
    if loader.duplicates:
        raise ContentError([Problem(_mark(file, again), f"'{again.value}' is written twice here "
                                    f"(first on line {first.start_mark.line + 1})",
                                    "merge the two blocks into one, or remove one")
                            for first, again in loader.duplicates])
    return Located(data, source=(file, text))


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


def _tree_of(node: yaml.Node, data: Any) -> Tree:
    """The positions of a composed document, in yamlfast's shape (the careful road)."""
    children: Any = None
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        children = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in children or key not in data:  # a duplicate was refused on loading
                continue
            children[key] = (pos(key_node.start_mark),
                             *_tree_of(value_node, data[key]))
    elif isinstance(node, yaml.SequenceNode) and isinstance(data, list):
        children = [_tree_of(child, value)
                    for child, value in zip(node.value, data, strict=False)]
    return pos(node.start_mark), children
