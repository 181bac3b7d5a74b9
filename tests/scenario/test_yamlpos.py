"""Safe YAML that remembers where each value was written, for error messages."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario.problems import ContentError, Mark
from game.scenario.yamlpos import load_yaml

DOC = """\
# a comment
id: soudure
title: {fr: "Soudure", en: "Welding"}
stations:
  - id: epi
    lines:
      - fr: "Salut"
        en: "Hi"
  - id: trace
"""


def col(line: int, needle: str) -> int:
    """The 1-based column of ``needle`` on 1-based ``line`` of DOC."""
    return DOC.splitlines()[line - 1].index(needle) + 1


@pytest.fixture
def doc(tmp_path: Path):
    path = tmp_path / "world.yaml"
    path.write_text(DOC, encoding="utf-8")
    return path, load_yaml(path)


def test_data_is_plain_python(doc):
    _, located = doc
    assert located.data["stations"][0]["lines"][0] == {"fr": "Salut", "en": "Hi"}


def test_values_keep_their_line_and_column(doc):
    path, located = doc
    assert located.values[("id",)] == Mark(path, 2, 5)
    assert located.values[("title", "en")] == Mark(path, 3, col(3, '"Welding"'))
    assert located.values[("title",)] == Mark(path, 3, col(3, "{"))
    assert located.values[("stations", 0)] == Mark(path, 5, 5)
    assert located.values[("stations", 0, "lines", 0, "en")] == Mark(path, 8, 13)
    assert located.values[("stations", 1, "id")] == Mark(path, 9, 9)


def test_keys_keep_their_line_and_column(doc):
    path, located = doc
    assert located.keys[("title",)] == Mark(path, 3, 1)
    assert located.keys[("stations", 0, "lines")] == Mark(path, 6, 5)
    assert located.key_mark(("stations", 1, "id")) == Mark(path, 9, 5)


def test_a_missing_value_points_at_its_nearest_parent(doc):
    path, located = doc
    # e.g. "missing 'title'" in the second station points at that station
    assert located.mark(("stations", 1, "title")) == Mark(path, 9, 5)
    assert located.key_mark(("stations", 1, "title")) == Mark(path, 9, 5)


def test_graft_moves_an_included_file_under_its_place(tmp_path, doc):
    _, world = doc
    main = tmp_path / "scenario.yaml"
    main.write_text("format: 1\nworlds:\n  - world.yaml\n", encoding="utf-8")
    located = load_yaml(main)
    located.graft(("worlds", 0), world)
    assert located.data["worlds"][0]["id"] == "soudure"
    mark = located.mark(("worlds", 0, "stations", 1, "id"))
    assert mark.file.name == "world.yaml" and (mark.line, mark.column) == (9, 9)
    assert located.mark(("format",)).file == main


def test_unsafe_tag_is_refused_with_its_line_and_never_runs(tmp_path):
    witness = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f'id: x\nage: !!python/object/apply:os.system ["touch {witness}"]\n',
                    encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_yaml(path)
    (problem,) = err.value.problems
    assert problem.mark.file == path and problem.mark.line == 2
    assert "tag is not allowed" in problem.message
    assert not witness.exists()


def test_custom_local_tag_is_refused(tmp_path):
    path = tmp_path / "tag.yaml"
    path.write_text("a: 1\nb: 2\nc: !include other.yaml\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_yaml(path)
    assert err.value.problems[0].mark.line == 3


def test_syntax_error_names_file_and_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "broken.yaml"
    path.write_text('id: x\ntitle: {fr: "a", en: "b"\nsummary: z\n', encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_yaml(path)
    (problem,) = err.value.problems
    assert problem.mark.file == path
    assert problem.mark.line in (2, 3)  # libyaml notices the missing '}' at the next key
    assert str(err.value).startswith(f"broken.yaml:{problem.mark.line}:")


def test_bad_indentation_names_its_line(tmp_path):
    path = tmp_path / "indent.yaml"
    path.write_text("id: x\nlines:\n  - a\n - b\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_yaml(path)
    assert err.value.problems[0].mark.line == 4


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="file not found"):
        load_yaml(tmp_path / "nope.yaml")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(ContentError, match="empty"):
        load_yaml(path)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("titre: Télé\n".encode("latin-1"))
    with pytest.raises(ContentError) as err:
        load_yaml(path)
    assert "UTF-8" in err.value.problems[0].hint


def test_a_key_written_twice_is_an_error(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("id: epi\nlines: [a]\nid: soudure\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_yaml(path)
    assert err.value.problems[0].mark.line == 3
