"""The fixed-step loop: the simulation runs at the same pace whatever the frame rate."""
from __future__ import annotations

import pytest

from game.clock import FakeClock
from game.loop import MAX_STEPS_PER_FRAME, STEP_S, FixedStep


def test_no_time_no_step():
    clock = FakeClock()
    loop = FixedStep(clock)
    assert loop.steps() == 0


@pytest.mark.parametrize(("fps", "frames"), [(60, 600), (30, 300), (144, 1440), (50, 500)])
def test_ten_seconds_simulate_six_hundred_steps_at_any_frame_rate(fps, frames):
    clock = FakeClock(1000.0)  # a clock far from zero, like perf_counter
    loop = FixedStep(clock)
    total = 0
    for _ in range(frames):
        clock.advance(1 / fps)
        total += loop.steps()
    assert abs(total - 600) <= 1


def test_leftover_time_carries_to_the_next_frame():
    clock = FakeClock()
    loop = FixedStep(clock, step=0.25)
    clock.advance(0.375)
    assert loop.steps() == 1
    clock.advance(0.125)  # 0.125 carried + 0.125 = one whole step
    assert loop.steps() == 1
    clock.advance(0.24)  # nothing carried any more: short of a step
    assert loop.steps() == 0


def test_short_frames_accumulate_into_a_step():
    clock = FakeClock()
    loop = FixedStep(clock, step=0.25)
    results = []
    for _ in range(4):
        clock.advance(0.125)
        results.append(loop.steps())
    assert results == [0, 1, 0, 1]


def test_every_whole_step_is_run_at_once_and_less_than_one_is_carried():
    clock = FakeClock()
    loop = FixedStep(clock, step=0.25)
    elapsed, total = 0.0, 0
    for dt in (0.0625, 0.5, 0.125, 0.75, 0.0625, 1.0):  # binary fractions: exact sums
        clock.advance(dt)
        elapsed += dt
        total += loop.steps()
        assert total == int(elapsed / 0.25)  # never a whole step left behind, never one early


def test_a_stall_is_capped_and_the_lost_time_dropped():
    clock = FakeClock()
    loop = FixedStep(clock)
    clock.advance(3.0)  # the window was dragged, the disk spun up...
    assert loop.steps() == MAX_STEPS_PER_FRAME
    # no spiral: the next ordinary frames run one step each, not the remaining 175
    total = 0
    for _ in range(10):
        clock.advance(STEP_S)
        total += loop.steps()
    assert abs(total - 10) <= 1


def test_after_a_stall_the_next_frame_starts_from_an_empty_accumulator():
    clock = FakeClock()
    loop = FixedStep(clock, step=0.25, max_steps=5)
    clock.advance(10.125)
    assert loop.steps() == 5
    clock.advance(0.125)  # the stall's 0.125 was dropped with the rest: still short of a step
    assert loop.steps() == 0
    clock.advance(0.125)
    assert loop.steps() == 1


def test_custom_cap():
    clock = FakeClock()
    loop = FixedStep(clock, step=0.1, max_steps=2)
    clock.advance(1.05)
    assert loop.steps() == 2
    clock.advance(0.06)  # the 0.05 over was dropped with the rest of the stall
    assert loop.steps() == 0


def test_time_going_backwards_does_not_run_or_rewind():
    clock = FakeClock(10.0)
    loop = FixedStep(clock, step=0.25)
    clock.t = 9.0
    assert loop.steps() == 0
    clock.advance(0.25)
    assert loop.steps() == 1
