"""The before/after question: the same items, each on a 5-point scale, before and at the exit.

The items come from :mod:`game.beliefs` (the scenario's fixed statements, half worded as the
stereotype, then per world of the route « Je me sens capable de … » and, where the scenario
gives it, « Ce métier pourrait me plaire »). The screen is
neutral: the same title and scale whatever the wording, no right answer shown, no colour.
The optional anonymous context (age band, gender worded for the age, situation) is asked
only at the exit, never just before a task: naming a group before a test can lower how its
members do (stereotype threat). « Passer » skips the statements left (then the context is
offered), or the context questions left; Escape only shows the way to it (the focus on
« Passer »). The setting ``ask_gender`` switches the context off.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from game.context import Context
    from game.scores.records import AgeBand, Gender, Situation

import pygame

from game import flow
from game.beliefs import AGE_BANDS, GENDERS, SCALE, SITUATIONS, ProbeItem
from game.i18n import define
from game.scene import Replace, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.ui import draw, theme
from game.ui.theme import Palette
from game.ui.widgets import Button

CARD = pygame.Rect(260, 230, 1400, 330)
SCALE_W, SCALE_H, SCALE_GAP = 320, 210, 24  # logical px: five answers in a row
CONTEXT = ("age", "gender", "situation")  # asked at the exit, in this order

define({
    "scale_1": {"fr": "Pas du tout d'accord", "en": "Strongly disagree"},
    "scale_2": {"fr": "Plutôt pas d'accord", "en": "Disagree"},
    "scale_3": {"fr": "Entre les deux", "en": "In between"},
    "scale_4": {"fr": "Plutôt d'accord", "en": "Agree"},
    "scale_5": {"fr": "Tout à fait d'accord", "en": "Strongly agree"},
    "context_title": {"fr": "Pour nos statistiques anonymes",
                      "en": "For our anonymous statistics"},
    "age_question": {"fr": "Quel âge as-tu ?", "en": "How old are you?"},
    "age_under18": {"fr": "Moins de 18 ans", "en": "Under 18"},
    "age_18-29": {"fr": "18 à 29 ans", "en": "18 to 29"},
    "age_30-54": {"fr": "30 à 54 ans", "en": "30 to 54"},
    "age_55plus": {"fr": "55 ans ou plus", "en": "55 or over"},
    "gender_girl_adult": {"fr": "Une femme", "en": "A woman"},
    "gender_boy_adult": {"fr": "Un homme", "en": "A man"},
    "gender_girl_any": {"fr": "Une fille ou une femme", "en": "A girl or a woman"},
    "gender_boy_any": {"fr": "Un garçon ou un homme", "en": "A boy or a man"},
    "gender_other": {"fr": "Autre", "en": "Other"},
    "situation_question": {"fr": "Aujourd'hui, tu es :", "en": "At the moment, you are:"},
    "situation_pupil": {"fr": "Élève (collège, lycée)", "en": "At school"},
    "situation_student": {"fr": "Étudiante ou étudiant", "en": "A student"},
    "situation_employed": {"fr": "En emploi", "en": "In work"},
    "situation_jobseeker": {"fr": "En recherche d'emploi", "en": "Looking for work"},
    "situation_other": {"fr": "Autre", "en": "Other"},
})


class ProbeScene(ButtonScene):
    def __init__(self, ctx: Context, phase: str) -> None:
        super().__init__(ctx)
        self.phase = phase  # "before" or "after"
        self.index = 0
        self.answers: dict[str, int] = {}
        #: the context questions still to ask once the items are done (only at the exit)
        self.context = list(CONTEXT) if phase == "after" and ctx.settings.ask_gender else []
        self.asking: str | None = None  # None: the items; else one of CONTEXT

    @property
    def items(self) -> list[ProbeItem]:
        return self.ctx.current_tour().probe_items

    def enter(self) -> None:
        self.layout()

    def options(self) -> list[tuple[str, str]]:
        """The current question's answers: (button id, label)."""
        tr = self.ctx.tr
        if self.asking is None:
            return [(f"scale:{n}", tr(f"scale_{n}")) for n in SCALE]
        if self.asking == "age":
            return [(f"age:{a}", tr(f"age_{a}")) for a in AGE_BANDS]
        if self.asking == "situation":
            return [(f"situation:{s}", tr(f"situation_{s}")) for s in SITUATIONS]
        age = self.ctx.current_tour().age_band
        form = "_any" if age is None else ("" if age == "under18" else "_adult")
        labels = {"girl": tr(f"gender_girl{form}"), "boy": tr(f"gender_boy{form}"),
                  "other": tr("gender_other"), "unsaid": tr("gender_unsaid")}
        return [(f"gender:{g}", labels[g]) for g in GENDERS]

    def layout(self) -> None:
        options = self.options()
        n = len(options)
        w = SCALE_W if n == 5 else min(400, (theme.LOGICAL_W - 160 - (n - 1) * SCALE_GAP) // n)
        x = (theme.LOGICAL_W - n * w - (n - 1) * SCALE_GAP) // 2
        y = CARD.bottom + 60
        items = [Button(key, pygame.Rect(x + i * (w + SCALE_GAP), y, w, SCALE_H), label,
                        style="card", size=theme.TEXT_BODY)
                 for i, (key, label) in enumerate(options)]
        items.append(Button("skip", pygame.Rect(theme.LOGICAL_W - 360, 960, 300, 90),
                            self.ctx.tr("skip"), style="ghost"))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        tour = self.ctx.current_tour()
        if button.id == "skip":
            return self._next_block()
        kind, _, value = button.id.partition(":")
        if kind == "scale":
            self.answers[self.items[self.index].id] = int(value)
            self.index += 1
            if self.index < len(self.items):
                self.content_version += 1  # the next statement: not answered unread
                self.layout()
                return None
            return self._next_block()
        if kind == "age" and value in AGE_BANDS:  # the buttons' own ids: always one of them
            tour.age_band = cast("AgeBand", value)
        elif kind == "gender" and value in GENDERS:
            tour.gender = cast("Gender", value)
        elif kind == "situation" and value in SITUATIONS:
            tour.situation = cast("Situation", value)
        return self._next_context()

    def _next_block(self) -> Transition | None:
        """The items are done or skipped: the context questions, or the next step."""
        if self.asking is None and self.context:
            return self._next_context()
        return self._done()

    def _next_context(self) -> Transition | None:
        if not self.context:
            return self._done()
        self.asking = self.context.pop(0)
        self.content_version += 1
        self.layout()
        return None

    def _done(self) -> Transition:
        tour = self.ctx.current_tour()
        target = tour.probe_before if self.phase == "before" else tour.probe_after
        target.update(self.answers)
        if not target:
            target["_skipped"] = 0  # asked once: do not ask again in this game
        return Replace(flow.after(self.ctx, "probe_before" if self.phase == "before"
                                  else "probe_after"))

    def on_back(self) -> Transition | None:
        """Escape skips nothing by itself (a playtest: it passed the before question without a
        word): it puts the focus on « Passer », which Enter then confirms."""
        skip = next(i for i, b in enumerate(self.buttons.items) if b.id == "skip")
        self.buttons.focus = skip
        return None

    def question(self) -> tuple[str, str]:
        """The text on the card and the small line under it."""
        if self.asking is not None:
            return self.ctx.tr(f"{self.asking}_question"), self.ctx.tr("gender_note")
        item = self.items[self.index]
        quote = "«\u00a0{}\u00a0»" if self.ctx.lang == "fr" else "“{}”"
        return (quote.format(item.text.get(self.ctx.lang)),
                f"{self.index + 1} / {len(self.items)}")

    def spoken(self) -> list[str]:
        text, note = self.question()
        return [text, note, *(label for _, label in self.options())]

    def bot_choice(self) -> str | None:
        ap = self.ctx.autoplay
        return ap.rng.choice(self.options())[0] if ap is not None else None

    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, pal.safety)

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        head = self.ctx.tr("context_title" if self.asking is not None else
                           "probe_title_before" if self.phase == "before" else "probe_title_after")
        self.title(surface, head, y=60, size=theme.TEXT_TITLE - 10)
        draw.panel(surface, pal, CARD, pal.white, radius=30, shadow=8)
        text, note = self.question()
        body = t.render(text, theme.TEXT_TITLE - 14, pal.ink, width=CARD.w - 120, align="center")
        surface.blit(body, body.get_rect(center=(CARD.centerx, CARD.centery - 12)))
        small = t.render(note, theme.TEXT_SMALL, pal.muted)
        surface.blit(small, small.get_rect(midbottom=(CARD.centerx, CARD.bottom - 18)))

    def draw_over(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        for b in self.buttons.items:
            if b.id.startswith("scale:"):
                _scale_icon(surface, pal, b, int(b.id.partition(":")[2]))


def _scale_icon(surface: pygame.Surface, pal: Palette, b: Button, n: int) -> None:
    """Five dots, the answer's own one filled and larger: the place on the scale shows the
    meaning, never a colour."""
    cx, y, gap = b.rect.centerx, b.rect.y + 34, 30
    for i in range(1, len(SCALE) + 1):
        c = (cx + (i - 3) * gap, y)
        if i == n:
            pygame.draw.circle(surface, pal.ink, c, 12)
        else:
            pygame.draw.circle(surface, pal.muted, c, 7, 3)
