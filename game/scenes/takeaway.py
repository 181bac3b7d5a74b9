"""The take-away card: jobs met (both forms), stars, matching training offers with QR codes."""
from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import flow
from game.scene import Reset, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.takeaway import (
    JobMet,
    card_slots,
    jobs_met,
    matching_actions,
    matching_offers,
    toggle_liked,
)
from game.ui import draw, theme
from game.ui.qr import qr_surface
from game.ui.theme import Palette, hex_color
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context

JOBS = pygame.Rect(60, 170, 860, 770)
OFFERS = pygame.Rect(960, 170, 900, 770)
ROW_MIN = 80  # a job's row: its name on two lines and its heart
PAGER_H = 84  # the jobs' page arrows, when they take more than one page
QR_SIZE = 210
HEART = 72


class TakeawayScene(ButtonScene):
    still_buttons = True  # nothing moves on the card: it is painted once per change

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.t = 0.0
        self.saved_to: str | None = None
        self.page = 0  # of the jobs met, when they are more than the card holds at once

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        jobs = jobs_met(self.ctx.current_tour())
        self.row_h = max(ROW_MIN, min(110, (JOBS.h - 90) // max(1, len(jobs))))
        items = []
        self.pages = 1
        shown = jobs
        if 90 + len(jobs) * ROW_MIN > JOBS.h:  # a grand tour: the jobs page by page
            per_page = (JOBS.h - 90 - PAGER_H) // ROW_MIN
            self.pages = -(-len(jobs) // per_page)
            self.page = min(self.page, self.pages - 1)
            shown = jobs[self.page * per_page:(self.page + 1) * per_page]
            y = JOBS.bottom - PAGER_H + 4
            for bid, x, direction, enabled in (
                    ("jobs:prev", JOBS.x + 32, "left", self.page > 0),
                    ("jobs:next", JOBS.right - 32 - 96, "right", self.page < self.pages - 1)):
                items.append(Button(bid, pygame.Rect(x, y, 96, 72), style="secondary",
                                    icon=draw.arrow_icon(direction, 44, self.ctx.palette.ink),
                                    enabled=enabled))
        for i, job in enumerate(shown):
            y = JOBS.y + 86 + i * self.row_h
            items.append(Button(f"like:{job.world.id}:{job.station.id}",
                                pygame.Rect(JOBS.right - HEART - 24,
                                            y + (self.row_h - HEART) // 2 - 6,
                                            HEART, HEART), style="secondary", data=job))
        items.append(Button("end", pygame.Rect(OFFERS.right - 420, 960, 420, 100),
                            self.ctx.tr("finish"), size=theme.TEXT_LARGE))
        if not self.ctx.settings.kiosk:  # at a kiosk the QR code is what one takes away
            items.append(Button("save", pygame.Rect(OFFERS.right - 900, 960, 440, 100),
                                self.ctx.tr("save_card"), style="secondary"))
        self.buttons.set(items)
        self.jobs = jobs
        self.shown = shown
        tour = self.ctx.current_tour()
        self.offers = card_slots(matching_offers(tour),
                                 matching_actions(tour, self.ctx.wallclock().date()),
                                 self.ctx.lang)

    def update(self, dt: float) -> Transition | None:
        self.t += dt
        return None

    def on_button(self, button: Button) -> Transition | None:
        if button.id.startswith("like:"):
            _, world_id, station_id = button.id.split(":")
            toggle_liked(self.ctx.current_tour(), world_id, station_id)
            self.layout()
            return None
        if button.id in ("jobs:prev", "jobs:next"):
            self.page += 1 if button.id == "jobs:next" else -1
            self.layout()
            return None
        if button.id == "save":
            self.saved_to = str(self.save())
            self.layout()  # repaint, with the note saying where the card went
            return None
        ap = self.ctx.autoplay
        if ap is not None:
            ap.finished_games += 1
        return Reset(flow.after(self.ctx, "takeaway"))  # the end of the route: home

    def on_back(self) -> Transition | None:
        end = self.buttons.get("end")
        return self.on_button(end) if end is not None else None

    def spoken(self) -> list[str]:
        lang = self.ctx.lang
        return [self.ctx.tr("jobs_met"), *(job.station.job.both(lang) for job in self.jobs),
                *(f"{level} : {heading}" for level, heading, _text, _url in self.offers)]

    def bot_choice(self) -> str | None:
        if self.t < 2.0:
            return None
        if self.jobs and not self.ctx.current_tour().preferred and self.ctx.autoplay is not None:
            job = self.ctx.autoplay.rng.choice(self.shown)
            return f"like:{job.world.id}:{job.station.id}"
        return "end"

    def save(self) -> Path:
        """The card without its buttons, as a PNG in the data folder's cards/."""
        folder = self.ctx.settings.data_path / "cards"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"carte-{self.ctx.wallclock():%Y%m%d-%H%M%S}.png"
        card = pygame.Surface(theme.LOGICAL_SIZE)
        self._paint_card(card, for_file=True)
        pygame.image.save(card, str(path))
        return path

    def paint_background(self, surface: pygame.Surface) -> None:
        self._paint_card(surface, for_file=False)

    def _paint_card(self, surface: pygame.Surface, for_file: bool) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.safety)
        t, lang = self.ctx.text, self.ctx.lang
        title = t.render(self.ctx.tr("card_title"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (JOBS.x, 40))
        event = self.ctx.settings.event_name
        day = f"{self.ctx.wallclock():%d/%m/%Y}"
        sub = f"{event} · {day}" if event else day
        when = t.render(sub, theme.TEXT_SMALL, pal.muted)
        surface.blit(when, when.get_rect(topright=(OFFERS.right, 70)))
        draw.panel(surface, pal, JOBS, pal.white, radius=26, shadow=8)
        head = t.render(self.ctx.tr("jobs_met"), theme.TEXT_BODY, pal.ink)
        surface.blit(head, (JOBS.x + 32, JOBS.y + 26))
        if not for_file:
            hint = t.render(self.ctx.tr("like_hint"), theme.TEXT_SMALL - 6, pal.muted)
            surface.blit(hint, hint.get_rect(topright=(JOBS.right - 24, JOBS.y + 34)))
        for i, job in enumerate(self.shown):
            y = JOBS.y + 86 + i * self.row_h
            accent = hex_color(job.world.accent)
            pygame.draw.rect(surface, accent, pygame.Rect(JOBS.x + 32, y + 6, 10, self.row_h - 24),
                             border_radius=5)
            name = t.render(job.station.job.both(lang), theme.TEXT_BODY - 4, pal.ink, width=520)
            surface.blit(name, (JOBS.x + 60, y + 4))
            draw.stars(surface, pal, (JOBS.x + 640, y + self.row_h // 2 - 6), job.stars, 16)
        if self.pages > 1:
            pages = t.render(f"{self.page + 1} / {self.pages}", theme.TEXT_SMALL, pal.ink)
            surface.blit(pages, pages.get_rect(center=(JOBS.centerx, JOBS.bottom - PAGER_H // 2)))
        self._offers(surface)
        if self.saved_to and not for_file:
            note = t.render(self.ctx.tr("card_saved", path=self.saved_to), theme.TEXT_SMALL - 6,
                            pal.ink, width=900)
            surface.blit(note, (JOBS.x, 975))

    def draw_over(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        for b in self.buttons.items:
            if b.id.startswith("like:") and isinstance(b.data, JobMet):
                _heart(surface, pal, b.rect.center, 24, b.data.liked)

    def _offers(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        draw.panel(surface, pal, OFFERS, pal.white, radius=26, shadow=8)
        head = t.render(self.ctx.tr("offers_title"), theme.TEXT_BODY, pal.ink, width=OFFERS.w - 64)
        surface.blit(head, (OFFERS.x + 32, OFFERS.y + 26))
        note = t.render(self.ctx.tr("offers_examples"), theme.TEXT_SMALL - 6, pal.muted,
                        width=OFFERS.w - 64)
        slot = (OFFERS.h - 100 - note.get_height()) // max(1, len(self.offers))
        for i, (level, heading, text, url) in enumerate(self.offers):
            y = OFFERS.y + 90 + i * slot
            badge_text = t.render(level, theme.TEXT_SMALL - 4, pal.white)
            badge = badge_text.get_rect(topleft=(OFFERS.x + 32, y)).inflate(20, 8)
            badge.topleft = (OFFERS.x + 32, y)
            pygame.draw.rect(surface, pal.primary, badge, border_radius=10)
            surface.blit(badge_text, badge_text.get_rect(center=badge.center))
            room = OFFERS.w - 64 - (QR_SIZE + 24 if url else 0)
            title = t.render(heading, theme.TEXT_SMALL, pal.ink, width=room)
            surface.blit(title, (OFFERS.x + 32, badge.bottom + 8))
            summary = t.render(text, theme.TEXT_SMALL - 6, pal.ink, width=room)
            top = badge.bottom + 16 + title.get_height()
            step = t.line_step(theme.TEXT_SMALL - 6)  # whole lines only, in its slot
            shown = max(0, (y + slot - 16 - top) // step) * step
            surface.blit(summary, (OFFERS.x + 32, top), pygame.Rect(0, 0, room, shown))
            if url:
                size = min(QR_SIZE, slot - 24 - t.line_step(theme.TEXT_SMALL - 6))
                code = qr_surface(url, size)
                surface.blit(code, code.get_rect(topright=(OFFERS.right - 28, y)))
                scan = t.render(self.ctx.tr("scan_me"), theme.TEXT_SMALL - 6, pal.muted)
                surface.blit(scan, scan.get_rect(midtop=(OFFERS.right - 28 - code.get_width() // 2,
                                                         y + code.get_height() + 2)))
        if not self.offers:
            none = t.render(self.ctx.tr("no_offers"), theme.TEXT_SMALL, pal.muted,
                            width=OFFERS.w - 64)
            surface.blit(none, (OFFERS.x + 32, OFFERS.y + 100))
        surface.blit(note, (OFFERS.x + 32, OFFERS.bottom - note.get_height() - 14))


def _heart(surface: pygame.Surface, pal: Palette, center: tuple[int, int], r: int,
           filled: bool) -> None:
    """A heart, filled when liked, an outline when not (shape, not only colour)."""
    x, y = center
    pts: list[tuple[float, float]] = [(x, y + r)]
    for i in range(0, 181, 15):
        a = math.radians(i)
        pts.append((x - r * 0.5 - r * 0.5 * math.cos(a), y - r * 0.2 - r * 0.5 * math.sin(a)))
    for i in range(0, 181, 15):
        a = math.radians(i)
        pts.append((x + r * 0.5 - r * 0.5 * math.cos(a), y - r * 0.2 - r * 0.5 * math.sin(a)))
    if filled:
        pygame.draw.polygon(surface, pal.error, pts)
    pygame.draw.polygon(surface, pal.ink, pts, 3)
