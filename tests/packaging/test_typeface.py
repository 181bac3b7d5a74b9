"""The typeface travels with the game: the package is a dependency, its files exist, and the
PyInstaller spec collects exactly those files (a bundle without them would draw with pygame's
fallback font)."""
from __future__ import annotations

import tomllib

import pytest

from game import PROJECT_ROOT
from game.ui import fonts


def test_the_typeface_is_a_declared_dependency_and_installed() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(dep.startswith("font-source-sans-pro") for dep in project["dependencies"])
    for role in fonts.FILES:
        path = fonts.font_path(role)
        assert path is not None and path.is_file() and path.stat().st_size > 50_000


def test_the_bundle_spec_collects_the_faces_and_their_licence() -> None:
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    spec = (PROJECT_ROOT / "packaging" / "cap-industrie.spec").read_text("utf-8")
    assert "collect_data_files(fonts.PACKAGE" in spec and "fonts.BUNDLED" in spec
    collected = hooks.collect_data_files(fonts.PACKAGE,
                                         includes=[f"files/{n}" for n in fonts.BUNDLED])
    names = {src.replace("\\", "/").rsplit("/", 1)[-1] for src, _dest in collected}
    assert names == set(fonts.BUNDLED)
    assert all(dest.replace("\\", "/") == f"{fonts.PACKAGE}/files" for _src, dest in collected)
