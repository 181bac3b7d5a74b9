"""On the results: « Tu as changé d'avis sur N idées reçues », with the statements (a tick
and the statement: what she no longer believes), in the free band under the table."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.beliefs import tour_minds_changed
from game.i18n import define
from game.ui import draw, theme

if TYPE_CHECKING:
    from game.context import Context

define({
    "minds_changed": {
        "fr": {"one": "Tu as changé d'avis sur {n} idée reçue",
               "other": "Tu as changé d'avis sur {n} idées reçues"},
        "en": {"one": "You changed your mind about {n} myth",
               "other": "You changed your mind about {n} myths"}},
    "quoted": {"fr": "« {s} »", "en": "“{s}”"},
})

BAND = pygame.Rect(60, 950, 1330, 120)  # under the table, beside « Continuer »
MAX_SHOWN = 2


def lines(ctx: Context) -> list[str]:
    """The heading and the statements she changed her mind about (nothing if none)."""
    tour = ctx.current_tour()
    ids = tour_minds_changed(tour)  # game.beliefs reads each wording (stereotype or not)
    if not ids:
        return []
    texts = {item.id: item.text.get(ctx.lang) for item in tour.probe_items}
    return [ctx.tr("minds_changed", n=len(ids)),
            *(ctx.tr("quoted", s=texts[i]) for i in ids[:MAX_SHOWN])]


def paint(surface: pygame.Surface, ctx: Context) -> None:
    shown = lines(ctx)
    if not shown:
        return
    pal, t = ctx.palette, ctx.text
    draw.panel(surface, pal, BAND, pal.white, radius=20, shadow=4, border=pal.success)
    draw.check_mark(surface, (BAND.x + 44, BAND.y + 34), 34, pal.success)
    head = t.render(shown[0], theme.TEXT_BODY, pal.ink)
    surface.blit(head, (BAND.x + 84, BAND.y + 12))
    body = t.render("   ".join(shown[1:]), theme.TEXT_SMALL, pal.ink, width=BAND.w - 110)
    surface.blit(body, (BAND.x + 84, BAND.y + 18 + head.get_height()),
                 pygame.Rect(0, 0, BAND.w - 110, BAND.bottom - BAND.y - 26 - head.get_height()))
