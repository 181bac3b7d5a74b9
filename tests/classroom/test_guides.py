"""The trainer's guides (FR and EN) say how long one world takes, and their 45-minute plan
leaves that time to play and still adds up to 45 minutes."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
MEASURED_MIN = 13  # the longest world (soudure), visitor pace, timers off: 714–790 s of play


@pytest.mark.parametrize("name, length", [("CLASSE.md", r"Environ \*\*(\d+) minutes\*\* de jeu"),
                                          ("CLASS.en.md", r"About \*\*(\d+) minutes\*\* of play")])
def test_the_plan_leaves_one_world_its_measured_length(name: str, length: str) -> None:
    text = (DOCS / name).read_text(encoding="utf-8")
    stated = re.search(length, text)
    assert stated and 10 <= int(stated.group(1)) <= MEASURED_MIN
    rows = [(int(a), int(b), what) for a, b, what in
            re.findall(r"^\| (\d+)–(\d+) \| (.+?) \|", text, flags=re.MULTILINE)]
    assert rows[0][0] == 0 and rows[-1][1] == 45
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(rows))
    play = next(r for r in rows if "**Pendant**" in r[2] or "**During**" in r[2])
    assert play[1] - play[0] >= MEASURED_MIN + 2  # the slower ones, and joining late
    assert f"{MEASURED_MIN} (soudure)" in " ".join(text.split())
