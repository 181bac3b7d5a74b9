"""Parameters of the weld pass: the joint line and the tolerance bands."""
from __future__ import annotations

import math
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from game.tasks.base import TargetBand, TaskParams

MIN_SEAM_MM = 20.0  # shorter, the pass would end almost as soon as it starts


def _fmt(value: float) -> str:
    return f"{value:g}"


class Band(BaseModel):
    """A tolerance around zero, in millimetres (aim: distance to the joint)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    tolerance: float

    @field_validator("tolerance")
    @classmethod
    def _positive(cls, value: float) -> float:
        if not value > 0:
            raise ValueError(f"a tolerance must be above 0 mm; got {_fmt(value)}")
        return value


class SpeedBand(TargetBand, BaseModel):
    """Travel speed band: ``target`` ± ``tolerance``, in millimetres per second."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    target: float
    tolerance: float

    @model_validator(mode="after")
    def _sensible(self) -> SpeedBand:
        if not self.target > 0:
            raise ValueError(f"the target speed must be above 0 mm/s; got {_fmt(self.target)}")
        if not self.tolerance > 0:
            raise ValueError(
                f"the speed tolerance must be above 0 mm/s; got {_fmt(self.tolerance)}"
            )
        if self.tolerance >= self.target:
            raise ValueError(
                f"the speed tolerance ({_fmt(self.tolerance)} mm/s) must be smaller than the "
                f"target ({_fmt(self.target)} mm/s), or standing still would count as in band"
            )
        return self


class TraceParams(TaskParams):
    """``type: trace`` — the weld pass along ``seam_mm``."""

    type: Literal["trace"]
    seam_mm: list[tuple[float, float]]
    speed_mm_s: SpeedBand
    aim_mm: Band
    steadiness_mm: Band
    source: str | None = None

    @field_validator("seam_mm")
    @classmethod
    def _usable_seam(cls, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        if len(points) < 2:
            raise ValueError(
                f"the seam needs at least two points, e.g. [[0, 0], [120, 0]]; it has {len(points)}"
            )
        for i, (a, b) in enumerate(pairwise(points), start=1):
            if not all(math.isfinite(v) for v in (*a, *b)):
                raise ValueError(f"seam point {i} or {i + 1} is not a finite number")
            if a == b:
                raise ValueError(
                    f"seam points {i} and {i + 1} are the same point ({_fmt(a[0])}, "
                    f"{_fmt(a[1])}); remove one of them"
                )
        length = sum(math.dist(a, b) for a, b in pairwise(points))
        if length < MIN_SEAM_MM:
            raise ValueError(
                f"the seam is only {length:.3g} mm long; make it at least {MIN_SEAM_MM:g} mm "
                "so that there is a pass to measure"
            )
        return points
