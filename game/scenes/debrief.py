"""After a task: the stars, the score, every item explained, and what a pro would do."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import flow
from game.i18n import define
from game.progress import StationResult
from game.scene import EVERY_FRAME, STILL, Pop, Push, Replace, Transition
from game.scenes import more
from game.scenes.base import ButtonScene, paint_paper
from game.tasks import get as task_type
from game.tasks.base import TaskResult
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button

LIST = pygame.Rect(60, 150, 1060, 790)
SIDE = pygame.Rect(1180, 150, 680, 790)
LEARN = pygame.Rect(340, 960, 420, 100)  # right of the list's page arrows
RETRY = pygame.Rect(780, 960, 380, 100)

define({"retry": {"fr": "Réessayer", "en": "Try again"}})
#: one feedback item as drawn: its label, what she answered (in words), why, right or not
Item = tuple[pygame.Surface, pygame.Surface | None, pygame.Surface | None, bool]
STAR_POP_S = 0.35  # each star pops in after the previous one
SETTLED_S = 0.2 + 2 * STAR_POP_S + 0.25  # the last star has landed, the score counted up


class DebriefScene(ButtonScene):
    #: the type sizes: each item's name; what she chose and why (the smaller unless the
    #: larger adds no page); what a pro does, on the side (the first that fits). Projector
    #: mode draws them larger (game.scenes.projector_debrief)
    label_size = theme.TEXT_BODY
    detail_sizes = (theme.TEXT_SMALL, theme.TEXT_BODY)
    body_sizes: tuple[int, ...] = (theme.TEXT_BODY, theme.TEXT_SMALL)
    score_key = "your_score"  # the class's on the projector

    def __init__(self, ctx: Context, world_id: str, station_id: str, result: TaskResult,
                 duration_s: float) -> None:
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.station = self.world.station(station_id)
        self.result = result
        self.accent = hex_color(self.world.accent)
        self.t = 0.0
        self.page = 0
        if ctx.tour is not None:
            ctx.tour.record(StationResult(world_id, station_id, self.station.task.type,
                                          result.score, result.stars, duration_s,
                                          dict(result.details)))
        figure = task_type(self.station.task.type).figure  # the weld pass graph…, if any
        self.figure = figure if figure is not None and figure.shows(result) else None
        self.has_figure = self.figure is not None
        # what she chose and why read at the body size, unless that takes one more page
        small = self._paginate(self.detail_sizes[0])
        large = self._paginate(self.detail_sizes[1])
        self.pages = large if len(large) <= len(small) else small

    def _paginate(self, size: int) -> list[list[Item]]:
        """Feedback items rendered once (what she chose and why at ``size``) and cut into
        pages that fit the list area."""
        pal = self.ctx.palette
        t, lang = self.ctx.text, self.ctx.lang
        top = 380 if self.has_figure else 0
        pages: list[list[Item]] = [[]]
        y = top
        heading = draw.blend(self.accent, pal.ink, 0.4)
        width = LIST.w - 110
        for item in self.result.feedback:
            # each item's name as a heading (the side panel's colour), her answer and why below
            label = t.render(item.label.get(lang), self.label_size, heading, width=width)
            # what she chose and what was right, in words: the mark alone does not say it
            answer = t.render(item.answer.get(lang), size, pal.ink, width=width) \
                if item.answer else None
            explain = t.render(item.explain.get(lang), size, pal.ink,
                               width=width) if item.explain else None
            h = label.get_height() + sum(s.get_height() + 8 for s in (answer, explain) if s) + 28
            if y + h > LIST.h - 100 and pages[-1]:
                pages.append([])
                y = 0
            pages[-1].append((label, answer, explain, item.ok))
            y += h
        return pages

    def spoken(self) -> list[str]:
        r, lang = self.result, self.ctx.lang
        stars = self.ctx.tr("said_stars", n=r.stars)
        lines = [self.ctx.tr(self.score_key, n=r.score), stars]
        if r.timed_out:
            lines.append(self.ctx.tr("timed_out"))
        for item in r.feedback:
            mark = self.ctx.tr("said_right" if item.ok else "said_wrong")
            lines.append(self.ctx.tr("labelled", label=mark, value=item.label.get(lang)))
            if item.answer:
                lines.append(item.answer.get(lang))
            if item.explain:
                lines.append(item.explain.get(lang))
        return lines

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        pal = self.ctx.palette
        items = [Button("continue", pygame.Rect(SIDE.right - 440, 960, 440, 100),
                        self.ctx.tr("continue"), size=theme.TEXT_LARGE),
                 Button("retry", RETRY, self.ctx.tr("retry"), style="secondary")]
        if self.long_forms():
            items.append(Button("learn", LEARN, self.ctx.tr("learn_more"), style="secondary"))
        if len(self.pages) > 1:
            items.append(Button("prev", pygame.Rect(LIST.x, 960, 120, 100), style="secondary",
                                icon=draw.arrow_icon("left", 44, pal.ink), enabled=self.page > 0))
            items.append(Button("more", pygame.Rect(LIST.x + 140, 960, 120, 100), style="secondary",
                                icon=draw.arrow_icon("right", 44, pal.ink),
                                enabled=self.page < len(self.pages) - 1))
        self.buttons.set(items)

    def frame_interval(self) -> float | None:
        return EVERY_FRAME if self.t < SETTLED_S else STILL

    def update(self, dt: float) -> Transition | None:
        before = self.t
        self.t += dt
        if before == 0.0:
            self.ctx.play("success" if self.result.stars else "error")
        for i in range(self.result.stars):  # a ping as each star lands
            land = 0.2 + i * STAR_POP_S + 0.25
            if before < land <= self.t:
                self.ctx.play("star")
        return None

    def long_forms(self) -> list[more.Entry]:
        """What « En savoir plus » shows: each explanation in full, then what a pro does."""
        return more.long_forms([*((item.label, item.explain) for item in self.result.feedback),
                                (self.ctx.tr("why"), self.station.debrief)], self.ctx.lang)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "continue":
            return Pop()
        if button.id == "retry":  # the task again, straight away (her words were heard)
            return Replace(flow.after_dialogue(self.ctx, self.world.id, self.station.id))
        if button.id == "learn":
            return Push(more.MoreScene(self.ctx, self.long_forms()))
        if button.id in ("prev", "more"):
            self.page = max(0, min(len(self.pages) - 1,
                                   self.page + (1 if button.id == "more" else -1)))
            self._background = None  # the figure shows on the first page only
            self.layout()
        return None

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        return "continue" if self.t > 1.2 else None

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, self.accent)
        t, lang = self.ctx.text, self.ctx.lang
        title = t.render(self.station.title.get(lang), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (LIST.x, 40))
        draw.panel(surface, pal, SIDE, pal.white, radius=26, shadow=8)
        y = SIDE.y + 300
        head = t.render(self.ctx.tr("why"), self.label_size,
                        draw.blend(self.accent, pal.ink, 0.4), width=SIDE.w - 80)
        surface.blit(head, (SIDE.x + 40, y))
        y += head.get_height() + 16
        words, width, room = self.station.debrief.get(lang), SIDE.w - 80, SIDE.bottom - 30 - y
        size = next((s for s in self.body_sizes if t.fits(words, s, width, room)),
                    self.body_sizes[-1])  # (the long form waits behind « En savoir plus »)
        lines = t.clipped(words, size, width, max(1, (room - t.height("x", size, width))
                                                  // t.line_step(size) + 1))
        body = t.render("\n".join(lines), size, pal.ink, width=width)
        surface.blit(body, (SIDE.x + 40, y))
        if self.page == 0 and self.figure is not None:  # still: drawn once, not per frame
            self.figure.paint(self.ctx, surface, pygame.Rect(LIST.x, LIST.y, LIST.w, 360),
                              self.result)

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        pops = [self.ctx.motion.pop((self.t - 0.2 - i * STAR_POP_S) / 0.25) for i in range(3)]
        draw.stars(surface, pal, (SIDE.centerx, SIDE.y + 90), self.result.stars, 52,
                   pops=[p if i < self.result.stars else 1.0 for i, p in enumerate(pops)])
        shown = min(self.result.score, int(self.result.score * min(1.0, self.t / 1.0)))
        score = t.render(self.ctx.tr(self.score_key, n=shown), theme.TEXT_LARGE, pal.ink)
        surface.blit(score, score.get_rect(midtop=(SIDE.centerx, SIDE.y + 165)))
        if self.result.timed_out:
            late = t.render(self.ctx.tr("timed_out"), theme.TEXT_BODY, pal.error)
            surface.blit(late, late.get_rect(midtop=(SIDE.centerx, SIDE.y + 230)))
        y = LIST.y + (380 if self.page == 0 and self.has_figure else 0)
        for label, answer, explain, ok in self.pages[self.page] if self.pages else []:
            draw.verdict(surface, pal, (LIST.x + 34, y + 24), ok, 46)
            surface.blit(label, (LIST.x + 90, y))
            y += label.get_height() + 8
            for text in (answer, explain):
                if text is not None:
                    surface.blit(text, (LIST.x + 90, y))
                    y += text.get_height() + 8
            y += 12
