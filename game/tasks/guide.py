"""The authoring guides' list of task types, written from the registry.

Each guide holds the list between :data:`BEGIN` and :data:`END`; ``python
tools/task_types.py`` rewrites it and ``--check`` (run by a test) says whether it is current,
so a new type appears in the guides with nothing written by hand.
"""
from __future__ import annotations

from pathlib import Path

from game import PROJECT_ROOT
from game.tasks import load_builtin

BEGIN = "<!-- task-types: written by tools/task_types.py from the registry -->"
END = "<!-- /task-types -->"
#: each guide, and the language its list is written in
GUIDES = {
    PROJECT_ROOT / "docs" / "AUTHORING.md": "fr",
    PROJECT_ROOT / "docs" / "AUTHORING.en.md": "en",
    PROJECT_ROOT / "docs" / "scenario-format.md": "en",
}
HEADS = {
    "fr": ("type", "la joueuse ou le joueur…", "noté sur", "`validate` exige du robot"),
    "en": ("type", "the player…", "scored on", "`validate` wants the bot to reach"),
}
TARGETS = {"fr": ("100", "3 étoiles (une échelle continue)"),
           "en": ("100", "3 stars (a continuous scale)")}


def table(lang: str) -> str:
    """The list of every registered type, as a Markdown table in ``lang``."""
    rows = [HEADS[lang], ("---",) * len(HEADS[lang])]
    for name, kind in sorted(load_builtin().items()):
        rows.append((f"`{name}`", kind.summary.get(lang), kind.scoring.get(lang),
                     TARGETS[lang][kind.continuous]))
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def rewrite(text: str, lang: str, where: str = "the guide") -> str:
    """``text`` with its list of types written anew (ValueError if it has no markers)."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"{where} has no list of task types: put the lines {BEGIN} and {END} "
                         "where it goes")
    return text[:start] + BEGIN + "\n" + table(lang) + "\n" + text[end:]


def stale(guides: dict[Path, str] | None = None) -> list[Path]:
    """The guides whose list differs from the registry."""
    out = []
    for path, lang in (guides or GUIDES).items():
        text = path.read_text("utf-8")
        if rewrite(text, lang, path.name) != text:
            out.append(path)
    return out


def write(guides: dict[Path, str] | None = None) -> list[Path]:
    """Rewrite the stale guides; the ones changed."""
    changed = stale(guides)
    for path in changed:
        lang = (guides or GUIDES)[path]
        path.write_text(rewrite(path.read_text("utf-8"), lang, path.name), encoding="utf-8")
    return changed
