"""F5 with --dev: the scenario and maps are read again, the player stays where she was."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pygame
import pytest

from game import PROJECT_ROOT
from game.actions import Back, Key
from game.cli import parse
from game.loop import STEP_S
from game.progress import StationResult
from game.run import create
from game.scenario.hotreload import HotReload

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"
F5 = Key(pygame.K_F5)


class Game:
    def __init__(self, folder: Path, data: Path, *extra: str) -> None:
        argv = ["--headless", "--data-dir", str(data), "--scenario", str(folder), *extra]
        self.app, self.ctx, self.clock = create(parse(argv))
        self.folder = folder

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.app.stack]

    @property
    def reload(self) -> HotReload:
        return next(w for w in self.app.watchers if isinstance(w, HotReload))

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self.clock.advance(STEP_S)
            self.app.frame()

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    def to_floor(self) -> Any:
        """Start the game by autoplay until the floor, then take the controls back."""
        import random

        from game.autoplay import Autoplay

        self.ctx.autoplay = Autoplay(random.Random(3), skill=1.0)
        for _ in range(3000):
            self.step()
            if self.names[-1] == "FloorScene":
                break
        self.ctx.autoplay = None
        assert self.names[-1] == "FloorScene"
        return self.app.top


@pytest.fixture
def game(tmp_path: Path) -> Any:
    made: list[Game] = []

    def make(*extra: str) -> Game:
        folder = tmp_path / f"scn{len(made)}"
        shutil.copytree(EXAMPLE, folder)
        g = Game(folder, tmp_path / "data", "--dev", *extra)
        made.append(g)
        return g

    yield make
    for g in made:
        if g.ctx.scores is not None:
            g.ctx.scores.close()


def test_without_dev_f5_does_nothing(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "scn")
    g = Game(tmp_path / "scn", tmp_path / "data")
    assert not any(isinstance(w, HotReload) for w in g.app.watchers)
    g.ctx.scores.close()


def test_f5_reloads_text_and_map_and_keeps_her_place(game):
    g = game()
    floor = g.to_floor()
    floor.walker.x, floor.walker.y = 5.5 * 64, 6.5 * 64
    old_cached = g.ctx.cache["floor:atelier"]
    g.edit("atelier.yaml", "Premier atelier", "Atelier modifié")
    g.app.dispatch(F5)
    g.step(2)
    top = g.app.top
    assert g.names == ["TitleScene", "FloorScene"] and top is not floor
    assert g.ctx.scenario.model.worlds[0].title.get("fr") == "Atelier modifié"
    assert (top.walker.x, top.walker.y) == (5.5 * 64, 6.5 * 64)
    assert g.ctx.cache["floor:atelier"] is not old_cached  # the map was read again
    assert g.reload.problems == [] and g.reload.banner_s > 0
    assert g.ctx.tour.scenario is g.ctx.scenario.model


def test_she_goes_back_to_the_spawn_when_her_spot_is_no_longer_floor(game):
    g = game()
    floor = g.to_floor()
    floor.walker.x, floor.walker.y = 3.5 * 64, 5.5 * 64  # column 4, row 6
    # a crate (solid) put where she stands, in the props layer (row 6 of 8, column 4)
    text = (g.folder / "atelier.tmx").read_text(encoding="utf-8")
    props = text[text.index('name="props"'):]
    rows = props[props.index("\n", props.index("<data")) + 1:props.index("</data>")]
    lines = rows.splitlines()
    cells = lines[5].split(",")
    cells[3] = "102"
    lines[5] = ",".join(cells)
    (g.folder / "atelier.tmx").write_text(text.replace(rows, "\n".join(lines) + "\n"),
                                          encoding="utf-8")
    g.app.dispatch(F5)
    g.step()
    assert g.reload.problems == []
    assert (g.app.top.walker.x, g.app.top.walker.y) == g.app.top.info.spawn


def test_the_open_dialogue_is_reopened_with_the_new_lines(game):
    g = game()
    floor = g.to_floor()
    g.app.transition(floor._open("accueil"))
    assert g.names[-1] == "DialogueScene"
    g.edit("atelier.yaml", "Bonjour ! Moi, c'est Nora", "Salut ! Moi, c'est Nora")
    g.app.dispatch(F5)
    g.step()
    assert g.names == ["TitleScene", "FloorScene", "DialogueScene"]
    assert g.app.top.line_text.startswith("Salut")
    assert g.app.stack[1].inside == "accueil"


def test_progress_is_kept(game):
    g = game()
    g.to_floor()
    g.ctx.tour.record(StationResult("atelier", "accueil", "quiz", 80, 2, 12.0))
    g.ctx.tour.preferred = [("atelier", "accueil")]
    asked = [i.id for i in g.ctx.tour.probe_items]
    g.edit("atelier.yaml", "Premier atelier", "Atelier")
    g.app.dispatch(F5)
    g.step()
    assert g.ctx.tour.result("atelier", "accueil").score == 80
    # the before/after items stay the ones asked before (their texts as edited)
    assert g.ctx.tour.scenario is g.ctx.scenario.model  # reloaded, not refused
    assert asked and [i.id for i in g.ctx.tour.probe_items] == asked
    assert g.ctx.tour.preferred == [("atelier", "accueil")]


def test_errors_are_shown_over_the_game_which_goes_on(game):
    g = game()
    floor = g.to_floor()
    before = g.ctx.scenario
    g.edit("atelier.yaml", "age: 34", "age: trente")
    g.app.dispatch(F5)
    g.step(2)
    problems = g.reload.problems
    assert len(problems) == 1 and str(problems[0]).startswith(str(g.folder / "atelier.yaml"))
    assert g.ctx.scenario is before and g.app.top is floor and g.reload.kept_old
    g.app.draw()  # the overlay draws without error
    g.app.dispatch(Back())  # closes the list, and only that: the floor does not get it
    assert g.reload.problems == [] and g.names == ["TitleScene", "FloorScene"]


def test_a_deep_problem_is_shown_but_the_new_content_is_played(game):
    g = game()
    g.to_floor()
    g.edit("atelier.yaml", "Non : les pièces lourdes", "Non : 90 % des pièces lourdes")
    g.app.dispatch(F5)
    g.step()
    assert g.reload.problems[0].message.startswith("this text states a figure")
    assert not g.reload.kept_old
    assert "90 %" in g.ctx.scenario.model.worlds[0].stations[0].intro.questions[0] \
        .answer[0].get("fr")


def test_a_game_started_broken_starts_once_fixed(game, tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "broken")
    path = tmp_path / "broken" / "atelier.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("role_model: nora", "role_model: personne"), encoding="utf-8")
    g = Game(tmp_path / "broken", tmp_path / "data2", "--dev")
    assert g.names == ["ContentErrorScene"]
    g.app.dispatch(F5)  # still broken: the error screen shows the new list
    assert g.names == ["ContentErrorScene"] and g.ctx.loaded_scenario is None
    path.write_text(text, encoding="utf-8")
    g.app.dispatch(F5)
    g.step()
    assert g.names == ["TitleScene"] and g.ctx.scenario is not None
    g.ctx.scores.close()
