"""Property-based: whatever an author breaks, the validator answers with file:line problems.

Valid scenarios are mutated — a key deleted, a value's type changed, ids swapped or
copied, a list item doubled, the file cut at a random point — and every mutation must
either load or give problems that each name an existing file and a line: never an
uncaught exception, never a check that stopped on an unexpected error.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game import PROJECT_ROOT
from game.scenario.analysis import analyse
from game.scenario.loader import load_scenario
from game.scenario.problems import ContentError, Problem
from tests.scenario.helpers import png
from tests.scenario.test_loader import copy_welding

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"
ODD_VALUES = [None, 0, -3, 2.5, True, "", "texte", "../../etc/passwd", [], [1, "a"], {},
              {"fr": 3}, {"zz": "x"}, "!!python/object:os.system"]
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(node, dict):
        for k, v in node.items():
            out += paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += paths(v, (*here, i))
    return out


def get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def mutate(data: Any, draw: Any) -> Any:
    """One random mutation of a document's data (a new object)."""
    data = yaml.safe_load(yaml.safe_dump(data))
    all_paths = [p for p in paths(data) if p]
    if not all_paths:
        return draw(st.sampled_from(ODD_VALUES))
    kind = draw(st.sampled_from(["delete", "retype", "swap_ids", "copy_id", "double"]))
    if kind in {"swap_ids", "copy_id"}:
        ids = [p for p in all_paths if p[-1] == "id" and isinstance(get(data, p), str)]
        if len(ids) >= 2:
            a, b = draw(st.permutations(ids))[:2]
            va, vb = get(data, a), get(data, b)
            get(data, a[:-1])["id"] = vb
            if kind == "swap_ids":
                get(data, b[:-1])["id"] = va
            return data
        kind = "retype"
    path = draw(st.sampled_from(all_paths))
    parent, key = get(data, path[:-1]), path[-1]
    if kind == "delete":
        del parent[key]
    elif kind == "double" and isinstance(parent, list):
        parent.insert(key, yaml.safe_load(yaml.safe_dump(parent[key])))
    else:
        parent[key] = draw(st.sampled_from(ODD_VALUES))
    return data


def check(folder: Path) -> None:
    """The property: problems with places, or a scenario that loads."""
    result = analyse(folder)
    for p in result.problems:
        assert isinstance(p, Problem)
        assert p.mark.file.is_file(), p
        assert p.mark.line >= 1 and p.mark.column >= 1, p
        assert "unexpected error" not in p.message, p
    try:
        load_scenario(folder)
    except ContentError as err:
        assert err.problems
    if not result.errors:
        assert result.playable


def write_all(folder: Path, docs: dict[str, Any]) -> None:
    for name, data in docs.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")


def read_all(folder: Path) -> dict[str, Any]:
    return {f.name: yaml.safe_load(f.read_text(encoding="utf-8"))
            for f in sorted(folder.glob("*.yaml"))}


@pytest.mark.slow
@SETTINGS
@given(st.data())
def test_mutated_example_never_breaks_the_validator(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("ex")
    shutil.copytree(EXAMPLE, folder, dirs_exist_ok=True)
    docs = read_all(folder)
    name = data.draw(st.sampled_from(sorted(docs)))
    for _ in range(data.draw(st.integers(1, 3))):
        docs[name] = mutate(docs[name], data.draw)
    write_all(folder, {name: docs[name]})
    check(folder)


@pytest.mark.slow
@SETTINGS
@given(st.data())
def test_a_file_cut_anywhere_gives_a_line(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("cut")
    shutil.copytree(EXAMPLE, folder, dirs_exist_ok=True)
    name = data.draw(st.sampled_from(["scenario.yaml", "atelier.yaml", "atelier.tmx"]))
    text = (folder / name).read_text(encoding="utf-8")
    cut = data.draw(st.integers(0, len(text)))
    (folder / name).write_text(text[:cut], encoding="utf-8")
    check(folder)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.data())
def test_mutated_welding_world_never_breaks_the_validator(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("welding") / "scn"
    copy_welding(folder)
    docs = read_all(folder)
    docs["soudure.yaml"] = mutate(docs["soudure.yaml"], data.draw)
    write_all(folder, {"soudure.yaml": docs["soudure.yaml"]})
    check(folder)


def test_unsafe_tags_anywhere_never_run(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "ex")
    witness = tmp_path / "pwned"
    path = tmp_path / "ex" / "atelier.yaml"
    text = path.read_text(encoding="utf-8")
    for tag in (f'!!python/object/apply:os.system ["touch {witness}"]',
                "!!python/name:os.system", '!!python/object/new:os.system ["id"]'):
        path.write_text(text.replace("age: 34", f"age: {tag}"), encoding="utf-8")
        result = analyse(tmp_path / "ex")
        assert [p.mark.line for p in result.problems] == [12]
        assert "tag is not allowed" in result.problems[0].message
    assert not witness.exists()


def test_png_helper_makes_pictures_the_checks_accept(tmp_path):
    from game.world.mapdata import image_size

    (tmp_path / "a.png").write_bytes(png(3, 2))
    assert image_size(tmp_path / "a.png") == (3, 2)
