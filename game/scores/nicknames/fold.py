"""How a nickname is read before it is matched: one spelling for the many ways to write it.

:func:`fold` takes what the eye sees to plain lower-case Latin letters: compatibility forms
(fullwidth ``ｆｕｃｋ``, mathematical ``𝐟𝐮𝐜𝐤``, circled letters) by NFKC, accents and zero-width
or other invisible characters removed, look-alike letters of other scripts (Cyrillic ``а``,
Greek ``ο``…) replaced by the Latin letter they imitate. :data:`LEET` says what a digit or a
sign may stand for, and :func:`sound` merges spellings that sound alike (K/C/Q, V/U, PH/F,
Y/I), in the word list and in the nickname alike. Plain Python: no display needed.
"""
from __future__ import annotations

import re
import unicodedata

# Letters of other scripts (and a few Latin ones) that look like a plain Latin letter.
LOOKALIKE: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b", "ъ": "b", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ү": "y", "п": "n", "ш": "w",
    "г": "r", "я": "r", "з": "3", "ч": "4", "б": "b",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v",
    "ο": "o", "π": "n", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "ϲ": "c", "ϳ": "j", "ζ": "z",
    # Latin letters that NFKD does not take apart
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ȷ": "j", "ß": "ss", "æ": "ae",
    "œ": "oe", "ŀ": "l", "ɑ": "a", "ɛ": "e", "ɩ": "i", "ɪ": "i", "ʀ": "r", "ʏ": "y", "ɡ": "g",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ᴊ": "j", "ᴋ": "k",
    "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w",
    "ᴢ": "z", "ƒ": "f", "ſ": "s",
}

# What a digit or a sign may stand for; "1" is ambiguous, so both readings are tried.
LEET: dict[str, tuple[str, ...]] = {
    "0": ("o",), "1": ("i", "l"), "3": ("e",), "4": ("a",), "5": ("s",), "7": ("t",),
    "8": ("b",), "9": ("g",), "@": ("a",), "$": ("s",), "!": ("i",), "|": ("l",),
    "€": ("e",), "£": ("l",), "+": ("t",),
}

# Spellings that sound alike, merged: "phuck", "fvck", "konnard", "nik" read as the list's words.
# Applied in order, "ph" first. Double letters stay double ("ck" is "kk").
_SOUNDS = (("ph", "f"), ("c", "k"), ("q", "k"), ("v", "u"), ("y", "i"))
_SOUND_RE = re.compile("|".join(re.escape(a) for a, _ in _SOUNDS))
_SOUND_MAP = dict(_SOUNDS)


def _invisible(ch: str) -> bool:
    """Zero-width spaces and joiners, soft hyphens, direction marks, combining accents."""
    return unicodedata.category(ch) in ("Cf", "Mn", "Me", "Mc") or ch in "\u034f\u115f\u1160"


def fold(text: str) -> str:
    """Lower case, no accents, no invisible characters, other scripts' look-alikes as Latin.

    Digits and signs are kept (see :data:`LEET`); anything else is left for the caller to
    treat as a separator.
    """
    compat = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", compat)
    out: list[str] = []
    for ch in decomposed:
        if _invisible(ch):
            continue
        out.append(LOOKALIKE.get(ch, ch))
    return "".join(out)


def sound(letters: str) -> str:
    """One spelling for letters that sound alike (K/C/Q, V/U, PH/F, Y/I)."""
    return _SOUND_RE.sub(lambda m: _SOUND_MAP[m.group(0)], letters)
