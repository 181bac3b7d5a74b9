"""What a score is from, in words: the route of a game, or its world (the leaderboards).

Pure: no pygame. A game stores its route (``game.flow.ROUTES``: decouverte, world,
grand_tour, class…) and the worlds it completed; a game saved before routes were stored has
only its worlds, which still tell a one-world game from the others.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from game.classroom.code import PROJECTOR_ROUTE
from game.i18n import define, tr

if TYPE_CHECKING:
    from game.scenario.models import Scenario

define({
    "from_decouverte": {"fr": "Découverte", "en": "Discovery"},
    "from_grand_tour": {"fr": "Grand tour", "en": "Full tour"},
    "from_class": {"fr": "Séance en classe", "en": "Class session"},
    "from_worlds": {"fr": "{n} univers", "en": "{n} worlds"},
})
NAMED = {"decouverte": "from_decouverte", "class_decouverte": "from_decouverte",
         "grand_tour": "from_grand_tour", "class": "from_class", PROJECTOR_ROUTE: "from_class"}


def score_from(scenario: Scenario, route: str | None, worlds: Sequence[str], lang: str) -> str:
    """« Découverte », « Grand tour », a world's title, « 2 univers »; "" when nothing is known."""
    key = NAMED.get(route or "")
    if key is not None:
        return tr(key, lang)
    titles = {w.id: w.title.get(lang) for w in scenario.worlds}
    known = [w for w in dict.fromkeys(worlds) if w in titles]
    if len(known) == 1:
        return titles[known[0]]
    if route is None and known and len(known) == len(titles):
        return tr("from_grand_tour", lang)  # an older game: every world
    return tr("from_worlds", lang, n=len(known)) if known else ""


#: what a cut line does not end on before its « … »
CUT_STRIP = " ,;:(&–—"


def fit(text: str, width: int, measure: Callable[[str], int], mark: str = "…",
        more: bool = False) -> str:
    """``text``, or its first words and ``mark`` when it is wider than ``width`` (``measure``
    gives a string's width): a long world title on a narrow board. ``more``: the text goes on
    after it (the last line shown of a cut paragraph), so it ends with ``mark`` even when it
    fits. The one cut at a word of the game; "" when not even its first word fits."""
    if not more and measure(text) <= width:
        return text
    words = text.split(" ")
    while words:
        cut = " ".join(words).rstrip(CUT_STRIP)
        if cut and measure(cut + mark) <= width:
            return cut + mark
        words.pop()
    return ""
