"""A class roster as CSV: each student's accommodations, for ``class roster CODE FILE.csv``.

The file a spreadsheet saves: semicolon or comma separated, UTF-8 with or without a BOM,
headings in French or English (case and accents do not matter)::

    élève;temps;moins de choix;gros texte;lecture
    Léa;x1,5;oui;;
    Inès;sans;;oui;oui

``temps``/``time``: empty (normal), ``x1,5`` or ``x2`` as a French trainer types them (× or x
or nothing before, a comma or a point: ``×1,5``, ``1.5``, ``2``), or ``sans`` (« sans
minuteur », ``none``: no timer) — the factors the dashboard offers (:data:`TIME_FACTORS`);
anything else (``x3``, ``lent``) is refused with its file:line and what to write. The other
columns: oui/non, yes/no, x, 1/0, or empty (no). Problems are worded in the trainer's
language (``lang``, French first).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from game.classroom.spec import StudentAccommodations
from game.i18n import define, tr

MAX_BYTES = 1_000_000  # a class list, not a database
MAX_ROWS = 500
HEADINGS = {
    "student": ("eleve", "etudiant", "etudiante", "nom", "prenom", "pseudo", "student", "name",
                "first name", "nickname"),
    "time": ("temps", "plus de temps", "time", "more time", "more_time"),
    "fewer_choices": ("moins de choix", "moins_de_choix", "fewer choices", "fewer_choices"),
    "larger_text": ("gros texte", "gros_texte", "texte agrandi", "larger text", "larger_text"),
    "read_aloud": ("lecture", "lecture a voix haute", "voix", "read aloud", "read_aloud"),
}
YES = {"oui", "o", "yes", "y", "x", "1", "vrai", "true"}
NO = {"", "non", "n", "no", "0", "faux", "false"}
NO_TIMER = {"sans", "sans minuteur", "sans chrono", "sans chronometre", "pas de minuteur",
            "aucun", "aucun minuteur", "illimite", "none", "no timer", "off"}
NORMAL = {"", "1", "x1", "normal"}
TIME_FACTORS = (1.5, 2.0)  # as the dashboard and the settings screen offer them
_TIME = re.compile(r"^(?:[x*]\s*)?(\d+(?:[.,]\d+)?)(?:\s*(?:x|fois))?$")  # x1,5 ×2 1.5 2x 2 fois

define({
    "roster_time": {
        "fr": "temps « {value} » : écrivez x1,5, x2 ou sans (sans minuteur), ou laissez la "
              "case vide (temps normal)",
        "en": "time '{value}': write x1.5, x2 or none (no timer), or leave it empty (normal "
              "time)"},
    "roster_flag": {"fr": "« {value} » n'est ni oui ni non (écrivez oui, ou laissez vide)",
                    "en": "'{value}' is neither yes nor no (write yes, or leave it empty)"},
    "roster_skipped": {"fr": "{where} : {why} ; ligne ignorée",
                       "en": "{where}: {why}; row skipped"},
    "roster_no_name": {"fr": "pas de prénom", "en": "no student name"},
    "roster_long_name": {"fr": "le prénom a plus de 40 caractères",
                         "en": "the name has more than 40 characters"},
    "roster_unreadable": {"fr": "{path} : illisible ({why})", "en": "{path}: cannot read ({why})"},
    "roster_too_big": {"fr": "{path} : plus de {n} octets : est-ce bien une liste de classe ?",
                       "en": "{path}: larger than {n} bytes: is it a class list?"},
    "roster_empty": {"fr": "{path} : fichier vide : une ligne de titres (élève;temps;…), puis "
                           "un·e élève par ligne",
                     "en": "{path}: empty: one heading line (student;time;…), then a student a "
                           "line"},
    "roster_no_column": {"fr": "{path}:1 : pas de colonne des élèves : la première ligne "
                               "nomme les colonnes, par exemple élève;temps;moins de choix;"
                               "gros texte;lecture",
                         "en": "{path}:1: no student column: the first line names the "
                               "columns, e.g. student;time;fewer choices;larger text;read "
                               "aloud"},
    "roster_too_many": {"fr": "{path} : plus de {n} élèves", "en": "{path}: more than {n} "
                                                                   "students"},
})


class RosterProblem(ValueError):
    """The file cannot be read as a roster at all (no student column, too big...)."""


@dataclass(frozen=True)
class Roster:
    students: list[tuple[str, StudentAccommodations]]
    problems: list[str]  # file:line: why, for each row set aside


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(ch for ch in plain if not unicodedata.combining(ch)).split())


def _flag(value: str, lang: str) -> bool:
    folded = _fold(value)
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise ValueError(tr("roster_flag", lang, value=value))


def _time(value: str, lang: str) -> tuple[float | None, bool]:
    """(more time, no timer) from the cell; ValueError naming what to write otherwise."""
    folded = _fold(value).replace("×", "x")  # NFKD leaves × as it is
    if folded in NO_TIMER:
        return None, True
    if folded.replace(" ", "") in NORMAL:
        return None, False
    match = _TIME.match(folded)
    factor = float(match.group(1).replace(",", ".")) if match else 0.0
    if factor == 1.0:
        return None, False
    if factor not in TIME_FACTORS:  # x3, x1,2, « lent »: said, not guessed
        raise ValueError(tr("roster_time", lang, value=value))
    return factor, False


def read_roster(path: Path, lang: str = "fr") -> Roster:
    """The students and their accommodations; the rows set aside, with file:line and why."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise RosterProblem(tr("roster_unreadable", lang, path=path,
                               why=err.strerror or err)) from None
    if len(raw) > MAX_BYTES:
        raise RosterProblem(tr("roster_too_big", lang, path=path, n=MAX_BYTES))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # an old spreadsheet's default
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise RosterProblem(tr("roster_empty", lang, path=path))
    columns: dict[str, int] = {}
    for index, heading in enumerate(rows[0]):
        for field, names in HEADINGS.items():
            if _fold(heading) in names and field not in columns:
                columns[field] = index
    if "student" not in columns:
        raise RosterProblem(tr("roster_no_column", lang, path=path))
    if len(rows) - 1 > MAX_ROWS:
        raise RosterProblem(tr("roster_too_many", lang, path=path, n=MAX_ROWS))
    students: list[tuple[str, StudentAccommodations]] = []
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(field: str, row: list[str] = row) -> str:
            at = columns.get(field)
            return row[at].strip() if at is not None and at < len(row) else ""

        where = f"{path}:{number}"
        name = " ".join(cell("student").split())
        if not name:
            problems.append(tr("roster_skipped", lang, where=where,
                               why=tr("roster_no_name", lang)))
            continue
        if len(name) > 40:
            problems.append(tr("roster_skipped", lang, where=where,
                               why=tr("roster_long_name", lang)))
            continue
        try:
            more, no_timer = _time(cell("time"), lang)
            acc = StudentAccommodations(more_time=more, no_timer=no_timer,
                                        fewer_choices=_flag(cell("fewer_choices"), lang),
                                        larger_text=_flag(cell("larger_text"), lang),
                                        read_aloud=_flag(cell("read_aloud"), lang))
        except ValueError as err:
            problems.append(tr("roster_skipped", lang, where=where, why=err))
            continue
        students.append((name, acc))
    return Roster(students, problems)
