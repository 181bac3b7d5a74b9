"""A class roster as CSV: each student's accommodations, for ``class roster CODE FILE.csv``.

The file a spreadsheet saves: semicolon or comma separated, UTF-8 with or without a BOM,
headings in French or English (case and accents do not matter)::

    élève;temps;moins de choix;gros texte;lecture
    Léa;x1.5;oui;;
    Inès;sans;;oui;oui

``temps``/``time``: empty or 1 (normal), 1.5 / x1.5 / ×1.5, 2 / x2, ``sans``/``none`` (no
timer). The other columns: oui/non, yes/no, x, 1/0, or empty (no).
"""
from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from game.classroom.spec import StudentAccommodations

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
NO_TIMER = {"sans", "sans minuteur", "aucun", "none", "no timer", "off"}


class RosterProblem(ValueError):
    """The file cannot be read as a roster at all (no student column, too big...)."""


@dataclass(frozen=True)
class Roster:
    students: list[tuple[str, StudentAccommodations]]
    problems: list[str]  # file:line: why, for each row set aside


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(ch for ch in plain if not unicodedata.combining(ch)).split())


def _flag(value: str) -> bool:
    folded = _fold(value)
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise ValueError(f"'{value}' is neither oui nor non")


def _time(value: str) -> tuple[float | None, bool]:
    folded = _fold(value).replace("×", "x").replace(",", ".").lstrip("x").strip()
    if folded in NO_TIMER:
        return None, True
    if folded in ("", "1", "normal"):
        return None, False
    try:
        factor = float(folded)
    except ValueError:
        raise ValueError(f"time '{value}': write 1.5, 2 or sans") from None
    if not 1.0 <= factor <= 3.0:
        raise ValueError(f"time '{value}': between 1 and 3 (or sans)")
    return (None if factor == 1.0 else factor), False


def read_roster(path: Path) -> Roster:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise RosterProblem(f"{path}: cannot read: {err.strerror or err}") from None
    if len(raw) > MAX_BYTES:
        raise RosterProblem(f"{path}: larger than {MAX_BYTES} bytes: is it a class list?")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # an old spreadsheet's default
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise RosterProblem(f"{path}: empty: one heading line (élève;temps;…), then a student "
                            "a line")
    columns: dict[str, int] = {}
    for index, heading in enumerate(rows[0]):
        for field, names in HEADINGS.items():
            if _fold(heading) in names and field not in columns:
                columns[field] = index
    if "student" not in columns:
        raise RosterProblem(f"{path}:1: no student column: the first line names the columns, "
                            "e.g. élève;temps;moins de choix;gros texte;lecture")
    if len(rows) - 1 > MAX_ROWS:
        raise RosterProblem(f"{path}: more than {MAX_ROWS} students")
    students: list[tuple[str, StudentAccommodations]] = []
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(field: str, row: list[str] = row) -> str:
            at = columns.get(field)
            return row[at].strip() if at is not None and at < len(row) else ""

        name = " ".join(cell("student").split())
        if not name:
            problems.append(f"{path}:{number}: no student name: row skipped")
            continue
        if len(name) > 40:
            problems.append(f"{path}:{number}: the name has more than 40 characters: skipped")
            continue
        try:
            more, no_timer = _time(cell("time"))
            acc = StudentAccommodations(more_time=more, no_timer=no_timer,
                                        fewer_choices=_flag(cell("fewer_choices")),
                                        larger_text=_flag(cell("larger_text")),
                                        read_aloud=_flag(cell("read_aloud")))
        except ValueError as err:
            problems.append(f"{path}:{number}: {err}: row skipped")
            continue
        students.append((name, acc))
    return Roster(students, problems)
