"""Reading Tiled maps: the shipped one, real maps made with Tiled, and broken files."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.world.mapdata import MapError, image_size, read_map
from game.world.paths import reachable
from tests.conftest import TILED_EXAMPLES, needs_tiled_examples
from tests.scenario.helpers import png

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = TILED_EXAMPLES
needs_examples = needs_tiled_examples

# orthogonal, finite maps from the Tiled editor: the game must read each one
ORTHOGONAL = [
    "desert.tmx",  # external .tsx, spacing and margin
    "sewers.tmx",
    "orthogonal-outside.tmx",
    "forest/forest.tmx",
    "rpg/island.tmx",
    "sticker-knight/map/sandbox.tmx",  # image-collection tileset, object templates
    "sticker-knight/map/sandbox2.tmx",
]


# the shipped map ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def soudure():
    return read_map(ROOT / "levels" / "soudure.tmx")


def test_welding_hall_has_its_five_stations_and_a_spawn(soudure):
    assert set(soudure.stations) == {"epi", "preparation", "symboles", "soudure", "controle"}
    assert soudure.spawn is not None
    assert (soudure.tile_w, soudure.tile_h) == (64, 64)


def test_welding_hall_spawn_is_on_the_floor_and_every_station_can_be_reached(soudure):
    start = soudure.tile_of(*soudure.spawn)
    assert soudure.walkable(*start)
    zone = reachable(soudure.walkable, start)
    for name, (x, y, w, h) in soudure.stations.items():
        around = {(c, r)
                  for c in range(int(x // 64) - 1, int((x + w) // 64) + 1)
                  for r in range(int(y // 64) - 1, int((y + h) // 64) + 1)}
        assert around & zone, f"station {name} cannot be reached"


def test_welding_hall_walls_block_walking(soudure):
    # the side and back walls are solid tiles (solid=true in factory.tsx)
    assert all(soudure.solid[r][0] and soudure.solid[r][soudure.width - 1]
               for r in range(soudure.height))
    assert all(soudure.solid[0])
    assert sum(map(sum, soudure.solid)) > 2 * soudure.width + 2 * soudure.height  # machines too


# a small map written here: solid tiles, collision rectangles, spawn ----------------------

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" name="t" tilewidth="64" tileheight="64" tilecount="2" columns="2">
 <image source="t.png" width="128" height="64"/>
 <tile id="1"><properties><property name="solid" type="bool" value="true"/></properties></tile>
</tileset>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="5" height="3"
     tilewidth="64" tileheight="64" infinite="0" nextlayerid="5" nextobjectid="5">
 <tileset firstgid="1" source="t.tsx"/>
 <layer id="1" name="floor" width="5" height="3">
  <data encoding="csv">
1,1,1,1,1,
1,2,1,1,1,
1,1,1,1,1
</data>
 </layer>
 <objectgroup id="2" name="collisions">
  <object id="1" x="192" y="128" width="64" height="64"/>
 </objectgroup>
 <objectgroup id="3" name="stations">
  <object id="2" name="epi" x="256" y="0" width="64" height="64"/>
 </objectgroup>
 <objectgroup id="4" name="markers">
  <object id="3" name="spawn" x="32" y="160"><point/></object>
 </objectgroup>
</map>
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    (tmp_path / "t.tsx").write_text(TSX)
    (tmp_path / "t.png").write_bytes(png(128, 64))
    (tmp_path / "small.tmx").write_text(TMX)
    return tmp_path / "small.tmx"


def test_solid_tiles_and_collision_rectangles_block(small):
    info = read_map(small)
    blocked = {(c, r) for r in range(info.height) for c in range(info.width)
               if not info.walkable(c, r)}
    assert blocked == {(1, 1), (3, 2)}
    assert not info.walkable(-1, 0) and not info.walkable(5, 0)


def test_station_rectangle_and_spawn_point(small):
    info = read_map(small)
    assert info.stations == {"epi": (256, 0, 64, 64)}
    assert info.spawn == (32, 160)
    assert info.pixel_size == (320, 192)


def test_spawn_in_the_stations_layer_is_not_a_station(tmp_path):
    (tmp_path / "t.tsx").write_text(TSX)
    (tmp_path / "t.png").write_bytes(png(128, 64))
    text = TMX.replace('</objectgroup>\n <objectgroup id="4" name="markers">', "")
    assert text.count("<objectgroup") == 2
    (tmp_path / "m.tmx").write_text(text)
    info = read_map(tmp_path / "m.tmx")
    assert info.spawn == (32, 160)
    assert set(info.stations) == {"epi"}


# real Tiled maps ---------------------------------------------------------------------


@needs_examples
@pytest.mark.parametrize("name", ORTHOGONAL)
def test_real_orthogonal_maps_load(name):
    info = read_map(EXAMPLES / name)
    assert info.width > 0 and info.height > 0
    assert len(info.solid) == info.height and all(len(r) == info.width for r in info.solid)


@needs_examples
def test_real_orthogonal_map_without_image_sizes_loads():
    # made with Tiled 1.0: its .tsx <image> has no width/height; the PNG's own size is read
    info = read_map(EXAMPLES / "perspective_walls.tmx")
    assert (info.width, info.height) == (32, 32)
    ts = info.tmx.tilesets[0]
    assert (ts.width, ts.height) == image_size(EXAMPLES / "perspective_walls.png")


@needs_examples
@pytest.mark.parametrize("name", ["sandbox.tmx", "sandbox2.tmx"])
def test_objects_made_from_templates_get_the_template_name_size_and_tile(name):
    info = read_map(EXAMPLES / "sticker-knight" / "map" / name)
    heroes = [o for o in info.tmx.objects if o.name == "hero"]
    assert len(heroes) == 1
    hero = heroes[0]
    assert (hero.width, hero.height) == (128, 160)  # from templates/hero.tx
    assert hero.gid  # the template's tile, renumbered into the map's tileset


@needs_examples
@pytest.mark.parametrize(("name", "orientation"), [("isometric_grass_and_water.tmx", "isometric"),
                                                   ("hexagonal-mini.tmx", "hexagonal")])
def test_other_orientations_are_refused_by_name(name, orientation):
    with pytest.raises(MapError) as err:
        read_map(EXAMPLES / name)
    message = str(err.value)
    assert name in message
    assert orientation in message
    assert "orthogonal" in message


def test_infinite_map_is_refused(tmp_path):
    path = tmp_path / "inf.tmx"
    path.write_text('<?xml version="1.0"?>\n<map orientation="orthogonal" infinite="1" '
                    'width="4" height="4" tilewidth="64" tileheight="64"></map>')
    with pytest.raises(MapError, match=r"inf\.tmx is an infinite map"):
        read_map(path)


def test_missing_file_is_a_map_error(tmp_path):
    with pytest.raises(MapError, match="not found") as err:
        read_map(tmp_path / "nowhere.tmx")
    assert "nowhere.tmx" in str(err.value)


def test_non_xml_file_is_a_map_error(tmp_path):
    path = tmp_path / "notes.tmx"
    path.write_text("this is not a map, just notes\n")
    with pytest.raises(MapError, match=r"notes\.tmx is not a valid Tiled map"):
        read_map(path)


def test_xml_that_is_not_a_map_is_a_map_error(tmp_path):
    path = tmp_path / "tiles.tmx"
    path.write_text(TSX)
    with pytest.raises(MapError, match=r"tiles\.tmx is not a Tiled \.tmx map.*<tileset>"):
        read_map(path)


def test_map_with_a_missing_tileset_is_a_map_error(tmp_path):
    (tmp_path / "small.tmx").write_text(TMX)  # t.tsx not written
    with pytest.raises(MapError, match=r"small\.tmx uses the tileset t\.tsx, which is not found"):
        read_map(tmp_path / "small.tmx")


def test_missing_tileset_image_names_the_image_and_where_the_tileset_says_it(tmp_path):
    (tmp_path / "t.tsx").write_text(TSX)  # t.png not written
    (tmp_path / "small.tmx").write_text(TMX)
    with pytest.raises(MapError, match=r"needs the image t\.png") as err:
        read_map(tmp_path / "small.tmx")
    assert err.value.file == tmp_path / "t.tsx"
    assert err.value.line == 3  # the <image> element of the tileset


def test_xml_error_gives_its_line(tmp_path):
    path = tmp_path / "cut.tmx"
    path.write_text(TMX[:400])
    with pytest.raises(MapError, match=r"cut\.tmx is not a valid Tiled map") as err:
        read_map(path)
    assert err.value.line > 1 and err.value.hint


def test_a_solid_property_written_as_text_false_does_not_block(tmp_path):
    (tmp_path / "t.png").write_bytes(png(128, 64))
    (tmp_path / "t.tsx").write_text(TSX.replace('type="bool" value="true"', 'value="false"'))
    (tmp_path / "small.tmx").write_text(TMX)
    info = read_map(tmp_path / "small.tmx")
    assert info.walkable(1, 1)
    (tmp_path / "t.tsx").write_text(TSX.replace('type="bool" value="true"', 'value="true"'))
    assert not read_map(tmp_path / "small.tmx").walkable(1, 1)


def test_image_size_reads_png_headers(tmp_path):
    (tmp_path / "a.png").write_bytes(png(37, 11))
    assert image_size(tmp_path / "a.png") == (37, 11)
    (tmp_path / "b.png").write_text("not an image")
    assert image_size(tmp_path / "b.png") is None
