"""``main.py class …`` as a trainer types it: new, list, roster, import, report, close, purge."""
from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from game.classroom import journal
from game.classroom.cli import main
from game.classroom.sessions import SessionStore
from game.hub.db import open_database
from tests.classroom.classmates import play


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def new(capsys: pytest.CaptureFixture[str], data: Path, *extra: str) -> str:
    rc, out, err = run(capsys, "new", "--data-dir", str(data), *extra)
    assert rc == 0, err
    return str(json.loads(out.strip().splitlines()[-1])["code"])


def test_new_ends_on_the_code_as_json_and_list_shows_it(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code = new(capsys, tmp_path, "--world", "soudure", "--stations", "controle,epi",
               "--title", "2nde MSPC", "--pin", "1234")
    rc, out, _ = run(capsys, "list", "--data-dir", str(tmp_path))
    assert rc == 0 and code in out and "2nde MSPC" in out and "ouverte" in out
    db = open_database(None, tmp_path)
    session = SessionStore(db).get(code)
    db.close()
    assert session is not None and session.stations == ["epi", "controle"]  # scenario order
    assert session.pin_hash and "1234" not in session.pin_hash and not session.timers


@pytest.mark.parametrize("args, words", [
    ([], "--route world joue un seul monde : donnez --world (parmi soudure, maintenance"),
    (["--world", "soudur"], "le scénario « cap-industrie » n'a pas ce monde ; choisissez parmi "
                           "soudure"),
    (["--world", "soudure", "--stations", "epi,four"],
     "le monde « soudure » n'a pas de poste « four » ; ses postes sont epi"),
    (["--route", "grand_tour", "--world", "soudure"], "retirez --world (ou prenez --route world)"),
    (["--route", "grand_tour", "--stations", "nope"], "écrivez monde/poste"),
    (["--route", "tour"], "choisissez parmi world, decouverte, grand_tour, projector"),
    (["--world", "soudure", "--pin", "12"], "--pin : 4 à 8 chiffres"),
    (["--world", "soudure", "--speed-bonus"], "--speed-bonus demande --timers"),
])
def test_new_refuses_what_the_scenario_lacks_in_words(tmp_path: Path, args: list[str], words: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "new", "--data-dir", str(tmp_path), *args)
    assert rc == 2 and words in err and "{" not in out


def test_roster_sets_accommodations_from_a_spreadsheet_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = new(capsys, tmp_path, "--world", "soudure")
    semi = tmp_path / "classe.csv"
    semi.write_bytes("\ufeffÉlève;Temps;Moins de choix;Gros texte;Lecture\r\nLéa;x1,5;oui;;\r\n"
                     "Inès;sans;;x;oui\r\n;2;;;\r\nZoé;lent;;;\r\n".encode())
    rc, out, err = run(capsys, "roster", code, str(semi), "--data-dir", str(tmp_path))
    assert rc == 1 and "aménagements réglés pour 2 élèves" in out
    assert f"{semi}:4 : pas de prénom ; ligne ignorée" in err
    assert f"{semi}:5 : temps « lent » : écrivez x1,5, x2 ou sans" in err
    comma = tmp_path / "class.csv"
    comma.write_text("student,time,fewer_choices\nTom,2,no\n", encoding="utf-8")
    assert run(capsys, "roster", code, str(comma), "--data-dir", str(tmp_path))[0] == 0
    db = open_database(None, tmp_path)
    acc = SessionStore(db).all_accommodations(code)
    db.close()
    assert acc["lea"][1].more_time == 1.5 and acc["lea"][1].fewer_choices
    assert acc["ines"][1].no_timer and acc["ines"][1].larger_text and acc["ines"][1].read_aloud
    assert acc["tom"][1].more_time == 2


@pytest.mark.slow
def test_import_twice_in_any_order_counts_once_and_names_bad_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = new(capsys, tmp_path, "--world", "soudure")
    files = []
    for i in range(3):
        path = tmp_path / "usb" / f"eleve{i}.jsonl"
        j = journal.Journal(path)
        for record in play(code, f"Élève {i}", "soudure", 0.5, seed=i, offline=True):
            j.append(record)
        files.append(path)
    with open(files[1], "a", encoding="utf-8") as out:
        out.write("{half a line\n")
    rc, out, err = run(capsys, "import", *map(str, files), "--data-dir", str(tmp_path))
    assert rc == 1 and f"{files[1]}:10 : pas du JSON" in err
    first = int(out.split("class: ")[1].split(" résultat")[0])
    random.Random(3).shuffle(files)
    rc, out, _ = run(capsys, "import", *map(str, files), "--data-dir", str(tmp_path))
    assert "class: 0 résultat importé" in out and f"{first} déjà là" in out
    report = tmp_path / "out" / "classe.csv"
    rc, out, _ = run(capsys, "report", code, "--csv", str(report), "--data-dir", str(tmp_path))
    assert rc == 0 and "3 élèves, 5 postes" in out
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert {r["élève"] for r in rows} == {"Élève 0", "Élève 1", "Élève 2"}
    students = (tmp_path / "out" / "classe-eleves.csv").read_text(encoding="utf-8-sig")
    assert students.splitlines()[0].startswith("séance;élève;postes faits")


def test_import_finds_the_journals_in_a_stick_or_a_student_pc_s_data_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from game.classroom.places import file_name
    from game.classroom.session import local_journal

    code = new(capsys, tmp_path / "hub", "--world", "soudure")
    stick, pc = tmp_path / "CLE", tmp_path / "pc-data"
    for path, name in ((stick / file_name(code, "Léa"), "Léa"),
                       (local_journal(pc, code), "Inès")):
        for record in play(code, name, "soudure", 0.5, seed=len(name), offline=True):
            journal.Journal(path).append(record)
    (stick / "notes.txt").write_text("not a journal", encoding="utf-8")
    rc, out, err = run(capsys, "import", str(stick), str(pc), "--data-dir", str(tmp_path / "hub"))
    assert rc == 0, err
    assert f"{stick} : 1 fichier de séance" in out and f"{pc} : 1 fichier de séance" in out
    db = open_database(None, tmp_path / "hub")
    got = {r.student for r in SessionStore(db).records(code)}
    db.close()
    assert got == {"Léa", "Inès"}
    (tmp_path / "empty").mkdir()
    rc, out, _ = run(capsys, "import", str(tmp_path / "empty"), "--data-dir",
                     str(tmp_path / "hub"))
    assert rc == 1 and "0 fichier de séance (*.jsonl ici ou dans son dossier classroom/)" in out


def test_import_of_an_unknown_session_stores_nothing(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lost.jsonl"
    for record in play("AAAAAA", "Léa", "soudure", 0.5, seed=1):
        journal.Journal(path).append(record)
    rc, out, err = run(capsys, "import", str(path), "--data-dir", str(tmp_path))
    assert rc == 1 and "inconnue de ce dossier de données" in err and "0 résultat importé" in out


def test_close_then_purge_asks_first(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    code = new(capsys, tmp_path, "--route", "grand_tour", "--title", "2nde MSPC")
    rc, out, _ = run(capsys, "close", code.lower(), "--data-dir", str(tmp_path))
    assert rc == 0 and "close, définitivement" in out
    assert "close le" in run(capsys, "list", "--data-dir", str(tmp_path))[1]
    asked: list[str] = []

    def answer(reply: str) -> object:
        return lambda prompt: asked.append(prompt) or reply

    monkeypatch.setattr("builtins.input", answer(""))  # Entrée: the default is no
    rc, out, _ = run(capsys, "purge", code, "--data-dir", str(tmp_path))
    assert rc == 1 and "rien n'est supprimé" in out
    assert asked == [f"Supprimer définitivement la séance {code} « 2nde MSPC » : 0 élève, 0 "
                     "résultat et leurs aménagements ? Rien ne pourra être récupéré. [o/N] "]
    monkeypatch.setattr("builtins.input", answer("o"))
    rc, out, _ = run(capsys, "purge", code, "--data-dir", str(tmp_path))
    assert rc == 0 and f"séance {code} supprimée" in out
    assert f"main.py class forget {code}" in out  # what is left to delete: the students' PCs
    rc, _, err = run(capsys, "purge", code, "--data-dir", str(tmp_path), "--yes")
    assert rc == 1 and "aucune séance" in err
    assert run(capsys, "close", "XX", "--data-dir", str(tmp_path))[2].endswith("(ici 2)\n")


def test_purge_with_no_one_to_answer_deletes_nothing_and_yes_deletes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code = new(capsys, tmp_path, "--world", "soudure")

    def no_terminal(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", no_terminal)
    assert run(capsys, "purge", code, "--data-dir", str(tmp_path))[0] == 1
    rc, out, _ = run(capsys, "purge", code, "--data-dir", str(tmp_path), "--yes", "--lang", "en")
    assert rc == 0 and f"session {code} purged" in out


def test_forget_deletes_a_student_pc_s_session_file(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The guide's clean-up on a student's PC: classroom/CODE.jsonl goes, the rest stays."""
    from game.classroom.session import local_journal

    pc = tmp_path / "pc"
    for code in ("AJSXNS", "AJSXNT"):
        for record in play(code, "Léa", "soudure", 0.5, seed=1, offline=True):
            journal.Journal(local_journal(pc, code)).append(record)
    (pc / "classroom" / "device.txt").write_text("id", encoding="utf-8")
    rc, out, _ = run(capsys, "forget", "ajsxns", "--yes", "--data-dir", str(pc))
    assert rc == 0 and f"effacé : {local_journal(pc, 'AJSXNS')}" in out
    assert not local_journal(pc, "AJSXNS").exists() and local_journal(pc, "AJSXNT").exists()
    rc, out, _ = run(capsys, "forget", "AJSXNS", "--yes", "--data-dir", str(pc))
    assert rc == 0 and "rien à effacer" in out
    rc, out, _ = run(capsys, "forget", "--all", "--yes", "--data-dir", str(pc))
    assert rc == 0 and not local_journal(pc, "AJSXNT").exists()
    assert (pc / "classroom" / "device.txt").exists()
    assert run(capsys, "forget", "--data-dir", str(pc))[0] == 2  # a code, or --all


def test_english_with_lang_en_and_the_json_line_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "new", "--data-dir", str(tmp_path), "--world", "soudure",
                     "--lang", "en")
    lines = out.strip().splitlines()
    assert rc == 0 and lines[0].startswith("class: session ") and "timers off" in lines[0]
    assert list(json.loads(lines[-1])) == ["code"]
    rc, out, _ = run(capsys, "new", "--data-dir", str(tmp_path), "--world", "soudure")
    lines = out.strip().splitlines()
    assert lines[0].startswith("class: séance ") and "minuteurs désactivés" in lines[0]
    assert list(json.loads(lines[-1])) == ["code"]
    rc, _, err = run(capsys, "new", "--data-dir", str(tmp_path), "--world", "soudur",
                     "--lang", "en")
    assert rc == 2 and "no such world; choose one of soudure" in err


def test_counts_agree_with_their_nouns() -> None:
    """« 1 élève », « 0 résultat » (French: 0 and 1 take the singular), « 25 élèves »."""
    from game.classroom.clitexts import Say

    fr, en = Say("fr"), Say("en")
    assert [fr.count("students", n) for n in (0, 1, 2, 25)] == [
        "0 élève", "1 élève", "2 élèves", "25 élèves"]
    assert fr.count("imported", 1) == "1 résultat importé"
    assert fr.count("bad", 3) == "3 lignes abîmées sautées"
    assert [en.count("records", n) for n in (0, 1, 2)] == ["0 records", "1 record", "2 records"]


def test_report_with_lang_en_heads_its_columns_in_english(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``class report CODE --csv FILE --lang en`` wrote the worlds and jobs in English under
    French headings; now the headings and the words in the cells are English too, in a file
    still made for a French spreadsheet (semicolons, UTF-8 with BOM). French stays the
    default, its headings as they were."""
    code = new(capsys, tmp_path, "--world", "soudure")
    db = open_database(None, tmp_path)
    try:
        SessionStore(db).store(play(code, "Léa", "soudure", 0.6, seed=2, offline=True), "import")
    finally:
        db.close()
    english, french = tmp_path / "en" / "results.csv", tmp_path / "fr" / "resultats.csv"
    rc, out, _ = run(capsys, "report", code, "--csv", str(english), "--data-dir",
                     str(tmp_path), "--lang", "en")
    assert rc == 0 and "1 student" in out
    raw = english.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsession;student;world;station;type;question_id;"
                          b"question;answer chosen;right answer;right;hands raised;"
                          b"station score;stars;duration (s)\r\n")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert {r["student"] for r in rows} == {"Léa"} and {r["world"] for r in rows} == {
        "Welding & metal fabrication"}
    people = list(csv.DictReader(io.StringIO((tmp_path / "en" / "results-eleves.csv").read_text(
        encoding="utf-8-sig")), delimiter=";"))
    assert list(people[0])[:4] == ["session", "student", "stations done", "total score"]
    assert people[0]["offline"] == "yes" and people[0]["end"] == "finished"
    rc, _, _ = run(capsys, "report", code, "--csv", str(french), "--data-dir", str(tmp_path))
    assert rc == 0
    assert french.read_bytes().startswith(
        "\ufeffséance;élève;monde;poste;type;question_id;question;réponse choisie;bonne réponse;"
        "juste;mains levées;score du poste;étoiles;durée (s)\r\n".encode())
    assert (tmp_path / "fr" / "resultats-eleves.csv").read_bytes().decode("utf-8-sig").startswith(
        "séance;élève;postes faits;score total;score moyen;étoiles;questions;bonnes réponses;"
        "% bonnes réponses;fin;métiers aimés;hors ligne;aménagements\r\n")
