"""The end of a world (or tour): score per station, stars, jobs met, myths busted."""
from __future__ import annotations

import json

import pygame

from game import flow
from game.scene import Replace, Transition
from game.scenes import results_minds
from game.scenes.base import ButtonScene, paint_paper
from game.scores.records import BeliefAnswer, GameRecord, Mode, TaskRecord
from game.ui import draw, theme
from game.ui.confetti import Confetti
from game.ui.theme import hex_color
from game.ui.widgets import Button

TABLE = pygame.Rect(60, 160, 1000, 780)
SIDE = pygame.Rect(1110, 160, 750, 780)


class ResultsScene(ButtonScene):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
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
                            situation=tour.situation)
        # never raises: a game the file refuses waits in memory and in a journal, retried
        tour.game_id = ctx.scores.keep_game(record, save_autoplay=ctx.settings.save_autoplay)
        if ctx.autoplay is not None and tour.game_id is not None:
            ctx.autoplay.summary["game_id"] = tour.game_id

    def enter(self) -> None:
        self.buttons.set([Button("continue", pygame.Rect(SIDE.right - 440, 960, 440, 100),
                                 self.ctx.tr("continue"), size=theme.TEXT_LARGE)])
        if not self._cheered:
            self._cheered = True
            self.ctx.play("celebrate")

    def update(self, dt: float) -> Transition | None:
        self.t += dt
        self.confetti.update(dt)
        return None

    def on_button(self, button: Button) -> Transition | None:
        return Replace(flow.after(self.ctx, "results"))

    def on_back(self) -> Transition | None:
        return self.on_button(self.buttons.items[0])

    def spoken(self) -> list[str]:
        lang = self.ctx.lang
        lines = [self.ctx.tr("results")]
        for world in self.tour.worlds:
            for station in world.stations:
                r = self.tour.result(world.id, station.id)
                if r is not None:
                    lines.append(f"{station.title.get(lang)} : {self.ctx.tr('points', n=r.score)}, "
                                 f"{self.ctx.tr('said_stars', n=r.stars)}")
        lines.append(f"{self.ctx.tr('total')} : {self.ctx.tr('points', n=self.tour.score)}")
        return lines + results_minds.lines(self.ctx)

    def bot_choice(self) -> str | None:
        return "continue" if self.t > 1.5 else None

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.safety)
        t, lang = self.ctx.text, self.ctx.lang
        title = t.render(self.ctx.tr("results"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (TABLE.x, 50))
        draw.panel(surface, pal, TABLE, pal.white, radius=26, shadow=8)
        y = TABLE.y + 30
        rows = sum(len(w.stations) for w in self.tour.worlds)
        budget = TABLE.h - 30 - 52 * len(self.tour.worlds) - 100  # headings and the total
        row_h = max(30, min(56, budget // max(1, rows)))
        size = theme.TEXT_SMALL if row_h >= 48 else theme.TEXT_SMALL - 6
        for world in self.tour.worlds:
            accent = hex_color(world.accent)
            head = t.render(world.title.get(lang),
                            theme.TEXT_BODY if rows <= 8 else theme.TEXT_SMALL,
                            draw.blend(accent, pal.ink, 0.4))
            surface.blit(head, (TABLE.x + 40, y))
            y += head.get_height() + 8
            for station in world.stations:
                r = self.tour.result(world.id, station.id)
                pygame.draw.rect(surface, accent, pygame.Rect(TABLE.x + 40, y + 2, 8, row_h - 14))
                name = t.render(station.title.get(lang), size, pal.ink)
                surface.blit(name, (TABLE.x + 64, y + 4))
                if r is not None:
                    draw.stars(surface, pal, (TABLE.x + 720, y + row_h // 2 - 6), r.stars, 15)
                    pts = t.render(self.ctx.tr("points", n=r.score), size, pal.ink)
                    surface.blit(pts, pts.get_rect(topright=(TABLE.right - 40, y + 4)))
                y += row_h
            y += 8
        pygame.draw.line(surface, pal.floor_dark, (TABLE.x + 40, y), (TABLE.right - 40, y), 3)
        total = t.render(f"{self.ctx.tr('total')} : {self.ctx.tr('points', n=self.tour.score)}",
                         theme.TEXT_LARGE, pal.ink)
        surface.blit(total, total.get_rect(topright=(TABLE.right - 40, y + 16)))
        draw.stars(surface, pal, (TABLE.x + 160, y + 48), min(3, round(self.tour.stars /
                   max(1, len(self.tour.results)))), 26)
        self._side(surface)
        results_minds.paint(surface, self.ctx)

    def _side(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t, lang = self.ctx.text, self.ctx.lang
        draw.panel(surface, pal, SIDE, pal.white, radius=26, shadow=8)
        x, y = SIDE.x + 40, SIDE.y + 30
        head = t.render(self.ctx.tr("jobs_met"), theme.TEXT_BODY, pal.ink)
        surface.blit(head, (x, y))
        y += head.get_height() + 14
        seen: list[str] = []
        for world in self.tour.worlds:
            for station in world.stations:
                job = station.job.both(lang)
                if job in seen or self.tour.result(world.id, station.id) is None:
                    continue
                seen.append(job)
                pygame.draw.circle(surface, hex_color(world.accent), (x + 12, y + 18), 10)
                line = t.render(job, theme.TEXT_SMALL, pal.ink, width=SIDE.w - 110)
                surface.blit(line, (x + 36, y + 4))
                y += line.get_height() + 14
        y += 20
        head = t.render(self.ctx.tr("myths_busted"), theme.TEXT_BODY, pal.ink)
        surface.blit(head, (x, y))
        y += head.get_height() + 14
        for myth_id in self.tour.myths_busted()[:5]:
            myth = self.ctx.scenario.model.myth(myth_id)
            lines = t.lines(myth.statement.get(lang), theme.TEXT_SMALL, pal.muted, SIDE.w - 110)
            height = sum(img.get_height() + 4 for _, img in lines)
            if y + height > SIDE.bottom - 20:
                break
            draw.cross_mark(surface, (x + 12, y + lines[0][1].get_height() // 2), 24, pal.error)
            for _, img in lines:  # struck through, with a cross: busted (not colour alone)
                surface.blit(img, (x + 36, y))
                mid = y + img.get_height() // 2
                pygame.draw.line(surface, pal.error, (x + 36, mid), (x + 36 + img.get_width(), mid),
                                 3)
                y += img.get_height() + 4
            y += 12

    def draw_content(self, surface: pygame.Surface) -> None:
        pass

    def draw_over(self, surface: pygame.Surface) -> None:
        self.confetti.draw(surface, self.ctx.palette, self.ctx.motion)
