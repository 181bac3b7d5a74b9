"""Short texts first: what the game shows before « En savoir plus » must be short.

A visitor reads one sentence, not a paragraph. A role model's line or answer, her path and
a task's instructions hold at most :data:`DIALOGUE_WORDS` words; anything else a station
shows (a question, a choice, an explanation, the debrief), a world's summary and a myth's
truth (the results list the myths busted) at most :data:`EXPLAIN_WORDS`; each in one
sentence (a short interjection such as « Oui ! » does not count as one), and without norms
or article numbers. The rest goes in the text's long
form, ``more:``. ``validate`` warns where a shown text breaks this, or where its long form
lacks a language its short form has.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from game.scenario.problems import Problem
from game.scenario.refs import fields
from game.scenario.text import LocalText
from game.scenario.yamlpos import PathKey

if TYPE_CHECKING:
    from game.scenario.crosscheck import Positions
    from game.scenario.models import Scenario

DIALOGUE_WORDS = 25  # a role model's line or answer, or a task's instructions, shown first
EXPLAIN_WORDS = 20  # a question, a choice, an explanation or the debrief, shown first
INTERJECTION_WORDS = 3  # « Oui ! », « Faux ! », « Salut ! » are not a sentence of their own
WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")  # « l'arc », « 4,90 », « B0L »: one each
SENTENCE_END = re.compile(r"(?<=[.!?…])[\s\u00a0\u202f]+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])")
NORM = re.compile(r"(?x)\b(?:EN|NF|ISO|IEC|CEI|UTE|ECE|RNCP)\b[\s\u00a0]*(?:ISO[\s\u00a0]*)?"
                  r"(?:[A-Z][\s\u00a0]?)?\d|\b(?:art(?:icles?)?\.?|§)[\s\u00a0]*[LRD]?"
                  r"[\s\u00a0]*\.?[\s\u00a0]*\d|\b[LRD]\.?[\s\u00a0]?\d{4}(?:-\d+)+\b")


def words(text: str) -> int:
    """Words as a reader counts them (« l'arc » is one, « 4,90 » is one)."""
    return len(WORD.findall(text))


def sentences(text: str) -> int:
    """Sentences of more than :data:`INTERJECTION_WORDS` words."""
    return sum(1 for s in SENTENCE_END.split(text.strip()) if words(s) > INTERJECTION_WORDS)


@functools.lru_cache(maxsize=1 << 16)  # a text written at several places is read once
def problem_with(text: str, limit: int) -> str | None:
    """Why ``text`` is not a short form, or None."""
    n, s = words(text), sentences(text)
    if n > limit:
        return f"{n} words (a short form has at most {limit})"
    if s > 1:
        return f"{s} sentences (a short form has one)"
    norm = NORM.search(text)
    if norm:
        return f"it names a norm or article (\"{norm.group(0).strip()}\"), which belongs " \
               "in the long form"
    return None


def station_texts(node: Any, path: PathKey) -> list[tuple[PathKey, LocalText, int]]:
    """Every text a station shows first, with its word limit."""
    out: list[tuple[PathKey, LocalText, int]] = []
    _station_texts(node, path, out)
    return out


def _station_texts(node: Any, path: PathKey, out: list[tuple[PathKey, LocalText, int]]) -> None:
    if isinstance(node, LocalText):
        told = "intro" in path or path[-2:] == ("task", "prompt")  # she says it, or the rules
        out.append((path, node, DIALOGUE_WORDS if told else EXPLAIN_WORDS))
    elif isinstance(node, BaseModel):
        for name, value in fields(node):
            if name not in ("job", "title", "discuss") and \
                    isinstance(value, (BaseModel, list)):  # names; a class's talking point
                _station_texts(value, (*path, name), out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, (BaseModel, list)):
                _station_texts(item, (*path, i), out)


def check_brevity(model: Scenario, view: Positions) -> list[Problem]:
    """A warning for each shown text too long for a short form (one per text)."""
    out: list[Problem] = []
    for mi, myth in enumerate(model.myths or []):  # the results list the myths busted
        if isinstance(myth.truth, LocalText):
            out += _check_one(myth.truth, ("myths", mi, "truth"), EXPLAIN_WORDS, view)
    for wi, world in enumerate(model.worlds or []):
        if isinstance(world.summary, LocalText):
            out += _check_one(world.summary, ("worlds", wi, "summary"), EXPLAIN_WORDS, view)
        for ri, role in enumerate(world.role_models or []):
            if isinstance(role.path, LocalText):
                out += _check_one(role.path, ("worlds", wi, "role_models", ri, "path"),
                                  DIALOGUE_WORDS, view)
        for si, station in enumerate(world.stations or []):
            spath: PathKey = ("worlds", wi, "stations", si)
            for path, text, limit in station_texts(station, spath):
                out += _check_one(text, path, limit, view)
    return out


def _check_one(text: LocalText, path: PathKey, limit: int, view: Positions) -> list[Problem]:
    for lang, value in text.root.items():
        why = problem_with(value, limit)
        if why is not None:
            hint = ("shorten it to one sentence; the long form, more: {fr: \"...\", en: "
                    "\"...\"}, keeps the detail" if text.more is None else
                    "shorten it: the detail is in its long form (more:) already")
            return [Problem(view.mark((*path, lang)), f"text shown first is too long for a "
                            f"short form: {why}", hint, "warning")]
    if text.more is not None:
        missing = [lang for lang in text.root if lang not in text.more.root]
        if missing:
            return [Problem(view.mark((*path, "more")), f"the long form (more:) is missing in "
                            f"{', '.join(missing)}", f"add {missing[0]}: \"...\" to more:",
                            "warning")]
    return []
