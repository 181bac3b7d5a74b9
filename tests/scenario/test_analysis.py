"""`validate`'s checks, each on a copy of the minimal example with one mistake an author makes.

Every problem must point at the file and line to change and say what to write instead;
schema errors and reference errors come out in the same run.
"""
from __future__ import annotations

import dataclasses
import inspect
import shutil
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.scenario.analysis import analyse
from game.scenario.content import figure_in
from game.scenario.problems import Problem
from game.scenario.solvable import play
from game.tasks import REGISTRY

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"
WORLD = "atelier.yaml"


class Copy:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def text(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")

    def replace(self, name: str, old: str, new: str, count: int = 1) -> tuple[int, int]:
        """Replace ``old``; the (line, column) where the new text starts."""
        text = self.text(name)
        assert old in text, f"{old!r} not in {name}"
        start = text.index(old)
        (self.folder / name).write_text(text.replace(old, new, count), encoding="utf-8")
        return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)

    def problems(self, deep: bool = True) -> list[Problem]:
        return analyse(self.folder, deep=deep).problems


@pytest.fixture
def ex(tmp_path: Path) -> Copy:
    shutil.copytree(EXAMPLE, tmp_path / "ex")
    return Copy(tmp_path / "ex")


def one(problems: list[Problem], text: str) -> Problem:
    found = [p for p in problems if text in p.message]
    assert len(found) == 1, f"expected one problem with {text!r}:\n" + \
        "\n".join(map(str, problems))
    return found[0]


def where(p: Problem) -> tuple[str, int, int]:
    return (p.mark.file.name, p.mark.line, p.mark.column)


def test_the_example_has_no_problem_at_all(ex):
    result = analyse(ex.folder)
    assert result.problems == [] and result.playable


# one run reports everything ----------------------------------------------------------


def test_schema_and_reference_errors_come_out_together(ex):
    age = ex.replace(WORLD, "age: 34", "age: trente-quatre")
    ref = ex.replace(WORLD, "role_model: nora", "role_model: norah")
    problems = ex.problems()
    assert where(one(problems, "'age' should be a whole number")) == (WORLD, age[0], age[1] + 5)
    wrong = one(problems, "no role model of this world has the id 'norah'")
    assert where(wrong) == (WORLD, ref[0], ref[1] + 12)
    assert wrong.hint == "did you mean 'nora'?"


def test_a_dropped_station_does_not_shift_the_lines_of_the_next(ex):
    # a broken first station (unknown task type) and a bad reference in the second
    text = ex.text(WORLD)
    station = text[text.index("  - id: accueil"):text.index("    trainings: [tp-sai]\n") + 25]
    second = station.replace("id: accueil", "id: second").replace("myths: [costaud]",
                                                                    "myths: [costo]")
    ex.replace(WORLD, station, station.replace("type: quiz", "type: quizz") + second)
    problems = ex.problems()
    task = one(problems, "unknown task type 'quizz'")
    assert task.hint == "did you mean 'quiz'?"
    lines = ex.text(WORLD).splitlines()
    bad = one(problems, "no myth has the id 'costo'")
    assert "myths: [costo]" in lines[bad.mark.line - 1]
    assert bad.hint == "did you mean 'costaud'?"


def test_a_reference_to_a_definition_with_a_schema_error_is_not_reported_twice(ex):
    ex.replace("scenario.yaml", "  - id: costaud\n    statement:",
               "  - id: costaud\n    statment:")
    problems = ex.problems()
    assert one(problems, "unknown key 'statment'").hint == "did you mean 'statement'?"
    assert not [p for p in problems if "no myth has the id" in p.message]


def test_syntax_error_is_reported_with_its_line(ex):
    line, _ = ex.replace(WORLD, "name: Nora", "name: Nora: la soudeuse")
    problems = ex.problems()
    assert len(problems) == 1 and problems[0].mark.line == line
    assert "quotes" in problems[0].hint


# messages an author understands ------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "message", "hint"), [
    ("kind: truefalse", "kind: vraifaux", "'kind' cannot be 'vraifaux'", "write one of"),
    ("kind: truefalse", "kind: truefalsee", "'kind' cannot be", "did you mean 'truefalse'?"),
    ("title: {fr: \"Premier atelier\", en: \"First workshop\"}", "title: Premier atelier",
     "'title' should be given in each language", '{fr: "...", en: "..."}'),
    ("myths: [costaud]\n\nstations", "myths: costaud\n\nstations", "'myths' should be a list",
     "'- '"),
    ("id: accueil", "id: Accueil Principal", "'Accueil Principal' is not a valid id",
     "'accueil-principal'"),
    ("    task:\n      type: quiz\n", "    task:\n      questions_: 1\n",
     "give its 'type' first", "type: quiz"),
])
def test_schema_messages_say_what_to_write(ex, old, new, message, hint):
    ex.replace(WORLD, old, new)
    problem = one(ex.problems(deep=False), message)
    assert hint in problem.hint
    assert problem.mark.file.name == WORLD


def test_unknown_key_in_task_parameters_suggests_the_parameter(ex):
    ex.replace(WORLD, "          answer: false", "          answr: false")
    problem = one(ex.problems(), "unknown key 'answr'")
    assert problem.hint == "did you mean 'answer'?"


def test_a_missing_field_hint_says_what_it_is(ex):
    ex.replace(WORLD, "    myths: [costaud]\n\nstations", "\nstations")
    ex.replace(WORLD, "    portrait: assets/portraits/ines.png\n", "")
    problem = one(ex.problems(), "missing 'portrait'")
    assert problem.hint.startswith("add 'portrait:' here")


def test_a_picture_that_is_not_an_image(ex):
    (ex.folder / "portrait.png").write_text("not a picture")
    ex.replace(WORLD, "assets/portraits/ines.png", "portrait.png")
    assert "PNG" in one(ex.problems(), "is not a picture the game can show").hint


# texts -------------------------------------------------------------------------------


def test_text_in_an_undeclared_language_is_a_warning(ex):
    ex.replace(WORLD, 'en: "Hello! I\'m Nora, I\'m a welder."',
               'en: "Hello! I\'m Nora, I\'m a welder."\n          de: "Hallo!"')
    problem = one(ex.problems(), "written in 'de'")
    assert problem.severity == "warning"


@pytest.mark.parametrize(("text", "figure"), [
    ("les femmes représentent 29 % des salariés", "29 %"),
    ("women make up 29% of employees", "29%"),
    ("un potentiel de 20 000 emplois", "20 000"),
    ("20,000 jobs", "20,000"),
    ("1 femme sur 4", "1 femme sur 4"),
    ("2 fois plus de candidates", "2 fois plus"),
    ("un salaire de 1 800 € brut", "1 800"),
    ("3 millions de salariés", "3 millions"),
])
def test_figures_are_found(text, figure):
    assert figure_in(text) is not None and figure in (figure_in(text) or "")


@pytest.mark.parametrize("text", [
    "EN ISO 9606-1 et ISO 9712", "Code du travail, art. R4541-3", "classées depuis 2017",
    "Niveau 3, en 2 ans après la 3e", "6 ± 2 mm/s", "à 35 ans, une formation de 6 mois",
    "défauts (réf. 5011/5012)", "NF C 18-510", "une tension de 230 V",
])
def test_references_years_and_small_counts_are_not_figures(text):
    assert figure_in(text) is None


def test_a_figure_without_a_source_is_an_error_at_its_text(ex):
    line, _ = ex.replace("scenario.yaml", "ce qui compte, c'est une main sûre.",
                         "et 29 % des salariés de l'industrie sont des femmes.")
    problem = one(ex.problems(), "states a figure")
    assert where(problem)[:2] == ("scenario.yaml", line)
    assert "source:" in problem.hint and "costaud" in problem.hint
    # with its source, the same text is fine
    ex.replace("scenario.yaml", "      en: \"Heavy parts", "      en: \"Heavy parts")
    text = ex.text("scenario.yaml").replace(
        "\ntrainings:", "    source: \"Cap vers l'Industrie au Féminin, 2024\"\n\ntrainings:")
    (ex.folder / "scenario.yaml").write_text(text, encoding="utf-8")
    assert not [p for p in ex.problems() if "figure" in p.message]


def test_a_station_source_covers_its_dialogue_and_task(ex):
    ex.replace(WORLD, "Non : les pièces lourdes, on les lève au palan.",
               "Non : 80 % des pièces lourdes se lèvent au palan.")
    assert "sources:" in one(ex.problems(), "states a figure").hint
    ex.replace(WORLD, "    trainings: [tp-sai]", "    trainings: [tp-sai]\n"
               "    sources: [\"INRS, manutention mécanique\"]")
    assert not [p for p in ex.problems() if "figure" in p.message]


# dialogue and definitions ------------------------------------------------------------


def test_a_question_asked_twice_is_an_error(ex):
    text = ex.text(WORLD)
    start = text.index("        - ask:")
    block = text[start:text.index("          myth: costaud\n", start) + 24]
    ex.replace(WORLD, block, block + block)
    problem = one(ex.problems(), "the same question is asked twice")
    assert problem.severity == "error"


def test_an_answer_busting_a_myth_she_does_not_list_is_a_warning(ex):
    ex.replace(WORLD, "    myths: [costaud]\n\nstations", "    myths: []\n\nstations")
    problem = one(ex.problems(), "nora's myths do not list it")
    assert problem.severity == "warning"
    assert problem.hint == "add costaud to the myths of role model 'nora'"


def test_unused_definitions_are_warnings(ex):
    ex.replace(WORLD, "    trainings: [tp-sai]", "    trainings: []")
    problem = one(ex.problems(), "training offer 'tp-sai' is never offered")
    assert problem.severity == "warning" and problem.mark.file.name == "scenario.yaml"
    result = analyse(ex.folder)
    assert result.playable and result.errors == []


# tasks the bot must be able to solve --------------------------------------------------


def test_a_time_limit_too_short_for_a_professional_is_an_error(ex):
    ex.replace(WORLD, "      type: quiz\n", "      type: trace\n      time_limit_s: 3\n"
               "      seam_mm: [[0, 0], [120, 0]]\n      speed_mm_s: {target: 6, tolerance: 2}\n"
               "      aim_mm: {tolerance: 1.5}\n      steadiness_mm: {tolerance: 0.5}\n"
               "      source: \"test\"\n      questions_: 1\n")
    text = ex.text(WORLD)
    start = text.index("      questions_: 1\n")
    end = text.index("    debrief:")
    (ex.folder / WORLD).write_text(text[:start] + text[end:], encoding="utf-8")
    problem = one(ex.problems(), "ran out of time")
    assert "time_limit_s" in problem.hint
    assert problem.mark.file.name == WORLD


def test_a_gauge_whose_needle_outruns_a_fixed_step_cannot_reach_three_stars(ex):
    text = ex.text(WORLD)
    start, end = text.index("    task:\n"), text.index("    debrief:")
    gauge = ("    task:\n      type: gauge\n      mode: stop\n"
             "      label: {fr: \"Pression\", en: \"Pressure\"}\n      unit: \"bar\"\n"
             "      min: 0\n      max: 1000\n      target: 500\n      tolerance: 1\n"
             "      rounds: 3\n      sweep_s: 0.5\n"
             "      explain: {fr: \"Trop rapide.\", en: \"Too fast.\"}\n")
    (ex.folder / WORLD).write_text(text[:start] + gauge + text[end:], encoding="utf-8")
    problems = analyse(ex.folder).problems
    schema = [p for p in problems if "gauge" not in p.message and p.severity == "error"]
    if schema:  # the gauge's own rules refuse such a dial: that is a message too
        assert all(p.mark.file.name == WORLD for p in schema)
        return
    problem = one(problems, "the bot scores only")
    assert "3 stars" in problem.message and "tolerance" in problem.hint


def test_every_registered_task_type_can_be_played_by_the_validator():
    for kind in REGISTRY.values():  # a bot without act() cannot even be made
        assert not inspect.isabstract(kind.bot), f"no way to play '{kind.name}' tasks"


def test_a_bot_with_act_is_driven_by_it(monkeypatch):
    quiz = REGISTRY["quiz"]
    calls = []

    class Bot(quiz.bot):  # type: ignore[misc, valid-type]
        def act(self, rules, dt):  # type: ignore[no-untyped-def]
            calls.append(dt)
            self.play(rules)

    monkeypatch.setitem(REGISTRY, "quiz", dataclasses.replace(quiz, bot=Bot))
    params = quiz.params.model_validate({"type": "quiz", "questions": [
        {"id": "a", "kind": "truefalse", "prompt": {"fr": "?"}, "answer": True,
         "explain": {"fr": "!"}}]})
    outcome = play(params)
    assert calls and outcome.finished


def test_play_reports_the_score_of_a_perfect_player():
    quiz = REGISTRY["quiz"]
    params = quiz.params.model_validate({"type": "quiz", "questions": [
        {"id": "a", "kind": "single", "prompt": {"fr": "?"}, "choices": [
            {"id": "x", "text": {"fr": "x"}, "correct": True}, {"id": "y", "text": {"fr": "y"}}]}]})
    outcome = play(params)
    assert (outcome.score, outcome.finished, outcome.timed_out) == (100, True, False)


def test_more_questions_than_the_dialogue_screen_shows_is_an_error(ex):
    text = ex.text(WORLD)
    start = text.index("        - ask:")
    block = text[start:text.index("          myth: costaud\n", start) + 24]
    more = "".join(block.replace("Il faut être costaud ?", f"Question {i} ?")
                   .replace("Do you need to be strong?", f"Question {i}?") for i in range(3))
    line, _ = ex.replace(WORLD, block, block + more)
    problem = one(ex.problems(), "questions, but the dialogue screen shows 3")
    assert problem.mark.line == line + 3 * block.count("\n")  # the 4th question


def test_a_spot_circle_outside_its_picture_is_named(ex):
    text = ex.text(WORLD)
    start, end = text.index("    task:\n"), text.index("    debrief:")
    spot = ("    task:\n      type: spot\n      image: assets/welding/inspection_plate.png\n"
            "      hotspots:\n        - {id: a, x: 5000, y: 262, radius: 40, label: {fr: A, en: A},"
            " explain: {fr: A, en: A}}\n      decoys:\n"
            "        - {id: b, x: 560, y: 262, radius: 40, label: {fr: B, en: B},"
            " explain: {fr: B, en: B}}\n"
            "        - {id: c, x: 900, y: 262, radius: 40, label: {fr: C, en: C},"
            " explain: {fr: C, en: C}}\n")
    (ex.folder / WORLD).write_text(text[:start] + spot + text[end:], encoding="utf-8")
    problem = one(ex.problems(), "outside the 1200×700 image")
    lines = ex.text(WORLD).splitlines()
    assert "image:" in lines[problem.mark.line - 1]


@pytest.mark.parametrize(("name", "old", "new", "message", "hint"), [
    (WORLD, "    name: Nora", "\tname: Nora", "tab character", "spaces only"),
    (WORLD, "    role_model: nora", "  role_model: nora", "expected '-' indicator",
     "not indented like"),
    ("scenario.yaml", "  - atelier.yaml", "  - Atelier.yaml", "world file not found",
     "did you mean 'atelier.yaml'? (names are exact, capitals included)"),
    (WORLD, "map: atelier.tmx", "map: atelier", "map not found: atelier",
     "did you mean 'atelier.tmx'? (with its extension)"),
    ("scenario.yaml", "format: 1\n", "", "missing 'format'", "add 'format: 1' here"),
    (WORLD, "answer: false", "answer: faux", "'answer' should be true or false",
     "in English"),
])
def test_frequent_beginner_mistakes_get_a_precise_hint(ex, name, old, new, message, hint):
    ex.replace(name, old, new)
    assert hint in one(ex.problems(), message).hint


@pytest.mark.slow
@pytest.mark.parametrize(("target", "message"), [
    ("nowhere", "not found"), ("README.md", "is not a scenario or a map"),
    ("scenarios", "scenario.yaml:1:1: file not found"),
])
def test_validate_on_something_else_says_what_it_takes(target, message):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "main.py", "validate", target], cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert message in run.stdout and "hint:" in run.stdout
