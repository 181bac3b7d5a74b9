"""A whole game with the keyboard alone: real key events through the input layer."""
from __future__ import annotations

import copy

import pygame
import pytest

from game.input import DOUBLE_TAP_S
from game.scenes.title import TitleScene
from game.ui.widgets import Buttons
from game.world.paths import find_path, nearest_walkable

DIRS = {(0, 1): pygame.K_DOWN, (0, -1): pygame.K_UP, (1, 0): pygame.K_RIGHT, (-1, 0): pygame.K_LEFT}


def press(h, key: int, text: str = "") -> None:  # type: ignore[no-untyped-def]
    if key in (pygame.K_RETURN, pygame.K_SPACE):
        h.clock.advance(DOUBLE_TAP_S + 0.05)  # a person reads before Enter (sooner: dropped)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, unicode=text, mod=0, scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, unicode=text, mod=0, scancode=0))
    h.step(2)


def hold(key: int, down: bool) -> None:
    kind = pygame.KEYDOWN if down else pygame.KEYUP
    pygame.event.post(pygame.event.Event(kind, key=key, unicode="", mod=0, scancode=0))


def focus_path(buttons: Buttons, target: str) -> list[tuple[int, int]] | None:
    """The arrow presses that bring keyboard focus to ``target`` (breadth-first)."""
    start = copy.copy(buttons)
    if start.focus is None:
        start._move_focus(0, 0)
    queue = [(start.focus, [(0, 0)] if buttons.focus is None else [])]
    seen = {start.focus}
    while queue:
        focus, path = queue.pop(0)
        if focus is not None and buttons.items[focus].id == target:
            return path
        for d in DIRS:
            probe = copy.copy(buttons)
            probe.focus = focus
            probe._move_focus(*d)
            if probe.focus not in seen:
                seen.add(probe.focus)
                queue.append((probe.focus, [*path, d]))
    return None


def choose(h, buttons: Buttons, target: str) -> None:  # type: ignore[no-untyped-def]
    path = focus_path(buttons, target)
    assert path is not None, f"{target} cannot be reached with the arrow keys"
    for d in path:
        press(h, DIRS[d] if d != (0, 0) else pygame.K_DOWN)
    assert buttons.items[buttons.focus].id == target  # type: ignore[index]
    press(h, pygame.K_RETURN)


def walk_to_station(h, floor, sid: str) -> None:  # type: ignore[no-untyped-def]
    info, w = floor.info, floor.walker
    rect = floor.stations[sid]
    goal = nearest_walkable(info.walkable, info.tile_of(*rect.center))
    for _ in range(4000):
        if h.app.top is not floor:
            return
        cells = find_path(info.walkable, w.cell, goal)
        assert cells is not None
        tx, ty = ((cells[0][0] + 0.5) * info.tile_w, (cells[0][1] + 0.5) * info.tile_h) if cells \
            else rect.center
        wanted = set()
        if tx - w.x > 6: wanted.add(pygame.K_RIGHT)  # noqa: E701
        if w.x - tx > 6: wanted.add(pygame.K_LEFT)  # noqa: E701
        if ty - w.y > 6: wanted.add(pygame.K_DOWN)  # noqa: E701
        if w.y - ty > 6: wanted.add(pygame.K_UP)  # noqa: E701
        for key in DIRS.values():
            held = key in h.ctx.controls.held_keys
            if (key in wanted) != held:
                hold(key, key in wanted)
        h.step()
    raise AssertionError(f"never reached {sid}")


def weld_with_keys(h, view) -> None:  # type: ignore[no-untyped-def]
    rules = view.rules
    press(h, pygame.K_RIGHT)  # the first arrow puts the torch on the start of the joint
    target = rules.params.speed_mm_s.target
    for _ in range(60 * 90):
        if rules.finished:
            break
        live = rules.live
        fast = view.key_speed < target
        hold(pygame.K_RIGHT, fast)
        # a person looks at the torch and corrects towards the joint: ↑ when it is below the
        # joint on the screen, ↓ when above
        below = view.to_screen(view.torch)[1] - view.to_screen(rules.start_point)[1] \
            if view.torch else 0.0
        hold(pygame.K_UP, below > 0.3 * view.scale)
        hold(pygame.K_DOWN, below < -0.3 * view.scale)
        del live
        h.step()
    for key in DIRS.values():
        hold(key, False)


def answer_probe(h) -> None:  # type: ignore[no-untyped-def]
    """The before/after question: each item « Pas du tout d'accord », then (at the exit)
    the optional context: under 18, « Je préfère ne pas dire », the situation skipped."""
    answers = {None: "scale:1", "age": "age:under18", "gender": "gender:unsaid",
               "situation": "skip"}
    while h.app.top.name == "ProbeScene":
        choose(h, h.app.top.buttons, answers[h.app.top.asking])


@pytest.mark.slow
def test_a_whole_game_with_the_keyboard_alone(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    assert isinstance(h.app.top, TitleScene)
    press(h, pygame.K_RETURN)  # Enter plays
    assert h.app.top.name == "WorldSelectScene"
    choose(h, h.app.top.buttons, "world:soudure")
    answer_probe(h)
    floor = h.app.top
    assert floor.name == "FloorScene"
    for station in floor.world.stations:
        walk_to_station(h, floor, station.id)
        assert h.app.top.name == "DialogueScene", station.id
        while not h.app.top.walker.in_menu:
            press(h, pygame.K_RETURN)
        press(h, pygame.K_RETURN)  # "Au travail !" is the one main button
        task = h.app.top
        assert task.name == "TaskScene"
        view, kind = task.view, task.station.task.type
        if kind == "quiz":
            while not view.rules.finished:
                for cid in sorted(view.rules.correct_ids()):
                    choose(h, view.buttons, f"c:{cid}")
                choose(h, view.buttons, "submit")
                press(h, pygame.K_RETURN)  # next
        elif kind == "order":
            rules = view.rules
            for i, step in enumerate(rules.correct):
                src = rules.order.index(step)
                while view.focus != src:
                    press(h, pygame.K_DOWN if (view.focus or 0) < src else pygame.K_UP)
                    if view.focus is None:
                        continue
                press(h, pygame.K_RETURN)  # pick it up
                while view.focus != i:
                    press(h, pygame.K_UP if view.focus > i else pygame.K_DOWN)
                press(h, pygame.K_RETURN)  # put it down
            while view.focus != len(rules.order):
                press(h, pygame.K_DOWN)
            press(h, pygame.K_RETURN)
        elif kind == "trace":
            weld_with_keys(h, view)
        elif kind == "spot":
            press(h, pygame.K_RETURN)  # shows the focus ring
            for hid in view.rules.hotspot_ids:
                for _ in range(40):
                    if view.cycle()[view.focus] == hid:
                        break
                    press(h, pygame.K_RIGHT)
                press(h, pygame.K_RETURN)
            h.step(5)
        h.step(5)
        assert h.app.top.name == "DebriefScene", kind
        result = h.app.top.result
        assert result.score >= (60 if kind == "trace" else 100), (kind, result.score)
        assert not result.timed_out
        press(h, pygame.K_RETURN)  # continue
        assert h.app.top is floor
    assert h.ctx.tour.world_complete(floor.world)
    press(h, pygame.K_RETURN)  # "see my results" is the one main button now
    answer_probe(h)
    assert h.app.top.name == "ResultsScene"
    press(h, pygame.K_RETURN)
    assert h.app.top.name == "NicknameScene"
    for ch in "Lou":
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=ch))
        h.step()
    assert h.app.top.value == "LOU"
    press(h, pygame.K_RETURN)
    assert h.app.top.name == "LeaderboardScene"
    rows = h.ctx.scores.leaderboard("today")
    assert rows and rows[0].nickname == "LOU"
    saved = h.ctx.scores.get_game(rows[0].game_id)
    assert saved.beliefs and [a.after for a in saved.beliefs] == [1] * len(saved.beliefs)
    assert [a.before for a in saved.beliefs] == [1] * len(saved.beliefs)
    assert (saved.gender, saved.age_band, saved.situation) == ("unsaid", "under18", None)
    press(h, pygame.K_RETURN)
    assert h.app.top.name == "TakeawayScene"
    press(h, pygame.K_RETURN)
    assert isinstance(h.app.top, TitleScene) and h.ctx.tour is None


def _focus(scene):  # type: ignore[no-untyped-def]
    """Where the keyboard focus is on a screen (a task's own, or its buttons')."""
    holder = getattr(scene, "view", scene)
    if hasattr(holder, "focus"):
        return holder.focus
    return holder.buttons.focus


def _focusable(scene) -> int:  # type: ignore[no-untyped-def]
    holder = getattr(scene, "view", scene)
    if hasattr(holder, "key_targets"):
        return len(holder.key_targets())
    if hasattr(holder, "cycle"):
        return len(holder.cycle())
    buttons = getattr(holder, "buttons", None)
    return len(buttons.focusable()) if buttons is not None else 0


@pytest.mark.slow
def test_tab_cycles_the_focus_on_every_screen_with_buttons(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.actions import Tab

    h = make_app("--seed", "4")
    checked: set[str] = set()
    stuck: list[str] = []
    for _ in range(60 * 60 * 20):
        top = h.app.top
        kind = top.name if top.name != "TaskScene" else f"TaskScene:{top.kind.name}"
        if kind not in checked and _focusable(top) > 1:
            checked.add(kind)
            h.app.dispatch(Tab())
            first = _focus(top)
            h.app.dispatch(Tab())
            second = _focus(top)
            h.app.dispatch(Tab(step=-1))
            if first is None or first == second or _focus(top) != first:
                stuck.append(f"{kind}: {first}, {second}, {_focus(top)}")
        if h.ctx.autoplay.done:
            break
        h.step(3)
    assert not stuck
    tasks = {k for k in checked if k.startswith("TaskScene:")}
    assert {"TitleScene", "WorldSelectScene", "ProbeScene", "DialogueScene", "DebriefScene",
            "LeaderboardScene", "TakeawayScene", "NicknameScene"} <= checked, checked
    assert {"TaskScene:sort", "TaskScene:match", "TaskScene:order", "TaskScene:quiz",
            "TaskScene:spot"} <= tasks, tasks
