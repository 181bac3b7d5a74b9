"""Hostile content is refused within bounds, naming the limit, the file and the line.

Each case was a freeze, a MemoryError or a flood of output before the limits (issue 15).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game import PROJECT_ROOT, limits
from game.scenario.analysis import analyse
from game.scenario.problems import ContentError, Mark
from game.scenario.yamlpos import load_yaml

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    folder = tmp_path / "exemple"
    shutil.copytree(EXAMPLE, folder)
    return folder


def validate(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "validate", "--quick",
                           str(folder)], capture_output=True, text=True, timeout=60, check=False,
                          cwd=PROJECT_ROOT)


def refused(file: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_yaml(file)
    return caught.value


BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n"
    for i in range(8))  # nine levels of ten: a billion values once expanded


def test_a_billion_laughs_is_refused_at_once_without_expanding(tmp_path: Path) -> None:
    file = tmp_path / "scenario.yaml"
    file.write_text(BOMB, encoding="utf-8")
    t0 = time.perf_counter()
    err = refused(file)
    assert time.perf_counter() - t0 < 5  # expanded, it took 91 s and 7.5 GB, then crashed
    [problem] = err.problems
    assert "limit: values per YAML file" in problem.message
    assert problem.mark.file == file and problem.mark.line > 1


def test_anchors_used_too_often_are_refused(tmp_path: Path) -> None:
    file = tmp_path / "scenario.yaml"
    uses = ", ".join(["*a"] * (limits.YAML_ALIASES + 1))
    file.write_text(f"base: &a x\nmany: [{uses}]\n", encoding="utf-8")
    [problem] = refused(file).problems
    assert "limit: aliases per YAML file" in problem.message


def test_an_alias_inside_its_own_anchor_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "scenario.yaml"
    file.write_text("loop: &a [1, *a]\n", encoding="utf-8")
    [problem] = refused(file).problems
    assert "never end" in problem.message and problem.mark.line == 1


def test_a_few_aliases_still_load(tmp_path: Path) -> None:
    file = tmp_path / "scenario.yaml"
    file.write_text("base: &a {fr: Bien, en: Fine}\nagain: *a\n", encoding="utf-8")
    assert load_yaml(file).data["again"] == {"fr": "Bien", "en": "Fine"}


def test_a_text_over_the_limit_names_its_line_and_column(tmp_path: Path) -> None:
    file = tmp_path / "world.yaml"
    long = "mot " * (limits.TEXT_CHARS // 4 + 1)
    file.write_text(f"id: atelier\ntitle:\n  fr: \"{long}\"\n", encoding="utf-8")
    [problem] = refused(file).problems
    assert problem.mark == Mark(file, 3, 7)
    assert f"at most {limits.count_text(limits.TEXT_CHARS)}" in problem.message
    assert "limit: characters per text" in problem.message


def test_a_25_million_character_text_is_refused_by_the_file_size(tmp_path: Path) -> None:
    file = tmp_path / "world.yaml"
    file.write_text("title:\n  fr: " + "a" * 25_000_000 + "\n", encoding="utf-8")
    [problem] = refused(file).problems
    assert "limit: size per YAML file" in problem.message and problem.mark.line == 1


@pytest.mark.slow
def test_a_50_mb_scenario_is_refused_quickly_in_a_few_lines(example: Path) -> None:
    world = example / "atelier.yaml"
    text = world.read_text(encoding="utf-8")
    with world.open("a", encoding="utf-8") as f:
        while f.tell() < 50 * 1024 * 1024:
            f.write("# " + "rembourrage " * 800 + "\n")
    t0 = time.perf_counter()
    done = validate(example)
    assert time.perf_counter() - t0 < 30  # it took 78 s and 2 GB
    assert done.returncode == 1
    assert "atelier.yaml:1:1: the file is 50" in done.stdout
    assert "limit: size per YAML file" in done.stdout
    assert len(done.stdout.splitlines()) < 10
    assert text  # the world itself was fine


def test_too_many_stations_are_refused_before_the_schema(example: Path) -> None:
    world = example / "atelier.yaml"
    text = world.read_text(encoding="utf-8")
    head, _station = text.split("stations:\n", 1)
    copies = "".join(f"  - id: s{i}\n    role_model: nora\n" for i in range(5000))
    world.write_text(head + "stations:\n" + copies, encoding="utf-8")
    result = analyse(example, deep=False)
    [problem] = result.problems
    assert "the scenario has 5,000 stations" in problem.message
    assert "limit: stations per scenario" in problem.message
    assert problem.mark.file.name == "atelier.yaml"
    first = copies.index(f"  - id: s{limits.STATIONS}\n")
    assert problem.mark.line == (head + "stations:\n" + copies[:first]).count("\n") + 1
    assert result.loaded is None


@pytest.mark.slow
def test_a_thousand_copies_of_one_mistake_print_ten_then_a_count(example: Path) -> None:
    world = example / "atelier.yaml"
    text = world.read_text(encoding="utf-8")
    head, station = text.split("stations:\n", 1)
    station = station.replace("role_model: nora", "role_model: noura")
    copies = "".join(station.replace("id: accueil", f"id: s{i}", 1) for i in range(1000))
    world.write_text(head + "stations:\n" + copies, encoding="utf-8")
    done = validate(example)
    lines = [x for x in done.stdout.splitlines() if "no role model of this world" in x]
    assert len(lines) == limits.SAME_KIND_SHOWN
    assert f"… and {limits.count_text(1000 - limits.SAME_KIND_SHOWN)} more like this" \
        in done.stdout


def test_a_map_100000_tiles_wide_is_refused_before_it_is_allocated(example: Path) -> None:
    tmx = example / "atelier.tmx"
    text = tmx.read_text(encoding="utf-8")
    tmx.write_text(text.replace('width="12" height="8" tilewidth', 'width="100000" '
                                'height="100000" tilewidth', 1), encoding="utf-8")
    result = analyse(example, deep=False)
    [problem] = [p for p in result.errors if "atelier.tmx" in p.message]
    assert problem.mark == Mark(tmx, 2, 1)
    assert "width is 100,000 tiles; it may be at most 256 tiles" in problem.message
    assert "limit: map width and height" in problem.message


@pytest.mark.slow
def test_validate_answers_a_bomb_with_a_position_not_a_traceback(example: Path) -> None:
    (example / "scenario.yaml").write_text(BOMB, encoding="utf-8")
    done = validate(example)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert "scenario.yaml:" in done.stdout and "limit: values per YAML file" in done.stdout
