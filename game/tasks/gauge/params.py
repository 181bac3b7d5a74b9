"""Parameters of a gauge task: the scale, the target zone, and how the needle moves."""
from __future__ import annotations

import math
from typing import Literal

from pydantic import Field, model_validator

from game.scenario.text import LocalText
from game.tasks.base import TargetBand, TaskParams

MAX_ZONE_SHARE = 0.5  # a zone wider than this share of the scale makes aiming pointless
MIN_SWEEP_S = 0.5  # faster, the needle is a blur
MAX_ROUNDS = 10
MAX_DRIFT_PER_TOL = 5.0  # hold mode: a stronger drift (tolerances per second) beats any hand


def _fmt(value: float) -> str:
    return f"{value:g}"


class GaugeParams(TargetBand, TaskParams):
    """``type: gauge`` — stop a sweeping needle in the zone, or hold it there against a drift.

    The zone is ``target`` ± ``tolerance`` on a scale from ``min`` to ``max`` (in ``unit``).
    ``style`` draws the gauge as a round ``dial`` (a manometer) or a straight ``bar``.
    """

    type: Literal["gauge"]
    mode: Literal["stop", "hold"] = "stop"
    style: Literal["dial", "bar"] = Field(
        default="dial", description="dial: a round gauge; bar: a straight scale"
    )
    label: LocalText
    unit: str = Field(description="shown after the numbers, e.g. µm, bar, N·m")
    min: float
    max: float
    target: float
    tolerance: float = Field(description="the zone is target ± tolerance")
    rounds: int = Field(default=3, description="stop mode: how many needle stops")
    sweep_s: float = Field(default=2.5, description="stop mode: seconds to cross the scale")
    hold_s: float = Field(default=10.0, description="hold mode: seconds to hold the needle")
    drift: float = Field(default=15.0, description="hold mode: push on the needle, units per s")
    explain: LocalText | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _sensible(self) -> GaugeParams:
        lo, hi, unit = self.min, self.max, self.unit
        numbers = {"min": lo, "max": hi, "target": self.target, "tolerance": self.tolerance,
                   "sweep_s": self.sweep_s, "hold_s": self.hold_s, "drift": self.drift}
        for name, value in numbers.items():
            if not math.isfinite(value):
                raise ValueError(f"{name} must be a number; got {value}")
        if not hi > lo:
            raise ValueError(f"max ({_fmt(hi)}) must be above min ({_fmt(lo)})")
        if not self.tolerance > 0:
            raise ValueError(f"the tolerance must be above 0 {unit}; got {_fmt(self.tolerance)}")
        zone_lo, zone_hi = self.target - self.tolerance, self.target + self.tolerance
        if zone_lo < lo or zone_hi > hi:
            raise ValueError(
                f"the zone {_fmt(zone_lo)}–{_fmt(zone_hi)} {unit} (target ± tolerance) must lie "
                f"on the scale {_fmt(lo)}–{_fmt(hi)} {unit}; move the target or widen the scale"
            )
        share = 2 * self.tolerance / (hi - lo)
        if share > MAX_ZONE_SHARE:
            raise ValueError(
                f"the zone covers {round(100 * share)} % of the scale; keep it under "
                f"{round(100 * MAX_ZONE_SHARE)} % (a smaller tolerance) so that aiming matters"
            )
        if not 1 <= self.rounds <= MAX_ROUNDS:
            raise ValueError(f"rounds must be between 1 and {MAX_ROUNDS}; got {self.rounds}")
        if self.sweep_s < MIN_SWEEP_S:
            raise ValueError(
                f"sweep_s must be at least {_fmt(MIN_SWEEP_S)} s, or the needle is a blur; "
                f"got {_fmt(self.sweep_s)}"
            )
        if not self.hold_s > 0:
            raise ValueError(f"hold_s must be above 0 seconds; got {_fmt(self.hold_s)}")
        if self.drift < 0:
            raise ValueError(
                f"drift is a strength ({unit} per second), 0 or more; got {_fmt(self.drift)}"
            )
        if self.mode == "hold" and self.drift > MAX_DRIFT_PER_TOL * self.tolerance:
            raise ValueError(
                f"a drift of {_fmt(self.drift)} {unit}/s would throw the needle out of a "
                f"± {_fmt(self.tolerance)} {unit} zone faster than anyone can react; keep drift "
                f"at most {_fmt(MAX_DRIFT_PER_TOL)} × tolerance "
                f"({_fmt(MAX_DRIFT_PER_TOL * self.tolerance)} {unit}/s here)"
            )
        return self

    @property
    def span(self) -> float:
        return self.max - self.min
