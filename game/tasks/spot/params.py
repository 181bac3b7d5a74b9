"""Parameters of a spot task: a picture, the faults to find in it, and decoys."""
from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from game.scenario.refs import Asset
from game.scenario.text import LocalText
from game.tasks.base import ItemId as Id
from game.tasks.base import TaskParams

MIN_DECOYS = 2  # a keyboard player cycles through every area: there must be a choice
OUTLINE_POINTS = 200  # corners of one outline at most


class Area(BaseModel):
    """A circle in the picture, in the image's own pixels (``x``, ``y`` from the top left),
    and optionally the outline of what the picture draws there (a tap on it counts too)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id
    x: float
    y: float
    radius: float
    outline: list[tuple[float, float]] | None = Field(
        None, description="the drawn object's outline, [[x, y], …] in image pixels (3 to "
        f"{OUTLINE_POINTS} corners): a tap inside it counts even outside the circle")
    label: LocalText
    explain: LocalText

    @model_validator(mode="after")
    def _placed(self) -> Area:
        for name in ("x", "y", "radius"):
            if not math.isfinite(getattr(self, name)):
                raise ValueError(f"{name} of '{self.id}' must be a number")
        if self.x < 0 or self.y < 0:
            raise ValueError(
                f"'{self.id}' is at ({self.x:g}, {self.y:g}); positions are image pixels "
                "counted from the top-left corner, so x and y must be 0 or more"
            )
        if not self.radius > 0:
            raise ValueError(
                f"the radius of '{self.id}' must be above 0 pixels; got {self.radius:g}"
            )
        if self.outline is not None:
            if not 3 <= len(self.outline) <= OUTLINE_POINTS:
                raise ValueError(
                    f"the outline of '{self.id}' has {len(self.outline)} corners; an outline "
                    f"needs 3 to {OUTLINE_POINTS}"
                )
            for x, y in self.outline:
                if not (math.isfinite(x) and math.isfinite(y)) or x < 0 or y < 0:
                    raise ValueError(
                        f"the outline of '{self.id}' has a corner at ({x:g}, {y:g}); corners "
                        "are image pixels from the top-left corner, 0 or more"
                    )
        return self


class SpotParams(TaskParams):
    """``type: spot`` — tap the faults (``hotspots``) in ``image``; ``decoys`` are fine."""

    type: Literal["spot"]
    image: Asset = Field(description="the picture, relative to the scenario folder")
    hotspots: list[Area] = Field(description="what to find (at least one)")
    decoys: list[Area] = Field(description="places that look suspicious but are fine (2+)")
    extras: list[Area] = Field(
        default_factory=list,
        description="faults the picture shows that this version does not ask for (the "
                    "découverte keeps its first express_items hotspots and moves the rest "
                    "here): a tap on one counts as a fault found, as a hotspot does")

    @model_validator(mode="after")
    def _enough(self) -> SpotParams:
        if not self.hotspots:
            raise ValueError("a spot task needs at least one hotspot (something to find)")
        if len(self.decoys) < MIN_DECOYS:
            raise ValueError(
                f"a spot task needs at least {MIN_DECOYS} decoys (places that look suspicious "
                f"but are fine), so that a keyboard player, who steps through every area, has "
                f"to choose; it has {len(self.decoys)}"
            )
        seen: dict[str, str] = {}
        for kind, areas in (("hotspot", self.hotspots), ("decoy", self.decoys),
                            ("extra", self.extras)):
            for a in areas:
                if a.id in seen:
                    raise ValueError(
                        f"the id '{a.id}' is used twice (a {seen[a.id]} and a {kind}); "
                        "each hotspot and decoy needs its own id"
                    )
                seen[a.id] = kind
        every = self.areas()
        for i, a in enumerate(every):
            for b in every[i + 1:]:
                if (a.x, a.y) == (b.x, b.y):
                    raise ValueError(
                        f"'{a.id}' and '{b.id}' have the same centre ({a.x:g}, {a.y:g}); "
                        "a tap could not tell them apart"
                    )
        return self

    def areas(self) -> list[Area]:
        return [*self.hotspots, *self.decoys, *self.extras]


def check_image_bounds(params: SpotParams, size: tuple[int, int]) -> list[str]:
    """Problems with the areas once the picture's size (w, h, pixels) is known.

    For the scenario validator: every centre must lie inside the picture, and no circle
    may be so big that it covers most of it.
    """
    w, h = size
    out = []
    for kind, areas in (("hotspot", params.hotspots), ("decoy", params.decoys),
                        ("extra", params.extras)):
        for a in areas:
            if a.x >= w or a.y >= h:
                out.append(
                    f"{kind} '{a.id}' is at ({a.x:g}, {a.y:g}), outside the {w}×{h} image "
                    f"{params.image}; positions are in the image's own pixels"
                )
            elif any(x > w or y > h for x, y in a.outline or ()):
                out.append(
                    f"the outline of {kind} '{a.id}' goes outside the {w}×{h} image "
                    f"{params.image}; corners are in the image's own pixels"
                )
            elif a.radius > min(w, h) / 2:
                out.append(
                    f"{kind} '{a.id}' has a radius of {a.radius:g} px, more than half of the "
                    f"{w}×{h} image; circle only the place that matters"
                )
    return out
