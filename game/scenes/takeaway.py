"""The take-away card: the jobs met (both forms) with each station's own stars, the matching
training offers, and one QR code that carries the whole card as text (offline)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pygame

from game import flow
from game.i18n import define
from game.scene import Reset, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.takeaway import (
    JobMet,
    card_file,
    card_slots,
    card_text,
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

JOBS = pygame.Rect(60, 170, 700, 770)
OFFERS = pygame.Rect(790, 170, 580, 770)
KEEP = pygame.Rect(1400, 170, 460, 770)  # the card's one QR code
QR_SIZE = 440  # px at most: 4 px a module up to version 21 (109 modules with the border)
LIST_TOP = 86  # from a panel's top to its first row
NAME_W = 500  # a job's name, on two lines at most
STATION_H = 38  # one station's line under its job: its stars and its title
STAR_R = 12
PAGER_H = 84  # the jobs' page arrows, when they take more than one page
HEART = 72
NOTE_SIZE = theme.TEXT_SMALL - 6

define({
    "card_keep_title": {"fr": "Garde ta carte", "en": "Keep your card"},
    "card_keep_text": {"fr": "Scanne ce code avec ton téléphone : tes métiers, les formations "
                             "et leurs liens, même sans internet.",
                       "en": "Scan this code with your phone: your jobs, the training and their "
                             "links, even offline."},
    "card_saved_in": {"fr": "Ta carte est enregistrée dans le dossier « {folder} » du jeu.",
                      "en": "Your card is saved in the game's « {folder} » folder."},
    "card_not_saved": {"fr": "La carte n'a pas pu être enregistrée : scanne plutôt le code.",
                       "en": "The card could not be saved: scan the code instead."},
    "card_link": {"fr": "Lien dans le code : {site}", "en": "Link in the code: {site}"},
    "card_heading": {"fr": "Ma carte métiers · {where} · {day}",
                     "en": "My jobs card · {where} · {day}"},
})


class TakeawayScene(ButtonScene):
    still_buttons = True  # nothing moves on the card: it is painted once per change

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.t = 0.0
        self.saved: str | None = None  # what the note under the card says after « Enregistrer »
        self.page = 0  # of the jobs met, when they are more than the card holds at once

    def enter(self) -> None:
        self.layout()

    # --- layout ------------------------------------------------------------------------------
    def row_height(self, job: JobMet) -> int:
        """A job's row: its name (two lines at most), then one line per station done."""
        name = self.ctx.text.render(job.station.job.both(self.ctx.lang), theme.TEXT_BODY - 4,
                                    self.ctx.palette.ink, width=NAME_W)
        return max(HEART + 12, name.get_height() + 4 + len(job.stations) * STATION_H + 14)

    def paginate(self, jobs: list[JobMet]) -> list[list[JobMet]]:
        """The jobs in pages that fit the panel (one page unless a long tour)."""
        room = JOBS.h - LIST_TOP - 16
        if sum(self.row_height(j) for j in jobs) <= room:
            return [jobs]
        pages: list[list[JobMet]] = [[]]
        used = 0
        for job in jobs:
            h = self.row_height(job)
            if pages[-1] and used + h > room - PAGER_H:
                pages.append([])
                used = 0
            pages[-1].append(job)
            used += h
        return pages

    def layout(self) -> None:
        ctx = self.ctx
        tour = ctx.current_tour()
        jobs = jobs_met(tour)
        pages = self.paginate(jobs)
        self.pages = len(pages)
        self.page = min(self.page, self.pages - 1)
        shown = pages[self.page]
        items = []
        if self.pages > 1:  # a grand tour: the jobs page by page
            y = JOBS.bottom - PAGER_H + 4
            for bid, x, direction, enabled in (
                    ("jobs:prev", JOBS.x + 32, "left", self.page > 0),
                    ("jobs:next", JOBS.right - 32 - 96, "right", self.page < self.pages - 1)):
                items.append(Button(bid, pygame.Rect(x, y, 96, 72), style="secondary",
                                    icon=draw.arrow_icon(direction, 44, ctx.palette.ink),
                                    enabled=enabled))
        self.rows: list[tuple[JobMet, int, int]] = []  # (job, top, height)
        y = JOBS.y + LIST_TOP
        for job in shown:
            h = self.row_height(job)
            self.rows.append((job, y, h))
            items.append(Button(f"like:{job.world.id}:{job.station.id}",
                                pygame.Rect(JOBS.right - HEART - 24, y + (h - HEART) // 2 - 6,
                                            HEART, HEART), style="secondary", data=job))
            y += h
        items.append(Button("end", pygame.Rect(KEEP.right - 420, 960, 420, 100),
                            ctx.tr("finish"), size=theme.TEXT_LARGE))
        if not ctx.settings.kiosk:  # at a kiosk the QR code is what one takes away
            items.append(Button("save", pygame.Rect(KEEP.right - 420 - 20 - 440, 960, 440, 100),
                                ctx.tr("save_card"), style="secondary"))
        self.buttons.set(items)
        self.jobs = jobs
        self.shown = shown
        found = matching_actions(tour, ctx.wallclock().date())
        self.offers = card_slots(matching_offers(tour), found, ctx.lang)
        self.dated = bool(found)  # the column's heading names the dated next steps too
        self.text = card_text(jobs, self.offers, ctx.lang, self.heading(),
                              jobs_heading=ctx.tr("card_text_jobs"))

    def heading(self) -> str:
        ctx = self.ctx
        where = ctx.settings.event_name or ctx.scenario.model.title.get(ctx.lang)
        return ctx.tr("card_heading", where=where, day=f"{ctx.wallclock():%d/%m/%Y}")

    # --- what the visitor does ---------------------------------------------------------------
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
            self.saved = self.save()
            self._background = None  # repaint, with the note saying the card is kept
            return None
        ap = self.ctx.autoplay
        if ap is not None:
            ap.finished_games += 1
        return Reset(flow.after(self.ctx, "takeaway"))  # the end of the route: home

    def on_back(self) -> Transition | None:
        end = self.buttons.get("end")
        return self.on_button(end) if end is not None else None

    def spoken(self) -> list[str]:
        tr, lang = self.ctx.tr, self.ctx.lang
        lines = [tr("jobs_met")]
        for job in self.jobs:
            done = ", ".join(tr("labelled", label=s.station.title.get(lang),
                                value=tr("said_stars", n=s.stars)) for s in job.stations)
            lines.append(f"{job.station.job.both(lang)} ({done})")
        lines += [tr("labelled", label=level, value=heading)
                  for level, heading, _text, _url in self.offers]
        return [*lines, tr("card_keep_title"), tr("card_keep_text")]

    def bot_choice(self) -> str | None:
        if self.t < 2.0:
            return None
        if self.jobs and not self.ctx.current_tour().preferred and self.ctx.autoplay is not None:
            job = self.ctx.autoplay.rng.choice(self.shown)
            return f"like:{job.world.id}:{job.station.id}"
        return "end"

    def save(self) -> str:
        """The card without its buttons, as a PNG in the cards' folder (``cartes/`` beside the
        data, or kiosk.toml's ``cards_dir``); what to tell the visitor, in words (no path)."""
        folder = self.ctx.settings.cards_path
        try:
            path = card_file(folder, self.ctx.wallclock())
            card = pygame.Surface(theme.LOGICAL_SIZE)
            self._paint_card(card, for_file=True)
            pygame.image.save(card, str(path))
        except (OSError, pygame.error):
            return self.ctx.tr("card_not_saved")
        return self.ctx.tr("card_saved_in", folder=folder.name)

    # --- drawing -----------------------------------------------------------------------------
    def paint_background(self, surface: pygame.Surface) -> None:
        self._paint_card(surface, for_file=False)

    def _paint_card(self, surface: pygame.Surface, for_file: bool) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.safety)
        t = self.ctx.text
        title = t.render(self.ctx.tr("card_title"), theme.TEXT_TITLE, pal.ink)
        surface.blit(title, (JOBS.x, 40))
        event = self.ctx.settings.event_name
        day = f"{self.ctx.wallclock():%d/%m/%Y}"
        sub = f"{event} · {day}" if event else day
        when = t.render(sub, theme.TEXT_SMALL, pal.muted)
        surface.blit(when, when.get_rect(topright=(KEEP.right, 70)))
        self._jobs(surface, for_file)
        self._offers(surface)
        self._keep(surface)
        if self.saved and not for_file:
            note = t.render(self.saved, NOTE_SIZE, pal.ink, width=880)
            surface.blit(note, note.get_rect(midleft=(JOBS.x, 1010)))

    def _jobs(self, surface: pygame.Surface, for_file: bool) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        draw.panel(surface, pal, JOBS, pal.white, radius=26, shadow=8)
        head = t.render(self.ctx.tr("jobs_met"), theme.TEXT_BODY, pal.ink)
        surface.blit(head, (JOBS.x + 32, JOBS.y + 26))
        if not for_file:
            hint = t.render(self.ctx.tr("like_hint"), NOTE_SIZE, pal.muted,
                            width=JOBS.w - head.get_width() - 90)
            surface.blit(hint, hint.get_rect(topright=(JOBS.right - 24, JOBS.y + 30)))
        for job, y, h in self.rows:
            accent = hex_color(job.world.accent)
            pygame.draw.rect(surface, accent, pygame.Rect(JOBS.x + 32, y + 6, 10, h - 24),
                             border_radius=5)
            name = t.render(job.station.job.both(lang), theme.TEXT_BODY - 4, pal.ink, width=NAME_W)
            surface.blit(name, (JOBS.x + 60, y + 4))
            sy = y + 8 + name.get_height()
            for done in job.stations:  # each station's own result, never the job's best
                draw.stars(surface, pal, (JOBS.x + 64 + 3.3 * STAR_R, sy + STATION_H // 2 - 2),
                           done.stars, STAR_R)
                label = t.render(done.station.title.get(lang), NOTE_SIZE, pal.ink)
                room = pygame.Rect(0, 0, NAME_W - 110, label.get_height())
                surface.blit(label, label.get_rect(midleft=(JOBS.x + 170,
                                                            sy + STATION_H // 2 - 2)), room)
                sy += STATION_H
        if self.pages > 1:
            pages = t.render(f"{self.page + 1} / {self.pages}", theme.TEXT_SMALL, pal.ink)
            surface.blit(pages, pages.get_rect(center=(JOBS.centerx, JOBS.bottom - PAGER_H // 2)))

    def _offers(self, surface: pygame.Surface) -> None:
        pal, t = self.ctx.palette, self.ctx.text
        draw.panel(surface, pal, OFFERS, pal.white, radius=26, shadow=8)
        column = self.ctx.tr("offers_dates_title" if self.dated else "offers_title")
        head = t.render(column, theme.TEXT_BODY, pal.ink, width=OFFERS.w - 64)
        surface.blit(head, (OFFERS.x + 32, OFFERS.y + 26))
        note = t.render(self.ctx.tr("offers_examples"), NOTE_SIZE, pal.muted, width=OFFERS.w - 64)
        top0 = OFFERS.y + 36 + head.get_height() + 20
        slot = (OFFERS.bottom - note.get_height() - 24 - top0) // max(1, len(self.offers))
        step = t.line_step(NOTE_SIZE)
        room = OFFERS.w - 64
        for i, (level, heading, text, url) in enumerate(self.offers):
            y = top0 + i * slot
            badge_text = t.render(level, theme.TEXT_SMALL - 4, pal.white)
            badge = badge_text.get_rect(topleft=(OFFERS.x + 32, y)).inflate(20, 8)
            badge.topleft = (OFFERS.x + 32, y)
            pygame.draw.rect(surface, pal.primary, badge, border_radius=10)
            surface.blit(badge_text, badge_text.get_rect(center=badge.center))
            title = t.render(heading, theme.TEXT_SMALL, pal.ink, width=room)
            surface.blit(title, (OFFERS.x + 32, badge.bottom + 8))
            top = badge.bottom + 16 + title.get_height()
            bottom = y + slot - 16
            if url:  # where the code's link leads, in words (the link itself is in the code)
                site = urlsplit(url).hostname or url
                link = t.render(self.ctx.tr("card_link", site=site.removeprefix("www.")),
                                NOTE_SIZE, pal.muted, width=room)
                bottom -= link.get_height()
                surface.blit(link, (OFFERS.x + 32, bottom))
            # whole lines only, in its slot; a cut one ends with « … »
            for n, line in enumerate(t.clipped(text, NOTE_SIZE, room, (bottom - 6 - top) // step)):
                surface.blit(t.render(line, NOTE_SIZE, pal.ink), (OFFERS.x + 32, top + n * step))
        if not self.offers:
            none = t.render(self.ctx.tr("no_offers"), theme.TEXT_SMALL, pal.muted, width=room)
            surface.blit(none, (OFFERS.x + 32, top0))
        surface.blit(note, (OFFERS.x + 32, OFFERS.bottom - note.get_height() - 14))

    def qr_rect(self) -> pygame.Rect:
        """Where the card's code is drawn, under the words that say what it holds."""
        code = qr_surface(self.text, QR_SIZE)
        top = KEEP.y + 40 + self._keep_words()[0].get_height() + 16 + \
            self._keep_words()[1].get_height()
        return code.get_rect(center=(KEEP.centerx, (top + KEEP.bottom) // 2))

    def _keep_words(self) -> tuple[pygame.Surface, pygame.Surface]:
        pal, t = self.ctx.palette, self.ctx.text
        return (t.render(self.ctx.tr("card_keep_title"), theme.TEXT_BODY, pal.ink,
                         width=KEEP.w - 64),
                t.render(self.ctx.tr("card_keep_text"), NOTE_SIZE, pal.ink, width=KEEP.w - 64))

    def _keep(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        draw.panel(surface, pal, KEEP, pal.white, radius=26, shadow=8)
        head, body = self._keep_words()
        surface.blit(head, (KEEP.x + 32, KEEP.y + 26))
        surface.blit(body, (KEEP.x + 32, KEEP.y + 40 + head.get_height()))
        surface.blit(qr_surface(self.text, QR_SIZE), self.qr_rect())

    def draw_over(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        for b in self.buttons.items:
            if b.id.startswith("like:") and isinstance(b.data, JobMet):
                _heart(surface, pal, b.rect.center, 24, b.data.liked)


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
