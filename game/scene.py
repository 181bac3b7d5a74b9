"""Scenes form a stack; a transition is a value that one small function applies."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pygame

    from game.actions import Action
    from game.context import Context


EVERY_FRAME = 0.0  # a scene that moves: drawn every frame
STILL: None = None  # a still screen: drawn again only after an input or a transition


class Scene:
    """A screen: handles actions, updates at a fixed step, draws the logical surface.

    ``handle`` and ``update`` return a :data:`Transition` or ``None``.
    """

    #: letters typed go to the scene as text, not as directions
    text_mode = False
    #: a question over the screen below (pause, leave): the scene change does not slide
    modal = False
    #: bumped by a scene when it shows new content without a scene change (the next
    #: statement): a person's tap right after it is a double tap's second half and is dropped
    #: (:class:`game.input.DoubleTapGuard`)
    content_version = 0

    @property
    def transparent(self) -> bool:
        """The scene below stays drawn (a dialogue over the floor, a modal until it has taken
        its still of the screen below)."""
        return False

    @property
    def busy(self) -> bool:
        """A player is holding something (a drag, a torch): inactivity must not fire."""
        return False

    def frame_interval(self) -> float | None:
        """Seconds after which this scene must be drawn again though nothing happened.

        :data:`EVERY_FRAME` while it moves on its own (the default: nothing freezes by
        mistake), a longer time for a slow ambient animation or a timer, :data:`STILL` for a
        screen that changes only on an input or a transition: the loop then sleeps.
        """
        return EVERY_FRAME

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def enter(self) -> None:
        """Called when the scene becomes the top of the stack (again)."""

    def settings_changed(self) -> None:
        """The settings changed (text size, contrast, language, timers, a student's
        accommodations): drop what was drawn or laid out with the old ones. The app calls it
        on every scene of the stack after :meth:`Context.apply_settings`."""

    def handle(self, action: Action) -> Transition | None:
        return None

    def update(self, dt: float) -> Transition | None:
        return None

    def draw(self, surface: pygame.Surface) -> None:
        raise NotImplementedError

    def bot(self) -> list[Action] | Transition | None:
        """What the autoplay bot does this step: actions, as a player would give."""
        return None

    def spoken(self) -> list[str]:
        """What self-voicing says of this screen: said when it appears and whenever it changes."""
        return []

    def focus_label(self) -> str | None:
        """The focused button or item in words, said when the keyboard focus moves."""
        return None

    def targets(self) -> list[Any]:
        """The touch targets on screen (rects), for the 64-pixel check and the bot."""
        return []

    def loops(self) -> dict[str, float]:
        """Sounds to loop while this screen is on top (name -> volume 0..1): the weld's arc."""
        return {}

    @property
    def name(self) -> str:
        return type(self).__name__


@dataclass(frozen=True)
class Push:
    scene: Scene


@dataclass(frozen=True)
class Pop:
    """Leave the top scene; ``then`` may replace the one below with another."""

    then: Transition | None = None


@dataclass(frozen=True)
class Replace:
    scene: Scene


@dataclass(frozen=True)
class Reset:
    """Empty the stack and start again from ``scene`` (a kiosk reset)."""

    scene: Scene


@dataclass(frozen=True)
class Quit:
    pass


Transition = Push | Pop | Replace | Reset | Quit


def apply(stack: list[Scene], transition: Transition | None) -> bool:
    """Apply a transition to the stack; False means quit. The new top is entered."""
    if transition is None:
        return True
    if isinstance(transition, Quit):
        return False
    if isinstance(transition, Push):
        stack.append(transition.scene)
    elif isinstance(transition, Pop):
        if len(stack) > 1:
            stack.pop()
        if transition.then is not None:
            return apply(stack, transition.then)
    elif isinstance(transition, Replace):
        if stack:
            stack.pop()
        stack.append(transition.scene)
    elif isinstance(transition, Reset):
        stack.clear()
        stack.append(transition.scene)
    if stack:
        stack[-1].enter()
    return True


def visible(stack: list[Scene]) -> list[Scene]:
    """The scenes to draw, bottom first: the top and every transparent one above an opaque."""
    start = len(stack) - 1
    while start > 0 and stack[start].transparent:
        start -= 1
    return stack[max(start, 0):]
