"""The authoring guide, followed to the letter in a temporary folder, gives a playable scenario.

docs/AUTHORING.md (French) and docs/AUTHORING.en.md mark the files an author writes with
``<!-- file: PATH -->`` and each task type's example with ``<!-- task: TYPE -->``. The test
writes those files (and copies the tileset as the guide says), validates the result with the
command the guide gives, plays it with the bot, and checks each task example.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.scenario.analysis import analyse
from game.tasks import REGISTRY, load_builtin
from game.tasks.guide import BEGIN, END, stale, write
from game.tasks.guide import GUIDES as TYPE_LISTS
from tests.scenario.test_example import play

GUIDES = [PROJECT_ROOT / "docs" / "AUTHORING.md", PROJECT_ROOT / "docs" / "AUTHORING.en.md"]
EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"
BLOCK = re.compile(r"<!-- (file|task): (\S+) -->\n```\w*\n(.*?)\n```", re.S)


def blocks(guide: Path, kind: str) -> dict[str, str]:
    found = {name: body + "\n" for k, name, body in BLOCK.findall(guide.read_text("utf-8"))
             if k == kind}
    assert found, f"no '{kind}' block in {guide.name}"
    return found


def without_comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_the_guide_builds_the_shipped_minimal_example(guide):
    files = blocks(guide, "file")
    assert sorted(files) == ["mon-scenario/atelier.tmx", "mon-scenario/atelier.yaml",
                             "mon-scenario/scenario.yaml"]
    for name, text in files.items():
        shipped = (EXAMPLE / Path(name).name).read_text("utf-8")
        written = text.replace("id: mon-scenario", "id: exemple-minimal")
        assert without_comments(written) == without_comments(shipped), name


@pytest.mark.slow
@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_following_the_guide_gives_a_scenario_that_validates_and_plays(guide, tmp_path):
    for name, text in blocks(guide, "file").items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    folder = tmp_path / "mon-scenario"
    (folder / "tilesets").mkdir()
    for name in ("factory.tsx", "factory.png"):  # §1.3: copy the factory tileset
        shutil.copy(PROJECT_ROOT / "levels" / "tilesets" / name, folder / "tilesets" / name)
    run = subprocess.run([sys.executable, "main.py", "validate", str(folder)],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == "OK: mon-scenario: 1 world(s), 1 station(s)"
    summary = play(folder, tmp_path / "data")
    assert summary["worlds_completed"] == ["atelier"]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_task_type_has_an_example_in_the_guide(guide):
    load_builtin()
    assert set(blocks(guide, "task")) == set(REGISTRY)


@pytest.mark.parametrize(("guide", "kind"), [(g, k) for g in GUIDES for k in sorted(
    load_builtin())], ids=lambda v: v.name if isinstance(v, Path) else v)
def test_each_task_example_is_valid_and_solved_by_the_bot(guide, kind, tmp_path):
    example = blocks(guide, "task").get(kind)
    if example is None:
        pytest.skip(f"no {kind} example (the previous test says so)")
    folder = tmp_path / "ex"
    shutil.copytree(EXAMPLE, folder)
    world = folder / "atelier.yaml"
    text = world.read_text("utf-8")
    start, end = text.index("    task:\n"), text.index("    debrief:")
    task = "".join("    " + line if line.strip() else line
                   for line in example.splitlines(keepends=True))
    world.write_text(text[:start] + task + text[end:], encoding="utf-8")
    problems = analyse(folder).problems
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.slow
def test_the_guides_list_every_registered_type_as_the_tool_writes_it():
    assert stale() == [], "run python tools/task_types.py"
    run = subprocess.run([sys.executable, "tools/task_types.py", "--check"], check=False,
                         cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    for path, lang in TYPE_LISTS.items():
        text = path.read_text("utf-8")
        block = text[text.index(BEGIN):text.index(END)]
        listed = re.findall(r"^\| `([a-z_]+)` \|", block, re.MULTILINE)
        assert listed == sorted(REGISTRY), (path.name, lang)


def test_a_stale_list_is_told_and_rewritten(tmp_path):
    page = tmp_path / "guide.md"
    page.write_text(f"# Guide\n\n{BEGIN}\n| type |\n{END}\n\nMore.\n", encoding="utf-8")
    assert stale({page: "en"}) == [page]
    write({page: "en"})
    text = page.read_text("utf-8")
    assert stale({page: "en"}) == [] and text.endswith(f"{END}\n\nMore.\n")
    assert all(f"| `{name}` |" in text for name in REGISTRY)
