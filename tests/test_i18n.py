"""Every interface text exists in every declared language, and a missing one is an error."""
from __future__ import annotations

import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import game
from game import i18n

ROOT = Path(game.__file__).resolve().parent


def load_every_module() -> None:
    """Texts are declared where they are shown: import every module that declares some."""
    for info in pkgutil.walk_packages([str(ROOT)], prefix="game."):
        source = info.module_finder.find_spec(info.name).origin  # type: ignore[union-attr]
        if source and "define(" in Path(source).read_text(encoding="utf-8"):
            importlib.import_module(info.name)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def forms(entry: dict[str, i18n.Text]) -> dict[str, list[str]]:
    return {lang: [text] if isinstance(text, str) else list(text.values())
            for lang, text in entry.items()}


def test_every_text_exists_in_every_language_with_the_same_blanks() -> None:
    load_every_module()
    assert len(i18n.STRINGS) > 150
    problems = []
    for key, entry in i18n.STRINGS.items():
        for lang in i18n.LANGUAGES:
            if lang not in entry:
                problems.append(f"{key}: no {lang}")
        texts = forms(entry)
        if any(not t.strip() for ts in texts.values() for t in ts):
            problems.append(f"{key}: an empty text")
        blanks = {lang: set().union(*(placeholders(t) for t in ts)) for lang, ts in texts.items()}
        if len({frozenset(b) for b in blanks.values()}) > 1:
            problems.append(f"{key}: the blanks differ {blanks}")
        for lang, text in entry.items():
            if not isinstance(text, str) and "other" not in text:
                problems.append(f"{key}: the {lang} plural has no 'other' form")
    assert not problems


def test_every_key_the_code_asks_for_is_declared() -> None:
    """A tr("...") with a literal key anywhere in the game names a declared text."""
    load_every_module()
    asked = set()
    for path in ROOT.rglob("*.py"):
        asked |= set(re.findall(r"""\btr\(\s*["']([a-z0-9_]+)["']""", path.read_text("utf-8")))
    assert len(asked) > 100
    assert not sorted(asked - set(i18n.STRINGS))


def test_a_missing_key_or_language_is_an_error_not_french() -> None:
    with pytest.raises(KeyError, match="no interface text 'no_such_text'"):
        i18n.tr("no_such_text", "en")
    with pytest.raises(KeyError, match="no 'de' version"):
        i18n.tr("play", "de")
    with pytest.raises(ValueError, match="has no en version"):
        i18n.define({"half_done": {"fr": "À moitié"}})
    assert "half_done" not in i18n.STRINGS


def test_plurals_follow_each_language() -> None:
    assert i18n.tr("stations_n", "fr", n=1) == "1 poste"
    assert i18n.tr("stations_n", "fr", n=0) == "0 poste"  # French: 0 is singular
    assert i18n.tr("stations_n", "fr", n=4) == "4 postes"
    assert i18n.tr("stations_n", "en", n=1) == "1 station"
    assert i18n.tr("stations_n", "en", n=0) == "0 stations"


def test_numbers_are_written_as_each_language_writes_them() -> None:
    assert i18n.number(12.35, "fr", 1) == "12,4"  # half up, decimal comma
    assert i18n.number(12.35, "en", 1) == "12.4"
    assert i18n.number(2.5, "fr", 2, fixed=True) == "2,50"
    assert i18n.number(-0.04, "fr", 1) == "0"  # never "-0"
    assert i18n.percent(0.25, "fr") == "25 %"
    assert i18n.percent(0.25, "en") == "25%"


def _module_imports(path: Path) -> set[str]:
    """The game modules ``path`` imports when it loads (not those imported in functions)."""
    import ast

    found: set[str] = set()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
    return {name for name in found if name.startswith("game")}


@pytest.mark.slow
def test_a_screen_loaded_on_first_use_finds_every_text_it_shows() -> None:
    """The flow imports a screen's module only when a player first goes there: the texts it
    asks for are declared by it, by game.i18n or by a module it imports, never only by a
    screen that may not have been shown yet."""
    modules = {".".join(p.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(
        ".__init__"): p for p in ROOT.rglob("*.py")}
    declared = {name: set(re.findall(r"""["']([a-z0-9_]+)["']: *\{""", path.read_text("utf-8")))
                for name, path in modules.items() if "define(" in path.read_text("utf-8")}
    common = declared["game.i18n"]
    flow = (ROOT / "flow.py").read_text("utf-8")
    loaded = {f"game.scenes.{n.strip()}" for names in re.findall(
        r"from game\.scenes import ([\w, ]+)", flow) for n in names.split(",")}
    assert len(loaded) > 10
    missing = []
    for name in sorted(loaded):  # a screen the flow loads, with all it imports
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current in seen or current not in modules:
                continue
            seen.add(current)
            todo += _module_imports(modules[current])
        known = common.union(*(declared.get(m, set()) for m in seen))
        for shown in sorted(m for m in seen if m.startswith("game.scenes.")):
            asked = set(re.findall(r"""\btr\(\s*["']([a-z0-9_]+)["']""",
                                   modules[shown].read_text("utf-8")))
            missing += [f"{shown} (loaded with {name}): {key}" for key in sorted(asked - known)]
    assert not missing


def _marks_text(text: str) -> str:
    """A text without its blanks ({n}, {d:%H}) and links, where punctuation is looked at."""
    return re.sub(r"\{[^}]*\}|https?://\S+", "x", text)


def test_english_puts_no_space_before_a_colon_or_a_question_mark() -> None:
    """« Total : » and « Welder : » read French in English (a playtest): in every English
    text, : ; ! ? follow their word directly."""
    load_every_module()
    found = [f"{key}: {text!r}" for key, entry in i18n.STRINGS.items()
             for text in forms(entry)["en"] if re.search(r"\s[:;!?]", _marks_text(text))]
    assert not found


def test_french_puts_a_space_before_a_colon_and_inside_quotes() -> None:
    """French sets a space before : ; ! ? and inside « » (drawn narrow and unbreakable: the
    text cache sets it, ui/text.py)."""
    load_every_module()
    found = []
    for key, entry in i18n.STRINGS.items():
        for text in forms(entry)["fr"]:
            bare = _marks_text(text)
            if re.search(r"[^\s\u202f\u00a0:;!?][:;!?](\s|$)|«[^\s\u202f\u00a0]|[^\s\u202f\u00a0]»",
                         bare):
                found.append(f"{key}: {text!r}")
    assert not found


def test_a_label_and_its_value_keep_each_language_s_punctuation() -> None:
    assert i18n.tr("labelled", "fr", label="Total", value="240 pts") == "Total : 240 pts"
    assert i18n.tr("labelled", "en", label="Total", value="240 pts") == "Total: 240 pts"


def test_no_screen_writes_a_colon_around_a_translated_word_itself() -> None:
    """The screens put a label and a value together with the language's own string
    (« labelled »), never with a colon of their own in an f-string."""
    import ast

    composed = re.compile(r"\s[:;!?](\s|$)|^[:;!?]\s")
    found = []
    paths = [*(ROOT / "scenes").glob("*.py"), *(ROOT / "ui").glob("*.py"), ROOT / "takeaway.py"]
    for path in paths:
        if path.name in OWN_WORDING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and any(
                    isinstance(v, ast.Constant) and composed.search(str(v.value))
                    for v in node.values):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert not found


#: a screen whose labels are written by its own owners (the classroom's projector): told
OWN_WORDING = {"projector.py"}
