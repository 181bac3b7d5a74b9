"""The quick YAML road builds what PyYAML's safe loader builds, with the same positions."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.scenario.yamlfast import build
from game.scenario.yamlpos import load_yaml
from tests.scenario.test_mutations import paths

PLAIN = """\
id: soudure
format: 1
ratio: 0.5
big: 1_000
octal: 0o17
on_off: yes
nothing:
tilde: ~
date: 2026-03-14
quoted: "12"
single: 'yes'
flow: {fr: "Soudure", en: Welding, n: [1, 2.5, true, null]}
folded: >
  deux lignes
  en une
literal: |
  ligne 1
  ligne 2
stations:
  - id: epi
    lines:
      - fr: "Salut : ça va ?"
        en: Hi
      - []
      - {}
  - - nested
    - 3
"""


def test_the_data_is_what_the_safe_loader_builds() -> None:
    built = build(PLAIN)
    assert built is not None
    assert built[0] == yaml.safe_load(PLAIN)
    assert type(built[0]["quoted"]) is str and built[0]["on_off"] is True


@pytest.mark.parametrize("text", [
    "a: &x 1\nb: *x\n",  # anchors and aliases (bounded by the careful loader)
    "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n",  # merge keys
    "a: !!str 1\n",  # explicit tags
    "a: !include other.yaml\n",
    "a: 1\na: 2\n",  # a key written twice
    "? [1, 2]\n: x\n",  # a list as a key
    "a: 1\n---\nb: 2\n",  # two documents
    "a: {b: 1\n",  # a syntax error
    f"a: {'x' * 2001}\n",  # an over-long text
])
def test_anything_but_plain_data_goes_the_careful_way(text: str) -> None:
    assert build(text) is None


def test_positions_are_those_of_the_careful_road(tmp_path: Path) -> None:
    quick_file = tmp_path / "quick.yaml"
    quick_file.write_text(PLAIN, encoding="utf-8")
    careful_file = tmp_path / "careful.yaml"  # an unused anchor sends it the careful way
    careful_file.write_text(PLAIN.replace("format: 1", "format: &f 1"), encoding="utf-8")
    quick, careful = load_yaml(quick_file), load_yaml(careful_file)
    assert quick.data == careful.data
    for path in paths(quick.data):
        q, c = quick.values[path], careful.values[path]
        assert (q.line, q.column) == (c.line, c.column), path
        if path and isinstance(path[-1], str):
            qk, ck = quick.keys[path], careful.keys[path]
            assert (qk.line, qk.column) == (ck.line, ck.column), path
