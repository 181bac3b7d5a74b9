"""The authoring guides' list of task types and their examples, written from the registry.

Each guide holds the list between :data:`BEGIN` and :data:`END`, and the guides in
:data:`EXAMPLE_GUIDES` hold each type's section (its example and what it means) between
:data:`EXAMPLES_BEGIN` and :data:`EXAMPLES_END`, copied from the type's own package
(``guide.fr.md``, ``guide.en.md`` in the folder :attr:`TaskType.guide` names). ``python
tools/task_types.py`` rewrites both and ``--check`` (run by a test) says whether they are
current, so a new type appears in the guides with nothing written in them by hand.
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
EXAMPLES_BEGIN = ("<!-- task-examples: written by tools/task_types.py from each type's "
                  "guide.LANG.md -->")
EXAMPLES_END = "<!-- /task-examples -->"
#: the guides that show every type's example, and their language
EXAMPLE_GUIDES = {
    PROJECT_ROOT / "docs" / "AUTHORING.md": "fr",
    PROJECT_ROOT / "docs" / "AUTHORING.en.md": "en",
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


def section(name: str, lang: str) -> str:
    """Type ``name``'s section of the guide in ``lang``, as its package writes it."""
    kind = load_builtin()[name]
    if kind.guide is None:
        raise ValueError(f"task type '{name}' declares no guide folder (TaskType.guide)")
    path = kind.guide / f"guide.{lang}.md"
    try:
        text = path.read_text("utf-8").strip("\n")
    except OSError as err:
        raise ValueError(f"task type '{name}' has no guide section in {lang}: write {path} "
                         f"({err.strerror or err})") from None
    marker = f"<!-- task: {name} -->"
    if marker not in text:
        raise ValueError(f"{path}: its example must follow the line {marker}")
    return text


def examples(lang: str) -> str:
    """Every registered type's section, in the order of the list."""
    return "\n\n".join(section(name, lang) for name in sorted(load_builtin()))


def _between(text: str, begin: str, end: str, body: str, where: str, what: str) -> str:
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < start:
        raise ValueError(f"{where} has no {what}: put the lines {begin} and {end} "
                         "where it goes")
    return text[:start] + begin + "\n" + body + "\n" + text[stop:]


def rewrite(text: str, lang: str, where: str = "the guide", with_examples: bool = False) -> str:
    """``text`` with its list of types (and, ``with_examples``, each type's section) written
    anew; ValueError if it has no markers."""
    text = _between(text, BEGIN, END, table(lang), where, "list of task types")
    if with_examples:
        text = _between(text, EXAMPLES_BEGIN, EXAMPLES_END, "\n" + examples(lang) + "\n",
                        where, "task examples")
    return text


def stale(guides: dict[Path, str] | None = None) -> list[Path]:
    """The guides whose list differs from the registry."""
    out = []
    for path, lang in (guides or GUIDES).items():
        text = path.read_text("utf-8")
        if rewrite(text, lang, path.name, path in EXAMPLE_GUIDES) != text:
            out.append(path)
    return out


def write(guides: dict[Path, str] | None = None) -> list[Path]:
    """Rewrite the stale guides; the ones changed."""
    changed = stale(guides)
    for path in changed:
        lang = (guides or GUIDES)[path]
        path.write_text(rewrite(path.read_text("utf-8"), lang, path.name,
                                path in EXAMPLE_GUIDES), encoding="utf-8")
    return changed
