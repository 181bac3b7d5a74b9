"""What an author's content must hold beyond the format: sources, dialogue, what is unused.

**Figures need a source.** A text *states a figure* when, once references are set aside
(standards such as ``EN ISO 9606-1``, articles such as ``art. R4541-3``, ``§ 10.3``,
volume numbers, years such as ``2024``, levels such as ``niveau 3``), it still holds a
percentage (``29 %``, ``15 pour cent``), an amount of money (``1 800 €``), a large
number (``20 000``, ``1,454``, ``12000``, ``3 millions``) or a ratio (``1 femme sur 4``,
``2 fois plus``). Small counts (``35 ans``, ``6 mm/s``, ``3 étapes``) are not figures:
they are a story's details or a setting. Such a text needs a ``source`` (or a non-empty
``sources``) on itself or an enclosing object, up to the myth, training offer, role
model, station or world it belongs to: a quiz question's ``source`` covers its choices,
a station's ``sources`` covers its dialogue, task and debrief.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from game.scenario.brevity import check_brevity
from game.scenario.crosscheck import Positions, raw_ids
from game.scenario.models import Myth, RoleModel, Scenario, Station, Training, World
from game.scenario.problems import Problem
from game.scenario.refs import Ref, fields, marked
from game.scenario.text import LocalText
from game.scenario.yamlpos import PathKey

if TYPE_CHECKING:
    from game.scenario.loader import LoadedScenario

SP = r"[ \u00a0\u202f]"  # spaces, including the narrow no-break space French uses
REFERENCE = re.compile(rf"""(?xi)
    \b(?:EN|NF|ISO|IEC|CEI|DIN|ASTM|AWS|UTE|IIW|EWF|CSA|UL|RNCP|RS)\b(?:{SP}*(?:ISO|IEC|TS|EN))*
        {SP}*\d[\d.\-–/:]*(?:{SP}*-{SP}*\d+)*          # EN ISO 9606-1, ISO 2553, NF C 18-510
  | \b(?:art(?:icles?)?\.?|§){SP}*[LRD]?{SP}*\.?{SP}*\d[\d.\-]*
                                                    # art. R4541-3, § 10.3.2
  | \b[LRD]\.?{SP}?\d{{3,}}(?:-\d+)*\b               # R4541-3, L3221-2
  | \b(?:vol(?:ume)?|n°|no|num[ée]ro|tome|r[ée]f(?:[ée]rence)?|ref)\.?{SP}*\d+(?:[/,]{SP}*\d+)*
  | \b(?:1[89]|20)\d{{2}}\b                          # years
  | \b(?:niveau|level|groupe|group|type|classe|class|cat[ée]gorie|category|grade|
         phase|[ée]tape|step|station|monde|world){SP}+\d+
""")
FIGURE = re.compile(rf"""(?xi)
    \d+(?:[.,]\d+)?{SP}*(?:%|‰|pour{SP}?cents?\b|per{SP}?cent\b|percent\b)
  | (?:€|\$|£){SP}?\d
  | \d(?:[\d{SP}.,]*\d)?{SP}*(?:€|k€|M€|euros?\b|EUR\b)
  | \b\d{{1,3}}(?:(?:{SP}|,|\.)\d{{3}})+\b             # 20 000, 20,000, 1.454
  | \b\d{{4,}}\b                                      # 12000 (years are references)
  | \b\d+(?:[.,]\d+)?{SP}*(?:millions?|milliards?|billions?|thousands?|mille)\b
  | \b\d+{SP}+(?:\w+{SP}+){{0,2}}(?:sur|in|out{SP}of){SP}+\d+\b   # 1 femme sur 4
  | \b\d+(?:[.,]\d+)?{SP}*(?:fois|times){SP}+(?:plus|moins|more|less|fewer)\b
""")
MAX_QUESTIONS = 3  # the dialogue screen's buttons (scenes/dialogue.py): a 4th falls off
BOUNDARIES = (Myth, Training, RoleModel, Station, World, Scenario)


@functools.lru_cache(maxsize=1 << 16)  # a text written at several places is read once
def figure_in(text: str) -> str | None:
    """The first figure a text states, or None (see the module's rule)."""
    m = FIGURE.search(REFERENCE.sub(" ", text))
    return m.group(0).strip() if m else None


def check_content(loaded: LoadedScenario, view: Positions, complete: bool = True
                  ) -> list[Problem]:
    """``complete``: the whole document is valid (a salvaged model would make unused
    definitions look unused when only their users were dropped)."""
    model = loaded.model
    out = _sources(model, view)
    for wi, world in enumerate(model.worlds or []):
        out += _dialogues(world, ("worlds", wi), view)
    out += check_brevity(model, view)
    if complete:
        out += _unused(model, view)
    return out


# --- figures and their sources -------------------------------------------------------


def _unsourced(node: Any, path: PathKey, chain: tuple[BaseModel, ...], covered: bool,
               out: list[tuple[PathKey, LocalText, tuple[BaseModel, ...]]]) -> None:
    """Every text no enclosing model gives a source for (see :func:`_holders`), with the
    models that enclose it, nearest last. ``covered``: one of ``chain``'s holders has one."""
    if isinstance(node, LocalText):
        if not covered:
            out.append((path, node, chain))
            if node.more is not None:  # the long form states figures too
                out.append(((*path, "more"), node.more, chain))
    elif isinstance(node, BaseModel):
        chain = (*chain, node)
        covered = _has_source(node) or (covered and not isinstance(node, BOUNDARIES))
        for name, value in fields(node):
            if isinstance(value, (BaseModel, list)):
                _unsourced(value, (*path, name), chain, covered, out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, (BaseModel, list)):
                _unsourced(item, (*path, i), chain, covered, out)


def _has_source(obj: BaseModel) -> bool:
    values = obj.__dict__  # its fields (a model without them has neither key)
    one = values.get("source")
    many = values.get("sources")
    return (isinstance(one, str) and bool(one.strip())) or \
        (isinstance(many, list) and any(isinstance(s, str) and s.strip() for s in many))


def _holders(chain: tuple[BaseModel, ...]) -> list[BaseModel]:
    """The enclosing models that count, nearest first, up to the entity the text is part of."""
    out: list[BaseModel] = []
    for obj in reversed(chain):
        out.append(obj)
        if isinstance(obj, BOUNDARIES):
            break
    return out


def _where_to_add(holders: list[BaseModel]) -> str:
    spots = []
    for obj in holders:
        fields = type(obj).model_fields
        what = _name(obj)
        if "source" in fields:
            spots.append(f'source: "..." to {what}')
        elif "sources" in fields:
            spots.append(f'sources: ["..."] to {what}')
    return "say where the figure comes from: add " + (" or ".join(spots[:2]) if spots else
                                                      'sources: ["..."] to the station')


def _name(obj: BaseModel) -> str:
    kind = {"Myth": "the myth", "Training": "the training offer", "RoleModel": "the role model",
            "Station": "the station", "World": "the world"}.get(type(obj).__name__)
    if kind is None:
        kind = "the task" if type(obj).__name__.endswith("Params") else \
            f"the {type(obj).__name__.lower()}"
    ident = getattr(obj, "id", None)
    return f"{kind} '{ident}'" if isinstance(ident, str) and kind != "the task" else kind


def _sources(model: Scenario, view: Positions) -> list[Problem]:
    out: list[Problem] = []
    found: list[tuple[PathKey, LocalText, tuple[BaseModel, ...]]] = []
    _unsourced(model, (), (), False, found)
    for path, text, chain in found:
        for lang, value in text.root.items():
            figure = figure_in(value)
            if figure:
                out.append(Problem(view.mark((*path, lang)), f"this text states a figure "
                                   f"(\"{figure}\") without a source",
                                   _where_to_add(_holders(chain))))
                break
    return out


# --- dialogue -----------------------------------------------------------------------


def _dialogues(world: Any, wpath: PathKey, view: Positions) -> list[Problem]:
    """v1 dialogue: her lines, then a menu of questions, each answered, back to the menu.

    Every branch ends by construction (each answer goes back to the menu, and the menu
    always offers the task); a branch is unreachable when its question does not fit on
    the screen. Also wrong: a question asked twice, and an answer busting a myth the
    role model is not said to bust.
    """
    out: list[Problem] = []
    busts = {r.id: set(r.myths or []) for r in (world.role_models or [])
             if isinstance(getattr(r, "id", None), str)}
    for si, station in enumerate(world.stations or []):
        intro = getattr(station, "intro", None)
        if intro is None:
            continue
        qpath = (*wpath, "stations", si, "intro", "questions")
        questions = intro.questions or []
        if len(questions) > MAX_QUESTIONS:
            out.append(Problem(view.mark((*qpath, MAX_QUESTIONS)), f"{len(questions)} "
                               f"questions, but the dialogue screen shows {MAX_QUESTIONS}: "
                               f"question {MAX_QUESTIONS + 1} and after cannot be asked",
                               f"keep the {MAX_QUESTIONS} best questions (or give another station "
                               "the others)"))
        seen: dict[str, int] = {}
        for qi, question in enumerate(intro.questions or []):
            for lang, ask in question.ask.root.items():
                key = f"{lang}:{' '.join(ask.lower().split())}"
                if key in seen:
                    out.append(Problem(view.mark((*qpath, qi, "ask")), "the same question is "
                                       f"asked twice (as question {seen[key] + 1} too)",
                                       "remove one, or merge their answers"))
                    break
                seen[key] = qi
            rid = getattr(station, "role_model", None)
            if question.myth and rid in busts and question.myth not in busts[rid]:
                out.append(Problem(view.mark((*qpath, qi, "myth")), f"this answer busts the "
                                   f"myth '{question.myth}', but {rid}'s myths do not list it",
                                   f"add {question.myth} to the myths of role model '{rid}'",
                                   "warning"))
    return out


# --- definitions nobody uses ---------------------------------------------------------


def _unused(model: Scenario, view: Positions) -> list[Problem]:
    used_myths: set[str] = set()
    offered: set[str] = set()
    met: set[str] = set()
    used = {"myth": used_myths, "training": offered, "role_model": met}
    for _path, marker, value in marked(model):
        if isinstance(marker, Ref):
            used[marker.what].add(value)
    out: list[Problem] = []
    data = view.data if isinstance(view.data, dict) else {}
    doc = getattr(view, "doc", view)
    for i, mid in enumerate(raw_ids(data.get("myths"))):
        if isinstance(mid, str) and mid not in used_myths:
            out.append(Problem(doc.mark(("myths", i, "id")), f"myth '{mid}' is never used: no "
                               "station, question or role model refers to it",
                               f"add {mid} to the myths of a station or role model, or remove "
                               "it", "warning"))
    for i, tid in enumerate(raw_ids(data.get("trainings"))):
        if isinstance(tid, str) and tid not in offered:
            out.append(Problem(doc.mark(("trainings", i, "id")), f"training offer '{tid}' is "
                               "never offered: no station lists it in its trainings",
                               f"add {tid} to the trainings of the stations it leads to",
                               "warning"))
    for wi, world in enumerate(model.worlds or []):
        for ri, role in enumerate(world.role_models or []):
            if isinstance(role.id, str) and role.id not in met:
                out.append(Problem(view.mark(("worlds", wi, "role_models", ri, "id")),
                                   f"role model '{role.id}' is never met: no station of "
                                   f"world '{world.id}' has role_model: {role.id}",
                                   "give her a station, or remove her", "warning"))
    return out
