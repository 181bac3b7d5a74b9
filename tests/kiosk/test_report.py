"""The event impact report: the figures, the CSV files, one self-contained printable page."""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from game.kiosk.report import load_scenarios, main
from game.kiosk.report.figures import compute
from game.scenario.loader import DEFAULT_SCENARIO
from game.scores import GameRecord, ProbeAnswer, ScoreStore, TaskRecord, VisitRecord

ROOT = Path(__file__).resolve().parents[2]
TZ = timezone(timedelta(hours=2))
DAY = date(2026, 6, 12)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, 12, hour, minute, tzinfo=TZ)


def fill(path: Path) -> None:
    """Three kiosk visits (two finished games), a walk-away, and a game from the day before."""
    with ScoreStore.open(path, now=lambda: at(18)) as store:
        welding = [TaskRecord("soudure", s, "quiz", sc, 2, 30.0)
                   for s, sc in (("epi", 90), ("soudure", 70), ("controle", 40))]
        battery = [TaskRecord("batteries", "enduction", "gauge", 95, 3, 40.0)]
        g1 = store.save_game(GameRecord(
            "cap-industrie", "LÉA", at(10), at(10, 4), 200, 7, ["soudure"], "fr", "kiosk",
            tasks=welding, gender="girl",
            probe=[ProbeAnswer("costaud", "agree", "disagree"),
                   ProbeAnswer("metier-homme", "unsure", "disagree")]))
        g2 = store.save_game(GameRecord(
            "cap-industrie", None, at(14), at(14, 6), 95, 3, ["batteries"], "en", "kiosk",
            tasks=battery, gender="boy",
            probe=[ProbeAnswer("costaud", "agree", "agree")]))
        store.save_game(GameRecord("cap-industrie", "HIER", datetime(2026, 6, 11, 9, tzinfo=TZ),
                                   datetime(2026, 6, 11, 9, 5, tzinfo=TZ), 50, 1, ["soudure"],
                                   "fr", "kiosk", tasks=welding[:1]))
        store.record_visit(VisitRecord("cap-industrie", at(10), at(10, 4), 240, "finished",
                                       "fr", g1))
        store.record_visit(VisitRecord("cap-industrie", at(14), at(14, 6), 360, "finished",
                                       "en", g2))
        store.record_visit(VisitRecord("cap-industrie", at(14, 30), at(14, 31), 30,
                                       "walked_away", "fr"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "scores.db"
    fill(path)
    return path


def test_the_figures(db: Path) -> None:
    with ScoreStore.open(db) as store:
        data = store.day_data(DAY)
    f = compute(data, load_scenarios([DEFAULT_SCENARIO]), "fr")
    assert (f.players, f.games_finished, f.walked_away) == (3, 2, 1)
    assert f.mean_s == pytest.approx(210) and f.median_s == 240
    assert f.gender == {"girl": 1, "boy": 1, "other": 0, "unsaid": 0, "none": 0}
    costaud = next(m for m in f.myths if m.myth_id == "costaud")
    assert costaud.before == {"agree": 2, "unsure": 0, "disagree": 0}
    assert costaud.after == {"agree": 1, "unsure": 0, "disagree": 1} and costaud.paired == 2
    assert "il faut être costaud" in costaud.statement
    jobs = dict(f.jobs)
    assert jobs["Soudeuse / Soudeur"] == 1 and jobs["Ingénieure procédés / Ingénieur procédés"] == 1
    assert "Chaudronnière / Chaudronnier" not in jobs  # its station was not played
    assert f.trainings and all(n <= 2 for _, n in f.trainings)
    assert sum(n for _, n in f.trainings) <= 6  # a card shows three offers at most
    assert f.hours == [(10, 1), (14, 2)]


def test_the_command_writes_a_page_and_tables(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bilan"
    assert main(["--day", "2026-06-12", "--db", str(db), "--out", str(out),
                 "--event", "Cap vers l'Industrie au Féminin – Lens"]) == 0
    html = (out / "bilan.html").read_text(encoding="utf-8")
    assert "<svg" in html and "Lens" in html and "Bilan de l'événement" in html
    assert "il faut être costaud" in html and "Soudeuse / Soudeur" in html
    # self-contained: nothing fetched, nothing run
    assert not re.search(r"(src|href)\s*=|<script|<link|@import|url\(http", html)
    assert "LÉA" not in html  # no nickname in a funders' report
    for name in ("summary.csv", "gender.csv", "myths.csv", "beliefs.csv", "context.csv",
                 "jobs.csv", "trainings.csv", "hours.csv"):
        raw = (out / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name  # a spreadsheet sees the accents
    rows = list(csv.reader((out / "summary.csv").open(encoding="utf-8-sig"), delimiter=";"))
    summary = dict(rows[1:])
    assert summary["players"] == "3" and summary["games_finished"] == "2"
    assert summary["mean_time_played_s"] == "210,0"
    myths = list(csv.reader((out / "myths.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert myths[0] == ["myth_id", "statement", "phase", "agree", "unsure", "disagree", "answers"]


def test_several_kiosks_and_every_day(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "kiosk2" / "scores.db"
    fill(other)
    out = tmp_path / "all"
    assert main(["--all", "--db", str(db), "--db", str(other), "--out", str(out),
                 "--lang", "en"]) == 0
    rows = dict(list(csv.reader((out / "summary.csv").open(encoding="utf-8-sig"),
                                delimiter=";"))[1:])
    assert rows["games_finished"] == "6" and rows["players"] == "8" and rows["day"] == "all"
    assert "Event impact report" in (out / "bilan.html").read_text(encoding="utf-8")


def test_an_empty_day_still_makes_a_page(db: Path, tmp_path: Path) -> None:
    assert main(["--day", "2020-01-01", "--db", str(db), "--out", str(tmp_path / "x")]) == 0
    html = (tmp_path / "x" / "bilan.html").read_text(encoding="utf-8")
    assert "Aucune réponse" in html and "Pas encore de données" in html


def test_a_missing_file_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x")]) == 1
    assert "no score file" in capsys.readouterr().err


def test_the_report_reads_without_writing(db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    main(["--day", "2026-06-12", "--db", str(db), "--out", str(tmp_path / "r")])
    assert db.read_bytes() == before


@pytest.mark.slow
def test_python_main_py_report(db: Path, tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "--day", "2026-06-12",
                          "--data-dir", str(db.parent), "--out", str(tmp_path / "r")],
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert "3 players, 2 games finished" in out.stdout and (tmp_path / "r" / "bilan.html").is_file()


def _chart_tips(html: str) -> list[str]:
    """The tooltips of the page's charts (a bar's or a column's <title>)."""
    return re.findall(r"<rect[^>]*><title>([^<]*)</title></rect>", html)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_charts_tooltips_speak_the_report_s_language(db: Path, tmp_path: Path,
                                                           lang: str) -> None:
    """Hovering a bar of the funders' report reads as the rest of the page: French spacing
    and « % » in French, none of it in English, hours as each language writes them, what a
    count counts, and no « tu » (the report is for funders and staff)."""
    out = tmp_path / lang
    assert main(["--day", "2026-06-12", "--db", str(db), "--out", str(out), "--lang", lang]) == 0
    html = (out / "bilan.html").read_text(encoding="utf-8")
    tips = _chart_tips(html)
    if lang == "fr":
        expected = ["Filles : 1 (50 %)", "Garçons : 1 (50 %)",
                    "De 14 h à 15 h : 2 joueuses et joueurs",
                    "De 10 h à 11 h : 1 joueuse ou joueur",
                    "Soudeuse / Soudeur : 1 partie terminée"]
        assert ">14 h</text>" in html and ">50 %</text>" in html
        assert not any(re.search(r"\b(tu|ton|ta|tes|toi)\b", tip, re.I) for tip in tips)
    else:
        expected = ["Girls: 1 (50%)", "Boys: 1 (50%)", "14:00 to 15:00: 2 players",
                    "10:00 to 11:00: 1 player"]
        assert ">14:00</text>" in html and ">50%</text>" in html
        assert any(re.fullmatch(r"Welder.*: 1 finished game", tip) for tip in tips), tips
        assert not any(re.search(r"\d %| h\b|\s:", tip) for tip in tips), tips
    for tip in expected:
        assert tip in tips, (tip, tips)
