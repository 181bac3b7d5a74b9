"""A station's job task: a header (title, timer, instruction) around the type's own view."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import math
from typing import Any

import pygame

from game import flow
from game.actions import Action, Back, Drag, Point, Press, Release
from game.express import shorten
from game.scene import Push, Replace, Scene, Transition
from game.scenes.base import paint_paper
from game.scenes.pause import PauseScene
from game.tasks import get as task_type
from game.tasks.base import Bot, TaskRules
from game.tasks.view import TaskView
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button, Buttons

CONTENT = pygame.Rect(60, 250, 1800, 810)
URGENT_S = 10  # the timer turns to warning below this many seconds


class TaskScene(Scene):
    def __init__(self, ctx: Context, world_id: str, station_id: str) -> None:
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.station = self.world.station(station_id)
        self.accent = hex_color(self.world.accent)
        params = self.station.task
        if ctx.tour is not None and ctx.tour.express:  # the découverte's shorter task
            params = shorten(params)
        if ctx.settings.fewer_choices:  # the accommodation: one wrong option fewer
            params = params.fewer_choices()
        kind = task_type(params.type)
        self.kind = kind
        self.rules: TaskRules[Any] = kind.rules(params, ctx.rng, timers=ctx.settings.timers)
        self.rules.allow_more_time(ctx.settings.more_time)
        self.rules.hold_timer()  # reading the prompt is not timed: it starts at the first move
        self.view: TaskView[Any] = kind.view()(ctx, self.rules, CONTENT, self.station, self.accent)
        self.bot_policy: Bot[Any, Any] | None = None
        if ctx.autoplay is not None:
            self.bot_policy = kind.bot(params, ctx.autoplay.rng, ctx.autoplay.skill)
        self.chrome = Buttons([Button("back", pygame.Rect(24, 24, 200, 82), self.ctx.tr("menu"),
                                      style="secondary")])
        self._background: pygame.Surface | None = None
        #: the header with the view's kept layer painted on it (TaskView.layer_key), and
        #: what it was painted for
        self._layered: pygame.Surface | None = None
        self._layered_for: object = None

    @property
    def busy(self) -> bool:
        return self.view.busy

    def settings_changed(self) -> None:
        """A change while the task runs (the trainer gave more time, a larger text): the
        timer as the settings now say, the header drawn again, the view laid out again."""
        if not self.rules.finished:
            self.rules.retime(self.ctx.settings.timers, self.ctx.settings.more_time)
        self._background = None
        self._layered_for = None
        self.view.layout()

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Back):
            return self.pause()
        pointer = isinstance(action, (Press, Drag, Release, Point))
        if pointer and self.chrome.handle(action) is not None:  # keys go to the task; Esc is Back
            return self.pause()
        if not isinstance(action, Point):  # a hover is not a move
            self.rules.first_move()
        self.view.handle(action)
        return None

    def pause(self) -> Transition:
        """The pause menu; leaving the station from there asks first (its progress is lost)."""
        return Push(PauseScene(self.ctx, "task", self.view.controls))

    def update(self, dt: float) -> Transition | None:
        self.view.update(dt)
        self.rules.update(dt)
        if self.rules.finished and self.view.settled:  # a wrong last move shakes first
            return Replace(flow.after_task(self.ctx, self.world.id, self.station.id,
                                           self.rules.result(), self.rules.elapsed))
        return None

    def bot(self) -> list[Action] | Transition | None:
        if self.bot_policy is None:
            return None
        return self.view.bot(self.bot_policy)

    def spoken(self) -> list[str]:
        lang = self.ctx.lang
        prompt = self.station.task.prompt
        return [self.station.title.get(lang), self.station.job.both(lang),
                prompt.get(lang) if prompt is not None else "", *self.view.spoken()]

    def focus_label(self) -> str | None:
        return self.view.focus_label()

    def loops(self) -> dict[str, float]:
        """The arc while welding (the view says), nothing once the task is over."""
        return {} if self.rules.finished else self.view.loops()

    def targets(self) -> list[pygame.Rect]:
        return [b.rect for b in self.chrome.items] + self.view.targets()

    def background(self) -> pygame.Surface:
        """Drawn once: the header (title, job, prompt) on paper in the world's colour."""
        pal = self.ctx.palette
        if self._background is None:
            self._background = pygame.Surface(theme.LOGICAL_SIZE)
            paint_paper(self._background, pal, self.accent)
            t, lang = self.ctx.text, self.ctx.lang
            title = t.render(self.station.title.get(lang), theme.TEXT_TITLE, pal.ink)
            self._background.blit(title, (260, 22))
            job = t.render(self.station.job.both(lang), theme.TEXT_BODY,
                           draw.blend(self.accent, pal.ink, 0.45))
            self._background.blit(job, (264, 22 + title.get_height() + 4))
            prompt = self.station.task.prompt
            if prompt is not None:
                img = t.render(prompt.get(lang), theme.TEXT_BODY, pal.ink, width=1540)
                self._background.blit(img, (64, 172 if img.get_height() < 60 else 160))
        return self._background

    def layered(self, key: object) -> pygame.Surface:
        """The header with the view's kept layer on it, painted again when ``key`` changes
        (the view's layer key, with the palette and the language it was painted in)."""
        if self._layered is None or self._layered_for != key:
            if self._layered is None:
                self._layered = pygame.Surface(theme.LOGICAL_SIZE)
            self._layered.blit(self.background(), (0, 0))
            self.view.draw_layer(self._layered)
            self._layered_for = key
        return self._layered

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        kept = self.view.layer_key()
        if kept is None:
            surface.blit(self.background(), (0, 0))
        else:  # the layer lies below the header's menu and timer: drawn first, same pixels
            surface.blit(self.layered((kept, pal, self.ctx.lang)), (0, 0))
        self.chrome.draw(surface, self.ctx.text, pal)
        self._draw_timer(surface)
        if kept is None:
            self.view.draw(surface)
        else:
            self.view.draw_top(surface)

    def _draw_timer(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        left = self.rules.time_left
        if left is None:
            return
        urgent = left <= URGENT_S
        secs = int(left + 0.999)
        pill = pygame.Rect(1660, 30, 220, 90)
        draw.panel(surface, pal, pill, pal.error if urgent else pal.white, radius=45, shadow=4,
                   border=None if urgent else pal.floor_dark)
        ink = pal.white if urgent else pal.ink
        center = (pill.x + 48, pill.centery)
        pygame.draw.circle(surface, ink, center, 26, 5)  # a clock face: the meaning is not colour
        frac = left / (self.rules.time_limit or 1)
        a = -math.pi / 2 + 2 * math.pi * (1 - frac)
        pygame.draw.line(surface, ink, center, (center[0] + 17 * math.cos(a),
                                                center[1] + 17 * math.sin(a)), 5)
        label = self.ctx.text.render(self.ctx.tr("time_left", s=secs), theme.TEXT_LARGE, ink)
        surface.blit(label, label.get_rect(midleft=(pill.x + 90, pill.centery)))
