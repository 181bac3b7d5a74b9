"""Which nicknames a public leaderboard may show: an offensive-word filter, French and English.

The words live in ``data/offensive-words.txt`` (its header explains the format). A nickname is
first read as the eye and the ear read it (:mod:`.fold`: accents, invisible characters and
look-alike letters of other scripts removed, l33t undone, K/C/Q, V/U, PH/F and Y/I merged),
then split into words at spaces, punctuation and digits at the edge of a word, single
letters spelt apart joined again ("p d"). Strong words are searched in all its letters joined
(the on-screen keyboard has no space bar: "FILSDEPUTE"); short, ambiguous ones only as whole
words, with their plural, digits or a few suffixes after them ("CON69", "PDLOL") or a
few prefixes before ("GROSPD"), or typed one after another ("NTMFDP"). Repeated
letters and, for words of five letters or more, two neighbouring letters swapped still match.
A word of the allow-list ("Bitche", a town) is never refused. Plain Python: tested without a
display; ``python main.py nickname-check`` runs it from the command line (:mod:`.check`).
A text longer than :data:`MAX_LENGTH` is refused unread (a stored nickname is 20 at most),
so the work per name stays bounded.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from pathlib import Path

from game.scores.nicknames.fold import LEET, fold, sound

WORDS_FILE = Path(__file__).parent.parent / "data" / "offensive-words.txt"
MAX_READINGS = 32  # "1111…" has 2**n readings: enough of them to catch any word
MAX_LENGTH = 40  # characters read; a stored nickname has 20 at most, a longer text is refused
TOO_LONG = f"(longer than {MAX_LENGTH} characters)"
MAX_CHAIN, CHAIN_PIECE = 24, 10  # letters: whole-word entries joined, each this long at most
SWAP_FROM = 5  # letters: shorter entries are too close to ordinary names once swapped
# after a whole-word entry: "conlol", "pdxd", "putexxx" (digits are cut off before)
SUFFIXES = tuple(sorted({sound(s) for s in ("x", "xx", "xxx", "xd", "lol", "mdr", "ptdr", "du",
                                            "man", "boy", "girl", "gang", "team", "off")},
                        key=len, reverse=True))
# before a whole-word entry: "grospd", "lecon" (but "Mâcon" or "Lacoste" are left alone)
PREFIXES = tuple(sound(s) for s in ("le", "la", "les", "gros", "grosse", "sale", "big", "petit",
                                    "ptit", "the"))
_EDGE_DIGITS = re.compile(r"(?<![a-z])[0-9]+|[0-9]+(?![a-z])")


@dataclass(frozen=True)
class Entry:
    """One line of the list: the word as written, and what finds it."""

    word: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class WordList:
    anywhere: tuple[Entry, ...]  # searched in the nickname's letters joined
    whole: tuple[Entry, ...]  # matched against whole words only
    allowed: frozenset[str] = frozenset()  # whole words never refused (read like the nickname)

    @property
    def _anywhere_re(self) -> re.Pattern[str]:
        return _union(tuple(e.pattern.pattern for e in self.anywhere))

    @property
    def _whole_re(self) -> re.Pattern[str]:
        return _union(tuple(e.pattern.pattern for e in self.whole))


@cache
def _union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def _letters(word: str) -> str:
    """A list entry read as a nickname is: folded, sounds merged, letters only."""
    return sound(re.sub(r"[^a-z]", "", fold(word)))


def _runs(word: str) -> str:
    """``word`` as a regex where each letter may be repeated: "fuck" also finds "fuuuck"."""
    return "".join(f"{re.escape(ch)}{{{len(list(run))},}}" for ch, run in groupby(word))


def _variants(word: str, allowed: frozenset[str]) -> list[str]:
    """The word, and (from :data:`SWAP_FROM` letters) each spelling with two neighbours swapped."""
    out = [word]
    if len(word) >= SWAP_FROM:
        for i in range(len(word) - 1):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if swapped not in out and swapped not in allowed:
                out.append(swapped)
    return out


def parse_words(text: str) -> WordList:
    lines = [raw.strip() for raw in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    allowed = frozenset(_letters(line[1:]) for line in lines if line.startswith("+"))
    anywhere: list[Entry] = []
    whole: list[Entry] = []
    for line in lines:
        if line.startswith("+"):
            continue
        word = _letters(line.removeprefix("="))
        if not word:
            continue
        alternatives = "|".join(_runs(v) for v in _variants(word, allowed))
        if line.startswith("="):
            whole.append(Entry(line[1:], re.compile(f"(?:{alternatives})[sx]?")))
        else:
            anywhere.append(Entry(line, re.compile(alternatives)))
    return WordList(tuple(anywhere), tuple(whole), allowed)


@cache
def default_words() -> WordList:
    return parse_words(WORDS_FILE.read_text(encoding="utf-8"))


def readings(nickname: str) -> list[str]:
    """The nickname folded and de-l33ted, once per reading of the ambiguous characters."""
    out = [""]
    for ch in fold(nickname):
        options = LEET.get(ch, (ch,))
        out = [prefix + o for prefix in out for o in options]
        if len(out) > MAX_READINGS:
            out = out[:MAX_READINGS]
    return out


def _all_readings(nickname: str) -> Iterator[str]:
    """Every l33t reading, then the same with digits at the edge of a word cut off ("con4")."""
    yield from readings(nickname)
    folded = fold(nickname)
    cut = _EDGE_DIGITS.sub(" ", folded)
    if cut != folded:
        yield from readings(cut)


def words_of(reading: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """The words of a reading, sounds merged, letters spelt apart joined ("p d" → "pd"), digits
    inside a word dropped, allowed words left out."""
    tokens = [sound(re.sub(r"[^a-z]", "", t)) for t in re.split(r"[^a-z0-9]+", reading)]
    words: list[str] = []
    single = ""
    for token in tokens:
        if len(token) == 1:
            single += token
            continue
        if single:
            words.append(single)
            single = ""
        if token:
            words.append(token)
    if single:
        words.append(single)
    return [w for w in words if w not in allowed]


def _stems(word: str) -> Iterator[str]:
    """The word, then without a decorating prefix or one or two suffixes ("grospdlol" → "pd")."""
    ends = [word]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            ends.append(stem)
            ends += [stem[: -len(s)] for s in SUFFIXES
                     if stem.endswith(s) and len(stem) - len(s) >= 2]
    for end in ends:
        yield end
        yield from (end[len(p):] for p in PREFIXES
                    if end.startswith(p) and len(end) - len(p) >= 2)


def offending(nickname: str, words: WordList | None = None) -> str | None:
    """The list entry the nickname contains, however disguised (see the module doc), or None."""
    if len(nickname) > MAX_LENGTH:
        return TOO_LONG  # what could hide in it is not worth the time to read it all
    wl = words or default_words()
    anywhere, whole = wl._anywhere_re, wl._whole_re
    for reading in _all_readings(nickname):
        parts = words_of(reading, wl.allowed)
        joined = "".join(parts)
        if anywhere.search(joined):
            return next(e.word for e in wl.anywhere if e.pattern.search(joined))
        for part in dict.fromkeys([*parts, joined]):
            for stem in dict.fromkeys(_stems(part)):
                if whole.fullmatch(stem) or _chained(stem, whole):
                    return next((e.word for e in wl.whole if e.pattern.search(stem)), stem)
    return None


def _chained(word: str, whole: re.Pattern[str]) -> bool:
    """Whole-word entries typed one after the other ("NTMFDP"): the word splits into them."""
    if not 4 <= len(word) <= MAX_CHAIN:
        return False
    ends = [True] + [False] * len(word)  # ends[j]: word[:j] is a chain of entries
    for j in range(2, len(word) + 1):
        ends[j] = any(ends[i] and whole.fullmatch(word[i:j])
                      for i in range(max(0, j - CHAIN_PIECE), j - 1))
    return ends[-1] and not whole.fullmatch(word)


def is_offensive(nickname: str, words: WordList | None = None) -> bool:
    """True if the nickname contains a word of the list, however disguised (see module doc)."""
    return offending(nickname, words) is not None
