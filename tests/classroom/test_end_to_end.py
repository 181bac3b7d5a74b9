"""The real game against the real hub, as a trainer and a class start them (issue 11).

``main.py class new`` makes the session; ``main.py hub --data-dir DIR`` serves it; four real
game clients (``main.py --class CODE --student NAME --hub URL --headless --autoplay``, each
a process with its own data folder, as four PCs) play it. One PC starts while the hub is
still down: it plays from the code and pushes once the hub answers. Then ``class report``
and the dashboard's JSON must hold every student, station and question with the counts the
PCs' own journals hold — nothing lost, nothing counted twice.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from game.classroom import journal
from game.classroom.names import for_scenario
from tests.hub.conftest import KEY, ROOT, free_port, start_hub, wait_for

pytestmark = pytest.mark.slow
STATIONS = ("epi", "preparation")  # a quiz and an order: questions of two kinds, quickly
ONLINE = {"Inès": ("0.9", "3"), "Lucas": ("0.3", "4"), "Maëlle": ("0.6", "5")}  # skill, seed
LATE = "Zoé"  # her PC starts while the hub is down
TIMEOUT_S = 180


def _env() -> dict[str, str]:
    return {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
            "PYTHONUNBUFFERED": "1"}


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done


def _student(code: str, name: str, url: str, data: Path, skill: str = "0.8",
             seed: str = "1") -> subprocess.Popen[str]:
    argv = [sys.executable, "main.py", "--class", code, "--student", name, "--hub", url,
            "--headless", "--autoplay", "--data-dir", str(data), "--skill", skill,
            "--seed", seed, "--hub-wait", "60"]  # a busy machine may start the hub slowly
    return subprocess.Popen(argv, cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _summary(proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = proc.communicate(timeout=TIMEOUT_S)
    assert proc.returncode == 0, err
    return dict(json.loads(out.strip().splitlines()[-1]))


def _get(url: str) -> Any:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {KEY}"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        body = reply.read()
        return body if "csv" in reply.headers.get("Content-Type", "") else json.loads(body)


def _csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "a French spreadsheet needs the BOM"
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_real_game_clients_against_the_real_hub(tmp_path: Path) -> None:
    hub_dir = tmp_path / "hub"
    made = _run("class", "new", "--world", "soudure", "--stations", ",".join(STATIONS),
                "--title", "2nde MSPC", "--data-dir", hub_dir)
    code = json.loads(made.stdout.strip().splitlines()[-1])["code"]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    pcs = {name: tmp_path / f"pc-{i}" for i, name in enumerate([*ONLINE, LATE])}

    late = _student(code, LATE, url, pcs[LATE])  # the hub is not there yet
    late_journal = pcs[LATE] / "classroom" / f"{code}.jsonl"
    hub = None
    started: list[subprocess.Popen[str]] = []
    try:
        assert wait_for(lambda: late_journal.exists() and '"join"' in late_journal.read_text(
            encoding="utf-8"), TIMEOUT_S), "Zoé's PC never started the session"
        hub = start_hub(port, hub_dir)  # it comes (back): the trainer started it late
        online = {name: _student(code, name, url, pcs[name], skill, seed)
                  for name, (skill, seed) in ONLINE.items()}
        started.extend(online.values())
        summaries = {name: _summary(proc) for name, proc in online.items()}
        summaries[LATE] = _summary(late)

        kept = {name: journal.read(pc / "classroom" / f"{code}.jsonl")
                for name, pc in pcs.items()}
        for name, summary in summaries.items():
            got = summary["classroom"]
            assert got["code"] == code and got["student"] == name
            assert got["synced"] and got["waiting"] == 0, (name, got)
            assert not kept[name].problems
            assert got["pushed"] == len(kept[name].records), name  # each record sent once
        assert any("did not answer" in note for note in summaries[LATE]["classroom"]["notes"])

        steps = {name: [r for r in got.records if isinstance(r, journal.StepRec)]
                 for name, got in kept.items()}
        for name in ONLINE:  # the trainer's stations, from the hub
            assert [s.station_id for s in steps[name]] == list(STATIONS), name
        assert len(steps[LATE]) >= len(STATIONS)  # from the code alone: the whole world

        dash = _get(f"{url}/api/class/{code}/dashboard")
        _check_dashboard(dash, steps)

        again = _run("class", "import", late_journal, "--data-dir", hub_dir)  # pushed: no dup
        assert f"0 résultat importé, {len(kept[LATE].records)} déjà là" in again.stdout
        assert _get(f"{url}/api/class/{code}/dashboard")["students"] == dash["students"]

        out = tmp_path / "usb" / "classe.csv"
        report = _run("class", "report", code, "--csv", out, "--data-dir", hub_dir)
        refs = {f"{s.world_id}/{s.station_id}" for got in steps.values() for s in got}
        questions = {(s.world_id, s.station_id, a.item_id)
                     for got in steps.values() for s in got for a in s.answers}
        assert (f"class: {len(pcs)} élèves, {len(refs)} postes, {len(questions)} questions"
                in report.stdout)
        text = out.read_bytes().decode("utf-8")  # as written: CRLF ends each row
        assert _get(f"{url}/class/{code}/report.csv").decode("utf-8") == text  # the button
        _check_csv(_csv(text), _csv((out.parent / "classe-eleves.csv").read_text(
            encoding="utf-8")), steps, code)
    finally:
        for proc in (late, *started):
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=30)
        if hub is not None:
            hub.kill()
            hub.communicate(timeout=30)


def _check_dashboard(dash: dict[str, Any], steps: dict[str, list[journal.StepRec]]) -> None:
    students = {s["name"]: s for s in dash["students"]}
    assert sorted(students) == sorted(steps)
    for name, done in steps.items():
        row = students[name]
        assert row["done"] == [f"{s.world_id}/{s.station_id}" for s in done], name
        assert row["score"] == sum(s.score for s in done)
        assert row["answered"] == sum(len(s.answers) for s in done)
        assert row["correct"] == sum(a.correct for s in done for a in s.answers)
        assert row["outcome"] == "finished" and not row["offline"]
    stations = {s["ref"]: s for s in dash["stations"]}
    played = Counter(f"{s.world_id}/{s.station_id}" for done in steps.values() for s in done)
    assert {ref for ref, st in stations.items() if st["students"]} == set(played)
    answered: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for done in steps.values():
        for s in done:
            for a in s.answers:
                answered[(f"{s.world_id}/{s.station_id}", a.item_id)] += 1
                right[(f"{s.world_id}/{s.station_id}", a.item_id)] += a.correct
    assert answered, "the stations asked no question: the test checks nothing"
    for ref, n in played.items():
        assert stations[ref]["students"] == n, ref
        got = {q["item_id"]: (q["answered"], q["correct"]) for q in stations[ref]["questions"]}
        assert got == {item: (answered[(r, item)], right[(r, item)])
                       for r, item in answered if r == ref}, ref


def _check_csv(rows: list[dict[str, str]], summary: list[dict[str, str]],
               steps: dict[str, list[journal.StepRec]], code: str) -> None:
    expected = Counter((name, s.station_id, a.item_id, "1" if a.correct else "0")
                       for name, done in steps.items() for s in done for a in s.answers)
    expected += Counter((name, s.station_id, "", "") for name, done in steps.items()
                        for s in done if not s.answers)
    assert Counter((r["élève"], _station(r), r["question_id"], r["juste"]) for r in rows
                   ) == expected
    assert {r["séance"] for r in rows} == {code}
    by_name = {r["élève"]: r for r in summary}
    assert sorted(by_name) == sorted(steps)
    for name, done in steps.items():
        assert by_name[name]["postes faits"] == str(len(done))
        assert by_name[name]["questions"] == str(sum(len(s.answers) for s in done))
        assert by_name[name]["bonnes réponses"] == str(sum(a.correct for s in done
                                                           for a in s.answers))


def _station(row: dict[str, str]) -> str:
    """The station's id from the title the CSV shows."""
    names = for_scenario(None)
    ids = {names.station(ref, "fr"): ref.partition("/")[2] for ref in names.order}
    return ids[row["poste"]]
