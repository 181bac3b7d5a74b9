"""On the results: « Tu as changé d'avis sur N idées reçues », with the statements, each
worded as what is true: « Faux : » before a stereotype she no longer agrees with, « Vrai : »
before its opposite she now agrees with; in a band beside the title (a grand tour's long
table may run past its panel's bottom edge)."""
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

BAND = pygame.Rect(760, 24, 1100, 124)  # beside the title, above the table and the jobs
MAX_SHOWN = 2


def lines(ctx: Context) -> list[str]:
    """The heading and the statements she changed her mind about (nothing if none)."""
    tour = ctx.current_tour()
    ids = tour_minds_changed(tour)  # game.beliefs reads each wording (stereotype or not)
    if not ids:
        return []
    items = {item.id: item for item in tour.probe_items}

    def verdict(item_id: str) -> str:
        item = items[item_id]  # a stereotype is false; a statement worded as its opposite, true
        return ctx.tr("labelled", label=ctx.tr("false" if item.kind == "stereotype" else "true"),
                      value=ctx.tr("quoted", s=item.text.get(ctx.lang)))

    return [ctx.tr("minds_changed", n=len(ids)), *(verdict(i) for i in ids[:MAX_SHOWN])]


def band_rect(ctx: Context) -> pygame.Rect:
    """Where the band goes: beside the title, never over it, whatever its size."""
    title_w = ctx.text.render(ctx.tr("results"), theme.TEXT_TITLE, ctx.palette.ink).get_width()
    band = BAND.copy()
    band.left = max(BAND.x, 60 + title_w + 40)
    band.w = BAND.right - band.left
    return band


def paint(surface: pygame.Surface, ctx: Context) -> None:
    shown = lines(ctx)
    if not shown:
        return
    pal, t = ctx.palette, ctx.text
    band = band_rect(ctx)
    draw.panel(surface, pal, band, pal.white, radius=20, shadow=4, border=pal.success)
    draw.check_mark(surface, (band.x + 44, band.y + 34), 34, pal.success)
    head = t.render(shown[0], theme.TEXT_BODY, pal.ink, width=band.w - 110)
    surface.blit(head, (band.x + 84, band.y + 12))
    body = t.render("   ".join(shown[1:]), theme.TEXT_SMALL, pal.ink, width=band.w - 110)
    room = band.bottom - band.y - 26 - head.get_height()
    if room > 0:
        surface.blit(body, (band.x + 84, band.y + 18 + head.get_height()),
                     pygame.Rect(0, 0, band.w - 110, room))
