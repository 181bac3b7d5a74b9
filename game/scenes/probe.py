"""The before/after stereotype probe: three myth statements, agree / disagree / don't know.

Asked before the first station and again at the end (the programme measures its impact);
before, an optional anonymous "je suis…" question a setting can switch off. Four taps,
well under 30 seconds.
"""
from __future__ import annotations

import pygame

from game.scene import Scene, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.ui import draw, theme
from game.ui.widgets import Button

PROBE_SIZE = 3
ANSWERS = ("agree", "disagree", "unsure")
GENDERS = ("girl", "boy", "unsaid")
CARD = pygame.Rect(260, 250, 1400, 330)


def start_tour(ctx) -> Scene:  # type: ignore[no-untyped-def]
    """After the world choice: the probe (if the scenario has myths), then the floor."""
    from game.scenes.floor import FloorScene

    tour = ctx.tour
    first = tour.next_world() or tour.worlds[0]
    tour.current_world = first.id
    candidates = tour.myths_in_play()
    if not tour.probe_myths and candidates:
        tour.probe_myths = ctx.rng.sample(candidates, min(PROBE_SIZE, len(candidates)))
    if tour.probe_myths and not tour.probe_before:
        return ProbeScene(ctx, "before", lambda: FloorScene(ctx, first.id))
    return FloorScene(ctx, first.id)


def finish_tour(ctx) -> Scene:  # type: ignore[no-untyped-def]
    """After the last station: the same statements again, then the results."""
    from game.scenes.results import ResultsScene

    if ctx.tour.probe_myths and not ctx.tour.probe_after:
        return ProbeScene(ctx, "after", lambda: ResultsScene(ctx))
    return ResultsScene(ctx)


class ProbeScene(ButtonScene):
    def __init__(self, ctx, phase: str, then) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.phase = phase
        self.then = then
        self.index = 0
        self.asking_gender = False
        self.answers: dict[str, str] = {}

    @property
    def myths(self) -> list[str]:
        return self.ctx.tour.probe_myths  # type: ignore[no-any-return]

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        w, gap, y = 500, 40, CARD.bottom + 70
        x = (1920 - 3 * w - 2 * gap) // 2
        if self.asking_gender:
            keys = [(g, self.ctx.tr(f"gender_{g}")) for g in GENDERS]
        else:
            keys = [(a, self.ctx.tr(f"probe_{a}")) for a in ANSWERS]
        items = [Button(key, pygame.Rect(x + i * (w + gap), y, w, 150), label, style="card",
                        size=theme.TEXT_LARGE) for i, (key, label) in enumerate(keys)]
        items.append(Button("skip", pygame.Rect(1920 - 360, 960, 300, 90), self.ctx.tr("skip"),
                            style="ghost"))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        tour = self.ctx.tour
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
        from game.scene import Replace

        target = self.ctx.tour.probe_before if self.phase == "before" else self.ctx.tour.probe_after
        target.update(self.answers)
        if not target:
            target["_skipped"] = "yes"  # asked once: do not ask again in this game
        return Replace(self.then())

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
        paint_paper(surface, theme.SAFETY)

    def draw_content(self, surface: pygame.Surface) -> None:
        t = self.ctx.text
        head = self.ctx.tr("probe_title_before" if self.phase == "before" else "probe_title_after")
        self.title(surface, head, y=60, size=theme.TEXT_TITLE - 10)
        draw.panel(surface, CARD, theme.WHITE, radius=30, shadow=8)
        if self.asking_gender:
            text = self.ctx.tr("gender_question")
            note = self.ctx.tr("gender_note")
        else:
            myth = self.ctx.scenario.model.myth(self.myths[self.index])
            quote = ("«\u00a0{}\u00a0»" if self.ctx.lang == "fr" else "“{}”")
            text = quote.format(myth.statement.get(self.ctx.lang))
            note = f"{self.index + 1} / {len(self.myths)}"
        body = t.render(text, theme.TEXT_TITLE - 14, theme.INK, width=CARD.w - 120, align="center")
        surface.blit(body, body.get_rect(center=CARD.center))
        small = t.render(note, theme.TEXT_SMALL, theme.MUTED)
        surface.blit(small, small.get_rect(midbottom=(CARD.centerx, CARD.bottom - 18)))

    def draw_over(self, surface: pygame.Surface) -> None:
        for b in self.buttons.items:
            if b.id in ANSWERS:
                _answer_icon(surface, b)


def _answer_icon(surface: pygame.Surface, b: Button) -> None:
    """A shape per answer (plus, minus, question mark): the meaning never rests on colour."""
    c = (b.rect.x + 52, b.rect.y + 44)
    pygame.draw.circle(surface, theme.INK, c, 26, 4)
    if b.id in ("agree", "disagree"):
        pygame.draw.line(surface, theme.INK, (c[0] - 13, c[1]), (c[0] + 13, c[1]), 5)
    if b.id == "agree":
        pygame.draw.line(surface, theme.INK, (c[0], c[1] - 13), (c[0], c[1] + 13), 5)
    if b.id == "unsure":
        pygame.draw.arc(surface, theme.INK, pygame.Rect(c[0] - 10, c[1] - 16, 20, 18), -1.2, 3.3, 4)
        pygame.draw.line(surface, theme.INK, (c[0], c[1] + 1), (c[0], c[1] + 7), 4)
        pygame.draw.circle(surface, theme.INK, (c[0], c[1] + 14), 3)
