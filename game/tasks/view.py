"""The pygame side every task view shares (rules stay in each type's pure modules)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action
from game.loop import STEP_S
from game.tasks.base import get
from game.ui.widgets import Buttons

SHAKE_PX = 16  # how far a wrong answer shakes, each way

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import Bot, TaskRules


class TaskView:
    """Draws a task's rules in ``rect`` and turns actions into the type's moves."""

    #: a drag or a torch is held: the kiosk's inactivity timer must wait
    busy = False

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect,
                 station: Station, accent: tuple[int, int, int]) -> None:
        self.ctx = ctx
        self.rules = rules
        self.rect = rect
        self.station = station
        self.accent = accent
        self.buttons = Buttons()
        self._shaking: tuple[frozenset[str], float] = (frozenset(), 0.0)

    def shake(self, *button_ids: str) -> None:
        """A wrong answer: these buttons shake sideways for a moment (not under reduced motion)."""
        self._shaking = (frozenset(button_ids), self.ctx.clock.now())

    def shake_offset(self, button_id: str) -> float:
        """How far sideways ``button_id`` is drawn now (0 when still)."""
        ids, start = self._shaking
        if button_id not in ids:
            return 0.0
        return self.ctx.motion.shake(self.ctx.clock.now() - start, SHAKE_PX)

    def asset(self, relative: str) -> pygame.Surface:
        return self.ctx.images.get(self.ctx.scenario.asset(relative))

    def fit(self, relative: str, box: tuple[int, int]) -> pygame.Surface:
        return self.ctx.images.fit(self.ctx.scenario.asset(relative), box)

    def handle(self, action: Action) -> None:
        pressed = self.buttons.handle(action)
        if pressed is not None:
            self.on_button(pressed.id)

    def on_button(self, button_id: str) -> None:
        pass

    def update(self, dt: float) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        moved = [(b, b.rect) for b in self.buttons.items if self.shake_offset(b.id)]
        for b, rect in moved:  # drawn shaken; where it is tapped does not move
            b.rect = rect.move(round(self.shake_offset(b.id)), 0)
        self.buttons.draw(surface, self.ctx.text, pal)
        for b, rect in moved:
            b.rect = rect

    def bot(self, bot: Bot[Any, Any]) -> list[Action] | None:
        """What the autoplay bot does this step, as input actions (None: nothing now).

        By default the bot's ``act`` plays the rules directly, one move per think time (on
        every step for a continuous type); a view overrides this to play through its own
        gestures, as a visitor would.
        """
        ap = self.ctx.autoplay
        if ap is not None and not self.rules.finished and (
                get(self.rules.params.type).continuous or ap.due()):
            self.rules.first_move()
            bot.act(self.rules, STEP_S)
        return None

    def spoken(self) -> list[str]:
        """What self-voicing says of the task itself (the question, the items), beyond its title."""
        return []

    def focus_label(self) -> str | None:
        return self.buttons.focused_label(self.ctx.tr)

    def targets(self) -> list[pygame.Rect]:
        return [b.rect for b in self.buttons.items if b.enabled]
