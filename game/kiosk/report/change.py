"""The before/after change of one item, from the paired answers: counts, mean and 95 % interval.

Each paired answer (the same game answered before and after) gives a difference in points
on the 5-point scale, read away from the stereotype (:func:`game.beliefs.change`): +2 is
« plutôt d'accord » → « plutôt pas d'accord » on a statement worded as the stereotype. The
mean difference gets a 95 % confidence interval from Student's t (the paired t interval).
Below :data:`MIN_PAIRED` pairs the interval is still computed but the report says the number
is too small to conclude; an interval that holds 0 is reported as no measurable change, and
a mean under :data:`SMALL` point as a small change — small effects are reported as small.
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

MIN_PAIRED = 10  # fewer pairs: "too few to conclude"
SMALL = 0.5  # points on the 5-point scale: a smaller mean change is called small

# Student's t, two-sided 95 % (the 0.975 quantile), for 1 to 30 degrees of freedom
_T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
         2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
         2.060, 2.056, 2.052, 2.048, 2.045, 2.042)
_Z975 = 1.959964

Verdict = Literal["none", "too_few", "no_change", "small", "clear"]


def t975(df: int) -> float:
    """The 0.975 quantile of Student's t with ``df`` degrees of freedom (df ≥ 1).

    A table to 30, then the Cornish-Fisher expansion (error under 0.001 there).
    """
    if df < 1:
        raise ValueError("at least one degree of freedom")
    if df <= len(_T975):
        return _T975[df - 1]
    z = _Z975
    return (z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3))


@dataclass(frozen=True)
class Change:
    """The paired differences of one item, summed up."""

    paired: int
    away: int  # moved away from the stereotype (a self item: more confident)
    same: int
    toward: int  # moved toward it (a self item: less confident)
    mean: float | None  # mean difference in points; None without pairs
    low: float | None  # the 95 % interval; None with fewer than two pairs
    high: float | None

    @property
    def verdict(self) -> Verdict:
        if self.paired == 0 or self.mean is None:
            return "none"
        if self.paired < MIN_PAIRED or self.low is None or self.high is None:
            return "too_few"
        if self.low <= 0.0 <= self.high:
            return "no_change"
        return "small" if abs(self.mean) < SMALL else "clear"


def paired_change(differences: Sequence[int]) -> Change:
    """Counts, mean and 95 % interval of ``differences`` (after minus before, in points)."""
    n = len(differences)
    away = sum(1 for d in differences if d > 0)
    toward = sum(1 for d in differences if d < 0)
    if n == 0:
        return Change(0, 0, 0, 0, None, None, None)
    mean = statistics.fmean(differences)
    if n < 2:
        return Change(n, away, n - away - toward, toward, mean, None, None)
    half = t975(n - 1) * statistics.stdev(differences) / math.sqrt(n)
    return Change(n, away, n - away - toward, toward, mean, mean - half, mean + half)
