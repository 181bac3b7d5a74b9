"""Load a scenario: safe YAML, pydantic models, then every cross-reference.

Everything wrong is collected and raised together as a ContentError whose
problems each name ``file:line:column``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from game import PROJECT_ROOT
from game.scenario.models import Scenario
from game.scenario.problems import ContentError, Problem
from game.scenario.text import JobTitle, LocalText
from game.scenario.yamlpos import Located, PathKey, load_yaml
from game.world.mapdata import MapError, MapInfo, read_map
from game.world.paths import reachable

SCENARIO_FILE = "scenario.yaml"
DEFAULT_SCENARIO = PROJECT_ROOT / "scenarios" / "cap-industrie"


@dataclass
class LoadedScenario:
    """A valid scenario, where it lives, and its worlds' maps (read without images)."""

    model: Scenario
    folder: Path
    maps: dict[str, MapInfo] = field(default_factory=dict)

    def asset(self, relative: str) -> Path:
        path = resolve_asset(self.folder, relative)
        assert path is not None, f"asset {relative} was validated"
        return path


def scenario_file(path: Path) -> Path:
    return path / SCENARIO_FILE if path.is_dir() else path


def resolve_asset(folder: Path, relative: str) -> Path | None:
    """A path as written in YAML, found in the scenario folder, then the project root.

    Absolute paths, and paths (or links) leading outside both folders, are refused.
    """
    if not relative or Path(relative).is_absolute() or "\\" in relative:
        return None
    for base in (folder, PROJECT_ROOT):
        candidate = (base / relative).resolve()
        if not _inside(candidate, (folder.resolve(), PROJECT_ROOT.resolve())):
            continue
        if candidate.is_file():
            return candidate
    return None


def _inside(path: Path, roots: tuple[Path, ...]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def load_scenario(path: Path) -> LoadedScenario:
    file = scenario_file(path)
    doc = load_yaml(file)
    problems: list[Problem] = []
    failed = _include_worlds(file, doc, problems)
    try:
        model = Scenario.model_validate(doc.data)
    except ValidationError as err:
        # a world file that could not be read has its own errors already
        problems += [_from_pydantic(doc, e) for e in err.errors()
                     if tuple(e["loc"][:2]) not in {("worlds", i) for i in failed}]
        raise ContentError(problems) from None
    if problems:
        raise ContentError(problems)
    loaded = LoadedScenario(model, file.parent)
    problems += check(loaded, doc)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ContentError(problems)
    return loaded


def _include_worlds(file: Path, doc: Located, problems: list[Problem]) -> set[int]:
    """Replace world file names by their content; returns the entries that failed."""
    worlds = doc.data.get("worlds") if isinstance(doc.data, dict) else None
    failed: set[int] = set()
    if not isinstance(worlds, list):
        return failed
    for i, entry in enumerate(worlds):
        if not isinstance(entry, str):
            continue
        target = (file.parent / entry).resolve()
        failed.add(i)
        if not _inside(target, (file.parent.resolve(),)):
            problems.append(Problem(doc.mark(("worlds", i)),
                                    f"world file '{entry}' is outside the scenario folder",
                                    "keep world files next to scenario.yaml"))
        elif not target.is_file():
            problems.append(Problem(doc.mark(("worlds", i)), f"world file not found: {entry}",
                                    "give the file name of a world next to scenario.yaml"))
        else:
            try:
                doc.graft(("worlds", i), load_yaml(target))
                failed.discard(i)
            except ContentError as err:
                problems += err.problems
    return failed


def _from_pydantic(doc: Located, error: Any) -> Problem:
    loc = _data_path(doc.data, tuple(error["loc"]))
    kind, msg = error["type"], error["msg"]
    if kind == "extra_forbidden":
        key = loc[-1]
        hint = _did_you_mean(str(key), _allowed_keys(doc.data, loc[:-1]))
        return Problem(doc.key_mark(loc), f"unknown key '{key}'", hint)
    if kind == "missing":
        return Problem(doc.mark(loc[:-1]), f"missing '{loc[-1]}'",
                       f"add '{loc[-1]}:' here")
    where = ".".join(str(p) for p in loc) or "document"
    msg = msg.removeprefix("Value error, ")
    return Problem(doc.mark(loc), f"{where}: {msg}")


def _data_path(data: Any, loc: tuple[Any, ...]) -> PathKey:
    """Pydantic's error location with union tags removed, as a path into the data."""
    out: list[str | int] = []
    node = data
    for n, part in enumerate(loc):
        last = n == len(loc) - 1
        if isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and last:
            out.append(part)  # a missing or unknown key
        # anything else is a tag pydantic adds (a union member's name): skip it
    return tuple(out)


def _allowed_keys(data: Any, path: PathKey) -> list[str]:
    """The field names of the model that reads ``path`` (for "did you mean")."""
    from game.scenario import models
    from game.tasks import REGISTRY

    node: Any = data
    for part in path:
        node = node[part]
    names: dict[tuple[str, ...], type[BaseModel]] = {
        (): models.Scenario, ("worlds",): models.World, ("role_models",): models.RoleModel,
        ("stations",): models.Station, ("intro",): models.Dialogue,
        ("questions",): models.Question, ("myths",): models.Myth,
        ("trainings",): models.Training,
    }
    keys = tuple(p for p in path if isinstance(p, str))
    if isinstance(node, dict) and "type" in node and node["type"] in REGISTRY:
        return list(REGISTRY[node["type"]].params.model_fields)
    model = names.get(keys[-1:] if keys else ())
    if keys and keys[-1] == "questions" and "task" in keys:
        fields: set[str] = set()
        for t in REGISTRY.values():
            for f in t.params.model_fields.values():
                ann = getattr(f.annotation, "__args__", (f.annotation,))
                for a in ann:
                    if isinstance(a, type) and issubclass(a, BaseModel):
                        fields |= set(a.model_fields)
        return sorted(fields)
    return list(model.model_fields) if model else []


def _did_you_mean(word: str, options: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"allowed keys here: {', '.join(options)}" if options else "remove this key"


def check(loaded: LoadedScenario, doc: Located) -> list[Problem]:
    """Cross-references, translations, files and maps."""
    from game.scenario.crosscheck import cross_check

    return cross_check(loaded, doc)
