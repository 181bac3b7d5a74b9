"""The class list's « temps » column as French trainers type it; anything else refused in words."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.classroom.roster import read_roster


def _one(tmp_path: Path, time: str, lang: str = "fr") -> tuple[list[float | str | None], list[str]]:
    path = tmp_path / "classe.csv"
    path.write_text(f"élève;temps\nLéa;{time}\n", encoding="utf-8")
    got = read_roster(path, lang)
    shown: list[float | str | None] = [
        "sans" if acc.no_timer else acc.more_time for _, acc in got.students]
    return shown, got.problems


@pytest.mark.parametrize("typed, factor", [
    ("x1,5", 1.5), ("×1,5", 1.5), ("1.5", 1.5), ("1,5", 1.5), ("X1.5", 1.5), ("x 1,5", 1.5),
    ("1,5x", 1.5), ("x2", 2.0), ("×2", 2.0), ("2", 2.0), ("2 fois", 2.0), ("X2", 2.0),
    ("", None), ("x1", None), ("normal", None), ("1", None),
    ("sans", "sans"), ("sans minuteur", "sans"), ("Sans chronomètre", "sans"),
    ("aucun", "sans"), ("none", "sans"), ("illimité", "sans"),
])
def test_the_forms_a_trainer_types_are_taken(tmp_path: Path, typed: str,
                                             factor: float | str | None) -> None:
    shown, problems = _one(tmp_path, typed)
    assert problems == [] and shown == [factor]


@pytest.mark.parametrize("typed", ["x3", "x1,2", "lent", "2,5", "x", "½", "-2", "x1,5,2"])
def test_anything_else_is_refused_naming_the_line_and_what_to_write(tmp_path: Path,
                                                                    typed: str) -> None:
    shown, problems = _one(tmp_path, typed)
    assert shown == []
    assert problems == [f"{tmp_path / 'classe.csv'}:2 : temps « {typed} » : écrivez x1,5, x2 ou "
                        "sans (sans minuteur), ou laissez la case vide (temps normal) ; ligne "
                        "ignorée"]


def test_english_when_asked(tmp_path: Path) -> None:
    _, problems = _one(tmp_path, "x3", "en")
    assert problems == [f"{tmp_path / 'classe.csv'}:2: time 'x3': write x1.5, x2 or none (no "
                        "timer), or leave it empty (normal time); row skipped"]


def test_the_hint_and_the_guides_say_the_same_forms() -> None:
    """The module's hint, the error and both guides name x1,5 / x2 / sans (the guide said
    x1,5 where the hint said 1.5)."""
    from game.classroom import roster

    root = Path(__file__).resolve().parents[2]
    fr = (root / "docs" / "CLASSE.md").read_text(encoding="utf-8")
    en = (root / "docs" / "CLASS.en.md").read_text(encoding="utf-8")
    assert "``x1,5`` or ``x2``" in (roster.__doc__ or "")
    assert "`x1,5`, `x2` ou `sans`" in fr and "Léa;x1,5;" in fr
    assert "`x1.5`, `x2` or `none`" in en
