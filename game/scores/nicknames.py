"""Which nicknames a public leaderboard may show: an offensive-word filter, French and English.

The words live in ``data/offensive-words.txt`` (its header explains the format). A nickname is
compared after removing accents and case, undoing simple l33t (0→o, 1→i or l, 3→e, 4→a, 5→s,
7→t, @→a, $→s) and, for words refused anywhere, removing spaces and punctuation
("f.u c-k"); single letters spelt apart are joined ("p d"). Repeated letters still match.
Plain Python: tested without a display.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from pathlib import Path

WORDS_FILE = Path(__file__).parent / "data" / "offensive-words.txt"

# What each character may stand for; "1" is ambiguous, so both readings are tried.
LEET: dict[str, tuple[str, ...]] = {
    "0": ("o",), "1": ("i", "l"), "3": ("e",), "4": ("a",), "5": ("s",), "7": ("t",),
    "@": ("a",), "$": ("s",), "!": ("i",), "|": ("l",), "€": ("e",),
}
_SEPARATORS = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class WordList:
    anywhere: tuple[re.Pattern[str], ...]  # searched in the nickname without separators
    whole: tuple[re.Pattern[str], ...]  # matched against whole words only


def _pattern(word: str) -> str:
    """``word`` as a regex where each letter may be repeated: "fuck" also finds "fuuuck"."""
    return "".join(f"{re.escape(ch)}{{{len(list(run))},}}" for ch, run in groupby(word))


def parse_words(text: str) -> WordList:
    anywhere: list[re.Pattern[str]] = []
    whole: list[re.Pattern[str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("="):
            whole.append(re.compile(f"(?:{_pattern(_fold(line[1:]))})[sx]?"))
        else:
            anywhere.append(re.compile(_pattern(_fold(line))))
    return WordList(tuple(anywhere), tuple(whole))


@cache
def default_words() -> WordList:
    return parse_words(WORDS_FILE.read_text(encoding="utf-8"))


def _fold(text: str) -> str:
    """Lower case without accents: "Ééç" → "eec"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def readings(nickname: str) -> list[str]:
    """The nickname folded and de-l33ted, once per reading of the ambiguous characters."""
    out = [""]
    for ch in _fold(nickname):
        options = LEET.get(ch, (ch,))
        out = [prefix + o for prefix in out for o in options]
        if len(out) > 64:  # "1111…": enough readings to catch any word
            out = out[:64]
    return out


def _words(reading: str) -> list[str]:
    """The words of a reading, letters spelt apart joined ("p d" → "pd"), digits dropped."""
    tokens = [re.sub(r"[0-9]", "", t) for t in _SEPARATORS.split(reading)]
    tokens = [t for t in tokens if t]
    words: list[str] = []
    single = ""
    for token in tokens:
        if len(token) == 1:
            single += token
            continue
        if single:
            words.append(single)
            single = ""
        words.append(token)
    if single:
        words.append(single)
    return words


def is_offensive(nickname: str, words: WordList | None = None) -> bool:
    """True if the nickname contains a word of the list, however disguised (see module doc)."""
    wl = words or default_words()
    for reading in readings(nickname):
        joined = re.sub(r"[^a-z]", "", reading)
        if any(p.search(joined) for p in wl.anywhere):
            return True
        candidates = _words(reading) + [joined]
        if any(p.fullmatch(c) for p in wl.whole for c in candidates):
            return True
    return False
