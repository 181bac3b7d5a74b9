"""The class's results from records: first attempts, projector tallies, beliefs, who is stuck."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from game.classroom import debrief, journal
from game.classroom.report import questions_csv

T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
DEVICE = journal.new_uuid()


def rec(model: type[Any], student: str, minutes: float, **fields: Any) -> Any:
    return model(uuid=journal.new_uuid(), session="AAAAAA", student=student, device=DEVICE,
                at=T0 + timedelta(minutes=minutes), **fields)


def step(student: str, minutes: float, score: int, correct: bool) -> journal.StepRec:
    chosen = ["Masque"] if correct else ["Lunettes de soleil"]
    return rec(journal.StepRec, student, minutes, kind="step", world_id="soudure",
               station_id="epi", task_type="quiz", score=score, stars=1, duration_s=40.0,
               answers=[journal.AnswerRec(item_id="q1", prompt="Pour souder ?", chosen=chosen,
                                          right=["Masque"], correct=correct,
                                          explanation="Le masque filtre les UV.")])


def test_first_attempts_and_tallies_make_the_share_right() -> None:
    records = [
        rec(journal.JoinRec, "Léa", 0, kind="join", lang="fr"),
        step("Léa", 5, 0, False), step("léa ", 9, 100, True),  # her second go does not count
        step("Inès", 6, 100, True),
        rec(journal.TallyRec, "Formatrice", 7, kind="tally", world_id="soudure",
            station_id="epi", item_id="q1", prompt="Pour souder ?",
            counts={"Masque": 3, "Lunettes de soleil": 5}, right=["Masque"]),
        rec(journal.TallyRec, "Formatrice", 8, kind="tally", world_id="soudure",
            station_id="epi", item_id="q1", prompt="Pour souder ?",
            counts={"Masque": 6, "Lunettes de soleil": 2}, right=["Masque"]),  # recounted
    ]
    d = debrief.build(records, order=["soudure/epi", "soudure/controle"])
    assert list(d.students) == ["lea", "ines"]  # not the trainer who counted hands
    q = d.stations["soudure/epi"].questions["q1"]
    assert (q.answered, q.correct, q.hands_total, q.hands_right) == (2, 1, 8, 6)
    assert q.pct == 70.0  # (1 + 6) / (2 + 8)
    assert d.stations["soudure/controle"].scores == []  # listed, not played yet
    assert d.most_missed()[0].explanation == "Le masque filtre les UV."
    text = questions_csv("AAAAAA", d)
    assert ";Lunettes de soleil;Masque;0;2;" in text  # the hands, a row per answer


def test_beliefs_are_counted_in_whatever_values_they_carry() -> None:
    records = [
        rec(journal.BeliefsRec, "Léa", 1, kind="beliefs", phase="before",
            answers=[journal.BeliefAnswer(statement_id="costaud", value=4)]),
        rec(journal.BeliefsRec, "Inès", 1, kind="beliefs", phase="before",
            answers=[journal.BeliefAnswer(statement_id="costaud", value="agree")]),
        rec(journal.BeliefsRec, "Léa", 20, kind="beliefs", phase="after",
            answers=[journal.BeliefAnswer(statement_id="costaud", value=2)]),
    ]
    d = debrief.build(records)
    assert d.beliefs["costaud"]["before"] == {"4": 1, "agree": 1}
    assert d.beliefs["costaud"]["after"] == {"2": 1}
    shown = debrief.to_json(d)["beliefs"][0]["phases"]["before"]
    assert shown == [["agree", 1], ["4", 1]]


def test_who_seems_stuck() -> None:
    records = [rec(journal.JoinRec, name, 0, kind="join", lang="fr")
               for name in ("Léa", "Inès", "Zoé", "Tom")]
    records += [step("Inès", 12, 90, True), step("Zoé", 3, 10, False),
                rec(journal.StepRec, "Zoé", 4, kind="step", world_id="soudure",
                    station_id="controle", task_type="spot", score=20, stars=0, duration_s=9),
                rec(journal.EndRec, "Tom", 2, kind="end", outcome="finished", score=0, stars=0)]
    d = debrief.build(records, now=T0 + timedelta(minutes=14), stuck_min=5)
    stuck = {s.name: s.stuck for s in d.students.values()}
    assert stuck == {"Léa": "idle", "Inès": None, "Zoé": "low", "Tom": None}
    seen = {"lea": T0 + timedelta(minutes=13)}  # her PC's clock is late: the hub's counts
    assert debrief.build(records, now=T0 + timedelta(minutes=14), seen=seen,
                         stuck_min=5).students["lea"].stuck is None


def test_the_most_missed_are_questions_with_an_answer_to_show() -> None:
    """A weld pass's criteria (no right answer) stay in their station, not atop the list."""
    weld = rec(journal.StepRec, "Léa", 3, kind="step", world_id="soudure", station_id="cordon",
               task_type="trace", score=20, stars=0, duration_s=30.0,
               answers=[journal.AnswerRec(item_id="irregulier", prompt="Cordon irrégulier",
                                          chosen=[], right=[], correct=False)])
    d = debrief.build([rec(journal.JoinRec, "Léa", 0, kind="join", lang="fr"), weld,
                       step("Léa", 5, 0, False)])
    assert [q.item_id for q in d.most_missed()] == ["q1"]
    assert "irregulier" in d.stations["soudure/cordon"].questions


def test_a_name_typed_without_accents_is_the_listed_student_shown_as_the_list_says() -> None:
    """« ELOISE » typed on the title's keyboard (no accents there) is « Éloïse » of the class
    list: one row, her accommodations, the list's spelling on the dashboard and in the CSV;
    with no list, the name stays as she typed it."""
    from game.classroom.sessions import student_key
    from game.classroom.spec import StudentAccommodations

    assert student_key(" ÉLOÏSE ") == student_key("Eloise") == student_key("éloïse")
    assert student_key("Chloé  Martin") == student_key("chloe martin")
    assert student_key("Cœur") == student_key("COEUR")
    assert student_key("Léa") != student_key("Léo")
    listed = {student_key("Éloïse"): ("Éloïse", StudentAccommodations(more_time=2))}
    records = [rec(journal.JoinRec, "ELOISE", 0, kind="join", lang="fr"),
               step("ELOISE", 5, 100, True), rec(journal.JoinRec, "TOM", 0, kind="join",
                                                 lang="fr")]
    d = debrief.build(records, accommodations=listed)
    rows = {s.name: s for s in d.students.values()}
    assert set(rows) == {"Éloïse", "TOM"}
    assert rows["Éloïse"].accommodations.more_time == 2 and len(rows["Éloïse"].steps) == 1
    assert "Éloïse" in questions_csv("AAAAAA", d) and "ELOISE" not in questions_csv("AAAAAA", d)


def test_the_students_csv_names_each_job_liked_once() -> None:
    """Two stations of one job liked: « Soudeuse / Soudeur » once in her row, not twice."""
    from game.classroom.names import for_scenario
    from game.classroom.report import students_csv

    end = rec(journal.EndRec, "Inès", 30, kind="end", outcome="finished", score=0, stars=0,
              liked_jobs=["epi", "preparation", "controle"])
    text = students_csv("AAAAAA", debrief.build([end]), for_scenario(None))
    row = text.splitlines()[1]
    assert row.count("Soudeuse / Soudeur") == 1 and "Contrôleuse qualité" in row


def test_the_projector_s_rows_read_as_the_class_beside_the_students() -> None:
    """A trainer's test: the CSV's « Projecteur » read like a student's name, and the hands'
    rows had none; in a spreadsheet they now say « Classe (projecteur) » (English too)."""
    import csv
    import io

    from game.classroom.report import CLASS_ROW, students_csv

    records = [
        rec(journal.JoinRec, "Projecteur", 0, kind="join", lang="fr"),
        rec(journal.StepRec, "Projecteur", 4, kind="step", world_id="soudure",
            station_id="soudure", task_type="trace", score=70, stars=2, duration_s=60.0,
            answers=[]),  # a volunteer's weld pass, before any hands were counted
        rec(journal.TallyRec, "Projecteur", 5, kind="tally", world_id="soudure",
            station_id="epi", item_id="q1", prompt="Pour souder ?",
            counts={"Masque": 20, "Lunettes de soleil": 4}, right=["Masque"]),
    ]
    d = debrief.build(records)

    def rows(text: str) -> list[dict[str, str]]:
        assert text.startswith("\ufeff")
        return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))

    for lang, who in (("fr", "élève"), ("en", "student")):  # the column in the file's words
        label = CLASS_ROW[lang]
        asked = rows(questions_csv("AAAAAA", d, lang=lang, projector=True))
        assert {r[who] for r in asked} == {label}, asked  # the step and the hands alike
        assert {r[who] for r in rows(students_csv("AAAAAA", d, lang=lang,
                                                  projector=True))} == {label}
    assert CLASS_ROW == {"fr": "Classe (projecteur)", "en": "Class (projector)"}
    students = [rec(journal.JoinRec, "Léa", 0, kind="join", lang="fr"), step("Léa", 3, 90, True)]
    assert {r["élève"] for r in rows(questions_csv("AAAAAA", debrief.build(students)))} == {"Léa"}
