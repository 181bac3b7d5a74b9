"""The gauge and spot tasks in the real TaskScene, headless: played by the autoplay bot, by
the keyboard alone (real key events), and by mouse and finger (real pointer events)."""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest
import yaml

from game.autoplay import Autoplay
from game.cli import parse
from game.input import DOUBLE_TAP_S
from game.loop import STEP_S
from game.run import create
from game.scene import Push
from game.scenes.task import TaskScene
from game.tasks.gauge.face import zone_fill
from game.ui.theme import MIN_TARGET

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "scenarios" / "cap-industrie"


def _text(fr: str, en: str) -> dict[str, str]:
    return {"fr": fr, "en": en}


def _area(i: str, x: int, y: int, r: int) -> dict[str, Any]:
    return {"id": i, "x": x, "y": y, "radius": r, "label": _text(f"{i} fr", f"{i} en"),
            "explain": _text(f"pourquoi {i}", f"why {i}")}


TASKS: dict[str, dict[str, Any]] = {
    "epi": {"type": "gauge", "mode": "stop", "label": _text("Épaisseur", "Thickness"),
            "unit": "µm", "min": 0, "max": 200, "target": 120, "tolerance": 6, "rounds": 2,
            "sweep_s": 1.0, "explain": _text("Pourquoi la zone.", "Why the zone.")},
    "preparation": {"type": "gauge", "mode": "hold", "style": "bar",
                    "label": _text("Pression", "Pressure"), "unit": "bar", "min": 0, "max": 10,
                    "target": 6, "tolerance": 0.5, "hold_s": 3, "drift": 1.5},
    "symboles": {"type": "spot", "image": "assets/welding/defect_porosity.png",
                 "time_limit_s": 60,
                 "hotspots": [_area("pores", 178, 164, 26), _area("pore-seul", 264, 156, 8)],
                 "decoys": [_area("vagues", 120, 160, 20), _area("reflet", 420, 240, 30)]},
}


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped welding world, with gauge and spot tasks in three of its stations."""
    folder = tmp_path_factory.mktemp("scenario")
    scen = yaml.safe_load((SHIPPED / "scenario.yaml").read_text(encoding="utf-8"))
    scen["worlds"] = ["soudure.yaml"]
    (folder / "scenario.yaml").write_text(yaml.safe_dump(scen, allow_unicode=True),
                                          encoding="utf-8")
    world = yaml.safe_load((SHIPPED / "soudure.yaml").read_text(encoding="utf-8"))
    for station in world["stations"]:
        if station["id"] in TASKS:
            station["task"] = TASKS[station["id"]]
    (folder / "soudure.yaml").write_text(yaml.safe_dump(world, allow_unicode=True),
                                         encoding="utf-8")
    return folder


class Game:
    def __init__(self, app: Any, ctx: Any, clock: Any) -> None:
        self.app, self.ctx, self.clock = app, ctx, clock
        self.small: set[str] = set()

    def open(self, station: str, bot: bool = False) -> Any:
        """A fresh task on top of the title screen; returns its view."""
        del self.app.stack[1:]
        self.ctx.controls.release_all()
        self.ctx.autoplay = Autoplay(random.Random(5), skill=0.9) if bot else None
        self.app.transition(Push(TaskScene(self.ctx, "soudure", station)))
        if not bot:  # a person looks before her first tap (sooner is a double tap's second half)
            self.step(round((DOUBLE_TAP_S + 0.05) / STEP_S))
        return self.app.top.view

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self.clock.advance(STEP_S)
            self.app.frame()
            if self.app.top.name == "TaskScene":
                for rect in self.app.top.targets():
                    if rect.w < MIN_TARGET or rect.h < MIN_TARGET:
                        self.small.add(str(rect))

    def until(self, cond: Callable[[], bool], limit_s: float = 30) -> None:
        for _ in range(int(limit_s / STEP_S)):
            if cond():
                return
            self.step()
        raise AssertionError(f"not reached in {limit_s} s; top is {self.app.top.name}")

    def debrief(self) -> Any:
        self.until(lambda: self.app.top.name == "DebriefScene", 10)
        self.step(round((DOUBLE_TAP_S + 0.05) / STEP_S))  # she reads before tapping on
        assert not self.small, self.small
        self.app.draw()  # the debrief draws, its figure included
        return self.app.top.result

    # real events through the input layer -------------------------------------------------
    def key(self, key: int, down: bool | None = None) -> None:
        kinds = [pygame.KEYDOWN, pygame.KEYUP] if down is None else \
            [pygame.KEYDOWN if down else pygame.KEYUP]
        for kind in kinds:
            pygame.event.post(pygame.event.Event(kind, key=key, unicode="", mod=0, scancode=0))
        self.step()

    def click(self, pos: tuple[float, float]) -> None:
        for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            pygame.event.post(pygame.event.Event(kind, pos=(round(pos[0]), round(pos[1])),
                                                 button=1, touch=False))
        self.step()

    def finger(self, kind: int, pos: tuple[float, float]) -> None:
        w, h = 1920, 1080  # headless: the window is the logical picture
        pygame.event.post(pygame.event.Event(kind, x=pos[0] / w, y=pos[1] / h, dx=0.0, dy=0.0,
                                             finger_id=1, touch_id=1, pressure=1.0))


@pytest.fixture(scope="module")
def game(scenario: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Game]:
    data = tmp_path_factory.mktemp("data")
    app, ctx, clock = create(parse(["--headless", "--scenario", str(scenario), "--data-dir",
                                    str(data), "--seed", "3"]))
    assert ctx.scenario is not None, "the test scenario must load"
    app.draw_every = 10
    yield Game(app, ctx, clock)
    if ctx.scores is not None:
        ctx.scores.close()


def figure_shows(g: Game, result: Any, colour: tuple[int, int, int]) -> bool:
    """The type's debrief figure draws, and shows ``colour`` somewhere."""
    surf = pygame.Surface((1060, 360))
    surf.fill((0, 0, 0))
    figure = g.app.top.figure  # the type's declared figure, when this result has one
    assert figure is not None and figure.shows(result)
    figure.paint(g.ctx, surf, pygame.Rect(0, 0, 1060, 360), result)
    return any(surf.get_at((x, y))[:3] == colour for x in range(0, 1060, 3)
               for y in range(0, 360, 3))


# -- (a) the autoplay bot, through the same input path --------------------------------
@pytest.mark.parametrize("station", ["epi", "preparation", "symboles"])
def test_the_bot_plays_each_task_to_the_debrief(game: Game, station: str) -> None:
    game.open(station, bot=True)
    result = game.debrief()
    assert result.score >= 70, result
    assert len(result.feedback) >= 2


# -- (b) the keyboard alone ------------------------------------------------------------
def test_gauge_stop_with_the_keyboard(game: Game) -> None:
    view = game.open("epi")
    rules = view.rules
    for _ in range(2):
        game.until(lambda: rules.sweeping and abs(rules.value - 120) <= 3)
        game.key(pygame.K_RETURN)
        assert rules.stops and abs(rules.stops[-1].value - 120) <= 4
    result = game.debrief()
    assert result.score == 100 and result.stars == 3
    assert figure_shows(game, result, zone_fill(game.ctx.palette))
    game.key(pygame.K_RETURN)  # continue
    assert game.app.top.name == "TitleScene"


def test_gauge_hold_with_the_arrow_keys(game: Game) -> None:
    view = game.open("preparation")
    rules = view.rules
    held: int | None = None
    game.key(pygame.K_RIGHT)  # the needle waits for her first move
    while not rules.finished:
        want = pygame.K_RIGHT if rules.value < 5.85 else pygame.K_LEFT if rules.value > 6.15 \
            else None  # a person watches the needle and holds an arrow against the drift
        if want != held:
            if held is not None:
                game.key(held, down=False)
            if want is not None:
                game.key(want, down=True)
            held = want
        else:
            game.step()
        if rules.holding and held is not None:
            assert view.command == (1 if held == pygame.K_RIGHT else -1)
    if held is not None:
        game.key(held, down=False)
    result = game.debrief()
    assert result.score >= 80, result
    assert result.details["inside_share"] > 0.8


def test_spot_with_the_keyboard(game: Game) -> None:
    view = game.open("symboles")
    rules = view.rules
    game.key(pygame.K_RETURN)  # the first Enter shows the focus ring
    assert view.focus == 0 and view.cycle()[0] == rules.candidates[0]
    for target in ("reflet", "pores", "pore-seul"):  # one decoy, then both faults
        while view.cycle()[view.focus] != target:
            game.key(pygame.K_RIGHT)
        game.key(pygame.K_RETURN)
        assert view.toast is not None and view.toast[0].area == target
    result = game.debrief()
    assert result.score == 90 and rules.found == ["pores", "pore-seul"]
    assert rules.decoys_tapped == ["reflet"]
    assert [f.ok for f in result.feedback] == [True, True, False]


def test_spot_keyboard_cycle_reaches_done(game: Game) -> None:
    view = game.open("symboles")
    game.key(pygame.K_DOWN)
    for _ in range(len(view.cycle()) - 1):
        game.key(pygame.K_DOWN)
    assert view.cycle()[view.focus] == "done"
    game.key(pygame.K_RETURN)
    result = game.debrief()
    assert result.score == 0 and not result.timed_out


# -- (c) mouse and finger --------------------------------------------------------------
def test_gauge_stop_with_taps_on_the_gauge_and_on_stop(game: Game) -> None:
    view = game.open("epi")
    rules = view.rules
    for target in (view.face.rect.move(0, 0).center, view.stop_rect.center):
        game.until(lambda: rules.sweeping and abs(rules.value - 120) <= 3)
        game.click(target)
        assert abs(rules.stops[-1].value - 120) <= 4
    assert game.debrief().score == 100


def test_gauge_hold_with_a_finger(game: Game) -> None:
    view = game.open("preparation")
    rules = view.rules
    side = 0
    game.finger(pygame.FINGERDOWN, view.halves[1].center)  # the needle waits for her first move
    game.finger(pygame.FINGERUP, view.halves[1].center)
    while not rules.finished:
        want = 1 if rules.value < 5.85 else -1 if rules.value > 6.15 else 0
        if want != side:
            if want == 0:
                game.finger(pygame.FINGERUP, view.halves[side].center)
            elif side == 0:
                game.finger(pygame.FINGERDOWN, view.halves[want].center)
            else:  # slide from one half to the other
                game.finger(pygame.FINGERMOTION, view.halves[want].center)
            side = want
        game.step()
        if rules.holding:
            assert view.command == side and view.busy == (side != 0)
    assert game.debrief().score >= 80


def test_spot_with_taps(game: Game) -> None:
    view = game.open("symboles")
    rules = view.rules
    game.click(view.to_screen(178 + 10, 164 - 8))  # near the centre of "pores"
    assert rules.found == ["pores"]
    # 11 image px off an 8 px circle: outside it, but within a finger's reach (32 logical px)
    assert 8 * view.k < 11 * view.k < 32
    game.click(view.to_screen(264, 156 + 11))
    assert rules.found == ["pores", "pore-seul"]
    result = game.debrief()
    assert result.score == 100


def test_spot_wrong_tap_then_done_button(game: Game) -> None:
    view = game.open("symboles")
    rules = view.rules
    game.click(view.to_screen(30, 300))  # nothing there
    assert rules.misses == 1 and view.crosses
    game.click(view.to_screen(178, 164))
    game.click(view.buttons.get("done").rect.center)
    result = game.debrief()
    assert result.score == 40  # 50 − 10
    assert result.details["missed"] == ["pore-seul"]
