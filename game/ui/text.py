"""Fonts load once; rendered text is cached by (text, size, colour, width, spacing).

Wrapping is our own (the lines are needed: measured heights for layouts, lines revealed one
by one in dialogue, one line spacing everywhere) and linear in the text's length: a word
too long for the line is cut by a galloping search, so a 25,000-character word costs a
few thousand measurements, not millions.

Typography is applied here, where text is set (:func:`typeset`, the one place): the plain
space an author types before « : ; ! ? » and inside « » is drawn as a narrow no-break space
(U+202F), so the mark never starts a line (English has no space there: tests/test_i18n.py
checks its strings); so is the space between a number's groups of digits (« 1 500 V »); the
space between a number and its unit (« 0,5 mΩ », « 29 % », "18 mΩ") and before a « · »
separator becomes a no-break space (U+00A0, as wide as the one typed), so a unit never
starts a line alone and a separator ends its line instead of starting the next.

The readable-text setting (``TextCache.readable``) widens letter and line spacing and sets
every paragraph flush left; measuring, wrapping and drawing all go through here, so layouts
that measure their text make room for it.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.routes import fit
from game.ui import fonts
from game.ui.theme import Color

CACHE_SIZE = 600  # rendered surfaces kept (a screen shows a few dozen)
#: ... and their pixels at most: a screen's texts take under 3 MiB (bench/memory.py), long
#: paragraphs half a MiB each, so 600 of those would not stay few
CACHE_BYTES = 8 * 1024 * 1024
TITLE_FROM = 64  # logical px: from this size up, text is a title and keeps its size
SURE_FRACTION = 0.85  # a line whose summed width is below this share surely fits
#: between wrapped lines, as a fraction of the font's line height (the typeface's own line
#: height is 1.26 em already; pygame's default font, the fallback, needs more)
LINE_GAP = 0.0
FALLBACK_LINE_GAP = 0.18
DENSE_LINE_GAP = -0.16  # the sizes under fonts.DENSE_BELOW: lines about 1.06 em apart
READABLE_TRACKING = 0.12  # readable text: this share of the em between letters
READABLE_WORD = 0.16  # ... and this much more between words
READABLE_LINE_GAP = 0.3  # ... and this share of the line height between lines (about 1.65)

Measure = Callable[[str], int]  # the width of a string, in px
NARROW = "\u202f"  # the narrow no-break space
NO_BREAK = "\u00a0"  # the no-break space
_FRENCH_SPACE = re.compile(r" (?=[:;!?»])|(?<=«) ")
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")  # « 20 000 », « 1 823 € »
#: the units (and signs) a number is written with in the scenarios and the interface; a unit
#: counts only when no letter follows it (« 5 mai » is a date, « 5 min » a duration)
UNITS = ("%", "‰", "°C", "°", "€", "mΩ", "kΩ", "MΩ", "Ω", "mAh", "Ah", "kWh", "Wh", "mA", "A",
         "kV", "mV", "V", "MW", "kW", "W", "kHz", "Hz", "dB", "N·m", "Nm", "kN", "N", "MPa",
         "kPa", "hPa", "Pa", "bar", "µm", "μm", "nm", "mm", "cm", "km", "m²", "m³", "m", "mg",
         "kg", "g", "mL", "L", "ms", "min", "s", "h", "lux", "lx", "ppm", "pts", "px")
_UNIT_SPACE = re.compile(r"(?<=\d) (?=(?:" + "|".join(map(re.escape, UNITS)) + r")(?![^\W\d_]))"
                         r"| (?=·)")  # a number and its unit; the space before a « · »


def typeset(text: str) -> str:
    """``text`` set the way its language sets it, each plain space replaced by one that does
    not break (so the text keeps its length): narrow where French puts one (before : ; ! ?
    and », after «) and between a number's groups of digits; a plain-width one between a
    number and its unit, and before a « · » separator."""
    if " " not in text:
        return text
    text = _DIGIT_GROUP.sub(NARROW, _FRENCH_SPACE.sub(NARROW, text))
    return _UNIT_SPACE.sub(NO_BREAK, text)


@dataclass(frozen=True, slots=True)
class _Wrapped:
    """A text's wrapped lines, as kept in the cache."""

    lines: list[str]


@dataclass(frozen=True, slots=True)
class _Lines:
    """A text's wrapped lines, each rendered, as kept in the cache."""

    lines: list[tuple[str, pygame.Surface]]


_Kept = pygame.Surface | _Wrapped | _Lines  # one cache, one bound, for the three kinds


class TextCache:
    """Renders text in the game's typeface (game.ui.fonts), wrapping to a width, with an LRU
    cache. Sizes are the type scale's (game.ui.theme); none is drawn under fonts.MIN_PX."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale  # the text-size setting multiplies every size
        self.readable = False  # the readable-text setting: wider spacing, flush left
        #: told every text drawn (the visitor-paced bot reads what is shown); None: nobody
        self.seen: Callable[[str], None] | None = None
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self.smallest_px: int | None = None  # the smallest em loaded so far (tests read it)
        self._cache: OrderedDict[tuple[object, ...], _Kept] = OrderedDict()

    def font(self, size: int) -> pygame.font.Font:
        # the text-size setting enlarges reading text; titles are large enough already
        scaled = size * self.scale if size < TITLE_FROM else size
        role = "text" if size < TITLE_FROM else "title"
        path = fonts.font_path(role)
        px = fonts.pixels(round(scaled)) if path is not None else max(8, round(scaled))
        font = self._fonts.get((role, px))
        if font is None:
            font = self._fonts[role, px] = pygame.font.Font(path, px)
            self.smallest_px = px if self.smallest_px is None else min(self.smallest_px, px)
        return font

    # spacing -------------------------------------------------------------------------
    def _spacing(self, font: pygame.font.Font) -> tuple[int, int]:
        """Extra px after each letter and after each space (0, 0 unless readable)."""
        if not self.readable:
            return 0, 0
        em = font.get_point_size()
        return round(em * READABLE_TRACKING), round(em * READABLE_WORD)

    def _gap(self, font: pygame.font.Font, line_gap: float | None = None,
             size: int | None = None) -> int:
        if line_gap is not None:
            base = line_gap
        elif fonts.font_path("text") is None:
            base = FALLBACK_LINE_GAP
        else:  # the dense sizes set their lines closer (the face's line height is generous)
            base = DENSE_LINE_GAP if size is not None and size < fonts.DENSE_BELOW else LINE_GAP
        return round(font.get_linesize() * (base + (READABLE_LINE_GAP if self.readable else 0)))

    def _measure(self, font: pygame.font.Font) -> Measure:
        track, word = self._spacing(font)
        if not track and not word:
            return lambda s: font.size(s)[0]
        return lambda s: font.size(s)[0] + track * len(s) + word * s.count(" ")

    def _line(self, font: pygame.font.Font, text: str, color: Color) -> pygame.Surface:
        """One line, kerned by the font; readable: each letter placed with the extra space
        (its position from the kerned width of what comes before)."""
        if fonts.font_path("text") is None:  # pygame's own font draws them as boxes
            text = text.replace(NARROW, " ").replace("\u00a0", " ")
        track, word = self._spacing(font)
        if (not track and not word) or len(text) < 2:
            return font.render(text, True, color)
        measure = self._measure(font)
        surf = pygame.Surface((max(1, measure(text)), font.get_height()), pygame.SRCALPHA)
        spaces = 0
        for i, ch in enumerate(text):
            if ch == " ":
                spaces += 1
                continue
            x = font.size(text[:i])[0] + track * i + word * spaces
            surf.blit(font.render(ch, True, color), (x, 0))
        return surf

    def line_step(self, size: int) -> int:
        """From one wrapped line's top to the next one's, in px."""
        font = self.font(size)
        return font.get_linesize() + self._gap(font, size=size)

    # measuring -------------------------------------------------------------------------
    def wrapped(self, text: str, size: int, width: int) -> list[str]:
        """The lines ``text`` wraps into at ``size`` within ``width`` (cached)."""
        key = ("wrap", text, size, width, self.scale, self.readable)
        cached = self._cache.get(key)
        if isinstance(cached, _Wrapped):
            self._cache.move_to_end(key)
            return cached.lines
        lines = wrap(typeset(text), self._measure(self.font(size)), width)
        self._store(key, _Wrapped(lines))
        return lines

    def render(self, text: str, size: int, color: Color, width: int | None = None,
               align: str = "left", line_gap: float | None = None) -> pygame.Surface:
        """The text as a surface; with ``width``, wrapped on words to fit it. Readable text
        is always flush left."""
        if self.seen is not None:
            self.seen(text)
        if self.readable:
            align = "left"
        # colour: contrast changes it
        key = (text, size, color, width, align, line_gap, self.scale, self.readable)
        cached = self._cache.get(key)
        if isinstance(cached, pygame.Surface):
            self._cache.move_to_end(key)
            return cached
        font = self.font(size)
        if width is None:
            surf = self._line(font, typeset(text), color)
        else:
            gap = self._gap(font, line_gap, size)
            rendered = [self._line(font, line, color) for line in self.wrapped(text, size, width)]
            h = sum(r.get_height() for r in rendered) + gap * max(0, len(rendered) - 1)
            w = max((r.get_width() for r in rendered), default=0)
            surf = pygame.Surface((max(1, w), max(1, h)), pygame.SRCALPHA)
            y = 0
            for r in rendered:
                x = {"left": 0, "center": (w - r.get_width()) // 2,
                     "right": w - r.get_width()}[align]
                surf.blit(r, (x, y))
                y += r.get_height() + gap
        self._store(key, surf)
        return surf

    def lines(self, text: str, size: int, color: Color, width: int) -> list[tuple[str,
                                                                                  pygame.Surface]]:
        """The wrapped lines of a text, each rendered (for revealing text as it is typed);
        :meth:`line_step` apart."""
        if self.seen is not None:
            self.seen(text)
        key = ("lines", text, size, color, width, self.scale, self.readable)
        cached = self._cache.get(key)
        if isinstance(cached, _Lines):
            self._cache.move_to_end(key)
            return cached.lines
        font = self.font(size)
        lines = [(line, self._line(font, line, color))
                 for line in self.wrapped(text, size, width)]
        self._store(key, _Lines(lines))
        return lines

    def clipped(self, text: str, size: int, width: int, max_lines: int) -> list[str]:
        """The wrapped lines of ``text`` that fit in ``max_lines``; when some are left out, the
        last one shown ends at a word with « … », so a reader sees the text goes on."""
        lines = self.wrapped(text, size, width)
        if max_lines <= 0:
            return []
        if len(lines) <= max_lines:
            return lines
        last = fit(lines[max_lines - 1], width, lambda s: self.size(s, size)[0], " …", more=True)
        return [*lines[:max_lines - 1], last or "…"]

    def height(self, text: str, size: int, width: int) -> int:
        """How tall ``render(text, size, _, width)`` is, without rendering it."""
        font, lines = self.font(size), self.wrapped(text, size, width)
        # a rendered line is a line-size tall; an empty one only the font's height
        h = sum(font.get_linesize() if line else font.get_height() for line in lines)
        return max(1, h + self._gap(font, size=size) * max(0, len(lines) - 1))

    def fits(self, text: str, size: int, width: int, height: int) -> bool:
        """True when ``text`` wraps into ``width`` × ``height`` at ``size`` without a cut word."""
        measure = self._measure(self.font(size))  # words as wrap() sees them: unbreakable
        if any(measure(word) > width for word in typeset(text).replace("\n", " ").split(" ")):
            return False
        return self.height(text, size, width) <= height

    def tallest(self, texts: list[str], size: int, width: int) -> int:
        """The height of the tallest of ``texts`` wrapped at ``size`` within ``width``."""
        return max(self.height(s, size, width) for s in texts)

    _bytes = 0  # pixels of the renderings kept (each cache counts its own)

    def _store(self, key: tuple[object, ...], value: _Kept) -> None:
        """Keep a rendering, forgetting the least recently used beyond CACHE_SIZE of them or
        CACHE_BYTES of pixels (never the one just kept)."""
        self._cache[key] = value
        self._bytes += _pixels(value)
        while len(self._cache) > 1 and (len(self._cache) > CACHE_SIZE
                                        or self._bytes > CACHE_BYTES):
            self._bytes -= _pixels(self._cache.popitem(last=False)[1])
        if len(self._cache) == 1:  # counted afresh (after a clear, say)
            self._bytes = _pixels(value)

    def size(self, text: str, size: int) -> tuple[int, int]:
        font = self.font(size)
        return self._measure(font)(typeset(text)), font.get_height()


def _pixels(value: _Kept) -> int:
    """Bytes of the pixels of a kept rendering: a surface, or lines with their surfaces."""
    if isinstance(value, pygame.Surface):
        return value.get_pitch() * value.get_height()
    if isinstance(value, _Lines):
        return sum(_pixels(surface) for _, surface in value.lines)
    return 0


def wrap(text: str, measure: Measure, width: int) -> list[str]:
    """Word-wrap on spaces, keeping explicit line breaks; a too-long word is cut.

    Linear in ``len(text)``: a word joining a line is measured alone and its width added
    to the line's; only near the line's end is the whole line measured (kerning and
    rounding make the sum approximate). A word wider than the line is cut line by line,
    each cut found by a search that starts from the previous cut's length, so each line
    costs a few measurements of about a line's length. (A visible character is taken to
    be at least half a pixel wide.)
    """
    out: list[str] = []
    sure = width * SURE_FRACTION
    for para in text.split("\n"):
        line, line_w = "", 0
        for word in para.split(" "):
            if line:
                guess = line_w + measure(" " + word) if len(word) <= 2 * width else 2 * width + 1
                if guess < sure:
                    line, line_w = f"{line} {word}", guess
                    continue
                trial = f"{line} {word}"
                if guess <= 2 * width and (exact := measure(trial)) <= width:
                    line, line_w = trial, exact
                    continue
                out.append(line)
            start, cut = 0, 0
            while len(word) - start > 1:
                cut = _longest_prefix(word, start, measure, width, cut)
                if start + cut == len(word):
                    break
                out.append(word[start:start + cut])
                start += cut
            line = word[start:]
            line_w = measure(line) if line else 0
        out.append(line)
    return out


def _longest_prefix(word: str, start: int, measure: Measure, width: int, guess: int) -> int:
    """How many characters of ``word[start:]`` fit in ``width`` (at least one).

    Starts from ``guess`` (the last cut; 0: estimated from the first few characters),
    gallops up or down from it until the answer is bracketed, then halves the bracket.
    """
    rest = len(word) - start

    def fits(n: int) -> bool:
        return measure(word[start:start + n]) <= width

    if guess <= 0:
        sample = word[start:start + 8]
        per_char = max(1, measure(sample)) / len(sample)
        guess = int(width / per_char)
    guess = max(1, min(guess, rest))
    if fits(guess):
        lo, hi, step = guess, guess, 1
        while True:
            if lo >= rest:
                return rest
            hi = min(rest, lo + step)
            if not fits(hi):
                break
            lo, step = hi, step * 2
    else:
        lo, hi, step = guess, guess, 1
        while True:
            lo = max(1, hi - step)
            if lo == 1 or fits(lo):
                break
            hi, step = lo, step * 2
    while hi - lo > 1:  # lo fits, hi does not
        mid = (lo + hi) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo
