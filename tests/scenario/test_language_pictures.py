"""A picture with words in it has a version per language beside it (`<name>.<lang>.png`): the
game shows the one of the language played, and validate checks each is the picture's size (a
playtest: the workshop's hazard picture showed French signs in an English game)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game import PROJECT_ROOT
from game.scenario.analysis import analyse
from game.scenario.loader import load_scenario
from tests.scenario.helpers import png

SIGNED = ("assets/maintenance/workshop_hazards.png", "assets/batteries/dryroom_check.png")
EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


@pytest.mark.parametrize("picture", SIGNED)
def test_the_shipped_pictures_with_signs_are_drawn_in_english_too(picture: str) -> None:
    """Each is the French picture with its words translated: same size, a few pixels apart."""
    fr = pygame.image.load(str(PROJECT_ROOT / picture))
    en = pygame.image.load(str(PROJECT_ROOT / picture.replace(".png", ".en.png")))
    assert en.get_size() == fr.get_size()
    w, h = fr.get_size()
    a, b = pygame.image.tobytes(fr, "RGB"), pygame.image.tobytes(en, "RGB")
    differ = sum(a[i:i + 3] != b[i:i + 3] for i in range(0, len(a), 3))
    assert 0 < differ < 0.03 * w * h  # the signs, not the scene


def test_the_game_shows_the_picture_of_the_language_played(scenario_path: Path) -> None:
    loaded = load_scenario(scenario_path)
    lang = {"value": "en"}
    loaded.language = lambda: lang["value"]
    for picture in SIGNED:
        assert loaded.asset(picture).name == Path(picture).name.replace(".png", ".en.png")
    portrait = loaded.model.worlds[0].role_models[0].portrait
    assert loaded.asset(portrait).name == Path(portrait).name  # no English version: itself
    lang["value"] = "fr"
    assert [loaded.asset(p).name for p in SIGNED] == [Path(p).name for p in SIGNED]
    loaded.language = None  # validate, a tool: the picture as named
    assert loaded.asset(SIGNED[0]).name == "workshop_hazards.png"


def test_a_version_of_another_size_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "ex"
    shutil.copytree(EXAMPLE, folder)
    world = folder / "atelier.yaml"
    text = world.read_text(encoding="utf-8")
    (folder / "face.png").write_bytes(png(40, 40))
    (folder / "face.en.png").write_bytes(png(40, 30))
    world.write_text(text.replace("assets/portraits/ines.png", "face.png"), encoding="utf-8")
    found = [p for p in analyse(folder, deep=False).problems if "face.en.png" in p.message]
    assert len(found) == 1, analyse(folder, deep=False).problems
    assert "40×30 px" in found[0].message and "40×40 px" in found[0].message
    assert found[0].mark.file.name == "atelier.yaml"
    (folder / "face.en.png").write_bytes(png(40, 40))  # the right size: nothing to say
    assert not [p for p in analyse(folder, deep=False).problems if "face" in p.message]

