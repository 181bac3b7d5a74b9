"""A checked scenario kept in the data folder, found again by the hash of its content.

The game's start reads the scenario every time; checking it costs far more than reading
it (YAML, the schema, every reference, the maps). Once a scenario has loaded without an
error, the result is pickled into ``<data>/cache/``, under the hash of every YAML file
of the scenario folder and of the code that checks it, with the size and time of every
other file it depends on (maps, tilesets, pictures). The next start with the same files
reads that back; any change, or an unreadable entry, means a full check again. Only a
playable scenario is kept: an error is always found and reported afresh, with positions.

The folder holds one entry per scenario folder. It is the player's own data folder:
pickle is read from there only, as the scores are.

The models themselves are kept as a pickle inside the entry, unpickled when the game first
uses them (:class:`KeptScenario`): reading them needs pydantic and every task type, the most
of a start's time, and the title screen's first frame needs only the scenario's title.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.loader import LoadedScenario, resolve_asset

if TYPE_CHECKING:
    from game.scenario.models import Scenario
    from game.world.mapdata import MapInfo

FORMAT = 2  # bump when what is stored changes shape
TITLE_LANGUAGES = ("fr", "en")  # the title kept beside the models, for the first frame
CODE = Path(__file__).resolve().parent.parent  # the game package: its checks and models
CODE_PARTS = ("scenario", "tasks", "world")
YAML_SUFFIXES = (".yaml", ".yml")
FILE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tga", ".svg", ".tmx",
                 ".ogg", ".wav", ".mp3"}
Stamp = tuple[str, int, int]  # path, size, modification time (ns)


def entry_path(cache_dir: Path, folder: Path) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:20]
    return cache_dir / f"scenario-{name}.pickle"


def content_key(folder: Path) -> str:
    """Hash of the scenario's YAML files and of the code that checks them."""
    digest = hashlib.sha256(f"{FORMAT}".encode())
    for file in sorted(p for p in folder.iterdir() if p.suffix.lower() in YAML_SUFFIXES):
        digest.update(file.name.encode() + b"\0")
        digest.update(file.read_bytes())
    for part in CODE_PARTS:
        for source in sorted((CODE / part).rglob("*.py")):
            st = source.stat()
            digest.update(f"{source}:{st.st_size}:{st.st_mtime_ns}".encode())
    return digest.hexdigest()


def stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path), st.st_size, st.st_mtime_ns)


def dependencies(loaded: LoadedScenario) -> list[Path]:
    """Every file besides the YAML the scenario uses: maps with what they include, pictures."""
    found: set[Path] = set()
    for info in loaded.maps.values():
        found.add(info.path)
        found.update(p for p in info.path.parent.rglob("*") if p.is_file())  # tilesets, images
    for value in set(_strings(loaded.model.model_dump())):  # each path resolved once
        if Path(value).suffix.lower() in FILE_SUFFIXES:
            path = resolve_asset(loaded.folder, value)
            if path is not None:
                found.add(path)
    return sorted(found)


def _strings(node: Any) -> list[str]:
    out: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if len(item) < 300:
                out.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return out


class KeptScenario(LoadedScenario):
    """A scenario read back from the cache: its models are unpickled when first used."""

    def __init__(self, packed: bytes, folder: Path, maps: dict[str, MapInfo],
                 titles: dict[str, str]) -> None:
        self.folder = folder
        self.maps = maps
        self.language = None  # the context gives it (LoadedScenario.asset)
        self._versions = {}
        self._packed: bytes | None = packed
        self._model: Scenario | None = None
        self._titles = titles

    @property  # the dataclass field, read on first use
    def model(self) -> Scenario:
        if self._model is None:
            self._model = self._unpack()
        return self._model

    @model.setter
    def model(self, value: Scenario) -> None:
        self._model = value

    @property
    def unpacked(self) -> bool:
        """True once the models have been read."""
        return self._model is not None

    def title(self, lang: str) -> str:
        if self._model is None and lang in self._titles:
            return self._titles[lang]
        return super().title(lang)

    def _unpack(self) -> Scenario:
        from game.scenario import collector
        from game.scenario.models import Scenario

        packed, self._packed = self._packed, None
        try:
            with collector.paused(promote=True):  # the game's models, for its whole run
                model = pickle.loads(packed) if packed is not None else None
        except Exception:  # its checksum held: models that changed shape (a new pydantic)
            model = None
        if isinstance(model, Scenario):
            return model
        from game.scenario.loader import load_scenario

        return load_scenario(self.folder).model  # checked afresh (it was valid: it is again)


def read(cache_dir: Path, folder: Path) -> LoadedScenario | None:
    """The scenario kept for ``folder`` if nothing it depends on changed, else None.

    Its models are read later, when first used (see :class:`KeptScenario`).
    """
    try:
        raw = entry_path(cache_dir, folder).read_bytes()
        key = content_key(folder)
        kept = pickle.loads(raw)  # the player's own data folder, as the scores
        if not isinstance(kept, dict) or kept.get("key") != key:
            return None
        if any(stamp(Path(s[0])) != tuple(s) for s in kept["stamps"]):
            return None
        packed = kept["model"]
        if not isinstance(packed, bytes) or zlib.crc32(packed) != kept["crc"]:
            return None
        return KeptScenario(packed, folder, kept["maps"], kept["titles"])
    except Exception:  # a missing, damaged or stale entry: check again
        return None


def write(cache_dir: Path, folder: Path, loaded: LoadedScenario) -> None:
    """Keep ``loaded`` for the next start; a folder that cannot be written is let be."""
    try:
        stamps = [s for s in (stamp(p) for p in dependencies(loaded)) if s is not None]
        maps = {wid: replace(info, tmx=None) for wid, info in loaded.maps.items()}
        packed = pickle.dumps(loaded.model, protocol=pickle.HIGHEST_PROTOCOL)
        titles = {lang: loaded.title(lang) for lang in TITLE_LANGUAGES}
        data = pickle.dumps({"key": content_key(folder), "stamps": stamps, "maps": maps,
                             "titles": titles, "model": packed, "crc": zlib.crc32(packed)},
                            protocol=pickle.HIGHEST_PROTOCOL)
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, entry_path(cache_dir, folder))
    except Exception:  # the cache only saves time
        return
