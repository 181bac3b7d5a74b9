"""Load a scenario: safe YAML, world files included, pydantic models, every cross-reference.

``load_scenario`` is what the game calls: it returns a playable scenario or raises a
ContentError listing every problem (each naming ``file:line:column``). The deeper
checks an author runs with ``validate`` live in analysis.py.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game import CONTENT_ROOT
from game.scenario import DEFAULT_SCENARIO, SCENARIO_FILE
from game.scenario.problems import ContentError, Problem
from game.world.mapdata import MapInfo

if TYPE_CHECKING:  # the models (pydantic) and YAML load only when a scenario is checked or
    # first used: a warm start reads the cache and draws its title before either
    from game.scenario.models import Scenario
    from game.scenario.yamlpos import Located

__all__ = ["DEFAULT_SCENARIO", "SCENARIO_FILE", "LoadedScenario", "load_scenario"]


@dataclass
class LoadedScenario:
    """A valid scenario, where it lives, and its worlds' maps by world id.

    The maps are read once, without images, when the scenario is checked; the floor gives
    them their images (``world.render.with_images``) instead of reading them again.

    A picture with words in it (a workshop's signs) may have a version per language beside
    it, ``<name>.<lang>.<ext>`` (``workshop_hazards.en.png``), the same size (validate
    checks): :meth:`asset` gives the one of the language being played, which ``language``
    tells (the context gives it; None, as in ``validate``: the picture as named).
    """

    model: Scenario
    folder: Path
    maps: dict[str, MapInfo] = field(default_factory=dict)
    language: Callable[[], str] | None = field(default=None, repr=False, compare=False)
    _versions: dict[tuple[Path, str], Path] = field(default_factory=dict, repr=False,
                                                    compare=False)

    def title(self, lang: str) -> str:
        """The scenario's title in ``lang`` (what the title screen shows)."""
        return self.model.title.get(lang)

    def asset(self, relative: str) -> Path:
        """The file a validated path names, in the language being played when the picture
        has a version in it; FileNotFoundError if it has gone since."""
        path = resolve_asset(self.folder, relative)
        if path is None:
            raise FileNotFoundError(f"{relative}: not in {self.folder} nor in the game's folder "
                                    "any more (the scenario was checked when it loaded)")
        if self.language is None:
            return path
        lang = self.language()
        found = self._versions.get((path, lang))
        if found is None:  # looked for once (screens ask for their pictures every frame)
            found = self._versions[path, lang] = language_version(path, lang) or path
        return found


def language_version(path: Path, lang: str) -> Path | None:
    """The picture's version in ``lang`` beside it (``<name>.<lang><ext>``), if there is one."""
    version = path.with_name(f"{path.stem}.{lang}{path.suffix}")
    return version if version.is_file() else None


def scenario_file(path: Path) -> Path:
    return path / SCENARIO_FILE if path.is_dir() else path


def resolve_asset(folder: Path, relative: str) -> Path | None:
    """A path as written in YAML, found in the scenario folder, then the project root.

    Absolute paths, and paths (or links) leading outside both folders, are refused.
    """
    if not relative or Path(relative).is_absolute() or "\\" in relative:
        return None
    for base in (folder, CONTENT_ROOT):
        try:
            candidate = (base / relative).resolve()
        except (OSError, RuntimeError):  # a link loop, a name the system refuses
            continue
        if not _inside(candidate, (folder.resolve(), CONTENT_ROOT.resolve())):
            continue
        try:
            if candidate.is_file():
                return candidate
        except OSError:  # a name too long for the system
            continue
    return None


def similar_file(folder: Path, written: str, suffixes: tuple[str, ...]) -> str:
    """A "did you mean" for a file name (a case or an extension away), or ""."""
    import difflib

    try:
        names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                       if p.suffix.lower() in suffixes and p.is_file())
    except OSError:
        return ""
    for name in names:
        if name.lower() == written.lower():
            return f"did you mean '{name}'? (names are exact, capitals included)"
        if Path(name).with_suffix("") == Path(written):
            return f"did you mean '{name}'? (with its extension)"
    close = difflib.get_close_matches(written, names, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _inside(path: Path, roots: tuple[Path, ...]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def load_scenario(path: Path, cache_dir: Path | None = None) -> LoadedScenario:
    """A playable scenario, or a ContentError with every problem found.

    ``cache_dir``: where a scenario that loaded is kept, found again by the hash of its
    content at the next start instead of being checked again (see cache.py).
    """
    folder = scenario_file(path).parent
    if cache_dir is not None:
        from game.scenario import cache

        kept = cache.read(cache_dir, folder)
        if kept is not None:
            return kept
    from game.scenario import collector
    from game.scenario.analysis import analyse  # YAML, the checks: only when not cached

    with collector.paused():  # analyse's objects, then the cache's copy (see collector.py)
        result = analyse(path, deep=False)
        if result.loaded is None or result.errors:
            raise ContentError(result.problems)
        if cache_dir is not None:
            cache.write(cache_dir, folder, result.loaded)
    return result.loaded


def read_documents(file: Path, problems: list[Problem]) -> tuple[Located, set[int]]:
    """scenario.yaml with its world files grafted in; the world entries that failed.

    A syntax error in scenario.yaml itself raises ContentError (nothing else can be read).
    """
    from game.scenario.yamlpos import load_yaml

    doc = load_yaml(file)
    return doc, include_worlds(file, doc, problems)


def include_worlds(file: Path, doc: Located, problems: list[Problem]) -> set[int]:
    """Replace world file names by their content; returns the entries that failed."""
    from game.scenario.yamlpos import load_yaml

    worlds = doc.data.get("worlds") if isinstance(doc.data, dict) else None
    failed: set[int] = set()
    if not isinstance(worlds, list):
        return failed
    for i, entry in enumerate(worlds):
        if not isinstance(entry, str):
            continue
        failed.add(i)
        try:
            target = (file.parent / entry).resolve()
        except (OSError, RuntimeError):
            target = file.parent / "\0"
        if Path(entry).is_absolute() or not _inside(target, (file.parent.resolve(),)):
            problems.append(Problem(doc.mark(("worlds", i)),
                                    f"world file '{entry}' is outside the scenario folder",
                                    "keep world files next to scenario.yaml"))
        elif not target.is_file():
            problems.append(Problem(doc.mark(("worlds", i)), f"world file not found: {entry}",
                                    similar_file(file.parent, entry, (".yaml", ".yml"))
                                    or "give the file name of a world next to scenario.yaml"))
        else:
            try:
                doc.graft(("worlds", i), load_yaml(target))
                failed.discard(i)
            except ContentError as err:
                problems += err.problems
    return failed
