"""Checks beyond the schema: ids, references, translations, files and maps.

References are found by field name everywhere in the model, task parameters
included: ``myth``/``myths`` name myths, ``trainings`` name training offers,
``role_model`` a role model of the same world, ``image``/``portrait`` a file.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from game.scenario.problems import Problem
from game.scenario.text import LocalText
from game.scenario.yamlpos import Located, PathKey
from game.world.mapdata import MapError, read_map
from game.world.paths import reachable

if TYPE_CHECKING:
    from game.scenario.loader import LoadedScenario

ASSET_FIELDS = {"image", "portrait"}


def walk(node: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, str, Any]]:
    """Every (path, field name, value) below a model, depth first."""
    if isinstance(node, LocalText):
        return
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            value = getattr(node, name)
            yield path + (name,), name, value
            yield from walk(value, path + (name,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from walk(item, path + (i,))


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.5)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"known ids: {', '.join(options)}" if options else "define it first"


def cross_check(loaded: LoadedScenario, doc: Located) -> list[Problem]:
    from game.scenario.loader import resolve_asset

    model = loaded.model
    out: list[Problem] = []
    myths = [m.id for m in model.myths]
    trainings = [t.id for t in model.trainings]
    _unique(doc, out, ("myths",), myths, "myth")
    _unique(doc, out, ("trainings",), trainings, "training offer")
    _unique(doc, out, ("worlds",), [w.id for w in model.worlds], "world")
    all_models = [(wi, ri, r.id) for wi, w in enumerate(model.worlds)
                  for ri, r in enumerate(w.role_models)]
    seen: dict[str, bool] = {}
    for wi, ri, rid in all_models:
        if rid in seen:
            out.append(Problem(doc.mark(("worlds", wi, "role_models", ri, "id")),
                               f"role model id '{rid}' is used twice", "give each one its own id"))
        seen[rid] = True
    for wi, world in enumerate(model.worlds):
        wpath: PathKey = ("worlds", wi)
        _unique(doc, out, wpath + ("stations",), [s.id for s in world.stations], "station")
        models_here = [r.id for r in world.role_models]
        for path, name, value in walk(world, wpath):
            refs = value if isinstance(value, list) else [value]
            if name in ("myth", "myths"):
                known, what = myths, "myth"
            elif name == "trainings":
                known, what = trainings, "training offer"
            elif name == "role_model":
                known, what = models_here, "role model of this world"
            elif name in ASSET_FIELDS and isinstance(value, str):
                if resolve_asset(loaded.folder, value) is None:
                    out.append(Problem(doc.mark(path), f"file not found: {value}",
                                       "paths are relative to the scenario folder or the "
                                       "project root, and must stay inside them"))
                continue
            else:
                continue
            for i, ref in enumerate(refs):
                if isinstance(ref, str) and ref not in known:
                    at = path + (i,) if isinstance(value, list) else path
                    out.append(Problem(doc.mark(at), f"no {what} has the id '{ref}'",
                                       _suggest(ref, known)))
        _check_map(loaded, doc, wi, out)
    _check_languages(model, doc, out)
    return out


def _unique(doc: Located, out: list[Problem], path: PathKey, ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            out.append(Problem(doc.mark(path + (i, "id")), f"{what} id '{item}' is used twice",
                               "ids must be unique; rename one of them"))
        seen.add(item)


def _check_languages(model: Any, doc: Located, out: list[Problem]) -> None:
    langs = model.languages
    for path, _name, value in walk(model):
        texts: list[tuple[PathKey, LocalText]] = []
        if isinstance(value, LocalText):
            texts.append((path, value))
        elif isinstance(value, list):
            texts += [(path + (i,), v) for i, v in enumerate(value) if isinstance(v, LocalText)]
        for at, text in texts:
            missing = text.missing(langs)
            if missing:
                out.append(Problem(doc.mark(at), f"text missing in {', '.join(missing)}",
                                   f"add {missing[0]}: \"...\" beside the other languages"))


def _check_map(loaded: LoadedScenario, doc: Located, wi: int, out: list[Problem]) -> None:
    from game.scenario.loader import resolve_asset

    world = loaded.model.worlds[wi]
    at = doc.mark(("worlds", wi, "map"))
    path = resolve_asset(loaded.folder, world.map)
    if path is None:
        out.append(Problem(at, f"map not found: {world.map}",
                           "give the .tmx path relative to the scenario folder or project root"))
        return
    try:
        info = read_map(path)
    except MapError as err:
        out.append(Problem(at, str(err)))
        return
    loaded.maps[world.id] = info
    ids = [s.id for s in world.stations]
    for sid in ids:
        if sid not in info.stations:
            out.append(Problem(at, f"{path.name} has no station object named '{sid}'",
                               "in Tiled, add a rectangle named like the station in the "
                               "'stations' object layer"))
    for name in info.stations:
        if name not in ids:
            out.append(Problem(at, f"{path.name} has a station object '{name}' that no station "
                               f"of world '{world.id}' uses", _suggest(name, ids)))
    if info.spawn is None:
        out.append(Problem(at, f"{path.name} has no object named 'spawn'",
                           "add a point named spawn where the avatar starts"))
        return
    start = info.tile_of(*info.spawn)
    if not info.walkable(*start):
        out.append(Problem(at, f"the spawn of {path.name} stands on a solid tile",
                           "move it onto the floor"))
        return
    zone = reachable(info.walkable, start)
    for name, (x, y, w, h) in info.stations.items():
        cells = {(c, r) for c in range(int(x // info.tile_w) - 1, int((x + w) // info.tile_w) + 1)
                 for r in range(int(y // info.tile_h) - 1, int((y + h) // info.tile_h) + 1)}
        if not cells & zone:
            out.append(Problem(at, f"station '{name}' cannot be reached from the spawn in "
                               f"{path.name}", "open a walkway to it"))
