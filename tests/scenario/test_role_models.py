"""Every role model of the shipped scenario tells her pay and her hardest moment, in her own words.

Issue 12: « Every role model says her start, her pay band or how pay grew, and one hard moment
and how she got through it », and « no sentence repeated across role models ». Her long path
(« En savoir plus » on her card) is where all of it is told, in French and in English; the
markers below are those the content uses (« Le plus dur : … ; elle … »).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import yaml

from game.scenario.brevity import SENTENCE_END, words
from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
from game.scenario.models import RoleModel, Scenario
from game.scenario.text import LocalText

LANGUAGES = ("fr", "en")
PAY = {  # a figure (27 % du SMIC), a pay class or grade, or the words of pay
    "fr": re.compile(r"(?i)salaire|payée?\b|gagn|SMIC|grille|classe|cadre|prime|€"),
    "en": re.compile(r"(?i)\bpay|\bpaid\b|wage|earn|salary|grid|grade|premium|€"),
}
HARD = {"fr": "Le plus dur", "en": "The hardest"}
WAY_THROUGH_WORDS = 4  # after the « ; » that ends the hard moment: how she got through it


def shipped() -> tuple[Scenario, dict[str, str]]:
    """The scenario, and the file each world is written in (scenario.yaml lists them in order)."""
    model = load_scenario(DEFAULT_SCENARIO).model
    listed = yaml.safe_load((DEFAULT_SCENARIO / "scenario.yaml").read_text(encoding="utf-8"))
    return model, {w.id: name for w, name in zip(model.worlds, listed["worlds"], strict=True)}


def role_models() -> Iterator[tuple[RoleModel, str]]:
    model, files = shipped()
    for world in model.worlds:
        for person in world.role_models:
            yield person, files[world.id]


def hard_moment(text: str, lang: str) -> str | None:
    """The sentence of ``text`` that tells her hardest moment, or None."""
    return next((s for s in SENTENCE_END.split(text) if HARD[lang] in s), None)


def way_through(sentence: str) -> str:
    """What follows the hard moment in its sentence: how she got through it (« … ; elle a … »)."""
    _, _, after = sentence.partition(";")
    return after if words(after) >= WAY_THROUGH_WORDS else ""


def test_the_markers_tell_a_told_way_through_from_a_missing_one() -> None:
    told = "Le plus dur : se lever à 4 h 30 ; elle se couche à 21 h et dort dans le car."
    assert way_through(hard_moment(told, "fr") or "")
    assert not way_through(hard_moment("Payée 27 %. Le plus dur : se lever à 4 h 30.", "fr") or "")
    assert hard_moment("Sa première panne seule, de nuit.", "fr") is None
    assert not PAY["en"].search("A welder for four years, soon a welding inspector.")


def test_the_scenario_has_the_role_models_issue_12_asks_for() -> None:
    people = {person.id: person for person, _ in role_models()}
    assert len(people) == 10
    assert people["lina"].age == 17  # the apprentice
    assert "RQTH" in (people["melissa"].path.long("fr") or "")  # the worker with a disability
    assert "seule" in (people["awa"].path.long("fr") or "")  # the single mother who retrained


def test_every_long_path_tells_her_pay_her_hardest_moment_and_the_way_through() -> None:
    missing: list[str] = []
    for person, file in role_models():
        for lang in LANGUAGES:
            where = f"{person.name} ({file}, path.more.{lang})"
            more = person.path.more
            if more is None or lang not in more.root:  # long() would fall back to French
                missing.append(f"{where}: no long path")
                continue
            text = more.root[lang]
            if not PAY[lang].search(text):
                missing.append(f"{where}: says nothing of her pay or how it grew")
            sentence = hard_moment(text, lang)
            if sentence is None:
                missing.append(f"{where}: no « {HARD[lang]} … » (her hardest moment)")
            elif not way_through(sentence):
                missing.append(f"{where}: tells her hardest moment but not how she got through it "
                               f"({HARD[lang]} … ; how): {sentence!r}")
    assert not missing, "\n".join(missing)


def her_texts(scenario: Scenario) -> Iterator[tuple[str, str, str]]:
    """(role model id, language, text) for every text a role model says, short and long."""
    def forms(owner: str, text: LocalText) -> Iterator[tuple[str, str, str]]:
        for lang in LANGUAGES:
            yield owner, lang, text.get(lang)
            long = text.long(lang)
            if long:
                yield owner, lang, long

    for world in scenario.worlds:
        for person in world.role_models:
            yield from forms(person.id, person.path)
        for station in world.stations:
            for line in station.intro.lines:
                yield from forms(station.role_model, line)
            for question in station.intro.questions:
                for answer in question.answer:
                    yield from forms(station.role_model, answer)


def normalised(sentence: str) -> str:
    return " ".join(sentence.replace("\u00a0", " ").replace("\u202f", " ").split()).lower()


def test_no_sentence_is_said_by_two_role_models() -> None:
    """A slogan shared by several women (« le métal ne sait pas qui le soude ») reads as one."""
    scenario, files = shipped()
    home = {p.id: (p.name, files[w.id]) for w in scenario.worlds for p in w.role_models}
    said: dict[tuple[str, str], set[str]] = defaultdict(set)
    for owner, lang, text in her_texts(scenario):
        for sentence in SENTENCE_END.split(text):
            if words(sentence) > 3:  # « Pas du tout ! », « Oui ! » may be anyone's
                said[(lang, normalised(sentence))].add(owner)
    shared = [f"« {sentence} » ({lang}) is said by "
              + " and ".join(f"{home[o][0]} ({home[o][1]})" for o in sorted(owners))
              for (lang, sentence), owners in said.items() if len(owners) > 1]
    assert not shared, "\n".join(shared)
