"""Every myth of the shipped scenario is answered with something a reader can check.

Issue 12: « every myth's answer has one concrete detail », stereotypes « answered with concrete
truth », and « no sentence repeated across role models ». What can be checked mechanically is a
floor, not the quality: a myth names its source; its long form (« En savoir plus » on the
results) holds, in French and in English, at least one anchor a reader can look up (a figure, an
article of law, or a named diploma, body or scheme); and it does not say again, word for word or
nearly, a sentence a role model says. Whether the detail actually answers the statement is for a
reviewer to judge (SOURCES.md says what each answer rests on).
"""
from __future__ import annotations

import difflib
import re

import pytest

from game.scenario.brevity import SENTENCE_END, words
from game.scenario.models import Myth
from tests.scenario.test_role_models import LANGUAGES, her_texts, normalised, shipped

# diplomas, bodies and schemes a reader can look up (named in the myths' long forms)
NAMED = re.compile(
    r"\b(?:CAP|BTS|BUT|bac pro|IWI|IWE|MELEC|CIRA|TCI|CRCI|GRETA|AFPA|CFA|CSE|CIO|PsyEN|MDPH|"
    r"RQTH|Agefiph|Cap emploi|France Travail|Transitions Pro|CPF|PTP|VAE|PMSMP|AGEPI|SMIC|"
    r"CIRC|IARC|Insee|Défenseur des droits|La bonne alternance|Parcoursup)\b")
ANCHOR = re.compile(r"\d")  # a figure, a date, or an article number (L1142-2-1, R4541-9)
NEAR = 0.75  # difflib ratio from which two sentences say the same thing
MIN_WORDS = 6  # shorter sentences (« Et toi ? », « C'est la loi. ») may be anyone's


def anchored(text: str) -> bool:
    """Whether ``text`` holds a figure, an article, or a named diploma, body or scheme."""
    return bool(ANCHOR.search(text) or NAMED.search(text))


def sentences_of(myth: Myth, lang: str) -> list[str]:
    texts = [myth.truth.get(lang), myth.truth.long(lang) or ""]
    return [normalised(s) for text in texts for s in SENTENCE_END.split(text)
            if words(s) >= MIN_WORDS]


def test_the_anchor_check_tells_a_concrete_answer_from_a_general_one() -> None:
    general = ("Au quotidien, on utilise des calculs simples et des appareils qui mesurent. Les "
               "formations apprennent les maths utiles au métier. Ce qui compte : la rigueur.")
    assert not anchored(general)
    assert anchored("On prépare un CAP en deux ans.")
    assert anchored("La loi le limite : 25 kg (art. R4541-9).")
    assert not anchored("Ask the CAPTAIN.")  # a name inside a word is not one


def test_every_myth_names_its_source() -> None:
    model, _ = shipped()
    missing = [m.id for m in model.myths if not (m.source or "").strip()]
    assert not missing, f"myths without a source: {missing}"


def test_every_myth_s_long_form_holds_a_detail_a_reader_can_check() -> None:
    model, _ = shipped()
    vague: list[str] = []
    for myth in model.myths:
        for lang in LANGUAGES:
            long = myth.truth.more.root.get(lang) if myth.truth.more is not None else None
            if not long:
                vague.append(f"{myth.id} ({lang}): no long form")
            elif not anchored(long):
                vague.append(f"{myth.id} ({lang}): no figure, article or named diploma or body "
                             f"in {long!r}")
    assert not vague, "\n".join(vague)


@pytest.mark.slow  # about 2.7 s here: every myth sentence against every role model's
def test_no_myth_answer_says_again_what_a_role_model_says() -> None:
    model, _ = shipped()
    said = {(lang, normalised(s)): owner for owner, lang, text in her_texts(model)
            for s in SENTENCE_END.split(text) if words(s) >= MIN_WORDS}
    mine = [(myth.id, lang, text) for myth in model.myths for lang in LANGUAGES
            for text in sentences_of(myth, lang)]
    repeated: list[str] = []
    m = difflib.SequenceMatcher(None)
    for (lang, hers), owner in said.items():
        m.set_seq2(hers)  # difflib keeps what it learns of the second sequence
        for myth_id, my_lang, text in mine:
            if my_lang != lang:
                continue
            m.set_seq1(text)
            # the two quick upper bounds first (difflib's own advice): most pairs are far apart
            if m.real_quick_ratio() >= NEAR and m.quick_ratio() >= NEAR and m.ratio() >= NEAR:
                repeated.append(f"{myth_id} ({lang}) « {text} » ~ {owner}: « {hers} »")
    assert not repeated, "\n".join(repeated)
