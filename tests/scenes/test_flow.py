"""The whole game, played by the bot through every scene a player sees."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.actions import Back
from game.loop import STEP_S
from game.scene import Reset
from game.scenes.title import TitleScene
from game.ui.theme import MIN_TARGET

ROOT = Path(__file__).resolve().parents[2]


def play_through(h) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    for _ in range(60 * 60 * 20):
        name = h.app.top.name
        if not seen or seen[-1] != name:
            seen.append(name)
        if h.ctx.autoplay.done or not h.app.running:
            break
        h.step()
    return seen


@pytest.mark.slow
def test_autoplay_plays_the_default_scenario_to_the_end(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "2")
    seen = play_through(h)
    assert h.ctx.autoplay.done
    s = h.ctx.autoplay.summary
    worlds = h.ctx.scenario.model.worlds
    assert s["worlds_completed"] == [w.id for w in worlds]  # the bot takes the full tour
    assert s["stations_completed"] == sum(len(w.stations) for w in worlds)
    assert 0 < s["score"] <= 100 * s["stations_completed"]
    for scene in ("TitleScene", "WorldSelectScene", "ProbeScene", "FloorScene", "DialogueScene",
                  "TaskScene", "DebriefScene", "ResultsScene", "NicknameScene", "LeaderboardScene",
                  "TakeawayScene"):
        assert scene in seen
    assert isinstance(h.app.top, TitleScene)  # back to the start, ready for the next player
    assert h.ctx.tour is None


@pytest.mark.slow
def test_the_same_seed_gives_the_same_game(make_app) -> None:  # type: ignore[no-untyped-def]
    a, b = make_app("--seed", "5"), make_app("--seed", "5")
    play_through(a)
    play_through(b)
    assert a.ctx.autoplay.summary == b.ctx.autoplay.summary
    assert a.app.frames == b.app.frames


@pytest.mark.slow
def test_headless_autoplay_command_prints_one_json_line(tmp_path: Path) -> None:
    extra = ["--scenario", os.environ["CAP_SCENARIO"]] if os.environ.get("CAP_SCENARIO") else []
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--autoplay",
                          "--seed", "2", "--data-dir", str(tmp_path), *extra],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False)
    assert out.returncode == 0, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert last["scenario"] == "cap-industrie" or os.environ.get("CAP_SCENARIO")
    assert len(last["worlds_completed"]) >= 1
    assert last["stations_completed"] >= 5
    assert isinstance(last["score"], int) and isinstance(last["frames"], int)


def until_one_world(h, cond, limit_s: float = 600) -> None:  # type: ignore[no-untyped-def]
    """Like ``h.until``, but at the world choice this player takes the first world alone where
    the bot takes the grand tour: every kind of screen still comes, after a third of the play."""
    world = h.ctx.scenario.model.worlds[0].id
    for _ in range(int(limit_s / STEP_S)):
        if cond():
            return
        top = h.app.top
        if top.name == "WorldSelectScene" and h.ctx.tour is None:
            h.act(*top.buttons.tap(f"world:{world}"))
        else:
            h.step()
    raise AssertionError(f"not reached in {limit_s} s; top is {h.app.top.name}")


@pytest.mark.slow
def test_a_reset_from_every_scene_leaves_nothing_of_the_player(make_app) -> None:  # type: ignore[no-untyped-def]
    names = play_through(make_app("--seed", "3"))  # every screen of the bot's grand tour
    for target in dict.fromkeys(names):
        h = make_app("--seed", "3")
        until_one_world(h, lambda h=h, target=target: h.app.top.name == target)
        h.step(20)
        h.app.transition(Reset(h.ctx.home()))
        assert len(h.app.stack) == 1 and isinstance(h.app.top, TitleScene), target
        assert h.ctx.tour is None, target
        assert h.ctx.controls.direction == (0, 0) and not h.ctx.controls.pointer_down
        # and the next player can start a new game from there and finish a station
        until_one_world(h, lambda h=h: h.app.top.name == "DebriefScene")
        assert len(h.ctx.tour.results) == 1, target


def test_back_on_the_floor_asks_before_leaving(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "1")
    h.until(lambda: h.app.top.name == "FloorScene")
    h.ctx.autoplay = None  # a person from here on
    h.act(Back())
    assert h.app.top.name == "PauseScene"  # Escape pauses: the menu
    h.act(Back())
    assert h.app.top.name == "FloorScene"  # Escape again: stay
    h.act(Back())
    h.act(*h.app.top.buttons.tap("quit"))
    assert h.app.top.name == "LeaveScene"  # leaving the game asks first
    h.act(*h.app.top.buttons.tap("leave"))
    assert isinstance(h.app.top, TitleScene) and h.ctx.tour is None


@pytest.mark.slow
def test_every_touch_target_is_at_least_64_logical_pixels(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--seed", "4")
    small: set[str] = set()
    for _ in range(60 * 60 * 20):
        for rect in h.app.top.targets():
            if rect.w < MIN_TARGET or rect.h < MIN_TARGET:
                small.add(f"{h.app.top.name}: {pygame.Rect(rect)}")
        if h.ctx.autoplay.done:
            break
        h.step(3)
    assert not small
