"""The floor seen through a scrolling buffer: the same picture as the whole floor drawn at
once, a bounded memory whatever the map's size, and the avatar behind what stands before her;
each world's map drawn from the copy read when the scenario loaded."""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pygame
import pytest
import pytmx

from game import PROJECT_ROOT
from game.cli import parse
from game.loop import STEP_S
from game.run import create
from game.scenes.floor import FloorScene
from game.world import mapdata
from game.world.render import BACKGROUND, MARGIN, FloorRenderer, load_drawable

LEVELS = PROJECT_ROOT / "levels"
VIEW = (1920, 1080)


@pytest.fixture(scope="module", autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode(VIEW)
    yield
    pygame.display.quit()


def whole_floor(path: Path) -> pygame.Surface:
    """Every visible layer of the map on one surface, as the floor was drawn before."""
    info = load_drawable(path)
    tmx = info.tmx
    assert tmx is not None
    surf = pygame.Surface(info.pixel_size)
    surf.fill(BACKGROUND)
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, image in layer.tiles():
                surf.blit(image, (x * tmx.tilewidth, (y + 1) * tmx.tileheight - image.get_height()))
    return surf


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and \
        pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["soudure", "maintenance", "batteries"])
def test_scrolling_shows_exactly_the_whole_floor(name: str) -> None:
    path = LEVELS / f"{name}.tmx"
    reference = whole_floor(path)
    floor = FloorRenderer(load_drawable(path))
    screen = pygame.Surface(VIEW)
    rng = random.Random(4)
    w, h = reference.get_size()
    x, y = 0, 0
    for step in range(40):  # walking steps, then a few jumps (a new world, a teleport)
        if step % 10 == 9:
            x, y = rng.randrange(w - VIEW[0]), rng.randrange(h - VIEW[1])
        else:
            x = min(max(x + rng.randint(-40, 40), 0), w - VIEW[0])
            y = min(max(y + rng.randint(-40, 40), 0), h - VIEW[1])
        area = pygame.Rect(x, y, *VIEW)
        floor.draw(screen, area)
        assert same(screen, reference.subsurface(area)), f"step {step} at {area}"


def test_a_map_smaller_than_the_view_is_drawn_where_the_camera_puts_it() -> None:
    path = PROJECT_ROOT / "scenarios" / "exemple-minimal" / "atelier.tmx"
    reference = whole_floor(path)
    floor = FloorRenderer(load_drawable(path))
    screen = pygame.Surface(VIEW)
    screen.fill((1, 2, 3))
    area = pygame.Rect(-300, -200, *VIEW)  # the camera centres a small map
    floor.draw(screen, area)
    assert same(screen.subsurface(pygame.Rect((300, 200), reference.get_size())), reference)
    assert screen.get_at((10, 10))[:3] == (1, 2, 3)  # around it: what the scene painted


def big_map(folder: Path, side: int) -> Path:
    for name in ("factory.tsx", "factory.png"):
        (folder / name).write_bytes((LEVELS / "tilesets" / name).read_bytes())
    rows = ",\n".join(",".join(str(1 + (x * y) % 3) for x in range(side)) for y in range(side))
    path = folder / "big.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" width="{side}" height="{side}" tilewidth="64"
 tileheight="64" infinite="0"><tileset firstgid="1" source="factory.tsx"/>
 <layer id="1" name="floor" width="{side}" height="{side}"><data encoding="csv">
{rows}
</data></layer></map>""", encoding="utf-8")
    return path


def test_memory_does_not_grow_with_the_map(tmp_path: Path) -> None:
    floor = FloorRenderer(load_drawable(big_map(tmp_path, 256)))  # 16,384 px a side: 1 GiB whole
    screen = pygame.Surface(VIEW)
    for i in range(0, 16384 - VIEW[0], 700):
        floor.draw(screen, pygame.Rect(i, i * 0.8, *VIEW))
    assert floor.buffer is not None
    assert floor.buffer.get_size() == (VIEW[0] + 2 * MARGIN[0], VIEW[1] + 2 * MARGIN[1])


def solid_prop_below_floor(floor: FloorRenderer) -> tuple[int, int]:
    """A solid tile of the props layer with walkable floor in the cell above it."""
    info = floor.info
    layer = floor.standing[-1]
    for y in range(1, info.height):
        for x in range(info.width):
            gid = layer.data[y][x]
            if gid and floor._is_solid(gid) and info.walkable(x, y - 1):
                return x, y
    raise AssertionError("no prop in front of a walkway")


@pytest.mark.parametrize("in_front", [False, True])
def test_the_avatar_walks_behind_a_machine_and_in_front_of_it(in_front: bool) -> None:
    floor = FloorRenderer(load_drawable(LEVELS / "soudure.tmx"))
    x, y = solid_prop_below_floor(floor)
    tw = th = 64
    screen = pygame.Surface(VIEW)
    area = pygame.Rect(max(0, x * tw - 900), max(0, y * th - 500), *VIEW)
    floor.draw(screen, area)
    image = floor.tmx.images[floor.standing[-1].data[y][x]]
    px, py = next((i, j) for j in range(th) for i in range(16, 48)
                  if image.get_at((i, j)).a == 255)  # an opaque pixel of the machine
    probe = (x * tw + px - area.x, y * th + py - area.y)
    tile_px = screen.get_at(probe)
    feet = (y + 1) * th + 10 if in_front else y * th - 2  # below the machine, or just above
    sprite = pygame.Rect(0, 0, 64, 96)
    sprite.midbottom = (x * tw + 32, feet + 8)
    if not in_front:
        sprite.h += 40  # a tall sprite reaching over the machine's top row
    red = (255, 0, 0)
    floor.draw_sprite(screen, area, sprite, feet,
                      lambda: screen.fill(red, sprite.move(-area.x, -area.y)))
    if in_front:
        assert screen.get_at(probe)[:3] == red  # she stands before the machine: all of her
    else:
        assert screen.get_at(probe) == tile_px  # the machine hides her legs
        assert screen.get_at((probe[0], y * th - 20 - area.y))[:3] == red  # not her head


EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


def test_each_map_is_read_once_from_loading_to_the_floor(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    read: Counter[str] = Counter()
    parse_xml = mapdata.parse_xml

    def counting(path: Path):  # type: ignore[no-untyped-def]
        read[Path(path).name] += 1
        return parse_xml(path)

    monkeypatch.setattr(mapdata, "parse_xml", counting)
    app, ctx, clock = create(parse(["--headless", "--autoplay", "--data-dir",
                                    str(tmp_path / "data"), "--scenario", str(EXAMPLE)]))
    try:
        for _ in range(60 * 120):
            clock.advance(STEP_S)
            app.frame()
            if isinstance(app.top, FloorScene):
                break
        assert isinstance(app.top, FloorScene), f"the bot never reached the floor ({app.top.name})"
        app.draw()
        assert read["atelier.tmx"] == 1
        assert app.top.info is ctx.scenario.maps["atelier"]  # the map read at load, now drawn
        assert app.top.info.tmx is not None and any(app.top.info.tmx.images)
    finally:
        if ctx.scores is not None:
            ctx.scores.close()
