"""``python main.py nickname-check [NAME …]``: what the nickname filter says of each name.

Names come from the command line, or from standard input one a line (a list an organiser
wants to try after editing the word list). Each prints ``NAME<TAB>ok`` or ``NAME<TAB>refused``;
``--why`` adds the list entry that refused it, ``--words FILE`` tries another word list.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.scores.nicknames import WORDS_FILE, default_words, offending, parse_words

MAX_LINE = 200  # characters of one name read from stdin; a longer line is cut, not read whole


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="main.py nickname-check",
                                description="Say which nicknames the leaderboard filter refuses.")
    p.add_argument("names", nargs="*", help="nicknames to check (default: one a line on stdin)")
    p.add_argument("--words", type=Path, default=None,
                   help=f"another word list (default: {WORDS_FILE})")
    p.add_argument("--why", action="store_true", help="also print the entry that refused it")
    a = p.parse_args(argv)
    if a.words is not None:
        try:
            words = parse_words(a.words.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as err:
            print(f"{a.words}: cannot be read ({err})", file=sys.stderr)
            return 2
    else:
        words = default_words()
    names = a.names or (line.rstrip("\r\n")[:MAX_LINE] for line in sys.stdin)
    for name in names:
        if not name.strip():
            continue
        entry = offending(name, words)
        verdict = "ok" if entry is None else "refused"
        print(f"{name}\t{verdict}" + (f"\t{entry}" if a.why and entry else ""))
    return 0
