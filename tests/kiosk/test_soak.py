"""A whole event day, fast-forwarded: 300 visitors in 14 hours (bench/soak.py does the work);
each tap starts the kiosk's default, the découverte, ending on the nickname and the board."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# a whole event day (~50 s of the suite on this machine), played once for the four checks:
# one xdist worker takes them all (pyproject: --dist loadgroup)
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("soak")]

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from soak import DayResult, run_day  # noqa: E402 - bench/ goes on sys.path first


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> DayResult:
    # draws one step in 600 (every scene and overlay still drawn), idle stretches jumped.
    # A tap now starts the kiosk's découverte with its nickname and board (kiosk.toml's route
    # and leaderboard): finishers take ~75 s at the visitors' pace, walk-aways ~95 s, so 300
    # visits would fit in 10 hours again; the day stays 14 hours so the memory checks below
    # keep comparing the same stretch as before (in a 10-hour day their C-heap growth read
    # 9 MB: the heap fills more slowly when each visitor sees fewer screens, then levels off:
    # 600 visitors over 20 hours stay between 111 and 128 MB, RSS and objects flat)
    return run_day(tmp_path_factory.mktemp("event-day"), visitors=300, hours=14.0, seed=7,
                   draw_every=600)


def test_three_hundred_visitors_in_ten_hours_and_nothing_goes_wrong(day: DayResult) -> None:
    assert day.problems == []  # no exception, every reset clean, every finished game stored
    assert day.visitors >= 300 and 14.0 <= day.simulated_h < 14.1
    assert day.incidents == 0
    assert day.visits_in_db == day.visitors
    assert day.games_in_db == day.finished_games >= 30
    assert day.outcomes.get("walked_away", 0) >= 150  # each of them ended on a clean loop
    assert day.came_back >= 5 and day.nicknames_refused >= 1  # the découverte asks them too


def test_python_objects_stay_flat(day: DayResult) -> None:
    growth = day.objects_growth
    assert growth is not None and abs(growth) < 500  # of about 49 000 live objects


def growth(day: DayResult) -> float:
    """Memory growth after the warm-up: the C heap in use (glibc), else the RSS (where the two
    checks then read one figure; on glibc they read two)."""
    value = day.heap_growth_mb if day.heap_growth_mb is not None else day.rss_growth_mb
    if value is None:
        pytest.skip("no memory figure on this system")
    return value


def test_the_process_does_not_run_away(day: DayResult) -> None:
    # what the system sees (RSS: the heap plus what the allocator keeps, fragmentation
    # included), a different figure from the heap below: either can fail alone. Without a heap
    # figure the check below reads the RSS itself against 8 MB, and this one could not fail.
    if day.rss_growth_mb is None:
        pytest.skip("no RSS figure on this system")
    if day.heap_growth_mb is None:
        pytest.skip("no C heap figure here (glibc 2.33+): test_memory_stays_flat holds the RSS "
                    "itself to 8 MB")
    assert day.rss_growth_mb < 48


def test_memory_stays_flat(day: DayResult) -> None:
    assert growth(day) < 8
