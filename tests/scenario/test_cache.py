"""A scenario that loaded is found again by its content's hash; any change checks it again."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.scenario import analysis, cache
from game.scenario.loader import load_scenario
from game.scenario.problems import ContentError

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    folder = tmp_path / "exemple"
    shutil.copytree(EXAMPLE, folder)
    return folder


def no_check(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every full check from now on."""
    checked: list[Path] = []
    real = analysis.analyse

    def counting(path: Path, deep: bool = True) -> analysis.Analysis:
        checked.append(path)
        return real(path, deep)

    monkeypatch.setattr(analysis, "analyse", counting)
    return checked


def test_the_second_start_reads_the_checked_scenario_back(example: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "cache"
    first = load_scenario(example, cache_dir=data)
    checked = no_check(monkeypatch)
    again = load_scenario(example, cache_dir=data)
    assert checked == []
    assert again.model == first.model and again.folder == first.folder
    assert again.maps["atelier"].stations == first.maps["atelier"].stations
    assert again.maps["atelier"].solid == first.maps["atelier"].solid


def test_an_edited_world_is_checked_again_and_its_error_has_a_position(
        example: Path, tmp_path: Path) -> None:
    data = tmp_path / "cache"
    load_scenario(example, cache_dir=data)
    world = example / "atelier.yaml"
    world.write_text(world.read_text(encoding="utf-8").replace("role_model: nora",
                                                               "role_model: noura"),
                     encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_scenario(example, cache_dir=data)
    [problem] = [p for p in caught.value.problems if "noura" in p.message]
    assert problem.mark.file == world and problem.mark.line > 1


def test_a_map_or_picture_changed_on_disk_is_checked_again(
        example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "cache"
    load_scenario(example, cache_dir=data)
    tmx = example / "atelier.tmx"
    st = tmx.stat()
    os.utime(tmx, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    checked = no_check(monkeypatch)
    load_scenario(example, cache_dir=data)
    assert len(checked) == 1
    load_scenario(example, cache_dir=data)
    assert len(checked) == 1  # and kept again


def test_a_damaged_entry_is_ignored(example: Path, tmp_path: Path) -> None:
    data = tmp_path / "cache"
    first = load_scenario(example, cache_dir=data)
    cache.entry_path(data, example).write_bytes(b"\x80\x04garbage")
    assert load_scenario(example, cache_dir=data).model == first.model


def test_a_broken_scenario_is_never_kept(example: Path, tmp_path: Path) -> None:
    data = tmp_path / "cache"
    world = example / "atelier.yaml"
    world.write_text(world.read_text(encoding="utf-8").replace("role_model: nora",
                                                               "role_model: noura"),
                     encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ContentError):
            load_scenario(example, cache_dir=data)
    assert not data.exists() or not any(data.iterdir())
