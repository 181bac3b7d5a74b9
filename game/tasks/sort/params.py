"""Parameters of a sort task: bins, and items that each belong in one of them."""
from __future__ import annotations

import difflib
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from game.scenario.refs import Asset
from game.scenario.text import LocalText
from game.tasks.base import ItemId as Id
from game.tasks.base import TaskParams

MIN_BINS, MAX_BINS = 2, 5
MIN_ITEMS, MAX_ITEMS = 3, 12
MAX_ITEM_CHARS = 40  # a card holds a short text; the details go in ``explain``
MAX_LABEL_CHARS = 32


def _short(text: LocalText, most: int, what: str, hint: str = "") -> LocalText:
    for lang, s in text.root.items():
        if len(s) > most:
            raise ValueError(
                f"{what} is {len(s)} characters long in '{lang}'; keep it to {most} so that "
                f"it fits on screen{hint}: \"{s}\""
            )
    return text




class Bin(BaseModel):
    """Where items go: a labelled bin (a grade, a defect type, a waste stream)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id
    label: LocalText
    image: Asset | None = None

    @field_validator("label")
    @classmethod
    def _short_label(cls, value: LocalText) -> LocalText:
        return _short(value, MAX_LABEL_CHARS, "a bin label")


class Item(BaseModel):
    """One card to sort; ``bin`` is the id of the bin it belongs in."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id
    text: LocalText
    image: Asset | None = None
    bin: Id
    explain: LocalText | None = None

    @field_validator("text")
    @classmethod
    def _short_text(cls, value: LocalText) -> LocalText:
        return _short(value, MAX_ITEM_CHARS, "an item's text", " (put the details in explain)")


class SortParams(TaskParams):
    """``type: sort`` — 2 to 5 bins, 3 to 12 items; the game shuffles the items.

    A bin that no item belongs in is allowed (a decoy: "none of these cells is
    scrap"), but the items must spread over at least two bins, or there is
    nothing to sort.
    """

    type: Literal["sort"]
    bins: list[Bin]
    items: list[Item]

    @field_validator("bins")
    @classmethod
    def _bins(cls, bins: list[Bin]) -> list[Bin]:
        if not MIN_BINS <= len(bins) <= MAX_BINS:
            raise ValueError(f"a sort task needs {MIN_BINS} to {MAX_BINS} bins; it has {len(bins)}")
        _unique([b.id for b in bins], "bin")
        return bins

    @field_validator("items")
    @classmethod
    def _items(cls, items: list[Item], info: ValidationInfo) -> list[Item]:
        if not MIN_ITEMS <= len(items) <= MAX_ITEMS:
            raise ValueError(
                f"a sort task needs {MIN_ITEMS} to {MAX_ITEMS} items; it has {len(items)}"
            )
        _unique([i.id for i in items], "item")
        bins: list[Bin] | None = info.data.get("bins")
        if bins is None:  # the bins have their own error already
            return items
        known = [b.id for b in bins]
        for item in items:
            if item.bin not in known:
                close = difflib.get_close_matches(item.bin, known, n=1, cutoff=0.5)
                hint = f"did you mean '{close[0]}'?" if close else \
                    f"the bins are: {', '.join(known)}"
                raise ValueError(
                    f"item '{item.id}' goes in bin '{item.bin}', which does not exist; {hint}"
                )
        used = {item.bin for item in items}
        if len(used) < 2:
            raise ValueError(
                f"every item goes in bin '{next(iter(used))}'; spread the items over at "
                "least two bins, or there is nothing to sort"
            )
        return items

    def bin(self, bin_id: str) -> Bin:
        return next(b for b in self.bins if b.id == bin_id)

    def fewer_choices(self) -> SortParams:
        """One bin fewer for every card: a decoy bin (no card goes there) if there is one,
        else the bin with the fewest cards, with its cards; unchanged where that would leave
        fewer than two bins or too few cards to sort."""
        if len(self.bins) <= MIN_BINS:
            return self
        count = {b.id: sum(1 for i in self.items if i.bin == b.id) for b in self.bins}
        drop = min(reversed(self.bins), key=lambda b: count[b.id]).id
        items = [i for i in self.items if i.bin != drop]
        if len(items) < MIN_ITEMS or len({i.bin for i in items}) < 2:
            return self
        return self.model_copy(update={"bins": [b for b in self.bins if b.id != drop],
                                       "items": items})


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for one in ids:
        if one in seen:
            raise ValueError(f"{what} id '{one}' is used twice; each {what} needs its own id")
        seen.add(one)
