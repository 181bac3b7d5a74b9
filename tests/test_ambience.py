"""The world's factory sound plays under its floor and its stations, the music when asked;
the loops made by tools/gen_ambience.py join without a click."""
from __future__ import annotations

import itertools
import wave
from pathlib import Path

import pytest

from game.ambience import IN_STATION, ON_FLOOR, wanted
from game.settings import Settings

SOUNDS = Path(__file__).resolve().parents[1] / "assets" / "sounds"


class World:
    def __init__(self, wid: str) -> None:
        self.id = wid


class FloorScene:
    def __init__(self, wid: str) -> None:
        self.world = World(wid)


class TaskScene(FloorScene):
    pass


class Title:
    pass


def test_the_floor_s_world_is_heard_louder_on_it_than_in_a_task() -> None:
    s = Settings()
    assert wanted([FloorScene("soudure")], s)[0] == ("ambience_soudure", ON_FLOOR)
    assert wanted([FloorScene("agro"), TaskScene("agro")], s)[0] == ("ambience_agro",
                                                                     IN_STATION)
    assert wanted([Title()], s) == ((None, 0.0), (None, 0.0))  # no world: silence
    s.music = True
    assert wanted([Title()], s)[1][0] == "music"
    s.ambience = False
    assert wanted([FloorScene("soudure")], s)[0] == (None, 0.0)
    s.sound = False
    assert wanted([FloorScene("soudure")], s) == ((None, 0.0), (None, 0.0))


@pytest.mark.parametrize("name", ["ambience_soudure", "ambience_maintenance",
                                  "ambience_batteries", "ambience_automobile", "ambience_agro",
                                  "music", "arc_close", "arc_far"])
def test_each_loop_exists_and_joins_without_a_click(name: str) -> None:
    with wave.open(str(SOUNDS / f"{name}.wav"), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        assert w.getnframes() / w.getframerate() >= 4
        data = w.readframes(w.getnframes())
    samples = [int.from_bytes(data[i:i + 2], "little", signed=True)
               for i in range(0, len(data), 2)]
    steps = sorted(abs(b - a) for a, b in itertools.pairwise(samples))
    typical = steps[int(len(steps) * 0.999)]
    assert abs(samples[0] - samples[-1]) <= typical  # the wrap is like any other step
    assert max(abs(v) for v in samples) > 3000  # not silence


def test_every_world_of_the_shipped_scenario_has_its_ambience() -> None:
    from game.scenario.loader import load_scenario

    scenario = load_scenario(Path(__file__).resolve().parents[1] / "scenarios" / "cap-industrie")
    for world in scenario.model.worlds:
        assert (SOUNDS / f"ambience_{world.id}.wav").is_file(), world.id
