"""Checks beyond the schema: ids, references, translations, files and maps.

References are found by what the models declare (refs.py), task parameters included: a
field marked ``File`` (``Asset``) names a picture, one marked ``Ref`` a myth, a training
offer or a role model of the same world — whatever the field is called.

The model may be a salvaged one (see salvage.py): any field may then be ``None``, and
ids are also taken from the document itself, so that a definition dropped for a schema
error does not make every reference to it look wrong.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from game import CONTENT_ROOT
from game.scenario.mapcheck import check_map, reach_problems
from game.scenario.problems import Mark, Problem
from game.scenario.refs import File, fields, marked
from game.scenario.text import LocalText
from game.scenario.yamlpos import PathKey
from game.world.mapdata import image_size

if TYPE_CHECKING:
    from game.scenario.loader import LoadedScenario

UNCHECKED_IMAGES = {".webp", ".tga", ".svg"}  # pygame reads them; their size is not needed


class Positions(Protocol):
    """Where a model's value was written (a Located, or a Remapped after salvage)."""

    data: Any

    def mark(self, path: PathKey) -> Mark: ...


def texts(node: Any, path: PathKey = ()) -> list[tuple[PathKey, LocalText]]:
    """Every player-facing text below a model, with its path: a model's field, or an item
    of a list that is a model's field (and each text's long form, behind « En savoir plus »)."""
    out: list[tuple[PathKey, LocalText]] = []
    _texts_into(node, path, out)
    return out


def _texts_into(node: Any, path: PathKey, out: list[tuple[PathKey, LocalText]]) -> None:
    if isinstance(node, LocalText):
        return
    if isinstance(node, BaseModel):
        for name, value in fields(node):
            here = (*path, name)
            if isinstance(value, LocalText):
                _text_into(here, value, out)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, LocalText):
                        _text_into((*here, i), item, out)
                _texts_into(value, here, out)
            elif isinstance(value, BaseModel):
                _texts_into(value, here, out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, (BaseModel, list)):
                _texts_into(item, (*path, i), out)


def _text_into(path: PathKey, text: LocalText, out: list[tuple[PathKey, LocalText]]) -> None:
    out.append((path, text))
    more = text.more
    if more is not None:
        out.append(((*path, "more"), more))


def suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.5)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"known ids: {', '.join(options)}" if options else "define it first"


def raw_ids(items: Any) -> list[Any]:
    """The ``id`` of each entry of a list as written (None where there is none)."""
    if not isinstance(items, list):
        return []
    return [i.get("id") if isinstance(i, dict) else None for i in items]


def cross_check(loaded: LoadedScenario, view: Positions) -> list[Problem]:
    model, data = loaded.model, view.data if isinstance(view.data, dict) else {}
    out: list[Problem] = []
    doc_marks = getattr(view, "doc", view)  # raw positions (ids are read from the document)
    myths = [m for m in raw_ids(data.get("myths")) if isinstance(m, str)]
    trainings = [t for t in raw_ids(data.get("trainings")) if isinstance(t, str)]
    _unique(doc_marks, out, ("myths",), raw_ids(data.get("myths")), "myth")
    _unique(doc_marks, out, ("trainings",), raw_ids(data.get("trainings")), "training offer")
    found = data.get("worlds")
    worlds_raw: list[Any] = found if isinstance(found, list) else []
    _unique(doc_marks, out, ("worlds",), raw_ids(worlds_raw), "world")
    seen: set[str] = set()
    files: dict[str, tuple[str, str] | None] = {}  # each file named is looked for once
    for wi, world in enumerate(worlds_raw):
        for ri, rid in enumerate(raw_ids(world.get("role_models") if isinstance(world, dict)
                                         else None)):
            if isinstance(rid, str) and rid in seen:
                out.append(Problem(doc_marks.mark(("worlds", wi, "role_models", ri, "id")),
                                   f"role model id '{rid}' is used twice",
                                   "give each one its own id"))
            seen.add(rid)
    for wi, world in enumerate(model.worlds or []):
        wpath: PathKey = ("worlds", wi)
        raw = _raw_world(view, wi)
        _unique(view, out, (*wpath, "stations"), raw_ids(raw.get("stations")), "station",
                raw=True)
        models_here = [r for r in raw_ids(raw.get("role_models")) if isinstance(r, str)]
        ids = {"myth": (myths, "myth"), "training": (trainings, "training offer"),
               "role_model": (models_here, "role model of this world")}
        for path, marker, value in marked(world, wpath):
            if isinstance(marker, File):
                if value not in files:
                    files[value] = _asset(loaded, value)
                wrong = files[value]
                if wrong is not None:
                    out.append(Problem(view.mark(path), *wrong))
                continue
            known, what = ids[marker.what]
            if value not in known:
                out.append(Problem(view.mark(path), f"no {what} has the id '{value}'",
                                   suggest(value, known)))
        out += check_world_map(loaded, view, wi, raw)
    out += check_languages(model, view)
    return out


def _raw_world(view: Positions, wi: int) -> dict[str, Any]:
    original = getattr(view, "original", lambda p: p)(("worlds", wi))
    worlds = view.data.get("worlds") if isinstance(view.data, dict) else None
    if worlds is None:
        return {}
    try:
        raw = worlds[original[1]]
    except (TypeError, IndexError, KeyError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _asset(loaded: LoadedScenario, value: str) -> tuple[str, str] | None:
    """What is wrong with a picture's path (message, hint), or None."""
    from game.scenario.loader import resolve_asset

    found = resolve_asset(loaded.folder, value)
    if found is None:
        return (f"file not found: {value}", "paths are relative to the scenario folder or the "
                "project root, and must stay inside them")
    if found.suffix.lower() in UNCHECKED_IMAGES:
        return None
    size = image_size(found)
    if size is None:
        return f"{value} is not a picture the game can show", "save it as PNG (or JPEG)"
    return _versions(loaded, value, found, size)


def _versions(loaded: LoadedScenario, value: str, found: Path,
              size: tuple[int, int]) -> tuple[str, str] | None:
    """What is wrong with the picture's versions in the scenario's languages (message, hint):
    a version must be a picture of the same size (areas and outlines are in its pixels)."""
    from game.scenario.loader import language_version

    for lang in loaded.model.languages or []:
        version = language_version(found, lang) if isinstance(lang, str) else None
        if version is None:
            continue
        other = image_size(version)
        if other != size:
            shown = "not a picture the game can show" if other is None else \
                f"{other[0]}×{other[1]} px"
            return (f"{version.name}, the '{lang}' version of {value}, is {shown}; the picture "
                    f"is {size[0]}×{size[1]} px", "draw each language's version at the "
                    "picture's size: only its words change")
    return None


def _unique(view: Positions, out: list[Problem], path: PathKey, ids: list[Any], what: str,
            raw: bool = False) -> None:
    """Ids written twice in a list; ``raw``: the list is the document's, not the model's."""
    marks = getattr(view, "doc", view) if raw else view
    if raw and hasattr(view, "original"):
        path = view.original(path)
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if not isinstance(item, str):
            continue
        if item in seen:
            out.append(Problem(marks.mark((*path, i, "id")), f"{what} id '{item}' is used twice",
                               "ids must be unique; rename one of them"))
        seen.add(item)


def check_languages(model: Any, view: Positions) -> list[Problem]:
    """Every text in every declared language; texts in undeclared ones are never shown."""
    langs = [lang for lang in (model.languages or []) if isinstance(lang, str)]
    if not langs:
        return []
    out: list[Problem] = []
    extra: dict[str, tuple[PathKey, int]] = {}
    for at, text in texts(model):
        missing = text.missing(langs)
        if missing:
            out.append(Problem(view.mark(at), f"text missing in {', '.join(missing)}",
                               f"add {missing[0]}: \"...\" beside the other languages"))
        for lang in text.root:
            if lang not in langs:
                first, count = extra.get(lang, (at, 0))
                extra[lang] = (first, count + 1)
    for lang, (at, count) in extra.items():
        out.append(Problem(view.mark(at), f"{count} text(s) are written in '{lang}', which is "
                           f"not in the scenario's languages ({', '.join(langs)}); they are "
                           "never shown", f"add {lang} to 'languages:' in scenario.yaml, or "
                           "remove those texts", "warning"))
    return out


def check_world_map(loaded: LoadedScenario, view: Positions, wi: int,
                    raw: dict[str, Any]) -> list[Problem]:
    """The world's map loads; its station objects and the world's stations match."""
    from game.scenario.loader import resolve_asset

    world = loaded.model.worlds[wi]
    if not isinstance(world.map, str):
        return []
    def at() -> Mark:  # positions are built only when a problem is reported
        return view.mark(("worlds", wi, "map"))

    path = resolve_asset(loaded.folder, world.map)
    if path is None:
        from game.scenario.loader import similar_file

        return [Problem(at(), f"map not found: {world.map}",
                        similar_file(loaded.folder, world.map, (".tmx",))
                        or "give the .tmx path relative to the scenario folder or project root")]
    if path.suffix.lower() != ".tmx":
        return [Problem(at(), f"{world.map} is not a Tiled map (.tmx)",
                        "in Tiled, File > Save As... a .tmx file, and give its path here")]
    info, out = check_map(path, roots=(loaded.folder, CONTENT_ROOT), world=False)
    if info is None or any(p.severity == "error" for p in out):
        return out
    if isinstance(world.id, str):
        loaded.maps[world.id] = info
    ids = [s for s in raw_ids(raw.get("stations")) if isinstance(s, str)]
    for sid in ids:
        if sid not in info.stations:
            out.append(Problem(at(), f"{path.name} has no station object named '{sid}'",
                               "in Tiled, add a rectangle named like the station in the "
                               "'stations' object layer"))
    for name in info.stations:
        if name not in ids:
            out.append(Problem(at(), f"{path.name} has a station object '{name}' that no station "
                               f"of world '{world.id}' uses", suggest(name, ids)))
    if info.spawn is None:
        out.append(Problem(at(), f"{path.name} has no object named 'spawn'",
                           "add a point named spawn where the avatar starts"))
        return out
    out += [Problem(at(), message, hint) for message, hint in reach_problems(info)]
    return out

