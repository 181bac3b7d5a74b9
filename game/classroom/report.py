"""The class's results as CSV for a French spreadsheet: semicolons, UTF-8 with a BOM.

Two files: ``FILE`` (one row per student × question; a station with no questions, such as a
weld pass, gives one row for its score) and ``FILE-eleves.csv`` beside it (one row per
student). A projector's tally adds one row per answer with the hands counted. The
projector's rows read « Classe (projecteur) » (English: "Class (projector)") where a student's
name goes: the whole class played on one screen, and the name typed to open it
(« Projecteur ») read like a student's. The dashboard's download button serves the same text.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from game.classroom.debrief import Debrief, StudentRow
from game.classroom.names import Names

DELIMITER = ";"
BOM = "\ufeff"
QUESTION_COLUMNS = ("séance", "élève", "monde", "poste", "type", "question_id", "question",
                    "réponse choisie", "bonne réponse", "juste", "mains levées",
                    "score du poste", "étoiles", "durée (s)")
STUDENT_COLUMNS = ("séance", "élève", "postes faits", "score total", "score moyen", "étoiles",
                   "questions", "bonnes réponses", "% bonnes réponses", "fin", "métiers aimés",
                   "hors ligne", "aménagements")
#: the projector's row, where a student's name goes
CLASS_ROW = {"fr": "Classe (projecteur)", "en": "Class (projector)"}


def _who(student: StudentRow, lang: str, projector: bool) -> str:
    """The row's name: the student's, or the class's for the projector (its hands counted)."""
    return CLASS_ROW.get(lang, CLASS_ROW["fr"]) if projector or student.hands else student.name


def _number(value: float) -> str:
    """A decimal as a French spreadsheet reads it (comma)."""
    return f"{value:.1f}".replace(".", ",")


def _text(rows: list[list[str]], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return BOM + out.getvalue()


def questions_csv(code: str, d: Debrief, names: Names | None = None, lang: str = "fr",
                  projector: bool = False) -> str:
    names = names or Names()
    rows: list[list[str]] = []
    for student in sorted(d.students.values(), key=lambda s: s.key):
        for step in student.steps:
            ref = f"{step.world_id}/{step.station_id}"
            base = [code, _who(student, lang, projector), names.world(step.world_id, lang),
                    names.station(ref, lang), step.task_type]
            tail = [str(step.score), str(step.stars), _number(step.duration_s)]
            if not step.answers:
                rows.append([*base, "", "", "", "", "", "", *tail])
            for a in step.answers:
                rows.append([*base, a.item_id, a.prompt, " | ".join(a.chosen),
                             " | ".join(a.right), "1" if a.correct else "0", "", *tail])
    for stat in d.stations.values():
        for q in stat.questions.values():
            for choice, hands in q.hands.most_common():
                rows.append([code, CLASS_ROW.get(lang, CLASS_ROW["fr"]),
                             names.world(q.world_id, lang),
                             names.station(stat.ref, lang), stat.task_type, q.item_id, q.prompt,
                             choice, " | ".join(q.right), "1" if choice in q.right else "0",
                             str(hands), "", "", ""])
    return _text(rows, QUESTION_COLUMNS)


def _accommodations(d: Debrief, key: str) -> str:
    acc = d.students[key].accommodations
    parts = []
    if acc.no_timer:
        parts.append("sans minuteur")
    elif acc.more_time:
        parts.append(f"temps ×{acc.more_time:g}".replace(".", ","))
    parts += [label for flag, label in ((acc.fewer_choices, "moins de choix"),
                                        (acc.larger_text, "gros texte"),
                                        (acc.read_aloud, "lecture à voix haute")) if flag]
    return ", ".join(parts)


def students_csv(code: str, d: Debrief, names: Names | None = None, lang: str = "fr",
                 projector: bool = False) -> str:
    names = names or Names()
    outcome = {"finished": "terminé", "left": "parti avant la fin", None: ""}
    rows = []
    for s in sorted(d.students.values(), key=lambda s: s.key):
        rows.append([
            code, _who(s, lang, projector), str(len(s.steps)), str(s.score),
            _number(s.mean) if s.mean is not None else "", str(s.stars), str(s.answered),
            str(s.correct), _number(100.0 * s.correct / s.answered) if s.answered else "",
            outcome.get(s.outcome, s.outcome or ""),
            " | ".join(dict.fromkeys(names.job(j, lang) for j in s.liked)),  # a job once
            "oui" if s.offline else "non",
            _accommodations(d, s.key)])
    return _text(rows, STUDENT_COLUMNS)


def students_path(path: Path) -> Path:
    """``report.csv`` -> ``report-eleves.csv`` (beside it)."""
    return path.with_name(f"{path.stem}-eleves{path.suffix or '.csv'}")


def write(path: Path, code: str, d: Debrief, names: Names | None = None, lang: str = "fr",
          projector: bool = False) -> tuple[Path, Path]:
    """Both files; ``projector``: the session was played on one screen by the class."""
    path.parent.mkdir(parents=True, exist_ok=True)
    other = students_path(path)
    for target, text in ((path, questions_csv(code, d, names, lang, projector)),
                         (other, students_csv(code, d, names, lang, projector))):
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(target)
    return path, other
