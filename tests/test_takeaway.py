"""Which training offers the take-away card shows."""
from __future__ import annotations

from datetime import datetime

import pytest

from game.progress import StationResult, Tour
from game.scenario.loader import load_scenario
from game.takeaway import jobs_met, matching_offers, toggle_liked


@pytest.fixture(scope="module")
def scenario(scenario_path):  # type: ignore[no-untyped-def]
    return load_scenario(scenario_path).model


def tour_with(scenario, scores: dict[str, int]) -> Tour:  # type: ignore[no-untyped-def]
    world = scenario.worlds[0]
    tour = Tour(scenario, [world.id], datetime(2026, 5, 4, 10))
    for station in world.stations:
        if station.id in scores:
            score = scores[station.id]
            tour.record(StationResult(world.id, station.id, station.task.type,
                                      score, 3 if score > 80 else 1, 30.0))
    return tour


def test_offers_follow_the_job_the_player_did_best(scenario) -> None:  # type: ignore[no-untyped-def]
    world = scenario.worlds[0]
    by_job: dict[str, list[str]] = {}
    for s in world.stations:
        by_job.setdefault(s.job.both("fr"), []).append(s.id)
    assert len(by_job) >= 2, "the test needs two different jobs in the first world"
    (job_a, stations_a), (job_b, stations_b) = list(by_job.items())[:2]
    tour = tour_with(scenario, {stations_a[0]: 30, stations_b[0]: 95})
    best = world.station(stations_b[0])
    offers = matching_offers(tour)
    assert offers and offers[0].id == best.trainings[0]
    assert {j.station.job.both("fr") for j in jobs_met(tour)} == {job_a, job_b}


def test_a_liked_job_comes_first_whatever_its_score(scenario) -> None:  # type: ignore[no-untyped-def]
    world = scenario.worlds[0]
    jobs: dict[str, str] = {}
    for s in world.stations:
        jobs.setdefault(s.job.both("fr"), s.id)
    low, high = list(jobs.values())[:2]
    tour = tour_with(scenario, {low: 20, high: 100})
    toggle_liked(tour, world.id, low)
    assert matching_offers(tour)[0].id == world.station(low).trainings[0]
    toggle_liked(tour, world.id, low)  # un-liked: back to the best score
    assert matching_offers(tour)[0].id == world.station(high).trainings[0]


def test_at_most_three_offers_and_never_twice_the_same(scenario) -> None:  # type: ignore[no-untyped-def]
    tour = tour_with(scenario, {s.id: 90 for s in scenario.worlds[0].stations})
    offers = matching_offers(tour)
    assert 1 <= len(offers) <= 3
    assert len({o.id for o in offers}) == len(offers)


def test_no_station_done_means_no_offer(scenario) -> None:  # type: ignore[no-untyped-def]
    assert matching_offers(tour_with(scenario, {})) == []


def test_the_card_ends_on_the_soonest_dated_action_of_the_jobs_met(scenario) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from game.takeaway import card_slots, matching_actions

    world = scenario.worlds[0]
    tour = tour_with(scenario, {s.id: 90 for s in world.stations})
    actions = [a for a in scenario.actions if world.id in a.worlds]
    assert actions, "the default scenario has an action for its first world"
    before = min(a.date for a in actions)
    found = matching_actions(tour, before)
    assert found and all(world.id in a.worlds or not a.worlds for a in found)
    slots = card_slots(matching_offers(tour), found, "fr")
    assert len(slots) <= 3
    _badge, title, text, url = slots[-1]
    assert title == found[0].title.get("fr") and found[0].where("fr") in text
    assert url == found[0].url
    too_late = max(a.valid_until for a in scenario.actions)
    assert matching_actions(tour, date.fromordinal(too_late.toordinal() + 1)) == []


def test_a_visit_of_several_worlds_ends_on_their_two_soonest_actions(scenario) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from game.takeaway import MAX_ACTIONS, card_slots, matching_actions

    worlds = scenario.worlds[:3]  # a découverte: one station in each of three worlds
    tour = Tour(scenario, [w.id for w in worlds], datetime(2026, 12, 1, 10))
    for w in worlds:
        s = w.stations[0]
        tour.record(StationResult(w.id, s.id, s.task.type, 80, 2, 30.0))
    found = matching_actions(tour, date(2026, 12, 1))
    assert len(found) >= MAX_ACTIONS == 2, "each world of the default scenario has an action"
    assert [a.date for a in found] == sorted(a.date for a in found)
    slots = card_slots(matching_offers(tour), found, "fr")
    assert len(slots) == 3
    assert [title for _b, title, _t, _u in slots[1:]] == [a.title.get("fr") for a in found[:2]]
    assert slots[0][1] == matching_offers(tour)[0].title.get("fr"), "the first offer stays"


def test_a_job_met_at_several_stations_keeps_each_stations_own_stars(scenario) -> None:  # type: ignore[no-untyped-def]
    from game.takeaway import card_text, job_line

    world = scenario.worlds[0]
    by_job: dict[str, list[str]] = {}
    for s in world.stations:
        by_job.setdefault(s.job.both("fr"), []).append(s.id)
    name, (one, three, *_) = next((j, ids) for j, ids in by_job.items() if len(ids) >= 2)
    tour = Tour(scenario, [world.id], datetime(2026, 5, 4, 10))
    for sid, score, stars in ((one, 35, 1), (three, 95, 3)):
        tour.record(StationResult(world.id, sid, world.station(sid).task.type, score, stars, 30.0))
    job = next(j for j in jobs_met(tour) if j.station.job.both("fr") == name)
    assert [(s.station.id, s.stars) for s in job.stations] == [(one, 1), (three, 3)]
    assert job_line(job, "fr").endswith("★☆☆ ★★★")  # not ★★★ for the one-star station
    assert "★☆☆ ★★★" in card_text(jobs_met(tour), [], "fr", "Ma carte")


def tours(scenario):  # type: ignore[no-untyped-def]
    """A découverte, each world alone, and the grand tour, every station played."""
    yield [(w, w.stations[:1]) for w in scenario.worlds[:3]]
    for w in scenario.worlds:
        yield [(w, w.stations)]
    yield [(w, w.stations) for w in scenario.worlds]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cards_text_holds_every_offer_and_link_and_stays_small(scenario, lang: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from game.takeaway import MAX_CARD_BYTES, card_slots, card_text, matching_actions
    from game.ui.qr import make

    for played in tours(scenario):
        tour = Tour(scenario, [w.id for w, _ in played], datetime(2026, 5, 4, 10))
        for w, stations in played:
            for s in stations:
                tour.record(StationResult(w.id, s.id, s.task.type, 70, 2, 30.0))
        slots = card_slots(matching_offers(tour), matching_actions(tour, date(2027, 1, 1)), lang)
        text = card_text(jobs_met(tour), slots, lang, "Ma carte métiers · Cap Industrie")
        assert len(text.encode("utf-8")) <= MAX_CARD_BYTES
        for _badge, _title, _text, url in slots:
            assert url is None or url in text
        first = jobs_met(tour)[0].station.job.both(lang)
        assert first in text
        code = make(text)
        assert code.version <= 21, (code.version, text)  # 4 px a module in the card's 440 px


def test_each_training_offer_has_its_own_link(scenario) -> None:  # type: ignore[no-untyped-def]
    """Three offers on a card never lead to one generic page: each link is its own, and
    none is a bare home page."""
    from urllib.parse import urlsplit

    urls = [t.url for t in scenario.trainings if t.url]
    assert len(urls) == len(scenario.trainings)
    assert len(set(urls)) == len(urls), [u for u in urls if urls.count(u) > 1]
    for url in urls:
        parts = urlsplit(url)
        assert parts.scheme == "https" and (parts.path.strip("/") or parts.query), url


def test_a_dated_action_says_its_day_in_words_and_its_place_in_the_language(scenario) -> None:  # type: ignore[no-untyped-def]
    """A playtest: the third offer's badge read « 01/02 » (taken for « 1 of 2 »), and an
    English card showed « Usines partenaires du programme » in French."""
    from datetime import date

    from game.scenario.text import LocalText
    from game.takeaway import card_slots

    action = next(a for a in scenario.actions if a.summary is not None)
    first = action.model_copy(update={"date": date(2027, 2, 1), "place": LocalText.of(
        "Usines partenaires du programme, Hauts-de-France",
        "The programme's partner factories, Hauts-de-France")})
    badge, _title, text, _url = card_slots([], [first], "fr")[-1]
    assert badge == "1er février 2027" and text.startswith("Usines partenaires du programme")
    badge, _title, text, _url = card_slots([], [first], "en")[-1]
    assert badge == "1 February 2027" and text.startswith("The programme's partner factories")
    assert "Usines" not in text
    town = first.model_copy(update={"place": "Dunkerque", "date": date(2027, 3, 18)})
    assert card_slots([], [town], "en")[-1][:3:2] == ("18 March 2027", "Dunkerque — "
                                                      + town.summary.get("en"))


def test_a_training_level_badge_reads_in_the_cards_language(scenario) -> None:  # type: ignore[no-untyped-def]
    """The content review: an English card showed « Titre professionnel » on its offers'
    badges; a diploma's own name (CAP, BTS) stays as it is in every language."""
    from game.takeaway import card_slots

    titled = next(t for t in scenario.trainings if t.id == "tp-sai")
    named = next(t for t in scenario.trainings if t.level == "BTS")
    assert [s[0] for s in card_slots([titled, named], [], "fr")] == ["Titre professionnel", "BTS"]
    assert [s[0] for s in card_slots([titled, named], [], "en")] == ["Professional title", "BTS"]
    french = {"Titre professionnel", "Diplôme d'ingénieur", "Formations batteries"}
    assert not {t.level_in("en") for t in scenario.trainings} & french


def test_every_world_has_a_dated_next_step_on_its_card(scenario) -> None:  # type: ignore[no-untyped-def]
    """The content review: the car and food worlds' visitors left with no dated action; each
    world now has one (examples the programme replaces), in the card's language."""
    from datetime import date

    from game.takeaway import matching_actions

    for world in scenario.worlds:
        tour = Tour(scenario, [world.id], datetime(2026, 12, 2, 10))
        station = world.stations[0]
        tour.record(StationResult(world.id, station.id, station.task.type, 90, 3, 30.0))
        found = matching_actions(tour, date(2027, 1, 4))
        assert any(world.id in a.worlds for a in found), world.id
        assert all(a.where("en") and a.title.get("en") for a in found)
