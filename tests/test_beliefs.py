"""The before/after question's rules: a fixed set of items, and what an answer change means."""
from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from game import beliefs
from game.progress import Tour
from game.scenario.loader import load_scenario


@pytest.fixture(scope="module")
def model(scenario_path: Path):  # type: ignore[no-untyped-def]
    return load_scenario(scenario_path).model


def test_every_route_asks_the_same_statements_then_two_items_per_world(model) -> None:  # type: ignore[no-untyped-def]
    """Per world, « Je me sens capable » (self-efficacy) then « … pourrait me plaire »
    (interest): two things, asked apart (the issue's « Ce métier pourrait me plaire »)."""
    everything = beliefs.items_for(model, [w.id for w in model.worlds])
    one = beliefs.items_for(model, ["maintenance"])
    statements = [i for i in everything if i.statement]
    assert [i.id for i in one if i.statement] == [i.id for i in statements]
    assert [i.world_id for i in everything if not i.statement] == \
        [w.id for w in model.worlds for _ in ("capable", "interest")]
    assert [i.id for i in one if not i.statement] == ["capable:maintenance", "plaire:maintenance"]
    assert [i.facet for i in one] == [None] * len(statements) + ["capable", "interest"]
    # half worded as the stereotype, half as its opposite
    kinds = [i.kind for i in statements]
    assert len(kinds) >= 4 and kinds.count("stereotype") == kinds.count("counter")
    fr = [i.text.get("fr") for i in everything]
    assert all(t.strip() and i.text.get("en") != t for i, t in zip(everything, fr, strict=True))
    assert all(i.text.get("fr").startswith("Je me sens capable") for i in everything
               if i.facet == "capable")
    assert all(i.text.get("fr").endswith("pourrait me plaire.")
               and i.text.get("en").startswith("I could enjoy")
               for i in everything if i.facet == "interest")


def test_a_world_without_an_interest_item_asks_only_the_capable_one(model) -> None:  # type: ignore[no-untyped-def]
    probe = model.probe.model_copy(update={"interest": {}})
    bare = model.model_copy(update={"probe": probe})
    assert [i.id for i in beliefs.items_for(bare, ["agro"]) if not i.statement] == \
        ["capable:agro"]
    assert beliefs.facet("plaire:agro") == "interest" and beliefs.facet("capable:agro") == \
        "capable" and beliefs.facet("force") is None


def test_no_statement_questions_what_girls_can_do_just_before_a_task(model) -> None:  # type: ignore[no-untyped-def]
    """Stereotype threat: no « les filles ne sont pas douées… » before a timed task."""
    for item in beliefs.items_for(model, [w.id for w in model.worlds]):
        text = item.text.get("fr").lower()
        assert "fille" not in text and "douée" not in text, text


def test_agreement_is_read_through_the_wording() -> None:
    assert beliefs.leaning("stereotype", 5) == 1 and beliefs.leaning("stereotype", 1) == 5
    assert beliefs.leaning("counter", 5) == 5 and beliefs.leaning("self", 2) == 2
    assert beliefs.change("stereotype", 4, 2) == 2  # less agreement with the stereotype
    assert beliefs.change("counter", 4, 2) == -2  # less agreement with its opposite
    assert beliefs.change("counter", None, 2) is None


def test_minds_changed_lists_the_statements_she_now_sides_with_the_fact_on(model) -> None:  # type: ignore[no-untyped-def]
    tour = Tour(model, ["soudure"], datetime(2026, 5, 4, 10))
    tour.probe_items = beliefs.items_for(model, tour.world_ids)
    stereo = next(i.id for i in tour.probe_items if i.kind == "stereotype")
    counter = next(i.id for i in tour.probe_items if i.kind == "counter")
    other = [i.id for i in tour.probe_items if i.statement and i.id not in (stereo, counter)]
    tour.probe_before = {stereo: 4, counter: 2, "capable:soudure": 1, "plaire:soudure": 1,
                         other[0]: 3, other[1]: 5}
    tour.probe_after = {stereo: 2, counter: 4, "capable:soudure": 5, "plaire:soudure": 5,
                        other[0]: 3}
    assert beliefs.tour_minds_changed(tour) == [stereo, counter]  # self items are no belief
    tour.probe_after[stereo] = 5  # towards the stereotype: not counted
    assert beliefs.tour_minds_changed(tour) == [counter]
    tour.probe_after[counter] = 3  # from disagreeing to unsure: no change of mind yet
    assert beliefs.tour_minds_changed(tour) == []
    tour.probe_before[counter], tour.probe_after[counter] = 4, 5  # she agreed already
    tour.probe_before[stereo], tour.probe_after[stereo] = 3, 2  # unsure, then disagrees
    assert beliefs.tour_minds_changed(tour) == [stereo]
    tour.probe_after = {"_skipped": 0}
    assert beliefs.tour_minds_changed(tour) == []


def test_a_scenario_without_probe_asks_three_of_the_myths_met(model) -> None:  # type: ignore[no-untyped-def]
    bare = model.model_copy(update={"probe": None})
    met = [m.id for m in model.myths][:5]
    items = beliefs.items_for(bare, ["agro"], met)
    assert [i.id for i in items if i.statement] == met[:beliefs.FALLBACK_SIZE]
    assert all(i.kind == "stereotype" for i in items if i.statement)
    generic = items[-1].text
    assert generic.get("fr").endswith("Agroalimentaire.") and "Food industry" in generic.get("en")


def test_the_decouverte_asks_one_statement_each_way_and_one_item_about_herself(model) -> None:  # type: ignore[no-untyped-def]
    """Planned missing data: a short visit answers a subset, rotated from visitor to visitor,
    so that across visitors every item is asked as often and gets paired answers."""
    worlds = ["soudure", "maintenance", "batteries"]
    every = beliefs.items_for(model, worlds)
    visits = [beliefs.items_for(model, worlds, (), rotation=k) for k in range(54)]
    for items in visits:
        assert sorted(i.kind for i in items) == ["counter", "self", "stereotype"]
        order = [i.id for i in every]
        assert [order.index(i.id) for i in items] == sorted(order.index(i.id) for i in items)
    asked = Counter(i.id for items in visits for i in items)
    assert set(asked) == {i.id for i in every}
    assert set(asked.values()) == {9, 18}  # balanced: each self item 9 times, statements 18
    pairs = {tuple(i.id for i in items if i.statement) for items in visits}
    assert len(pairs) == 9  # each stereotype statement meets each counter one
    triples = {tuple(i.id for i in items) for items in visits}
    assert len(triples) == 54  # ... and each pair each item about herself, once
    assert len({visits[k][-1].id for k in range(6)}) == 6  # the next visitors: a new one each
    assert [i.id for i in beliefs.items_for(model, worlds, (), rotation=4)] == \
        [i.id for i in visits[4]]  # the same visitor's items, asked before and after


def test_per_visit_sizes_come_from_the_scenario(model) -> None:  # type: ignore[no-untyped-def]
    items = beliefs.items_for(model, ["soudure", "maintenance"])
    four = beliefs.per_visit(items, statements=4, capable=2, rotation=1)
    assert Counter(i.kind for i in four) == {"stereotype": 2, "counter": 2, "self": 2}
    three = beliefs.per_visit(items, statements=3, capable=0, rotation=0)
    assert Counter(i.kind for i in three) == {"stereotype": 2, "counter": 1}
    only_stereotypes = [i for i in items if i.kind != "counter"]
    assert Counter(i.kind for i in beliefs.per_visit(only_stereotypes, 2, 1, 5)) == \
        {"stereotype": 2, "self": 1}
    assert beliefs.per_visit(items, 12, 5, 3) == items  # more than there are: every item
