"""The pygame side every task view shares (rules stay in each type's pure modules)."""
from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pygame

from game.actions import Action
from game.loop import STEP_S
from game.tasks.base import get
from game.ui.widgets import Buttons

SHAKE_PX = 16  # how far a wrong answer shakes, each way
SHAKE_S = 0.4  # how long it shakes

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import Bot, TaskRules


B = TypeVar("B", bound="Bot[Any, Any]")


class TaskView(Generic[B]):
    """Draws a task's rules in ``rect`` and turns actions into the type's moves; ``B`` is the
    type's bot, whose moves :meth:`bot` turns into gestures."""

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect,
                 station: Station, accent: tuple[int, int, int]) -> None:
        self.ctx = ctx
        self.rules = rules
        self.rect = rect
        self.station = station
        self.accent = accent
        self.buttons = Buttons()
        self._shaking: tuple[frozenset[str], float] = (frozenset(), 0.0)

    @property
    def busy(self) -> bool:
        """A drag or a torch is held: the kiosk's inactivity timer must wait."""
        return False

    def layout(self) -> None:
        """Where the view's buttons go (a type's): called again when the settings change."""

    def shake(self, *keys: str) -> None:
        """A wrong move: these things shake sideways for a moment (not under reduced motion).

        A key names a button (its id) or anything a view draws itself (a card, a chip, a
        cross), which it draws at :meth:`shaken`. Every task type's wrong move shakes this
        way; when the move ended the task, the scene waits for the shake (:attr:`settled`).
        """
        self._shaking = (frozenset(keys), self.ctx.clock.now())

    def shake_offset(self, key: str) -> float:
        """How far sideways ``key`` is drawn now (0 when still)."""
        ids, start = self._shaking
        if key not in ids:
            return 0.0
        return self.ctx.motion.shake(self.ctx.clock.now() - start, SHAKE_PX, SHAKE_S)

    def shaken(self, key: str, rect: pygame.Rect) -> pygame.Rect:
        """Where to draw ``rect`` of the thing ``key`` now (where it is tapped does not move)."""
        return rect.move(round(self.shake_offset(key)), 0)

    @property
    def shaking(self) -> bool:
        """Whether a wrong move is still shaking (never under reduced motion)."""
        ids, start = self._shaking
        return bool(ids) and not self.ctx.motion.reduced \
            and 0 <= self.ctx.clock.now() - start < SHAKE_S

    @property
    def settled(self) -> bool:
        """Whether what the last move showed is over, so a finished task may give way."""
        return not self.shaking

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

    # drawing -----------------------------------------------------------------------
    # A view may keep its bottom part: what :meth:`draw_layer` paints changes only when
    # :meth:`layer_key` does, so the scene paints it once under its header and blits both
    # each frame, then calls :meth:`draw_top` for the rest. :meth:`draw` draws it all (the
    # scene calls it when the key is None): the layer, then the top, so the two ways give the
    # same pixels.
    def layer_key(self) -> Hashable | None:
        """Everything :meth:`draw_layer` depends on now (None: nothing is kept)."""
        return None

    def draw_layer(self, surface: pygame.Surface) -> None:
        """The view's bottom part, kept while :meth:`layer_key` stays the same."""

    def draw_top(self, surface: pygame.Surface) -> None:
        """What is drawn over the kept layer, each frame (by default: the buttons)."""
        self.draw_buttons(surface)

    def draw(self, surface: pygame.Surface) -> None:
        """The whole view, its layer then its top; nothing once the task is over and its
        last move has settled (the scene is about to give way)."""
        if self.rules.finished and self.settled:
            return
        self.draw_layer(surface)
        self.draw_top(surface)

    def draw_buttons(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        moved = [(b, b.rect) for b in self.buttons.items if self.shake_offset(b.id)]
        for b, rect in moved:  # drawn shaken; where it is tapped does not move
            b.rect = self.shaken(b.id, rect)
        self.buttons.draw(surface, self.ctx.text, pal)
        for b, rect in moved:
            b.rect = rect

    def bot(self, bot: B) -> list[Action] | None:
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

    def controls(self) -> str | None:
        """This task's own controls, for the pause menu's help (None: the general ones)."""
        return None

    def spoken(self) -> list[str]:
        """What self-voicing says of the task itself (the question, the items), beyond its title."""
        return []

    def focus_label(self) -> str | None:
        return self.buttons.focused_label(self.ctx.tr)

    def loops(self) -> dict[str, float]:
        """Sounds (made by tools/gen_ambience.py) to loop while the task is on top, name ->
        volume 0..1; played by :class:`game.ambience.Ambience`, silent when sound is off."""
        return {}

    def targets(self) -> list[pygame.Rect]:
        return [b.rect for b in self.buttons.items if b.enabled]
