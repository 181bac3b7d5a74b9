"""The end of a world (or tour): score per station, stars, jobs met, myths busted."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pygame

from game import flow
from game.i18n import define
from game.scene import Push, Replace, Transition
from game.scenes import more, results_minds
from game.scenes.base import ButtonScene, paint_paper
from game.scores.records import BeliefAnswer, GameRecord, Mode, TaskRecord
from game.ui import draw, theme
from game.ui.confetti import Confetti
from game.ui.theme import hex_color
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import World

TABLE = pygame.Rect(60, 160, 1000, 780)
SIDE = pygame.Rect(1110, 160, 750, 780)
TOTAL_H = 110  # the line and the total under the table
ONE_COLUMN_ROWS = 16  # more rows (stations and world headings) than this: two columns
COLUMN_GAP = 40
JOBS_SHARE = 0.55  # of the side card, for the jobs met (the myths busted below)
MYTHS_SHOWN = 5  # myths busted listed, their truths short (the long forms: « En savoir plus »)
EXPRESS_MYTHS = 3  # on the découverte: one a station

define({"jobs_more": {"fr": "… et {n} autres métiers", "en": "… and {n} more jobs"},
        # the game's stars, as the leaderboard counts them (Tour.stars)
        "stars_total": {"fr": {"one": "{n} étoile en tout", "other": "{n} étoiles en tout"},
                        "en": {"one": "{n} star in all", "other": "{n} stars in all"}}})


class ResultsScene(ButtonScene):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        assert ctx.tour is not None
        self.tour = ctx.tour
        self.t = 0.0
        self.confetti = Confetti((theme.LOGICAL_W / 2, theme.LOGICAL_H + 20),
                                 seed=len(ctx.tour.results))  # the visit is over: a burst
        self._cheered = False
        self._save()

    def _save(self) -> None:
        """Save the finished game once, before the nickname: a walk-away loses nothing."""
        tour, ctx = self.tour, self.ctx
        if ctx.autoplay is not None:
            ctx.autoplay.summary = {
                "scenario": ctx.scenario.model.id,
                "worlds_completed": tour.worlds_completed,
                "stations_completed": len(tour.results),
                "score": tour.score,
                "stars": tour.stars,
            }
        if ctx.scores is None or tour.game_id is not None:
            return
        tasks = [TaskRecord(r.world_id, r.station_id, r.task_type, r.score, r.stars,
                            round(r.duration_s, 2), json.dumps(r.details, default=str))
                 for r in tour.results.values()]
        beliefs = [BeliefAnswer(i.id, i.kind, tour.probe_before.get(i.id),
                                tour.probe_after.get(i.id), i.myth_id, i.world_id)
                   for i in tour.probe_items
                   if i.id in tour.probe_before or i.id in tour.probe_after]
        mode: Mode = "autoplay" if ctx.autoplay is not None else \
            ("kiosk" if ctx.settings.kiosk else "play")
        record = GameRecord(ctx.scenario.model.id, None, tour.started_at, ctx.wallclock(),
                            tour.score, tour.stars, tour.worlds_completed, ctx.lang, mode,
                            tasks=tasks, gender=tour.gender,
                            beliefs=beliefs, age_band=tour.age_band,
                            situation=tour.situation, route=tour.route)
        # never raises: a game the file refuses waits in memory and in a journal, retried
        tour.game_id = ctx.scores.keep_game(record, save_autoplay=ctx.settings.save_autoplay)
        if ctx.autoplay is not None and tour.game_id is not None:
            ctx.autoplay.summary["game_id"] = tour.game_id

    def enter(self) -> None:
        items = [Button("continue", pygame.Rect(SIDE.right - 440, 960, 440, 100),
                        self.ctx.tr("continue"), size=theme.TEXT_LARGE)]
        if self.long_forms():
            items.append(Button("learn", pygame.Rect(SIDE.right - 880, 960, 420, 100),
                                self.ctx.tr("learn_more"), style="secondary"))
        self.buttons.set(items)
        if not self._cheered:
            self._cheered = True
            self.ctx.play("celebrate")

    def update(self, dt: float) -> Transition | None:
        self.t += dt
        self.confetti.update(dt)
        return None

    def busted(self) -> list[str]:
        """The myths listed: the first busted, fewer on the découverte (a short visit)."""
        return self.tour.myths_busted()[:EXPRESS_MYTHS if self.tour.express else MYTHS_SHOWN]

    def long_forms(self) -> list[more.Entry]:
        """« En savoir plus »: the listed myths' truths in full, with their sources' detail."""
        model, lang = self.ctx.scenario.model, self.ctx.lang
        return more.long_forms(((model.myth(m).statement, model.myth(m).truth)
                                for m in self.busted()), lang)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "learn":
            return Push(more.MoreScene(self.ctx, self.long_forms()))
        return Replace(flow.after(self.ctx, "results"))

    def on_back(self) -> Transition | None:
        return Replace(flow.after(self.ctx, "results"))

    def spoken(self) -> list[str]:
        lang = self.ctx.lang
        lines = [self.ctx.tr("results")]
        for world in self.tour.worlds:
            for station in self.tour.planned(world):
                r = self.tour.result(world.id, station.id)
                if r is not None:
                    value = (f"{self.ctx.tr('points', n=r.score)}, "
                             f"{self.ctx.tr('said_stars', n=r.stars)}")
                    lines.append(self.ctx.tr("labelled", label=station.title.get(lang),
                                             value=value))
        lines += [self.total(), self.ctx.tr("stars_total", n=self.tour.stars)]
        busted = self.busted()
        if busted:
            lines.append(self.ctx.tr("myths_busted"))
            lines += [self.ctx.scenario.model.myth(m).truth.get(lang) for m in busted]
        return lines + results_minds.lines(self.ctx)

    def total(self) -> str:
        """« Total : 240 pts » (« Total: 240 pts » in English)."""
        return self.ctx.tr("labelled", label=self.ctx.tr("total"),
                           value=self.ctx.tr("points", n=self.tour.score))

    def bot_choice(self) -> str | None:
        return "continue" if self.t > 1.5 else None

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.safety)
        t = self.ctx.text
        title = t.render(self.ctx.tr("results"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (TABLE.x, 50))
        draw.panel(surface, pal, TABLE, pal.white, radius=26, shadow=8)
        columns = self._columns()
        longest = max(sum(1 + len(self.tour.planned(w)) for w in col) for col in columns)
        row_h = max(34, min(56, (TABLE.h - 30 - TOTAL_H) // max(1, longest)))
        size = theme.TEXT_SMALL if len(columns) > 1 or row_h < 48 else theme.TEXT_BODY
        col_w = (TABLE.w - 80 - COLUMN_GAP * (len(columns) - 1)) // len(columns)
        bottom = TABLE.y + 30
        for c, worlds in enumerate(columns):
            x = TABLE.x + 40 + c * (col_w + COLUMN_GAP)
            bottom = max(bottom, self._column(surface, worlds, x, col_w, row_h, size))
        y = bottom
        pygame.draw.line(surface, pal.floor_dark, (TABLE.x + 40, y), (TABLE.right - 40, y), 3)
        total = t.render(self.total(), theme.TEXT_LARGE, pal.ink)
        surface.blit(total, total.get_rect(topright=(TABLE.right - 40, y + 16)))
        # the game's stars, counted as the score file and the leaderboard count them (a
        # playtest: a rounded mean of ★★ here, ★ 5 on the board, for the same visit)
        draw.star_tally(surface, pal, (TABLE.x + 70, y + 48), 26,
                        t.render(str(self.tour.stars), theme.TEXT_LARGE, pal.ink))
        self._side(surface)
        results_minds.paint(surface, self.ctx)

    def _columns(self) -> list[list[World]]:
        """The worlds in one column, or two of about as many rows (a grand tour)."""
        worlds = list(self.tour.worlds)
        rows = [1 + len(self.tour.planned(w)) for w in worlds]
        if sum(rows) <= ONE_COLUMN_ROWS or len(worlds) < 2:
            return [worlds]
        half, acc, cut = sum(rows) / 2, 0, len(worlds) - 1
        for i, n in enumerate(rows[:-1]):
            acc += n
            if acc >= half:
                cut = i + 1 if acc - half <= half - (acc - n) else max(1, i)
                break
        return [worlds[:cut], worlds[cut:]]

    def _column(self, surface: pygame.Surface, worlds: list[World], x: int, w: int, row_h: int,
                size: int) -> int:
        """One column of the table: each world's heading and the stars and points of its
        stations on the route (a découverte's, and those « Encore un poste » added); returns
        where it ends."""
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        star_r = 15 if w > 600 else 9
        stars_half = round(star_r * 3.3)  # three stars 2.3 radii apart
        pts_w = t.size(self.ctx.tr("points", n=100), size)[0]
        stars_x = x + w - pts_w - 16 - stars_half
        y = TABLE.y + 30
        for world in worlds:
            accent = hex_color(world.accent)
            head = t.render(world.title.get(lang), size, draw.blend(accent, pal.ink, 0.4))
            surface.blit(head, (x, y), pygame.Rect(0, 0, w, head.get_height()))
            y += max(row_h, head.get_height() + 4)
            for station in self.tour.planned(world):
                r = self.tour.result(world.id, station.id)
                pygame.draw.rect(surface, accent, pygame.Rect(x, y + 2, 8, row_h - 14))
                name = t.render(station.title.get(lang), size, pal.ink)
                room = stars_x - stars_half - 10 - (x + 24)  # never under the stars
                surface.blit(name, (x + 24, y + 4), pygame.Rect(0, 0, room, name.get_height()))
                if r is not None:
                    draw.stars(surface, pal, (stars_x, y + row_h // 2 - 4), r.stars, star_r)
                    pts = t.render(self.ctx.tr("points", n=r.score), size, pal.ink)
                    surface.blit(pts, pts.get_rect(topright=(x + w, y + 4)))
                y += row_h
            y += 8
        return y

    def _side(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t, lang = self.ctx.text, self.ctx.lang
        draw.panel(surface, pal, SIDE, pal.white, radius=26, shadow=8)
        x, y = SIDE.x + 40, SIDE.y + 30
        head = t.render(self.ctx.tr("jobs_met"), theme.TEXT_BODY, pal.ink)
        surface.blit(head, (x, y))
        y += head.get_height() + 14
        jobs: dict[str, str] = {}  # each job met once, with its world's colour
        for world in self.tour.worlds:
            for station in world.stations:
                if self.tour.result(world.id, station.id) is not None:
                    jobs.setdefault(station.job.both(lang), world.accent)
        room = SIDE.y + round(SIDE.h * JOBS_SHARE)  # the myths keep the rest of the card
        for n, (job, accent) in enumerate(jobs.items()):
            line = t.render(job, theme.TEXT_SMALL, pal.ink, width=SIDE.w - 110)
            if y + 2 * line.get_height() > room and n < len(jobs) - 1:
                more = t.render(self.ctx.tr("jobs_more", n=len(jobs) - n), theme.TEXT_SMALL,
                                pal.ink)
                surface.blit(more, (x + 36, y + 4))
                y += more.get_height() + 14
                break
            pygame.draw.circle(surface, hex_color(accent), (x + 12, y + 18), 10)
            surface.blit(line, (x + 36, y + 4))
            y += line.get_height() + 10
        y += 20
        head = t.render(self.ctx.tr("myths_busted"), theme.TEXT_BODY, pal.ink)
        surface.blit(head, (x, y))
        y += head.get_height() + 14
        for myth_id in self.busted():
            myth = self.ctx.scenario.model.myth(myth_id)
            # what is true, with a tick: a strike-through would make small text unreadable
            lines = t.lines(myth.truth.get(lang), theme.TEXT_SMALL, pal.ink, SIDE.w - 110)
            step = t.line_step(theme.TEXT_SMALL)
            height = step * len(lines)
            if y + height > SIDE.bottom - 20:
                break
            draw.check_mark(surface, (x + 12, y + lines[0][1].get_height() // 2), 26, pal.success)
            for _, img in lines:
                surface.blit(img, (x + 36, y))
                y += step
            y += 12

    def text_areas(self) -> list[pygame.Rect]:
        """Where the words are (the title, the table, the side card, the minds' band): the
        confetti fly behind them, in the margins only (a playtest: they hid the results)."""
        title = self.ctx.text.render(self.ctx.tr("results"), theme.TEXT_TITLE, self.ctx.palette.ink)
        areas = [title.get_rect(topleft=(TABLE.x, 50)).inflate(16, 16), TABLE.inflate(20, 20),
                 SIDE.inflate(20, 20)]
        if results_minds.lines(self.ctx):
            areas.append(results_minds.band_rect(self.ctx).inflate(16, 16))
        return areas

    def draw_content(self, surface: pygame.Surface) -> None:
        if self.confetti.over or self.ctx.motion.reduced:
            return
        self.confetti.draw(surface, self.ctx.palette, self.ctx.motion)
        background = self.background()
        for area in self.text_areas():  # the words again, over the bits of paper
            surface.blit(background, area, area)
