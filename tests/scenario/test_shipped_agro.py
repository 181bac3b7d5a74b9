"""The food world's quality-sampling station judges its samples as the rules it cites do.

Issue 12 asks the agri-food world for quality sampling: Fatou's station has the player sort
check results into « conforme » and « hors limite ». A trade teacher would notice a sample
filed against the rule the station itself states (985 g for a 1 kg bag, −18 °C at the core),
so the figures on the cards are read and checked against those rules here.
"""
from __future__ import annotations

import re

from game.scenario.loader import DEFAULT_SCENARIO, load_scenario

TNE_1KG_G = 15  # décret n° 78-166, art. 4: tolerable negative error from 500 to 1,000 g
FROZEN_MAX_C = -18  # décret n° 64-949, art. 1er: −18 °C or colder at the core


def sampling_station():  # type: ignore[no-untyped-def]
    world = load_scenario(DEFAULT_SCENARIO).model.world("agro")
    return world.station("haccp")


def test_the_food_world_has_a_quality_sampling_station_with_its_sources() -> None:
    station = sampling_station()
    assert station.title.get("fr") == "Prélever et contrôler"
    assert station.title.get("en") == "Quality sampling"
    assert station.task.type == "sort"
    assert {b.id for b in station.task.bins} == {"conforme", "hors-limite"}
    cited = " ".join(station.sources)
    for source in ("78-166", "64-949", "BRCGS", "852/2004", "2011/91/UE"):
        assert source in cited, source
    assert "bts-bioqualite" in station.trainings


def test_each_sample_is_filed_as_the_rule_on_the_station_says() -> None:
    items = sampling_station().task.items
    weighed = checked = 0
    for item in items:
        text = item.text.get("fr").replace("\u00a0", " ")
        weight = re.search(r"Sachet de 1 kg : ([\d ]+) g", text)
        cold = re.search(r"(−\d+) °C à cœur", text)
        if weight:
            grams = int(weight.group(1).replace(" ", ""))
            expected = "conforme" if grams >= 1000 - TNE_1KG_G else "hors-limite"
            assert item.bin == expected, (item.id, grams)
            weighed += 1
        if cold:
            celsius = int(cold.group(1).replace("−", "-"))
            assert item.bin == ("conforme" if celsius <= FROZEN_MAX_C else "hors-limite"), item.id
            checked += 1
    assert weighed >= 3 and checked >= 2
    by_id = {item.id: item.bin for item in items}
    assert by_id["detecteur-rate"] == "hors-limite" and by_id["detecteur-ok"] == "conforme"
    assert by_id["lot-illisible"] == "hors-limite"


def test_an_out_of_limits_sample_says_to_hold_since_the_last_good_check() -> None:
    """What to do with a bad sample is told, in both languages, where the player meets it."""
    station = sampling_station()
    lines = " ".join(line.get("fr") for line in station.intro.lines)
    assert "depuis le dernier bon contrôle" in lines and "chef d'équipe" in lines
    english = " ".join(line.get("en") for line in station.intro.lines)
    assert "since the last good check" in english and "team leader" in english
    failed = next(i for i in station.task.items if i.id == "detecteur-rate")
    assert "depuis le dernier test réussi" in failed.explain.get("fr")
    assert "since the last good test" in failed.explain.get("en")
