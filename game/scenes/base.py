"""What most scenes share: a set of buttons, Back, the bot tapping them, a still background."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game.actions import Action, Back
from game.scene import Scene, Transition
from game.ui import draw, theme
from game.ui.theme import Color, Palette
from game.ui.widgets import Button, Buttons


class ButtonScene(Scene):
    """A scene driven by buttons. Subclasses lay out buttons and say what each does."""

    #: the buttons are painted into the still background; each frame only the one under the
    #: finger or the keyboard focus is drawn again (a keyboard of 40 keys stays cheap)
    still_buttons = False

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.buttons = Buttons()
        self._background: pygame.Surface | None = None
        self._background_version = -1

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Back):
            return self.on_back()
        pressed = self.buttons.handle(action)
        if pressed is None:
            return None
        self.ctx.play("tap")
        return self.on_button(pressed)

    def on_button(self, button: Button) -> Transition | None:
        return None

    def layout(self) -> None:
        """Where the buttons go (a subclass's): called again when the settings change."""

    def settings_changed(self) -> None:
        """The kept background is drawn again and the buttons laid out with the new settings."""
        self._background = None
        self.layout()

    def focus_label(self) -> str | None:
        return self.buttons.focused_label(self.ctx.tr)

    def on_back(self) -> Transition | None:
        return None

    def bot(self) -> list[Action] | Transition | None:
        ap = self.ctx.autoplay
        if ap is None or not ap.due():
            return None
        choice = self.bot_choice()
        return self.buttons.tap(choice) if choice else None

    def bot_choice(self) -> str | None:
        """The id of the button the bot taps next."""
        return None

    def targets(self) -> list[pygame.Rect]:
        return [b.rect for b in self.buttons.items if b.enabled]

    # drawing -----------------------------------------------------------------
    def background(self) -> pygame.Surface:
        """Drawn once: the parts of the screen that do not change."""
        stale = self.still_buttons and self._background_version != self.buttons.version
        if self._background is None or stale:
            self._background = pygame.Surface(theme.LOGICAL_SIZE)
            self.paint_background(self._background)
            if self.still_buttons:
                self.buttons.draw(self._background, self.ctx.text, self.ctx.palette)
                self._background_version = self.buttons.version
        return self._background

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal)

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        surface.blit(self.background(), (0, 0))
        self.draw_content(surface)
        self.buttons.draw(surface, self.ctx.text, pal, only_active=self.still_buttons)
        self.draw_over(surface)

    def draw_content(self, surface: pygame.Surface) -> None:
        """Between the background and the buttons."""

    def draw_over(self, surface: pygame.Surface) -> None:
        """Over the buttons (icons on them)."""

    def title(self, surface: pygame.Surface, text: str, y: int = 70,
              size: int = theme.TEXT_TITLE) -> None:
        pal = self.ctx.palette
        img = self.ctx.text.render(text, size, pal.ink)
        surface.blit(img, img.get_rect(midtop=(theme.LOGICAL_SIZE[0] // 2, y)))


def paint_paper(surface: pygame.Surface, pal: Palette, accent: Color | None = None) -> None:
    """The common backdrop: paper with two soft shapes in the accent colour (primary unless
    given)."""
    accent = pal.primary if accent is None else accent
    surface.fill(pal.paper)
    w, h = surface.get_size()
    pygame.draw.circle(surface, draw.blend(accent, pal.paper, 0.88), (w - 140, 120), 360)
    pygame.draw.circle(surface, draw.blend(pal.safety, pal.paper, 0.8), (110, h - 60), 260)
    pygame.draw.rect(surface, accent, pygame.Rect(0, 0, w, 14))
