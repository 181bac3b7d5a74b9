"""`validate` on a Tiled map: what the game needs to draw it, and what a world map lacks.

Real maps made with Tiled by others must validate (warnings allowed) or be refused with a
sentence naming the feature — never a traceback. Broken maps written here check that each
problem points at the line of the .tmx or .tsx to change.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.scenario.mapcheck import check_map, reach_problems
from game.world.mapdata import read_map
from tests.conftest import TILED_EXAMPLES, needs_tiled_examples
from tests.scenario.helpers import png

EXAMPLES = TILED_EXAMPLES
needs_examples = needs_tiled_examples
ORTHOGONAL = ["desert.tmx", "sewers.tmx", "orthogonal-outside.tmx", "perspective_walls.tmx",
              "forest/forest.tmx", "rpg/island.tmx", "sticker-knight/map/sandbox.tmx",
              "sticker-knight/map/sandbox2.tmx"]
REFUSED = [("isometric_grass_and_water.tmx", "isometric"), ("hexagonal-mini.tmx", "hexagonal")]


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "validate", str(path)], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.slow
@needs_examples
@pytest.mark.parametrize("name", ORTHOGONAL)
def test_every_real_orthogonal_map_validates(name):
    run = validate(EXAMPLES / name)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout.splitlines()[-1].startswith(f"OK: {Path(name).name}")
    # what a world map lacks is said, as warnings
    assert "warning: no object named 'spawn'" in run.stdout


@pytest.mark.slow
@needs_examples
@pytest.mark.parametrize(("name", "feature"), REFUSED)
def test_isometric_and_hexagonal_maps_are_refused_naming_the_feature(name, feature):
    run = validate(EXAMPLES / name)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    first = run.stdout.splitlines()[0]
    assert first.startswith(f"{EXAMPLES / name}:2:1: ") or f"{name}:2:1: " in first
    assert feature in first and "orthogonal" in first
    assert "hint:" in run.stdout


@needs_examples
def test_real_maps_warn_about_what_the_game_does_not_draw():
    _, problems = check_map(EXAMPLES / "sticker-knight" / "map" / "sandbox.tmx")
    text = "\n".join(p.message for p in problems)
    assert "no tile layer" in text
    assert "tile object(s) are not drawn" in text
    _, problems = check_map(EXAMPLES / "forest" / "forest.tmx")
    part = [p for p in problems if "parts of a larger image" in p.message]
    assert len(part) == 1 and part[0].mark.file.name == "forest.tsx"


def test_the_shipped_and_example_maps_validate_without_warnings():
    for path in [PROJECT_ROOT / "levels" / "soudure.tmx",
                 PROJECT_ROOT / "scenarios" / "exemple-minimal" / "atelier.tmx"]:
        info, problems = check_map(path)
        assert info is not None and problems == [], "\n".join(map(str, problems))


# maps written here -------------------------------------------------------------------

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" name="t" tilewidth="64" tileheight="64" tilecount="2" columns="2">
 <image source="t.png" width="128" height="64"/>
 <tile id="1">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
"""


def tmx(data: str = "1,1,1,1,1,\n1,2,1,1,1,\n1,1,1,1,1", stations: str = "", extra: str = "",
        spawn: str = '<object id="3" name="spawn" x="32" y="160"><point/></object>',
        encoding: str = 'encoding="csv"') -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="5" height="3"
     tilewidth="64" tileheight="64" infinite="0" nextlayerid="5" nextobjectid="9">
 <tileset firstgid="1" source="t.tsx"/>
 <layer id="1" name="floor" width="5" height="3">
  <data {encoding}>
{data}
</data>
 </layer>
 <objectgroup id="3" name="stations">
{stations or '  <object id="2" name="epi" x="256" y="0" width="64" height="128"/>'}
 </objectgroup>
 <objectgroup id="4" name="markers">
  {spawn}
 </objectgroup>
{extra}
</map>
"""


def write(folder: Path, map_text: str, tsx: str = TSX) -> Path:
    (folder / "t.tsx").write_text(tsx)
    (folder / "t.png").write_bytes(png(128, 64))
    path = folder / "m.tmx"
    path.write_text(map_text)
    return path


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def messages(path: Path) -> list[str]:
    return [str(p) for p in check_map(path)[1]]


def test_a_good_small_map_has_no_problem(tmp_path):
    info, problems = check_map(write(tmp_path, tmx()))
    assert info is not None and problems == []


def test_missing_tileset_image_points_at_the_tsx_line(tmp_path):
    path = write(tmp_path, tmx())
    (tmp_path / "t.png").unlink()
    info, problems = check_map(path)
    assert info is None and len(problems) == 1
    assert problems[0].mark.file == tmp_path / "t.tsx"
    assert problems[0].mark.line == line_of(TSX, "<image")
    assert "t.png" in problems[0].message and "not found" in problems[0].message


def test_a_tileset_image_that_is_not_a_picture_is_refused(tmp_path):
    path = write(tmp_path, tmx(), TSX.replace(' width="128" height="64"', ""))
    (tmp_path / "t.png").write_text("not a picture")
    info, problems = check_map(path)
    assert info is None
    assert "is not a PNG, JPEG, GIF or BMP image" in problems[0].message


def test_zstd_layers_are_refused_with_the_tiled_setting_to_change(tmp_path):
    text = tmx(data="KLUv/SAkIQEAAQAAAAIAAAA=", encoding='encoding="base64" compression="zstd"')
    problems = check_map(write(tmp_path, text))[1]
    found = [p for p in problems if "zstd" in p.message]
    assert found and found[0].mark.line == line_of(text, "<data")
    assert "Tile Layer Format" in found[0].hint


def test_a_reserved_property_name_is_an_error_at_its_line(tmp_path):
    extra = ' <objectgroup id="5" name="deco">\n  <object id="7" x="0" y="0" width="8" ' \
            'height="8">\n   <properties>\n    <property name="width" value="3"/>\n' \
            '   </properties>\n  </object>\n </objectgroup>'
    text = tmx(extra=extra)
    problems = check_map(write(tmp_path, text))[1]
    found = [p for p in problems if "may not be named 'width'" in p.message]
    assert found and found[0].mark.line == line_of(text, '<property name="width"')


def test_a_misspelt_layer_name_gets_a_suggestion(tmp_path):
    text = tmx().replace('name="stations"', 'name="Stations"')
    found = [p for p in check_map(write(tmp_path, text))[1] if "'Stations'" in p.message]
    assert found and found[0].hint.startswith("did you mean 'stations'")


def test_a_look_alike_of_solid_is_pointed_out(tmp_path):
    tsx = TSX.replace('name="solid" type="bool"', 'name="collides" type="bool"')
    found = [p for p in check_map(write(tmp_path, tmx(), tsx))[1] if "'collides'" in p.message]
    assert found and "did you mean 'solid'" in found[0].hint
    assert found[0].mark.file.name == "t.tsx"


def test_a_tile_no_tileset_has_is_an_error(tmp_path):
    text = tmx(data="1,1,1,1,1,\n1,9,1,1,1,\n1,1,1,1,1")
    found = [p for p in check_map(write(tmp_path, text))[1] if "no tileset has" in p.message]
    assert found and "column 2, row 2" in found[0].message
    assert found[0].severity == "error"


def test_a_world_map_without_spawn_or_stations_gets_warnings(tmp_path):
    text = tmx(spawn="", stations=" ").replace('name="stations"', 'name="decor"')
    problems = check_map(write(tmp_path, text))[1]
    assert {p.severity for p in problems} == {"warning"}
    text = "\n".join(p.message for p in problems)
    assert "no object layer named 'stations'" in text and "no object named 'spawn'" in text


def test_unreachable_and_unopenable_stations_are_named(tmp_path):
    # a wall (tile 2) in column 4 shuts the station in column 5 away from the spawn
    walled = tmx(data="1,1,1,2,1,\n1,1,1,2,1,\n1,1,1,2,1")
    info = read_map(write(tmp_path, walled))
    assert reach_problems(info)[0][0].startswith("station 'epi' cannot be reached")
    # a station drawn over a machine only: the avatar stops beside it, outside the rectangle
    machine = tmx(data="1,1,1,1,2,\n1,1,1,1,2,\n1,1,1,1,2",
                  stations='  <object id="2" name="epi" x="256" y="0" width="64" height="64"/>')
    info = read_map(write(tmp_path, machine))
    message, hint = reach_problems(info)[0]
    assert "cannot be opened" in message and "middle is on the floor" in hint


def test_absolute_paths_are_warned_alone_and_errors_in_a_scenario(tmp_path):
    text = tmx().replace('source="t.tsx"', f'source="{tmp_path / "t.tsx"}"')
    path = write(tmp_path, text)
    alone = [p for p in check_map(path)[1] if "absolute path" in p.message]
    assert alone and alone[0].severity == "warning"
    inside = [p for p in check_map(path, roots=(tmp_path,), world=False)[1]
              if "absolute path" in p.message]
    assert inside and inside[0].severity == "error"


def test_files_outside_the_scenario_are_errors(tmp_path):
    folder = tmp_path / "scn"
    folder.mkdir()
    write(tmp_path, tmx())  # the tileset lies in the parent folder
    path = folder / "m.tmx"
    path.write_text(tmx().replace('source="t.tsx"', 'source="../t.tsx"'))
    found = [p for p in check_map(path, roots=(folder,), world=False)[1]
             if "outside the scenario folder" in p.message]
    assert found and "../t.tsx" in found[0].message


def test_object_templates_are_applied(tmp_path):
    (tmp_path / "spawn.tx").write_text('<?xml version="1.0"?>\n<template>\n'
                                       ' <object name="spawn"><point/></object>\n</template>\n')
    text = tmx(spawn='<object id="3" template="spawn.tx" x="32" y="160"/>')
    info, problems = check_map(write(tmp_path, text))
    assert problems == [] and info is not None and info.spawn == (32, 160)


def test_a_missing_template_is_named(tmp_path):
    text = tmx(spawn='<object id="3" template="nowhere.tx" x="32" y="160"/>')
    info, problems = check_map(write(tmp_path, text))
    assert info is None and "nowhere.tx" in problems[0].message
    assert problems[0].mark.line == line_of(text, 'template="nowhere.tx"')


@pytest.mark.parametrize("share", [0.02, 0.3, 0.6, 0.97])
def test_a_map_cut_short_is_an_error_with_a_line_never_a_traceback(tmp_path, share):
    text = tmx()
    info, problems = check_map(write(tmp_path, text[:int(len(text) * share)]))
    assert info is None and problems and problems[0].mark.line >= 1
