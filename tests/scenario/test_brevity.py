"""Short texts first: a long form behind « En savoir plus », and validate's warnings.

Each check runs on a copy of the minimal example with one change an author makes.
"""
from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from game import PROJECT_ROOT
from game.scenario.analysis import analyse
from game.scenario.brevity import problem_with, sentences, words
from game.scenario.loader import DEFAULT_SCENARIO
from game.scenario.text import LocalText, compose
from game.schema import schema

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"
WORLD = "atelier.yaml"
LINE = '        - fr: "Bonjour ! Moi, c\'est Nora, je suis soudeuse."\n' \
       '          en: "Hello! I\'m Nora, I\'m a welder."\n'
LONG_FR = ("Bonjour ! Moi, c'est Nora, je suis soudeuse dans un atelier de chaudronnerie où "
           "l'on fabrique des cuves, des charpentes et des pièces de bateaux pour toute la région.")


class Holder(BaseModel):
    text: LocalText


@pytest.fixture
def ex(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "ex")
    return tmp_path / "ex"


def edit(folder: Path, old: str, new: str) -> int:
    """Replace ``old`` in the example's world file; the line where it started."""
    path = folder / WORLD
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, text.index(old)) + 1


def brevity(folder: Path) -> list[str]:
    return [str(p) for p in analyse(folder).problems if "short form" in p.message
            or "long form" in p.message]


# the model ---------------------------------------------------------------------------


def test_a_text_keeps_its_long_form_through_a_copy_a_dump_and_the_cache() -> None:
    held = Holder.model_validate({"text": {"fr": "Court.", "en": "Short.",
                                           "more": {"fr": "Long.", "en": "Long."}}})
    assert held.text.get("en") == "Short." and held.text.long("en") == "Long."
    for again in (Holder.model_validate(held.model_dump()), pickle.loads(pickle.dumps(held)),
                  held.model_copy(deep=True)):
        assert again.text.long("fr") == "Long."
    assert LocalText.of("a", "b").long("fr") is None


def test_a_bad_long_form_is_an_error_at_its_place() -> None:
    with pytest.raises(ValidationError) as err:
        Holder.model_validate({"text": {"fr": "Court.", "more": {"fr": 3}}})
    assert err.value.errors()[0]["loc"] == ("text", "more", "fr")
    with pytest.raises(ValidationError, match="no long form of its own"):
        Holder.model_validate({"text": {"fr": "a", "more": {"fr": "b", "more": {"fr": "c"}}}})


def test_a_text_made_of_author_texts_keeps_their_long_forms() -> None:
    a = LocalText.of("Oui.", "Yes.", more=("Oui, car…", "Yes, because…"))
    b = LocalText.of("Non.", "No.")
    joined = compose([a, b], lambda lang, pick: " ".join(pick(t) for t in (a, b)))
    assert joined.get("fr") == "Oui. Non." and joined.long("en") == "Yes, because… No."
    assert compose([b], lambda lang, pick: pick(b)).more is None


def test_the_schema_lets_an_editor_complete_more() -> None:
    text = json.dumps(schema("world"))
    assert '"more"' in text and "En savoir plus" in text


# what counts as short ----------------------------------------------------------------


def test_words_and_sentences_are_counted_as_a_reader_would() -> None:
    assert words("L'arc fait 4,90 Ah en B0L.") == 6
    assert sentences("Oui ! Son filtre fonce tout seul.") == 1  # « Oui ! » is no sentence
    assert sentences("On fabrique des cuves. Sur l'inox, je soude au masque.") == 2
    assert problem_with("Oui ! Les lunettes restent (EN 166).", 20) is not None
    assert problem_with("Oui ! Les lunettes restent sur le nez.", 20) is None


# validate ----------------------------------------------------------------------------


def test_a_long_line_without_a_short_form_is_a_warning_at_its_line(ex: Path) -> None:
    line = edit(ex, 'fr: "Bonjour ! Moi, c\'est Nora, je suis soudeuse."', f'fr: "{LONG_FR}"')
    problems = [p for p in analyse(ex).problems if "short form" in p.message]
    assert len(problems) == 1
    p = problems[0]
    assert (p.mark.file.name, p.mark.line, p.severity) == (WORLD, line, "warning")
    assert "words" in p.message and "more:" in p.hint


def test_a_short_form_with_its_long_form_is_fine(ex: Path) -> None:
    edit(ex, LINE, LINE + f'          more:\n            fr: "{LONG_FR}"\n'
                          '            en: "Hello! I\'m Nora, a welder in a plate shop."\n')
    assert brevity(ex) == []
    assert analyse(ex).playable


def test_a_norm_in_a_short_form_is_a_warning(ex: Path) -> None:
    edit(ex, "Faux ! Une main sûre compte plus que les muscles.",
         "Faux ! Une main sûre compte plus que les muscles (EN 12477).")
    assert len(brevity(ex)) == 1 and "norm or article" in brevity(ex)[0]


def test_a_long_form_missing_a_language_is_a_warning(ex: Path) -> None:
    edit(ex, LINE, LINE + f'          more:\n            fr: "{LONG_FR}"\n')
    assert len(brevity(ex)) == 1 and "missing in en" in brevity(ex)[0]


def test_a_figure_in_a_long_form_needs_its_source_too(ex: Path) -> None:
    edit(ex, LINE, LINE + '          more:\n            fr: "29 % des salariés."\n'
                          '            en: "29% of employees."\n')
    assert any("states a figure" in p.message for p in analyse(ex).problems)


def test_a_myths_truth_is_a_short_form_too(ex: Path) -> None:
    """The results list the myths busted: their truths are read there, short first."""
    path = ex / "scenario.yaml"
    text = path.read_text(encoding="utf-8")
    short = "au pont roulant : ce qui compte, c'est une main sûre."
    assert short in text
    path.write_text(text.replace(short, "au pont roulant. Ce qui compte, c'est une main sûre."),
                    encoding="utf-8")
    found = brevity(ex)
    assert len(found) == 1 and "scenario.yaml" in found[0] and "2 sentences" in found[0]


def test_every_shipped_text_has_a_short_form() -> None:
    for folder in (DEFAULT_SCENARIO, EXAMPLE):
        assert brevity(folder) == [], folder
