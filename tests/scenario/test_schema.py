"""`python main.py schema`: the JSON Schema an editor uses, generated from the same models."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from game import PROJECT_ROOT
from game.schema import schema
from game.tasks import REGISTRY

jsonschema = pytest.importorskip("jsonschema")
SHIPPED = sorted((PROJECT_ROOT / "scenarios").glob("*/*.yaml"))


def validator(kind: str) -> object:
    return jsonschema.Draft202012Validator(schema(kind))


def test_both_schemas_are_valid_json_schemas():
    for kind in ("scenario", "world"):
        jsonschema.Draft202012Validator.check_schema(schema(kind))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_scenario_file_validates_against_the_schema(path: Path):
    kind = "scenario" if path.name == "scenario.yaml" else "world"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message[:160]}"
              for e in validator(kind).iter_errors(data)]  # type: ignore[attr-defined]
    assert errors == []


def test_the_schema_knows_every_registered_task_type():
    mapping = schema("world")["$defs"]["Station"]["properties"]["task"]["discriminator"]["mapping"]
    assert set(mapping) == set(REGISTRY)


def test_the_schema_catches_what_an_editor_should_underline():
    v = validator("world")
    good = yaml.safe_load((PROJECT_ROOT / "scenarios" / "exemple-minimal" / "atelier.yaml")
                          .read_text(encoding="utf-8"))
    assert not list(v.iter_errors(good))  # type: ignore[attr-defined]
    bad = json.loads(json.dumps(good))
    bad["stations"][0]["debrif"] = bad["stations"][0].pop("debrief")
    bad["role_models"][0]["age"] = "trente"
    bad["stations"][0]["task"]["type"] = "quizz"
    bad["title"] = "Atelier"
    found = {tuple(e.absolute_path)[:3] for e in v.iter_errors(bad)}  # type: ignore[attr-defined]
    assert ("title",) in found
    assert ("role_models", 0, "age") in found
    assert any(p[:2] == ("stations", 0) for p in found)


def test_scenario_worlds_may_be_file_names_or_inline():
    v = validator("scenario")
    doc = yaml.safe_load((PROJECT_ROOT / "scenarios" / "exemple-minimal" / "scenario.yaml")
                         .read_text(encoding="utf-8"))
    assert not list(v.iter_errors(doc))  # type: ignore[attr-defined]
    doc["worlds"] = ["../dehors.yaml"]
    assert list(v.iter_errors(doc))  # type: ignore[attr-defined]


@pytest.mark.slow
def test_the_command_prints_and_writes_the_schemas(tmp_path):
    run = subprocess.run([sys.executable, "main.py", "schema"], cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == schema("scenario")
    run = subprocess.run([sys.executable, "main.py", "schema", "--out", str(tmp_path)],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads((tmp_path / "world.schema.json").read_text()) == schema("world")
    assert (tmp_path / "scenario.schema.json").is_file()
