"""The sort and match views in the real task scene, headless: the autoplay bot, the
keyboard alone, and mouse and touch gestures each play a task to its debrief. And the
layouts: every card, bin and chip fits its screen with its text whole, for the
largest content the format allows."""
from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest
import yaml

from game.cli import parse
from game.input import DOUBLE_TAP_S
from game.loop import STEP_S
from game.run import create
from game.scenario.loader import load_scenario
from game.scene import Push
from game.scenes.task import CONTENT, TaskScene
from game.tasks.match import MatchParams, MatchRules
from game.tasks.match.layout import layout as match_layout
from game.tasks.sort import SortParams, SortRules
from game.tasks.sort.layout import THUMB
from game.tasks.sort.layout import layout as sort_layout
from game.ui.text import TextCache
from game.ui.theme import MIN_TARGET

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "scenarios" / "cap-industrie"


def t(fr: str, en: str | None = None) -> dict[str, str]:
    return {"fr": fr, "en": en or f"{fr} (en)"}


SORT = {
    "type": "sort", "time_limit_s": 120,
    "prompt": t("Range chaque cellule dans son bac.", "Put each cell in its bin."),
    "bins": [{"id": "a", "label": t("Grade A")}, {"id": "b", "label": t("Grade B")},
             {"id": "rebut", "label": t("Rebut", "Scrap")}],
    "items": [{"id": f"c{k}", "text": t(f"3,{60 + k} V — 4,{k} Ah"), "bin": b,
               "explain": t("Parce que.", "Because.")}
              for k, b in enumerate(["a", "b", "rebut", "a", "b", "rebut", "a"])],
}
MATCH = {
    "type": "match", "time_limit_s": 120,
    "prompt": t("Relie chaque symbole à sa signification."),
    "pairs": [
        {"id": "angle", "left": {"text": t("Triangle"),
                                 "image": "assets/welding/symbol_fillet.png"},
         "right": {"text": t("Soudure d'angle")}, "explain": t("La section du cordon.")},
        {"id": "v", "left": {"image": "assets/welding/symbol_v_butt.png"},
         "right": {"text": t("Bout à bout en V")}, "explain": t("Bords chanfreinés.")},
        {"id": "droits", "left": {"text": t("Deux traits")},
         "right": {"text": t("Bords droits")}},
        {"id": "tour", "left": {"text": t("Cercle au coude")},
         "right": {"text": t("Tout le pourtour")}},
    ],
}


def make_scenario(folder: Path, task: dict[str, Any]) -> Path:
    """The shipped scenario's welding world, its first station playing ``task``."""
    folder.mkdir(parents=True, exist_ok=True)
    top = yaml.safe_load((SHIPPED / "scenario.yaml").read_text(encoding="utf-8"))
    top["worlds"] = ["soudure.yaml"]
    world = yaml.safe_load((SHIPPED / "soudure.yaml").read_text(encoding="utf-8"))
    world["stations"][0]["task"] = task
    for name, data in (("scenario.yaml", top), ("soudure.yaml", world)):
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("scenarios")
    return {"sort": make_scenario(base / "sort", SORT), "match": make_scenario(base / "match",
                                                                               MATCH)}


class Harness:
    def __init__(self, app: Any, ctx: Any, clock: Any, scene: TaskScene) -> None:
        self.app, self.ctx, self.clock, self.scene = app, ctx, clock, scene
        self.view: Any = scene.view
        self.rules: Any = scene.rules

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self.clock.advance(STEP_S)
            self.app.frame()

    def key(self, key: int) -> None:
        for kind in (pygame.KEYDOWN, pygame.KEYUP):
            pygame.event.post(pygame.event.Event(kind, key=key, unicode="", mod=0, scancode=0))
        self.step(2)

    def debrief(self) -> Any:
        self.step(3)
        assert self.app.top.name == "DebriefScene"
        self.app.draw()  # the debrief lists every item with its explanation
        return self.app.top.result


LOADED: dict[Path, Any] = {}


def load_once(path: Path, **_: Any) -> Any:
    """Each test scenario is loaded and checked once; the apps of the tests share it."""
    if path not in LOADED:
        LOADED[path] = load_scenario(path)
    return LOADED[path]


@pytest.fixture
def start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    made: list[Harness] = []
    monkeypatch.setattr("game.run.load_scenario", load_once)

    def make(folder: Path, *extra: str) -> Harness:
        app, ctx, clock = create(parse(["--headless", "--data-dir", str(tmp_path / "data"),
                                        "--scenario", str(folder), *extra]))
        app.draw_every = 10  # every state is drawn now and then; the tests draw key moments
        world = ctx.scenario.model.worlds[0]
        scene = TaskScene(ctx, world.id, world.stations[0].id)
        app.transition(Push(scene))
        h = Harness(app, ctx, clock, scene)
        h.step(round((DOUBLE_TAP_S + 0.05) / STEP_S))  # a person looks before her first tap
        made.append(h)
        return h

    yield make
    for h in made:
        if h.ctx.scores is not None:
            h.ctx.scores.close()


def test_the_scenarios_load_with_the_new_types(scenarios: dict[str, Path]) -> None:
    for kind, folder in scenarios.items():
        station = load_scenario(folder).model.worlds[0].stations[0]
        assert station.task.type == kind


# -- (a) the autoplay bot ---------------------------------------------------------------
@pytest.mark.parametrize("kind", ["sort", "match"])
def test_autoplay_plays_to_the_debrief_through_the_input_path(
        kind: str, scenarios: dict[str, Path], start: Any) -> None:
    h = start(scenarios[kind], "--autoplay", "--skill", "1", "--seed", "3")
    busy = False
    for _ in range(60 * 60):
        if h.app.top is not h.scene:
            break
        busy = busy or h.scene.busy
        for rect in h.scene.targets():  # cards, chips, bins, buttons: all big enough
            assert rect.w >= MIN_TARGET and rect.h >= MIN_TARGET, (kind, rect)
        h.step()
    result = h.debrief()
    assert result.score == 100 and result.stars == 3 and all(f.ok for f in result.feedback)
    assert busy == (kind == "sort")  # the sort bot drags its cards; the match bot taps


@pytest.mark.slow
def test_autoplay_at_low_skill_ends_and_the_same_seed_plays_the_same(
        scenarios: dict[str, Path], start: Any) -> None:
    runs = []
    for _ in range(2):
        h = start(scenarios["match"], "--autoplay", "--skill", "0.3", "--seed", "11")
        while h.app.top is h.scene:
            h.step()
        runs.append((h.debrief().details, h.app.frames))
    assert runs[0] == runs[1]


# -- (b) the keyboard alone -------------------------------------------------------------
def go(h: Harness, target: str) -> None:
    """Arrow keys towards ``target`` until the focus is on it."""
    for _ in range(20):
        if h.view.focus == target:
            return
        rects = h.view.key_targets()
        here, there = rects[h.view.focus].center, rects[target].center
        dx, dy = there[0] - here[0], there[1] - here[1]
        if abs(dx) > abs(dy):
            h.key(pygame.K_RIGHT if dx > 0 else pygame.K_LEFT)
        else:
            h.key(pygame.K_DOWN if dy > 0 else pygame.K_UP)
    raise AssertionError(f"the arrows never reached {target} (focus: {h.view.focus})")


def test_sort_with_the_keyboard_alone(scenarios: dict[str, Path], start: Any) -> None:
    h = start(scenarios["sort"])
    r, v = h.rules, h.view
    h.key(pygame.K_DOWN)  # the first key shows the focus, on the first card
    first = r.unplaced[0]
    assert v.focus == f"item:{first}" and v.keyboard
    h.key(pygame.K_RETURN)  # pick it up: the arrows now go over the bins
    assert v.selected == first and v.focus == f"bin:{r.bin_ids[0]}"
    wrong = next(b for b in r.bin_ids if b != r.correct[first])
    go(h, f"bin:{wrong}")
    h.key(pygame.K_RETURN)
    assert r.bin_of(first) == wrong and v.selected is None
    go(h, f"item:{first}")  # its chip in the bin: pick it again...
    h.key(pygame.K_RETURN)
    go(h, "home")  # ...and put it back in the tray
    h.app.draw()
    h.key(pygame.K_RETURN)
    assert r.bin_of(first) is None and v.focus == f"item:{first}"
    while r.unplaced:
        item = v.focus.partition(":")[2]
        assert r.bin_of(item) is None
        h.key(pygame.K_RETURN)
        go(h, f"bin:{r.correct[item]}")
        h.key(pygame.K_RETURN)
        assert r.is_right(item)
    assert v.focus == "submit"  # all placed: the focus waits on Check
    h.key(pygame.K_RETURN)
    result = h.debrief()
    assert result.score == 100 and result.details["moves"] == len(r.order) + 2


def test_match_with_the_keyboard_alone(scenarios: dict[str, Path], start: Any) -> None:
    h = start(scenarios["match"])
    r, v = h.rules, h.view
    h.key(pygame.K_DOWN)
    assert v.focus == f"L:{r.left[0]}"
    h.key(pygame.K_RETURN)  # picked: the focus crosses to the other column, level with it
    assert v.selected == ("L", r.left[0]) and v.focus.startswith("R:")
    wrong = next(p for p in r.right if p != r.left[0])
    go(h, f"R:{wrong}")
    h.key(pygame.K_RETURN)
    assert r.links == {r.left[0]: wrong} and v.focus == f"L:{r.left[1]}"
    go(h, f"L:{r.left[0]}")  # Enter on a linked item unlinks it and picks it up
    h.key(pygame.K_RETURN)
    assert r.links == {} and v.selected == ("L", r.left[0])
    h.app.draw()
    for pid in r.left:
        if v.selected is None:
            assert v.focus == f"L:{pid}"
            h.key(pygame.K_RETURN)
        go(h, f"R:{pid}")
        h.key(pygame.K_RETURN)
        assert r.links[pid] == pid
    assert v.focus == "submit"
    h.key(pygame.K_RETURN)
    assert h.debrief().score == 100


# -- (c) mouse and touch ------------------------------------------------------------------
def mouse(h: Harness, kind: str, pos: tuple[float, float]) -> None:
    if kind == "down":
        event = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False)
    elif kind == "up":
        event = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False)
    else:
        event = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(1, 0, 0),
                                   touch=False)
    pygame.event.post(event)
    h.step()


def finger(h: Harness, kind: str, pos: tuple[float, float]) -> None:
    types = {"down": pygame.FINGERDOWN, "up": pygame.FINGERUP, "move": pygame.FINGERMOTION}
    pygame.event.post(pygame.event.Event(types[kind], touch_id=1, finger_id=7,
                                         x=pos[0] / 1920, y=pos[1] / 1080, dx=0, dy=0,
                                         pressure=1.0))
    h.step()


def tap(h: Harness, pos: tuple[float, float], device: Any = mouse) -> None:
    device(h, "down", pos)
    device(h, "up", pos)


def drag(h: Harness, a: tuple[float, float], b: tuple[float, float], device: Any = mouse) -> bool:
    """A drag from ``a`` to ``b``; True if the view said it was busy along the way."""
    device(h, "down", a)
    busy = False
    for k in range(1, 6):
        device(h, "move", (a[0] + (b[0] - a[0]) * k / 5, a[1] + (b[1] - a[1]) * k / 5))
        busy = busy or h.view.busy
    h.app.draw()  # the lifted card, or the line following the finger
    device(h, "up", b)
    return busy and not h.view.busy


@pytest.mark.slow
def test_sort_with_mouse_drags_and_taps(scenarios: dict[str, Path], start: Any) -> None:
    h = start(scenarios["sort"])
    r, v, lay = h.rules, h.view, h.view.lay
    a, b, c = r.order[:3]
    wrong = next(x for x in r.bin_ids if x != r.correct[a])
    tap(h, v.item_rect(a).center)  # tap a card, then a bin
    assert v.selected == a
    h.app.draw()
    tap(h, lay.bins[wrong].center)
    assert r.bin_of(a) == wrong and v.selected is None
    assert drag(h, v.item_rect(a).center, lay.bins[r.correct[a]].center)  # chip to bin
    assert r.is_right(a)
    assert drag(h, v.item_rect(b).center, lay.bins[r.correct[b]].center)
    assert drag(h, v.item_rect(b).center, lay.slots[c].center)  # back into the tray
    assert r.bin_of(b) is None
    tap(h, v.item_rect(a).center)  # tap a chip, then its home slot: taken out
    tap(h, lay.slots[a].center)
    assert r.bin_of(a) is None
    drag(h, v.item_rect(c).center, (lay.side.centerx, lay.side.y + 4))  # dropped on nothing
    assert r.bin_of(c) is None and len(r.unplaced) == len(r.order)
    drag(h, v.item_rect(b).center, lay.bins[r.correct[b]].center)
    tap(h, v.item_rect(c).center)  # a card in hand, tapped on a chip: it goes in that bin
    tap(h, v.item_rect(b).center)
    assert r.bin_of(c) == r.bin_of(b) and v.selected is None
    mouse(h, "down", v.item_rect(a).center)  # a finger that leaves the screen mid-drag...
    mouse(h, "move", lay.bins[r.bin_ids[0]].center)
    assert v.busy
    h.step(round(9 / STEP_S))  # ...lets the card go back, so the kiosk can go idle again
    assert not v.busy and r.bin_of(a) is None
    tap(h, lay.submit.center)  # Check waits until every card is placed
    assert not r.finished
    for item in list(r.order):
        drag(h, v.item_rect(item).center, lay.bins[r.correct[item]].center)
    assert r.can_submit and v.buttons.items[0].enabled
    tap(h, lay.submit.center)
    result = h.debrief()
    assert result.score == 100 and not result.timed_out


def test_match_with_touch_taps_and_drags(scenarios: dict[str, Path], start: Any) -> None:
    h = start(scenarios["match"])
    r, v, lay = h.rules, h.view, h.view.lay
    p0, p1, p2, p3 = r.left
    tap(h, lay.left[p0].center, finger)
    assert v.selected == ("L", p0)
    tap(h, lay.right[p1].center, finger)
    assert r.links == {p0: p1}
    tap(h, lay.right[p1].center, finger)  # a tap on a linked item takes its link off
    assert r.links == {} and v.selected == ("R", p1)
    tap(h, (CONTENT.centerx, CONTENT.y + 5), finger)  # beside the cards: lets go
    assert v.selected is None
    assert drag(h, lay.left[p1].center, lay.right[p1].center, finger)
    assert drag(h, lay.right[p2].center, lay.left[p2].center, finger)  # right to left too
    assert r.links == {p1: p1, p2: p2}
    drag(h, lay.left[p3].center, (CONTENT.centerx, lay.left[p3].centery), finger)
    assert p3 not in r.links  # dropped between the columns: no link
    tap(h, lay.submit.center, finger)
    assert not r.finished  # Check waits until everything is linked
    tap(h, lay.left[p0].center, finger)
    tap(h, lay.right[p0].center, finger)
    assert drag(h, lay.left[p3].center, lay.right[p3].center, finger)
    tap(h, lay.submit.center, finger)
    result = h.debrief()
    assert result.score == 100 and result.details["moves"] == 6


# -- layouts at the limits of the format ---------------------------------------------------
LONG = "Désalignement longitudinale raccordement"  # 40 characters of long words
LONG_LINE = "Soudure d'angle côté flèche, gorge de cinq millimètres, continue partout"[:70]


@pytest.fixture(scope="module")
def text() -> TextCache:
    pygame.font.init()
    return TextCache()


@pytest.mark.parametrize("n_items,n_bins,pictures", [
    (3, 2, False), (6, 5, True), (7, 3, False), (12, 5, False), (12, 5, True), (12, 2, True)])
def test_sort_layout_holds_the_largest_content(text: TextCache, n_items: int, n_bins: int,
                                               pictures: bool) -> None:
    label = "Rebut définitif de la pièce, mise au rebut"[:32]
    bins = [{"id": f"b{k}", "label": t(label, label)} for k in range(n_bins)]
    items = [{"id": f"i{k}", "text": t(LONG[: 40 - k % 3], LONG[: 40 - k % 3]), "bin": f"b{k % 2}",
              **({"image": "x.png"} if pictures else {})} for k in range(n_items)]
    rules = SortRules(SortParams.model_validate({"type": "sort", "bins": bins, "items": items}),
                      random.Random(1))
    lay = sort_layout(text, rules, CONTENT, "fr")
    slots = list(lay.slots.values())
    for rect in [*slots, *lay.bins.values(), lay.submit, lay.tray]:
        assert CONTENT.contains(rect) and min(rect.size) >= MIN_TARGET, rect
    assert not any(s.colliderect(o) for i, s in enumerate(slots) for o in slots[i + 1:])
    assert not any(lay.tray.colliderect(b) for b in lay.bins.values())
    assert not lay.submit.colliderect(lay.tray)
    for b, box in lay.bins.items():  # every card in one bin still fits it
        chips = list(lay.chips(b, rules.order).values())
        assert all(box.contains(c) and min(c.size) >= MIN_TARGET for c in chips)
    w, h = lay.card_size
    text_h = h - lay.picture_h - 20
    chip_w = lay.chip_size[0] - 20 - (THUMB[0] + 10 if lay.thumb else 0)
    for s in (i["text"]["fr"] for i in items):
        assert text.fits(s, lay.card_pt, w - 24, text_h), (s, lay.card_pt)
        assert text.fits(s, lay.chip_pt, chip_w, lay.chip_size[1] - 10), (s, lay.chip_pt)
    assert lay.card_pt >= 22 and lay.chip_pt >= 20


@pytest.mark.parametrize("n,pictures", [(3, False), (3, True), (8, False), (8, True)])
def test_match_layout_holds_the_largest_content(text: TextCache, n: int, pictures: bool) -> None:
    pairs = [{"id": f"p{k}", "left": {"text": t(LONG_LINE[: 70 - k], LONG_LINE[: 70 - k]),
                                      **({"image": "x.png"} if pictures else {})},
              "right": {"text": t(LONG_LINE[k:], LONG_LINE[k:])}} for k in range(n)]
    rules = MatchRules(MatchParams.model_validate({"type": "match", "pairs": pairs}),
                       random.Random(1))
    lay = match_layout(text, rules, CONTENT, "fr")
    cards = [*lay.left.values(), *lay.right.values()]
    for rect in [*cards, lay.submit]:
        assert CONTENT.contains(rect) and min(rect.size) >= MIN_TARGET, rect
    assert not any(c.colliderect(o) for i, c in enumerate(cards) for o in cards[i + 1:])
    assert all(c.bottom < lay.submit.y for c in cards)
    for p in rules.left:
        pair = rules.pair(p)
        for side, item, size in (("L", pair.left, lay.left_pt), ("R", pair.right, lay.right_pt)):
            box = lay.text_box(side, p, item.image is not None)
            assert text.fits(item.text.get("fr"), size, box.w, box.h), (p, side, size)
    assert min(lay.left_pt, lay.right_pt) >= 20
