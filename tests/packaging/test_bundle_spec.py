"""The PyInstaller spec takes every file the game reads at run time: the hub's dashboard page,
the nickname filter's words, the content — a bundle without one breaks only in a classroom.

The spec is run with PyInstaller's build steps replaced by recorders (no build: seconds, not
minutes); ``tools/build_bundle.py --smoke`` (in ``.ci/run``) then tries the real bundle.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest

from game import PROJECT_ROOT
from game.cli import COMMANDS

SPEC = PROJECT_ROOT / "packaging" / "cap-industrie.spec"
GAME = PROJECT_ROOT / "game"
#: read from a checkout only, by tools/task_types.py (the authoring guides' examples)
AUTHORING_ONLY = ("tasks/*/guide.*.md", "py.typed")


def _submodules(name: str) -> list[str]:
    package = importlib.import_module(name)
    return [name, *(m.name for m in pkgutil.walk_packages(package.__path__, name + "."))]


@pytest.fixture(scope="module")
def spec(monkeypatch_module: pytest.MonkeyPatch) -> dict[str, Any]:
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    monkeypatch_module.setattr(hooks, "collect_submodules", _submodules)
    seen: dict[str, Any] = {}

    def analysis(scripts: list[str], **kw: Any) -> Any:
        seen.update(kw)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    def step(*args: Any, **kw: Any) -> None:
        return None

    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"),  # our own spec
         {"SPECPATH": str(SPEC.parent), "Analysis": analysis, "PYZ": step, "EXE": step,
          "COLLECT": step, "__file__": str(SPEC)})
    return seen


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def _bundled(datas: list[tuple[str, str]]) -> set[str]:
    """Every file the bundle holds, by its path inside the app (posix)."""
    out: set[str] = set()
    for src, dest in datas:
        source = Path(src)
        if source.is_dir():
            out |= {f"{dest}/{p.relative_to(source).as_posix()}" for p in source.rglob("*")
                    if p.is_file()}
        else:
            out.add(f"{dest}/{source.name}")
    return out


def _runtime_files() -> list[str]:
    """The files of the game package that are not Python code (nor authoring only)."""
    found = []
    for path in GAME.rglob("*"):
        rel = path.relative_to(GAME)
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in rel.parts:
            continue
        if any(rel.match(pattern) for pattern in AUTHORING_ONLY):
            continue
        found.append(f"game/{rel.as_posix()}")
    return sorted(found)


def test_every_file_the_code_reads_is_in_the_bundle(spec: dict[str, Any]) -> None:
    bundled = _bundled(spec["datas"])
    wanted = _runtime_files()
    assert {"game/hub/static/class.js", "game/hub/static/class.css",
            "game/scores/data/offensive-words.txt"} <= set(wanted)
    missing = [f for f in wanted if f not in bundled]
    assert not missing, (f"{missing}: not in the bundle; declare them in pyproject.toml's "
                         "[tool.setuptools.package-data] (the spec reads it)")


def test_the_content_and_the_sub_commands_are_in_the_bundle(spec: dict[str, Any]) -> None:
    bundled = _bundled(spec["datas"])
    for shipped in ("scenarios/cap-industrie/scenario.yaml", "levels/soudure.tmx",
                    "assets/sprites/avatar.png"):
        assert f"game/_content/{shipped}" in bundled, shipped
    hidden = set(spec["hiddenimports"])
    missing = [m for m in COMMANDS.values() if m not in hidden]
    assert not missing, f"{missing}: sub-commands the bundle could not start"
    for needed in ("game.hub.server", "game.classroom.cli", "game.hub.classpages"):
        assert needed in hidden
    assert any(m.startswith("zeroconf.") for m in hidden), "students' PCs could not find the hub"
