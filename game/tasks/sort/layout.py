"""Where the sort task's tray, cards, bins and chips go, sized once from the content.

Nothing moves while the player plays: every card keeps a home slot in the tray, and
the bins are tall enough to hold every card at once (a player may put all of them in
one bin). Texts get one size per kind (cards, chips), the largest at which every text
fits its box without cutting a word.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.tasks.sort.rules import SortRules
from game.ui import theme
from game.ui.text import TextCache

HINT_H = 46  # the line of help above the tray
GAP = 18  # between the tray, the bins and the side column
PAD = 14  # inside the tray and the bins
SIDE_W = 360  # the column with the count and the Check button
CARD_GAP = 12
CHIP_GAP = 8
CHIP_MIN_W = 150
CHIP_MIN_H = 64  # a touch target
CHIP_MAX_H = 100
CARD_MIN_H = 100
CARD_MAX_H = 140  # a text card; a picture card may be taller
PICTURE_CARD_MAX_H = 300
THUMB = (96, 64)  # a card's picture, small, on its chip
CARD_SIZES = (theme.TEXT_BODY, 34, theme.TEXT_SMALL, 26, 22)
CHIP_SIZES = (theme.TEXT_SMALL, 26, 24, 22, 20)
LABEL_SIZES = (theme.TEXT_BODY, 34, theme.TEXT_SMALL, 26)
NARROW_BINS = 4  # from this many bins, their labels take one line if a smaller size allows
READABLE_CHIP_PT = theme.TEXT_SMALL  # below this, the cards give up some size to the chips



def uniform_size(text: TextCache, texts: list[str], sizes: tuple[int, ...], width: int,
                 height: int) -> int | None:
    """The largest of ``sizes`` at which every text fits, or None."""
    for size in sizes:
        if all(text.fits(s, size, width, height) for s in texts):
            return size
    return None



@dataclass
class SortLayout:
    tray: pygame.Rect
    side: pygame.Rect
    submit: pygame.Rect
    slots: dict[str, pygame.Rect]  # item id -> home slot in the tray
    bins: dict[str, pygame.Rect]
    header_h: int
    label_pt: int  # bin labels
    card_size: tuple[int, int]
    card_pt: int
    picture_h: int  # 0 for text cards
    chip_cols: int
    chip_size: tuple[int, int]
    chip_pt: int
    thumb: tuple[int, int] | None

    def chips(self, bin_id: str, items: list[str]) -> dict[str, pygame.Rect]:
        """Where the cards placed in a bin sit, in the order given."""
        box, (w, h) = self.bins[bin_id], self.chip_size
        out = {}
        for k, item_id in enumerate(items):
            row, col = divmod(k, self.chip_cols)
            out[item_id] = pygame.Rect(box.x + PAD + col * (w + CHIP_GAP),
                                       box.y + self.header_h + PAD + row * (h + CHIP_GAP), w, h)
        return out


def layout(text: TextCache, rules: SortRules, area: pygame.Rect, lang: str) -> SortLayout:
    """The tray's cards take the largest text that leaves the chips the small text size."""
    pictures = any(rules.item(i).image for i in rules.order)
    tried: list[SortLayout] = []
    for cap in CARD_SIZES[:3]:
        lay = _layout(text, rules, area, lang, pictures, thumbs=pictures, card_cap=cap)
        if lay is None:  # narrow bins: chips show the text only, the cards keep their pictures
            lay = _layout(text, rules, area, lang, pictures, thumbs=False, card_cap=cap)
        assert lay is not None
        if lay.chip_pt >= READABLE_CHIP_PT:
            return lay
        tried.append(lay)
    return max(tried, key=lambda lay: (lay.chip_pt, lay.card_pt))


def _layout(text: TextCache, rules: SortRules, area: pygame.Rect, lang: str, pictures: bool,
            thumbs: bool, card_cap: int) -> SortLayout | None:
    """The layout with card text at most ``card_cap``, or None if chips with thumbnails
    leave the tray too little room."""
    card_sizes = tuple(s for s in CARD_SIZES if s <= card_cap)
    n, nb = len(rules.order), len(rules.bin_ids)
    texts = [rules.item(i).text.get(lang) for i in rules.order]
    thumb = THUMB if thumbs else None
    chip_min_h = max(CHIP_MIN_H, THUMB[1] + 12) if thumbs else CHIP_MIN_H

    bin_w = (area.w - (nb - 1) * GAP) // nb
    labels = [b.label.get(lang) for b in rules.params.bins]
    label_w = bin_w - 2 * PAD - (64 if any(b.image for b in rules.params.bins) else 0)
    label_pt = uniform_size(text, labels, LABEL_SIZES, label_w, 999) or LABEL_SIZES[-1]
    if nb >= NARROW_BINS:  # narrow bins keep their height for the cards: labels on one line
        one_line = text.line_step(LABEL_SIZES[-1])
        label_pt = next((s for s in LABEL_SIZES if s <= label_pt
                         and text.tallest(labels, s, label_w) <= one_line), label_pt)
    header_h = max(72, text.tallest(labels, label_pt, label_w) + 26)

    def chip_w(cols: int) -> int:
        return (bin_w - 2 * PAD - (cols - 1) * CHIP_GAP) // cols

    def chip_text_w(cols: int) -> int:
        return chip_w(cols) - 20 - (THUMB[0] + 10 if thumbs else 0)

    # the bins' least height: every card in one bin, as many columns as fit, small text
    least_w = CHIP_MIN_W + (THUMB[0] + 10 if thumbs else 0)
    most_cols = max(1, (bin_w - 2 * PAD + CHIP_GAP) // (least_w + CHIP_GAP))
    least_chip_h = max(chip_min_h, text.tallest(texts, CHIP_SIZES[-1], chip_text_w(most_cols)) + 14)
    bins_min_h = (header_h + 2 * PAD
                  + math.ceil(n / most_cols) * (least_chip_h + CHIP_GAP) - CHIP_GAP)

    # the tray: pictures want bigger cards, so they go two rows sooner
    tray_w = area.w - SIDE_W - GAP
    tray_rows = 1 if n <= (3 if pictures else 6) else 2
    cols = math.ceil(n / tray_rows)
    card_w = (tray_w - 2 * PAD - (cols - 1) * CARD_GAP) // cols
    room = area.h - HINT_H - GAP - bins_min_h
    most_card_h = (room - 2 * PAD - (tray_rows - 1) * CARD_GAP) // tray_rows
    if most_card_h < CHIP_MIN_H and thumbs:
        return None
    picture_h = 0
    if pictures:
        card_h = min(PICTURE_CARD_MAX_H, most_card_h)
        two_lines = [text.line_step(s) + text.font(s).get_linesize() + 8 for s in card_sizes]
        card_pt = next((s for s, h in zip(card_sizes, two_lines, strict=True)
                        if all(text.fits(t, s, card_w - 24, h) for t in texts)), card_sizes[-1])
        text_h = text.tallest(texts, card_pt, card_w - 24)
        picture_h = min(round((card_w - 20) / 1.5), card_h - text_h - 30)
        card_h = min(card_h, picture_h + text_h + 30)
    else:
        top_h = min(CARD_MAX_H, most_card_h)
        card_pt = uniform_size(text, texts, card_sizes, card_w - 24, top_h - 20) or card_sizes[-1]
        card_h = min(top_h, max(CARD_MIN_H, text.tallest(texts, card_pt, card_w - 24) + 40))
    card_h = max(CHIP_MIN_H, card_h)
    tray_h = 2 * PAD + tray_rows * card_h + (tray_rows - 1) * CARD_GAP
    tray = pygame.Rect(area.x, area.y + HINT_H, tray_w, tray_h)
    slots: dict[str, pygame.Rect] = {}
    for k, item_id in enumerate(rules.order):
        row, col = divmod(k, cols)
        in_row = min(cols, n - row * cols)
        x0 = tray.x + (tray.w - in_row * card_w - (in_row - 1) * CARD_GAP) // 2
        slots[item_id] = pygame.Rect(x0 + col * (card_w + CARD_GAP),
                                     tray.y + PAD + row * (card_h + CARD_GAP), card_w, card_h)

    top = tray.bottom + GAP
    bins = {b: pygame.Rect(area.x + k * (bin_w + GAP), top, bin_w, area.bottom - top)
            for k, b in enumerate(rules.bin_ids)}
    # chips: the largest text, then the fewest columns, that still hold every card
    chip_room = area.bottom - top - header_h - 2 * PAD
    best: tuple[int, int, int] | None = None  # (size, -cols, height)
    for cc in range(1, most_cols + 1):
        rows = math.ceil(n / cc)
        fit_h = min(CHIP_MAX_H, (chip_room - (rows - 1) * CHIP_GAP) // rows)
        if fit_h < chip_min_h:
            continue
        size = uniform_size(text, texts, CHIP_SIZES, chip_text_w(cc), fit_h - 12)
        if size is not None and (best is None or (size, -cc) > best[:2]):
            h = max(chip_min_h, min(fit_h, text.tallest(texts, size, chip_text_w(cc)) + 22))
            best = (size, -cc, h)
    chip_pt, chip_cols, chip_h = (best[0], -best[1], best[2]) if best is not None else \
        (CHIP_SIZES[-1], most_cols, least_chip_h)

    side = pygame.Rect(tray.right + GAP, tray.y, SIDE_W, tray.h)
    button_h = min(110, max(theme.MIN_TARGET + 16, side.h - 70))
    submit = pygame.Rect(side.x, side.bottom - button_h, side.w, button_h)
    return SortLayout(tray=tray, side=side, submit=submit, slots=slots, bins=bins,
                      header_h=header_h, label_pt=label_pt, card_size=(card_w, card_h),
                      card_pt=card_pt, picture_h=picture_h, chip_cols=chip_cols,
                      chip_size=(chip_w(chip_cols), chip_h), chip_pt=chip_pt, thumb=thumb)
