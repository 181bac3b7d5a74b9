"""What the visitor changed her mind about: the probe's statements she agreed with less
after the stations than before (read from the tour's before and after answers)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.progress import Tour

#: how much an answer agrees with the stereotype a statement says
AGREEMENT = {"agree": 2, "unsure": 1, "disagree": 0}


def changed(tour: Tour) -> list[str]:
    """The myth ids whose after answer agrees less with the stereotype than the before one."""
    out = []
    for myth_id in tour.probe_myths:
        before = AGREEMENT.get(tour.probe_before.get(myth_id, ""))
        after = AGREEMENT.get(tour.probe_after.get(myth_id, ""))
        if before is not None and after is not None and after < before:
            out.append(myth_id)
    return out
