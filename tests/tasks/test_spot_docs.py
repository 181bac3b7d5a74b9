"""The spot sections of the authoring guides (FR, EN) and of docs/scenario-format.md document
``extras:`` with an example that the spot model reads (it was only in the schema's
description: an author could not learn that the découverte moves hotspots there)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from game.tasks.spot import SpotParams

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = {  # the guide, where its spot section starts, and words it must say
    "AUTHORING.md": ("### spot", ("ne coûte rien", "découverte", "express_items")),
    "AUTHORING.en.md": ("### spot", ("costs nothing", "découverte", "express_items")),
    "scenario-format.md": ("### spot", ("costs nothing", "découverte", "express_items")),
}


def spot_section(name: str) -> str:
    text = (ROOT / "docs" / name).read_text("utf-8")
    start = text.index(SECTIONS[name][0])
    end = text.find("\n### ", start + 1)
    return text[start:end if end > 0 else None]


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_the_spot_section_shows_extras_with_an_example(name: str) -> None:
    section = spot_section(name)
    example = re.search(r"```yaml\n(task:\n.*?)```", section, re.DOTALL)
    assert example is not None, name
    task = yaml.safe_load(example.group(1))["task"]
    assert task.get("extras"), f"{name}: the example has no extras"
    if name != "scenario-format.md":  # the format's examples elide their texts with "..."
        params = SpotParams.model_validate(task)
        assert params.extras and params.extras[0].id not in {a.id for a in params.hotspots}
    prose = " ".join(section.split())
    for words in SECTIONS[name][1]:
        assert words in prose, (name, words)
