"""A finished task's answers in words, for the journal's ``step`` record.

The debrief of a class must say what was chosen and what was right without the scenario at
hand (a trainer's PC may run another version), so every question, step, card, pair or
hotspot becomes an :class:`~game.classroom.journal.AnswerRec` in the student's language.
The types with items to choose read their details (quiz answers, sort placements, match
links, the order given, the spots found); a type measured on a scale (a weld pass, a gauge)
gives one item per feedback line.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.classroom.journal import AnswerRec
from game.scenario.text import LocalText
from game.tasks.base import TaskParams, TaskResult

TEXT_MAX = 600  # journal.Text
ID_MAX = 80  # journal.Id
LIST_MAX = 20  # chosen/right lists
ITEMS_MAX = 100  # answers per station
TRUE_FALSE = {"true": LocalText.of("Vrai", "True"), "false": LocalText.of("Faux", "False")}


def _t(text: LocalText | None, lang: str) -> str:
    return "" if text is None else text.get(lang)[:TEXT_MAX]


def _rec(item_id: str, prompt: str, chosen: list[str], right: list[str], correct: bool,
         explain: str | None) -> AnswerRec:
    return AnswerRec(item_id=item_id[:ID_MAX] or "?", prompt=prompt[:TEXT_MAX],
                     chosen=[c[:TEXT_MAX] for c in chosen][:LIST_MAX],
                     right=[r[:TEXT_MAX] for r in right][:LIST_MAX], correct=correct,
                     explanation=(explain or None) and explain[:TEXT_MAX])


def _quiz(params: Any, result: TaskResult, lang: str) -> list[AnswerRec]:
    answers = result.details.get("answers", {})
    points = result.details.get("points", {})
    out = []
    for q in params.questions:
        if q.id not in answers:  # the découverte's shorter quiz: a question not asked
            continue
        names = ({k: _t(v, lang) for k, v in TRUE_FALSE.items()} if q.kind == "truefalse"
                 else {c.id: _t(c.text, lang) for c in q.choices})
        right = sorted(q.correct_ids())
        explain = _t(q.explain, lang) or " ".join(
            _t(c.explain, lang) for c in q.choices if c.correct and c.explain is not None)
        out.append(_rec(q.id, _t(q.prompt, lang), [names.get(c, c) for c in answers[q.id]],
                        [names.get(c, c) for c in right], points.get(q.id, 0.0) >= 1.0,
                        explain))
    return out


def _order(params: Any, result: TaskResult, lang: str) -> list[AnswerRec]:
    given = result.details.get("order", [])
    names = {s.id: _t(s.text, lang) for s in params.steps}
    out = []
    for i, step in enumerate(params.steps):
        put = given[i] if i < len(given) else None
        out.append(_rec(f"{i + 1}", f"{i + 1}.", [names.get(put, put)] if put else [],
                        [names[step.id]], put == step.id, _t(step.explain, lang)))
    return out


def _sort(params: Any, result: TaskResult, lang: str) -> list[AnswerRec]:
    placement = result.details.get("placement", {})
    bins = {b.id: _t(b.label, lang) for b in params.bins}
    out = []
    for item in params.items:
        if item.id not in placement:
            continue  # the item was not dealt (fewer choices, a shorter task)
        put = placement[item.id]
        out.append(_rec(item.id, _t(item.text, lang), [bins.get(put, put)] if put else [],
                        [bins.get(item.bin, item.bin)], put == item.bin,
                        _t(item.explain, lang)))
    return out


def _match(params: Any, result: TaskResult, lang: str) -> list[AnswerRec]:
    links = result.details.get("links", {})
    right_text = {p.id: _t(p.right.text, lang) or p.id for p in params.pairs}
    out = []
    for pair in params.pairs:
        if pair.id not in links:
            continue
        other = links[pair.id]
        out.append(_rec(pair.id, _t(pair.left.text, lang) or pair.id,
                        [right_text.get(other, other)] if other else [],
                        [right_text[pair.id]], other == pair.id, _t(pair.explain, lang)))
    return out


def _spot(params: Any, result: TaskResult, lang: str) -> list[AnswerRec]:
    found = set(result.details.get("found", []))
    tapped = set(result.details.get("decoys_tapped", []))
    out = [_rec(a.id, _t(a.label, lang), [_t(a.label, lang)] if a.id in found else [],
                [_t(a.label, lang)], a.id in found, _t(a.explain, lang))
           for a in params.hotspots]
    out += [_rec(a.id, _t(a.label, lang), [_t(a.label, lang)], [], False, _t(a.explain, lang))
            for a in params.decoys if a.id in tapped]
    return out


def _feedback(params: Any, result: TaskResult, lang: str) -> list[AnswerRec]:
    return [_rec(str(i + 1), _t(f.label, lang), [], [], f.ok, _t(f.explain, lang))
            for i, f in enumerate(result.feedback)]


#: task type -> its answers in words (a type not named: one item per feedback line)
BY_TYPE: dict[str, Callable[[Any, TaskResult, str], list[AnswerRec]]] = {
    "quiz": _quiz, "order": _order, "sort": _sort, "match": _match, "spot": _spot}


def answers(params: TaskParams, result: TaskResult, lang: str) -> list[AnswerRec]:
    """Each item of the task as played, in words; never raises (a record without answers
    is better than a lost station). A station voted on the projector has none: its
    questions are the trainer's ``tally`` records."""
    if result.details.get("projector"):
        return []
    try:
        found = BY_TYPE.get(params.type, _feedback)(params, result, lang)
    except (AttributeError, KeyError, TypeError, ValueError):
        found = _feedback(params, result, lang)
    return found[:ITEMS_MAX]
