"""The title screen: play, leaderboard, language."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import CONTENT_ROOT, flow
from game.i18n import define
from game.scene import Push, Quit, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.scenes.leaderboard import LeaderboardScene
from game.scenes.settings import SettingsScene
from game.ui import draw, theme
from game.ui.widgets import Button

TITLE_BG = CONTENT_ROOT / "assets" / "ui" / "title_bg.png"
define({"class_have_code": {"fr": "J'ai un code", "en": "I have a code"},
        "class_mode_button": {"fr": "Mode classe", "en": "Class mode"}})
PULSE_FPS = 15  # the play button's slow pulse needs no more: a title left alone stays cool


class TitleScene(ButtonScene):
    def __init__(self, ctx: Context, allow_quit: bool = True) -> None:
        super().__init__(ctx)
        self.allow_quit = allow_quit
        self.t = 0.0

    def enter(self) -> None:
        self.ctx.tour = None  # nothing of the last player stays
        self._background = None  # the settings may have changed the contrast
        self.ctx.controls.release_all()
        self.layout()
        self.background()  # the big picture loads now, not in the middle of a frame
        # (the world cards the next screen shows load once the first frame is up: game.run)

    def layout(self) -> None:
        x, w = 150, 560
        half = (w - 24) // 2
        quick = flow.default_route(self.ctx) is not None  # Play starts the découverte
        y = 520 if quick else 548
        items = [Button("play", pygame.Rect(x, y, w, 112), self.ctx.tr("play"),
                        size=theme.TEXT_LARGE)]
        y += 132
        if quick:  # the whole worlds stay one tap further
            items.append(Button("worlds", pygame.Rect(x, y, w, 80),
                                self.ctx.tr("choose_world"), style="secondary"))
            y += 96
        items += [
            Button("leaderboard", pygame.Rect(x, y, half, 96), self.ctx.tr("leaderboard"),
                   style="secondary"),
            Button("settings", pygame.Rect(x + half + 24, y, half, 96), self.ctx.tr("settings"),
                   style="secondary"),
            Button("lang", pygame.Rect(x, y + 116, half, 96), self.ctx.tr("language"),
                   style="secondary"),
        ]
        if self.allow_quit:
            items.append(Button("quit", pygame.Rect(x + half + 24, y + 116, half, 96),
                                self.ctx.tr("quit"),
                                style="ghost"))
        if self.classroom:  # a student's PC: join the trainer's session (below the rows)
            items.append(Button("class_code", pygame.Rect(x, y + 232, w, 84),
                                self.ctx.tr("class_have_code"), style="secondary"))
            items.append(Button("class_mode", pygame.Rect(1580, 976, 300, 84),
                                self.ctx.tr("class_mode_button"), style="ghost"))
        self.buttons.set(items)

    @property
    def classroom(self) -> bool:
        """« J'ai un code » and the trainer's « Mode classe »: on a PC, never on a kiosk."""
        return not self.ctx.settings.kiosk

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        if TITLE_BG.is_file():
            surface.blit(self.ctx.images.get(TITLE_BG), (0, 0))
        else:
            paint_paper(surface, pal)
        card = pygame.Rect(90, 150, 680, 910 if self.classroom else 830)
        glass = pygame.Surface(card.size, pygame.SRCALPHA)
        pygame.draw.rect(glass, (*pal.paper, 232), glass.get_rect(), border_radius=28)
        surface.blit(glass, card)

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        text = self.ctx.text
        title = text.render(self.ctx.scenario.title(self.ctx.lang), theme.TEXT_HUGE, pal.ink)
        surface.blit(title, (150, 200))
        pygame.draw.rect(surface, pal.welding, pygame.Rect(150, 200 + title.get_height() + 16, 120,
                                                           10),
                         border_radius=5)
        pygame.draw.rect(surface, pal.maintenance,
                         pygame.Rect(280, 200 + title.get_height() + 16, 120, 10), border_radius=5)
        pygame.draw.rect(surface, pal.battery,
                         pygame.Rect(410, 200 + title.get_height() + 16, 120, 10), border_radius=5)
        tag = text.render(self.ctx.tr("tagline"), theme.TEXT_LARGE, pal.ink, width=560)
        surface.blit(tag, (150, 200 + title.get_height() + 50))
        # a gentle pulse on the play button draws the eye
        b = self.buttons.get("play")
        if b is not None:
            k = self.ctx.motion.pulse(self.t, 3.0)
            ring = b.rect.inflate(10 + 14 * k, 10 + 14 * k)
            pygame.draw.rect(surface, draw.blend(pal.primary, pal.paper, 0.5 + 0.4 * k), ring,
                             width=4, border_radius=24)

    def frame_interval(self) -> float | None:
        return 1 / PULSE_FPS

    def spoken(self) -> list[str]:
        return ["Cap Industrie", self.ctx.tr("tagline")]

    def update(self, dt: float) -> Transition | None:
        self.t += dt
        return None

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "play":
            return Push(flow.play(self.ctx))
        if button.id == "worlds":
            return Push(flow.choose_world(self.ctx))
        if button.id == "leaderboard":
            return Push(LeaderboardScene(self.ctx, finishing=False))
        if button.id == "settings":
            return Push(SettingsScene(self.ctx))
        if button.id == "lang":
            self.ctx.settings.lang = "en" if self.ctx.lang == "fr" else "fr"
            self.layout()
            return None
        if button.id == "class_code":
            return Push(flow.join_class(self.ctx))
        if button.id == "class_mode":  # the trainer's button
            return Push(flow.trainer_class(self.ctx))
        if button.id == "quit":
            return Quit()
        return None

    def on_back(self) -> Transition | None:
        return None  # Escape on the title does nothing: quitting is a button

    def bot_choice(self) -> str | None:
        ap = self.ctx.autoplay
        if ap is not None and ap.route is None and self.buttons.get("worlds") is not None:
            return "worlds"  # a bot given no route plays the grand tour, a kiosk's demo too
        return "play"
