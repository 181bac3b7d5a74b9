"""A student joins a session with --class: what the trainer's hub receives, what she plays."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from game.classroom import journal
from game.classroom.code import CodeContent, encode
from game.classroom.play import ClassProblem, check_code, check_student
from game.cli import main
from game.scenes.task import TaskScene

SOUDURE = encode(CodeContent(world=1, route="world", timers=False))  # the scenario's 1st world
TIMED = encode(CodeContent(world=1, route="world", timers=True))


def _finish(h: Any, wait_s: float = 5.0) -> dict[str, Any]:
    h.until(lambda: h.ctx.autoplay.done, limit_s=1200)
    return dict(h.ctx.classroom.close(h.ctx, wait_s))


@pytest.mark.slow
def test_a_student_on_the_network_sends_the_whole_session_to_the_hub(make_app, fake_hub) -> None:  # type: ignore[no-untyped-def]
    hub = fake_hub(code=SOUDURE, title="2nde MSPC", world=1, stations=["epi", "symboles"])
    h = make_app("--class", SOUDURE, "--student", "Léa", "--hub", hub.url)
    model = h.ctx.scenario.model
    sent = _finish(h)
    assert sent["synced"] and sent["waiting"] == 0
    kinds = hub.kinds()
    assert kinds[0] == "join" and kinds[-1] == "end"
    assert {r["student"] for r in hub.records.values()} == {"Léa"}
    steps = hub.of("step")
    assert [s["station_id"] for s in steps] == ["epi", "symboles"]  # the trainer's choice
    epi = steps[0]["answers"]
    question = model.world("soudure").station("epi").task.questions[0]
    assert epi[0]["prompt"] == question.prompt.get("fr")  # in the words she saw
    assert epi[0]["right"] and all(isinstance(t, str) and t for t in epi[0]["right"])
    assert {b["phase"] for b in hub.of("beliefs")} == {"before", "after"}
    end = hub.of("end")[0]
    assert end["outcome"] == "finished" and end["offers"]  # the card's offers
    # a classroom is not a contest: neither the nickname nor the leaderboard was shown
    reached = h.ctx.autoplay.reached
    assert "takeaway" in reached and "nickname" not in reached and "leaderboard" not in reached


@pytest.mark.slow
def test_the_hub_down_loses_nothing_and_a_restart_sends_it_once(make_app, fake_hub,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    hub = fake_hub(code=SOUDURE, world=1, stations=["epi"])
    h = make_app("--class", SOUDURE, "--student", "Noé", "--hub", hub.url)
    hub.down = True  # the network drops once the session is open
    sent = _finish(h, wait_s=0.5)
    assert sent["waiting"] > 0 and "unreachable" in (sent["problem"] or "")
    local = journal.read(tmp_path / "data" / "classroom" / f"{SOUDURE}.jsonl")
    assert [r.kind for r in local.records][-1] == "end" and not local.problems
    hub.down = False  # the PC starts again: its journal goes to the hub, each record once
    again = make_app("--class", SOUDURE, "--student", "Noé", "--hub", hub.url, autoplay=False)
    assert again.ctx.classroom.session.flush(5.0)
    again.ctx.classroom.session.stop()
    assert {r.uuid.hex for r in local.records} <= {journal.parse(r).uuid.hex
                                                    for r in hub.records.values()}
    assert len(hub.of("end")) == 1


def test_a_change_on_the_dashboard_takes_effect_in_the_running_task(make_app, fake_hub) -> None:  # type: ignore[no-untyped-def]
    hub = fake_hub(code=TIMED, world=1, timers=True, stations=["symboles"])
    h = make_app("--class", TIMED, "--student", "Inès", "--hub", hub.url)
    session = h.ctx.classroom.session
    session.poll_s = 0.05
    h.until(lambda: isinstance(h.app.top, TaskScene))
    task = h.app.top
    normal = task.rules.time_limit
    assert normal is not None  # the trainer left the timers on
    hub.spec["accommodations"] = {"more_time": 2.0, "larger_text": True}
    deadline = time.monotonic() + 5
    while task.rules.time_limit == normal and time.monotonic() < deadline:
        time.sleep(0.05)
        h.step()
    assert task.rules.time_limit == pytest.approx(2 * normal)  # twice the time, at once
    assert h.ctx.text.scale > 1.0  # and larger text
    session.stop()


@pytest.mark.slow
def test_offline_the_code_is_enough_and_the_results_go_to_the_file(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  capsys) -> None:
    stick = tmp_path / "usb" / "classe.jsonl"
    code = main(["--class", SOUDURE.lower(), "--student", "Camille", "--class-file", str(stick),
                 "--headless", "--autoplay", "--data-dir", str(tmp_path / "data")])
    assert code == 0
    lines = capsys.readouterr().out.strip().splitlines()
    line = json.loads(lines[-1])
    assert line["classroom"]["offline"] is True
    assert line["classroom"]["journal"] == str(stick)  # the file she hands over, not the PC's
    assert line["classroom"]["local_journal"].endswith(f"{SOUDURE}.jsonl")
    said = f"classroom: Tes résultats sont dans {stick} : donne ce fichier"
    assert lines[-2].startswith(said) and line["classroom"]["where"] in lines[-2]
    got = journal.read(stick)
    assert not got.problems
    kinds = [r.kind for r in got.records]
    assert kinds[0] == "join" and kinds[-1] == "end"
    model_stations = 5  # the whole first world: no trainer's choice reaches an offline PC
    assert kinds.count("step") == model_stations
    assert all(r.session == SOUDURE for r in got.records)


@pytest.mark.parametrize(("typed", "says"), [
    ("AJX", "6 letters (you typed 3)"),
    ("AJXGK1", "no 1"),
    ("ILOQUV", "no I, L, O, Q, U, V"),
])
def test_a_wrong_code_is_said_in_words(typed: str, says: str) -> None:
    with pytest.raises(ClassProblem) as err:
        check_code(typed)
    assert says in str(err.value)
    assert err.value.say("fr")  # and in French on screen


def test_a_code_may_be_typed_with_spaces_and_in_lower_case() -> None:
    assert check_code(" ajx-gkr ") == "AJXGKR"


def test_the_name_is_filtered_as_on_the_kiosk() -> None:
    assert check_student("  Léa  ") == "Léa"
    for bad in ("", "x" * 17, "a<b>", "connard"):
        with pytest.raises(ClassProblem):
            check_student(bad)


def test_the_command_line_says_what_is_missing(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--class", SOUDURE, "--headless"]) == 2
    assert "--student" in capsys.readouterr().err
    assert main(["--class", "AJX", "--student", "Léa", "--hub", "x", "--headless"]) == 2
    assert "6 letters" in capsys.readouterr().err


def _lan(monkeypatch: pytest.MonkeyPatch, *urls: str) -> None:
    """The LAN of the test: it hears of these hubs (none: multicast blocked)."""
    from game.classroom import discover

    def lan(found: Any, stop: Any, timeout_s: float = 0.0) -> None:
        for url in urls:
            found(url)

    monkeypatch.setattr(discover, "listen", lan)


@pytest.mark.slow
def test_no_hub_given_the_command_line_finds_it_on_the_lan(fake_hub, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch, capsys) -> None:
    """``--class CODE --student NAME`` alone: the hub is looked for as the screen does."""
    other = fake_hub(code=TIMED, world=1)  # another trainer's session in the building
    hub = fake_hub(code=SOUDURE, world=1, stations=["epi"])
    _lan(monkeypatch, other.url, hub.url)
    code = main(["--class", SOUDURE, "--student", "Léa", "--headless", "--autoplay",
                 "--data-dir", str(tmp_path)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert f"found the hub of session {SOUDURE} at {hub.url}" in out.err
    line = json.loads(out.out.strip().splitlines()[-1])
    assert line["classroom"]["offline"] is False and line["classroom"]["synced"]
    assert [s["station_id"] for s in hub.of("step")] == ["epi"] and not other.records


def test_no_hub_on_the_lan_is_said_with_what_to_type(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                     capsys) -> None:
    _lan(monkeypatch)  # multicast blocked: nothing heard
    code = main(["--class", SOUDURE, "--student", "Léa", "--headless", "--autoplay",
                 "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"no hub on the local network knows session {SOUDURE}" in err
    assert "--hub 192.168.1.20:8765" in err and "--class-file" in err


@pytest.mark.slow
def test_the_last_words_say_where_the_results_are_in_english_too(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 fake_hub, capsys) -> None:
    stick = tmp_path / "usb" / "tom.jsonl"
    assert main(["--class", SOUDURE, "--student", "Tom", "--class-file", str(stick),
                 "--lang", "en", "--headless", "--autoplay", "--frames", "400",
                 "--data-dir", str(tmp_path / "a")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-2] == (f"classroom: Your results are in {stick}: give this file (or the "
                       "stick) to your trainer, who reads it with « class import ».")
    hub = fake_hub(code=SOUDURE, world=1)
    assert main(["--class", SOUDURE, "--student", "Tom", "--hub", hub.url, "--lang", "en",
                 "--headless", "--autoplay", "--frames", "400",
                 "--data-dir", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-2].startswith(f"classroom: Your results reached your trainer's hub ({hub.url})")
    hub.down = True
    assert main(["--class", SOUDURE, "--student", "Tom", "--hub", hub.url, "--hub-wait", "0.5",
                 "--headless", "--autoplay", "--frames", "400",
                 "--data-dir", str(tmp_path / "c")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    local = tmp_path / "c" / "classroom" / f"{SOUDURE}.jsonl"
    assert out[-2].startswith(f"classroom: Le hub ({hub.url}) n'a pas encore reçu tous tes "
                              f"résultats : ils sont sur ce PC, dans {local}.")
