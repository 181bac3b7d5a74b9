"""The class's results as CSV for a French spreadsheet: semicolons, UTF-8 with a BOM.

Two files: ``FILE`` (one row per student × question; a station with no questions, such as a
weld pass, gives one row for its score) and ``FILE-eleves.csv`` beside it (one row per
student). A projector's tally adds one row per answer with the hands counted. The
projector's rows read « Classe (projecteur) » (English: "Class (projector)") where a student's
name goes: the whole class played on one screen, and the name typed to open it
(« Projecteur ») read like a student's. The dashboard's download button serves the same text,
in the dashboard's language.

In English (``class report --lang en``, the dashboard in English) the headings and the words
in the cells are English; the file stays one for a French spreadsheet all the same
(semicolons, a BOM, decimal commas), as the school's PCs are.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from game.classroom.debrief import Debrief, StudentRow
from game.classroom.names import Names
from game.i18n import LANGUAGES, define, tr

DELIMITER = ";"
BOM = "\ufeff"
QUESTION_COLUMNS = {
    "fr": ("séance", "élève", "monde", "poste", "type", "question_id", "question",
           "réponse choisie", "bonne réponse", "juste", "mains levées", "score du poste",
           "étoiles", "durée (s)"),
    "en": ("session", "student", "world", "station", "type", "question_id", "question",
           "answer chosen", "right answer", "right", "hands raised", "station score",
           "stars", "duration (s)"),
}
STUDENT_COLUMNS = {
    "fr": ("séance", "élève", "postes faits", "score total", "score moyen", "étoiles",
           "questions", "bonnes réponses", "% bonnes réponses", "fin", "métiers aimés",
           "hors ligne", "aménagements"),
    "en": ("session", "student", "stations done", "total score", "mean score", "stars",
           "questions", "right answers", "% right answers", "end", "jobs liked", "offline",
           "accommodations"),
}
define({
    # the projector's row, where a student's name goes
    "csv_class_row": {"fr": "Classe (projecteur)", "en": "Class (projector)"},
    # the words in the cells
    "csv_finished": {"fr": "terminé", "en": "finished"},
    "csv_left": {"fr": "parti avant la fin", "en": "left before the end"},
    "csv_yes": {"fr": "oui", "en": "yes"},
    "csv_no": {"fr": "non", "en": "no"},
    "csv_no_timer": {"fr": "sans minuteur", "en": "no timer"},
    "csv_more_time": {"fr": "temps ×{times}", "en": "time ×{times}"},
    "csv_fewer_choices": {"fr": "moins de choix", "en": "fewer choices"},
    "csv_larger_text": {"fr": "gros texte", "en": "larger text"},
    "csv_read_aloud": {"fr": "lecture à voix haute", "en": "read aloud"},
})
CLASS_ROW = {lang: tr("csv_class_row", lang) for lang in LANGUAGES}
OUTCOMES = ("finished", "left")  # a student's end, as the debrief says it


def _in(lang: str) -> str:
    """The language the file is written in: English, or French (the default)."""
    return "en" if lang == "en" else "fr"


def _who(student: StudentRow, lang: str, projector: bool) -> str:
    """The row's name: the student's, or the class's for the projector (its hands counted)."""
    return CLASS_ROW[_in(lang)] if projector or student.hands else student.name


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
                rows.append([code, CLASS_ROW[_in(lang)],
                             names.world(q.world_id, lang),
                             names.station(stat.ref, lang), stat.task_type, q.item_id, q.prompt,
                             choice, " | ".join(q.right), "1" if choice in q.right else "0",
                             str(hands), "", "", ""])
    return _text(rows, QUESTION_COLUMNS[_in(lang)])


def _accommodations(d: Debrief, key: str, lang: str) -> str:
    acc, lang = d.students[key].accommodations, _in(lang)
    parts = []
    if acc.no_timer:
        parts.append(tr("csv_no_timer", lang))
    elif acc.more_time:
        times = f"{acc.more_time:g}"
        parts.append(tr("csv_more_time", lang,
                        times=times if lang == "en" else times.replace(".", ",")))
    parts += [tr(f"csv_{flag}", lang) for flag in ("fewer_choices", "larger_text", "read_aloud")
              if getattr(acc, flag)]
    return ", ".join(parts)


def students_csv(code: str, d: Debrief, names: Names | None = None, lang: str = "fr",
                 projector: bool = False) -> str:
    names = names or Names()
    lang = _in(lang)
    rows = []
    for s in sorted(d.students.values(), key=lambda s: s.key):
        rows.append([
            code, _who(s, lang, projector), str(len(s.steps)), str(s.score),
            _number(s.mean) if s.mean is not None else "", str(s.stars), str(s.answered),
            str(s.correct), _number(100.0 * s.correct / s.answered) if s.answered else "",
            (tr(f"csv_{s.outcome}", lang) if s.outcome in OUTCOMES else s.outcome or ""),
            " | ".join(dict.fromkeys(names.job(j, lang) for j in s.liked)),  # a job once
            tr("csv_yes" if s.offline else "csv_no", lang),
            _accommodations(d, s.key, lang)])
    return _text(rows, STUDENT_COLUMNS[_in(lang)])


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
