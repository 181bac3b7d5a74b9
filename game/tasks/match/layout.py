"""Where the match task's two columns, badges and the Check button go, sized once.

Texts get one size per column: the largest at which every text of that column fits
its row without cutting a word.
"""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.tasks.match.rules import MatchRules
from game.ui import theme
from game.ui.text import TextCache

BAR_H = 110  # the bottom bar: the help text and the Check button
BUTTON_W = 380
GAP = 20
ROW_GAP = 14
COLUMN_W = 640  # each column; the links are drawn in the space between
ROW_MAX_H = 130
PICTURE_ROW_MAX_H = 170
BADGE_R = 27  # the number badge where a link starts or ends
BADGE_SPACE = 2 * BADGE_R + 26  # room kept for it at the inner edge of each card
SIZES = (theme.TEXT_BODY, 34, theme.TEXT_SMALL, 26, 22, 20)



@dataclass
class MatchLayout:
    left: dict[str, pygame.Rect]  # pair id -> its card in the left column
    right: dict[str, pygame.Rect]  # pair id -> its card in the right column (shuffled)
    submit: pygame.Rect
    hint: pygame.Rect
    row_h: int
    picture: tuple[int, int]  # the box of a card's picture
    left_pt: int
    right_pt: int

    def badge(self, side: str, pair_id: str) -> tuple[int, int]:
        """The centre of a card's badge: at the inner edge, facing the other column."""
        if side == "L":
            r = self.left[pair_id]
            return (r.right - BADGE_R - 14, r.centery)
        r = self.right[pair_id]
        return (r.x + BADGE_R + 14, r.centery)

    def text_box(self, side: str, pair_id: str, has_picture: bool) -> pygame.Rect:
        """The room left for a card's text, past its picture and its badge."""
        r = self.left[pair_id] if side == "L" else self.right[pair_id]
        x0 = r.x + 18 + (BADGE_SPACE if side == "R" else 0)
        if has_picture:
            x0 += self.picture[0] + 14
        x1 = r.right - 18 - (BADGE_SPACE if side == "L" else 0)
        return pygame.Rect(x0, r.y + 6, max(40, x1 - x0), r.h - 12)


def layout(text: TextCache, rules: MatchRules, area: pygame.Rect, lang: str) -> MatchLayout:
    n = len(rules.left)
    pairs = [rules.pair(p) for p in rules.left]
    pictures = any(p.left.image or p.right.image for p in pairs)
    rows_h = area.h - BAR_H - GAP
    row_h = min(PICTURE_ROW_MAX_H if pictures else ROW_MAX_H,
                 (rows_h - (n - 1) * ROW_GAP) // n)
    row_h = max(theme.MIN_TARGET, row_h)
    picture = (round((row_h - 16) * 1.5), row_h - 16) if pictures else (0, 0)
    top = area.y + (rows_h - n * row_h - (n - 1) * ROW_GAP) // 2
    left_x, right_x = area.x, area.right - COLUMN_W
    left = {pid: pygame.Rect(left_x, top + k * (row_h + ROW_GAP), COLUMN_W, row_h)
            for k, pid in enumerate(rules.left)}
    right = {pid: pygame.Rect(right_x, top + k * (row_h + ROW_GAP), COLUMN_W, row_h)
             for k, pid in enumerate(rules.right)}
    submit = pygame.Rect(area.right - BUTTON_W, area.bottom - BAR_H, BUTTON_W, BAR_H)
    hint = pygame.Rect(area.x, area.bottom - BAR_H, area.w - BUTTON_W - 40, BAR_H)
    lay = MatchLayout(left, right, submit, hint, row_h, picture, SIZES[-1], SIZES[-1])

    def column_size(side: str) -> int:
        entries = []
        for p in pairs:
            s = p.left if side == "L" else p.right
            if s.text is not None:
                box = lay.text_box(side, p.id, s.image is not None)
                entries.append((s.text.get(lang), box))
        for size in SIZES:
            if all(text.fits(t, size, box.w, box.h) for t, box in entries):
                return size
        return SIZES[-1]

    lay.left_pt, lay.right_pt = column_size("L"), column_size("R")
    return lay
