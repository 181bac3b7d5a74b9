"""A task type is one package: a throw-away type, registered from a temporary folder, is
validated, published in the schema, played by the bot and drawn by the debrief, with no
file of the game changed.
"""
from __future__ import annotations

import importlib
import shutil
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game import PROJECT_ROOT
from game.loop import STEP_S
from game.scenario.analysis import analyse
from game.scenario.problems import Problem
from game.schema import schema
from game.tasks import REGISTRY, guide, unregister

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"
NAME = "throwaway"
FIGURE_INK = (255, 0, 255)  # the figure's colour: nothing else in the game uses it

PACKAGE = {
    "__init__.py": '''
        """A throw-away task type: tap the counter ``count`` times."""
        from __future__ import annotations

        import random
        from pathlib import Path
        from typing import Any, Literal

        from game.scenario.refs import Asset
        from game.scenario.text import LocalText
        from game.tasks.base import (Bot, Feedback, Figure, Finding, Pictures, TaskParams,
                                     TaskResult, TaskRules, TaskType, register)

        PAINTED: list[TaskResult] = []  # what the debrief had the figure draw


        class CountParams(TaskParams):
            type: Literal["throwaway"]
            count: int = 3
            photo: Asset | None = None  # named neither image nor portrait: still a file


        class CountRules(TaskRules[CountParams]):
            def __init__(self, params: CountParams, rng: random.Random,
                         timers: bool = True) -> None:
                super().__init__(params, rng, timers)
                self.taps = 0

            def tap(self) -> None:
                self.taps += 1
                if self.taps >= self.params.count:
                    self.finish()

            def score(self) -> float:
                return 100 * min(self.taps, self.params.count) / self.params.count

            def feedback(self) -> list[Feedback]:
                return [Feedback(LocalText.of("Compté", "Counted"), self.taps >= self.params.count)]

            def details(self) -> dict[str, Any]:
                return {"taps": self.taps}


        class CountBot(Bot[CountParams, CountRules]):
            def act(self, rules: CountRules, dt: float) -> None:
                rules.tap()


        def _view() -> Any:
            from throwaway_task.view import CountView

            return CountView


        def _paint() -> Any:
            from throwaway_task.view import paint

            return paint


        def _at_most_ten(params: CountParams, pictures: Pictures) -> list[Finding]:
            if params.count <= 10:
                return []
            return [Finding(("count",), f"{params.count} taps are too many", "ten at most")]


        TASK = register(TaskType(
            name="throwaway", params=CountParams, rules=CountRules, bot=CountBot, view=_view,
            summary=LocalText.of("tape un compteur", "taps a counter"),
            scoring=LocalText.of("les tapes", "the taps"),
            figure=Figure(lambda result: bool(result.details.get("taps")), _paint),
            check=_at_most_ten,
            guide=Path(__file__).parent,
        ))
    ''',
    "guide.en.md": '''
        ### throwaway: tap a counter

        <!-- task: throwaway -->
        ```yaml
        task:
          type: throwaway
          count: 3
        ```

        Tap `count` times. Score: 100 × taps / count.
    ''',
    "view.py": '''
        """The throw-away type's view: one button; the autoplay plays it through act()."""
        from __future__ import annotations

        from typing import Any

        import pygame

        from game.tasks.view import TaskView
        from game.ui.widgets import Button
        from throwaway_task import PAINTED


        class CountView(TaskView):
            def __init__(self, *args: Any) -> None:
                super().__init__(*args)
                self.buttons.set([Button("tap", pygame.Rect(self.rect.x, self.rect.y, 300, 120),
                                         "+1")])

            def on_button(self, button_id: str) -> None:
                self.rules.tap()


        def paint(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, result: Any) -> None:
            PAINTED.append(result)
            surface.fill((255, 0, 255), rect.inflate(-rect.w // 2, -rect.h // 2))
    ''',
}


@pytest.fixture
def throwaway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The package written in a temporary folder on sys.path, imported (so registered)."""
    package = tmp_path / "plugins" / "throwaway_task"
    package.mkdir(parents=True)
    for name, text in PACKAGE.items():
        (package / name).write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.syspath_prepend(str(package.parent))
    module = importlib.import_module("throwaway_task")
    yield module
    unregister(NAME)
    for name in [m for m in sys.modules if m.startswith("throwaway_task")]:
        del sys.modules[name]


def scenario_with(folder: Path, task: str) -> Path:
    """The minimal example with its station's task replaced by ``task`` (YAML, 4 spaces in)."""
    shutil.copytree(EXAMPLE, folder)
    world = folder / "atelier.yaml"
    text = world.read_text("utf-8")
    start, end = text.index("    task:\n"), text.index("    debrief:")
    world.write_text(text[:start] + textwrap.indent(textwrap.dedent(task), "    ") + text[end:],
                     encoding="utf-8")
    return folder


def line_of(folder: Path, needle: str) -> int:
    lines = (folder / "atelier.yaml").read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.mark.slow
def test_a_throw_away_type_validates_and_its_bot_solves_it(throwaway: Any, tmp_path: Path) -> None:
    folder = scenario_with(tmp_path / "scn", "task:\n  type: throwaway\n  count: 4\n")
    assert analyse(folder).problems == []


def test_a_throw_away_type_s_mistakes_are_told_like_any_other(throwaway: Any,
                                                              tmp_path: Path) -> None:
    folder = scenario_with(tmp_path / "scn", "task:\n  type: throwaway\n  count: 'four'\n")
    problems = analyse(folder).problems
    assert [p.mark.line for p in problems] == [line_of(folder, "count:")]
    assert "whole number" in problems[0].message


def test_its_own_declared_check_runs_in_validate(throwaway: Any, tmp_path: Path) -> None:
    folder = scenario_with(tmp_path / "scn", "task:\n  type: throwaway\n  count: 12\n")
    problems = analyse(folder).problems
    assert [(p.mark.line, p.message, p.hint) for p in problems] == [
        (line_of(folder, "count:"), "12 taps are too many", "ten at most")]


def test_a_field_marked_as_an_asset_is_checked_whatever_its_name(throwaway: Any,
                                                                 tmp_path: Path) -> None:
    folder = scenario_with(tmp_path / "scn", "task:\n  type: throwaway\n"
                                             "  photo: assets/nowhere.png\n")
    problems: list[Problem] = analyse(folder).problems
    assert [(p.mark.line, p.message) for p in problems] == [
        (line_of(folder, "photo:"), "file not found: assets/nowhere.png")]
    shutil.copy(EXAMPLE.parent.parent / "assets" / "portraits" / "ines.png",
                folder / "photo.png")
    (folder / "atelier.yaml").write_text((folder / "atelier.yaml").read_text("utf-8").replace(
        "assets/nowhere.png", "photo.png"), encoding="utf-8")
    assert analyse(folder).problems == []


def test_the_schema_and_the_guides_list_take_it(throwaway: Any) -> None:
    for kind in ("scenario", "world"):
        doc = schema(kind)
        mapping = next(v["discriminator"]["mapping"] for v in _all(doc)
                       if isinstance(v, dict) and "discriminator" in v)
        assert set(mapping) == set(REGISTRY) and NAME in mapping
    assert "| `throwaway` | taps a counter | the taps | 100 |" in guide.table("en")
    # its own guide.en.md becomes its section of the English guide; a missing French one
    # is said in words, naming the file to write
    assert "<!-- task: throwaway -->\n```yaml\ntask:\n  type: throwaway" in guide.examples("en")
    with pytest.raises(ValueError, match=r"no guide section in fr: write .*guide\.fr\.md"):
        guide.examples("fr")


@pytest.mark.slow
def test_the_bot_plays_it_and_the_debrief_draws_its_figure(throwaway: Any,
                                                           tmp_path: Path) -> None:
    from game.cli import parse
    from game.run import create
    from game.scenes.debrief import DebriefScene

    folder = scenario_with(tmp_path / "scn", "task:\n  type: throwaway\n  count: 3\n")
    app, ctx, clock = create(parse(["--headless", "--autoplay", "--data-dir",
                                    str(tmp_path / "data"), "--scenario", str(folder)]))
    try:
        assert ctx.scenario is not None, "the scenario with the throw-away type did not load"
        seen = None
        for _ in range(60 * 60 * 10):
            clock.advance(STEP_S)
            app.frame()
            if seen is None and isinstance(app.top, DebriefScene) and not app.slide.active:
                app.draw()  # once the scene change has slid away
                seen = app.display.logical.copy()
            if ctx.autoplay.done or not app.running:
                break
        assert ctx.autoplay.done, f"the bot is stuck on {app.top.name}"
        assert ctx.autoplay.summary["stations_completed"] == 1
        assert [r.score for r in throwaway.PAINTED] == [100]
        assert seen is not None and any(
            seen.get_at((x, y))[:3] == FIGURE_INK for x in range(0, 1920, 8)
            for y in range(0, 1080, 8)), "the debrief does not show the figure"
    finally:
        if ctx.scores is not None:
            ctx.scores.close()


def _all(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _all(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all(value)


def test_a_declaration_that_cannot_work_is_refused_when_it_registers() -> None:
    import dataclasses

    from game.tasks import register
    from game.tasks.base import Bot

    quiz = REGISTRY["quiz"]
    with pytest.raises(TypeError, match=r'type: Literal\["throwaway"\]'):
        register(dataclasses.replace(quiz, name=NAME))  # quiz's parameters say type: quiz

    class Lazy(Bot):  # type: ignore[type-arg]
        """A bot that never says how it plays."""

    with pytest.raises(TypeError, match=r"must implement act\(rules, dt\)"):
        register(dataclasses.replace(quiz, bot=Lazy))
    assert NAME not in REGISTRY and REGISTRY["quiz"] is quiz
