"""The before/after stereotype probe: three myth statements, agree / disagree / don't know.

Asked before the first station and again at the end (the programme measures its impact);
before, an optional anonymous "je suis…" question a setting can switch off. Four taps,
well under 30 seconds.
"""
from __future__ import annotations

import pygame

from game import flow
from game.scene import Replace, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.ui import draw, theme
from game.ui.theme import Palette
from game.ui.widgets import Button

ANSWERS = ("agree", "disagree", "unsure")
GENDERS = ("girl", "boy", "unsaid")
CARD = pygame.Rect(260, 250, 1400, 330)


class ProbeScene(ButtonScene):
    def __init__(self, ctx, phase: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.phase = phase  # "before" or "after"
        self.index = 0
        self.asking_gender = False
        self.answers: dict[str, str] = {}

    @property
    def myths(self) -> list[str]:
        return self.ctx.current_tour().probe_myths

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        w, gap, y = 500, 40, CARD.bottom + 70
        x = (theme.LOGICAL_W - 3 * w - 2 * gap) // 2
        if self.asking_gender:
            keys = [(g, self.ctx.tr(f"gender_{g}")) for g in GENDERS]
        else:
            keys = [(a, self.ctx.tr(f"probe_{a}")) for a in ANSWERS]
        items = [Button(key, pygame.Rect(x + i * (w + gap), y, w, 150), label, style="card",
                        size=theme.TEXT_LARGE) for i, (key, label) in enumerate(keys)]
        items.append(Button("skip", pygame.Rect(theme.LOGICAL_W - 360, 960, 300, 90),
                            self.ctx.tr("skip"),
                            style="ghost"))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        tour = self.ctx.current_tour()
        if button.id == "skip":
            return self._done()
        if self.asking_gender:
            tour.gender = button.id
            return self._done()
        self.answers[self.myths[self.index]] = button.id
        self.index += 1
        if self.index >= len(self.myths):
            if self.phase == "before" and self.ctx.settings.ask_gender:
                self.asking_gender = True
                self.layout()
                return None
            return self._done()
        self.layout()
        return None

    def _done(self) -> Transition:
        tour = self.ctx.current_tour()
        target = tour.probe_before if self.phase == "before" else tour.probe_after
        target.update(self.answers)
        if not target:
            target["_skipped"] = "yes"  # asked once: do not ask again in this game
        return Replace(flow.after(self.ctx, "probe_before" if self.phase == "before"
                                  else "probe_after"))

    def on_back(self) -> Transition | None:
        return self._done()

    def spoken(self) -> list[str]:
        if self.asking_gender:
            return [self.ctx.tr("gender_question"), self.ctx.tr("gender_note"),
                    *(self.ctx.tr(f"gender_{g}") for g in GENDERS)]
        myth = self.ctx.scenario.model.myth(self.myths[self.index])
        return [myth.statement.get(self.ctx.lang), *(self.ctx.tr(f"probe_{a}") for a in ANSWERS)]

    def bot_choice(self) -> str | None:
        ap = self.ctx.autoplay
        options = GENDERS if self.asking_gender else ANSWERS
        return ap.rng.choice(options) if ap is not None else None

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.safety)

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        head = self.ctx.tr("probe_title_before" if self.phase == "before" else "probe_title_after")
        self.title(surface, head, y=60, size=theme.TEXT_TITLE - 10)
        draw.panel(surface, pal, CARD, pal.white, radius=30, shadow=8)
        if self.asking_gender:
            text = self.ctx.tr("gender_question")
            note = self.ctx.tr("gender_note")
        else:
            myth = self.ctx.scenario.model.myth(self.myths[self.index])
            quote = ("«\u00a0{}\u00a0»" if self.ctx.lang == "fr" else "“{}”")
            text = quote.format(myth.statement.get(self.ctx.lang))
            note = f"{self.index + 1} / {len(self.myths)}"
        body = t.render(text, theme.TEXT_TITLE - 14, pal.ink, width=CARD.w - 120, align="center")
        surface.blit(body, body.get_rect(center=CARD.center))
        small = t.render(note, theme.TEXT_SMALL, pal.muted)
        surface.blit(small, small.get_rect(midbottom=(CARD.centerx, CARD.bottom - 18)))

    def draw_over(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        for b in self.buttons.items:
            if b.id in ANSWERS:
                _answer_icon(surface, pal, b)


def _answer_icon(surface: pygame.Surface, pal: Palette, b: Button) -> None:
    """A shape per answer (plus, minus, question mark): the meaning never rests on colour."""
    c = (b.rect.x + 52, b.rect.y + 44)
    pygame.draw.circle(surface, pal.ink, c, 26, 4)
    if b.id in ("agree", "disagree"):
        pygame.draw.line(surface, pal.ink, (c[0] - 13, c[1]), (c[0] + 13, c[1]), 5)
    if b.id == "agree":
        pygame.draw.line(surface, pal.ink, (c[0], c[1] - 13), (c[0], c[1] + 13), 5)
    if b.id == "unsure":
        pygame.draw.arc(surface, pal.ink, pygame.Rect(c[0] - 10, c[1] - 16, 20, 18), -1.2, 3.3, 4)
        pygame.draw.line(surface, pal.ink, (c[0], c[1] + 1), (c[0], c[1] + 7), 4)
        pygame.draw.circle(surface, pal.ink, (c[0], c[1] + 14), 3)
