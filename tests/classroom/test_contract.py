"""The classroom's shared contract: the code carries its content; the journal survives bad lines."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from game.classroom import code, journal, spec


def test_every_content_round_trips_through_a_code() -> None:
    seen = set()
    for world in range(code.MAX_WORLDS + 1):
        for route in code.ROUTES:
            for timers in (False, True):
                content = code.CodeContent(world, route, timers)
                text = code.encode(content)
                assert len(text) == code.LENGTH and set(text) <= set(code.ALPHABET)
                assert code.decode(text) == content
                seen.add(text[:2])
    assert len(seen) == (code.MAX_WORLDS + 1) * len(code.ROUTES) * 2  # no two share a head


def test_a_code_is_read_as_typed_and_refused_in_words() -> None:
    text = code.encode(code.CodeContent(2, "decouverte", False))
    typed = f" {text[:3].lower()}-{text[3:]} "
    assert code.decode(typed) == code.CodeContent(2, "decouverte", False)
    assert spec.from_code(typed).code == text
    with pytest.raises(code.BadCode, match="6 letters"):
        code.decode("ABC")
    with pytest.raises(code.BadCode, match="no I, O"):
        code.decode("ABCDIO")


def test_the_alphabet_has_no_look_alikes() -> None:
    assert not set("ILOQUV0123456789") & set(code.ALPHABET)


def test_from_code_gives_the_classroom_defaults() -> None:
    s = spec.from_code(code.encode(code.CodeContent(1, "world", False)))
    assert (s.world, s.route, s.timers, s.speed_bonus, s.stations) == (1, "world", False,
                                                                        False, None)


def _step(student: str = "Léa") -> journal.StepRec:
    return journal.StepRec(
        kind="step", uuid=journal.new_uuid(), session="ABCDEF", student=student,
        device=journal.new_uuid(), at=datetime(2026, 12, 2, 10, tzinfo=UTC),
        world_id="soudure", station_id="s1", task_type="quiz", score=80, stars=2,
        duration_s=41.5, answers=[journal.AnswerRec(
            item_id="q1", prompt="Quel gaz ?", chosen=["Argon"], right=["Argon"],
            correct=True)])


def test_a_journal_keeps_its_good_lines_and_names_the_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "usb" / "lea.jsonl"
    j = journal.Journal(path)
    first, second = _step(), _step("Inès")
    j.append(first)
    with open(path, "a", encoding="utf-8") as out:
        out.write("{not json\n")
        out.write(json.dumps({**journal.dump(first), "score": 400}) + "\n")
    j.append(second)
    got = journal.read(path)
    assert [r.uuid for r in got.records] == [first.uuid, second.uuid]
    assert got.records[0] == first  # the same value back, answers included
    assert len(got.problems) == 2
    assert got.problems[0].startswith(f"{path}:2: not JSON")
    assert got.problems[1].startswith(f"{path}:3: step.score")


def test_a_missing_journal_is_said_not_raised(tmp_path: Path) -> None:
    got = journal.read(tmp_path / "absent.jsonl")
    assert got.records == [] and "cannot read" in got.problems[0]


def test_the_projector_s_route_is_one_name_everywhere() -> None:
    """The projector's route was spelled in four places (the CLI's report, the dashboard's
    CSV, the plan a code opens, the context's « vous »); one constant now: a code made for
    the projector opens the game's projector route, which the leaderboard names as a class's
    and where one world is asked for."""
    from game import context, flow, routes
    from game.classroom.choice import ONE_WORLD_ROUTES

    made = code.decode(code.encode(code.CodeContent(1, code.PROJECTOR_ROUTE, False)))
    assert made.route == code.PROJECTOR_ROUTE == flow.PROJECTOR.id == context.PROJECTOR_ROUTE
    assert spec.from_code(code.encode(made)).route == flow.PROJECTOR.id
    assert routes.NAMED[flow.PROJECTOR.id] == "from_class"
    assert flow.PROJECTOR.id in flow.CLASS_ROUTES
    assert code.PROJECTOR_ROUTE in ONE_WORLD_ROUTES
