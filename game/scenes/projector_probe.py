"""Projector mode, the before/after question for the whole class: a show of hands per statement.

The same items as a student's PC asks (game.beliefs), one at a time, big; for each, the
trainer counts the hands for « D'accord », « Je ne sais pas », « Pas d'accord » (+ and −)
and goes on, or passes it. Each statement counted becomes a ``tally`` record of the
session's journal under :data:`game.classroom.session.BELIEFS_TALLY`, which the debrief's
before/after tables read as the class's answers (game.classroom.debrief). Three answers, not
the PC's five: a room raises its hands for three.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.beliefs import ProbeItem
    from game.context import Context

import pygame

from game import flow
from game.i18n import define
from game.scene import Replace, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.scenes.projector import count_hand, hand_counter, trainer_note
from game.ui import draw, theme
from game.ui.widgets import Button

#: the class's answers, as the debrief keeps them (its tables name them in words)
ANSWERS = ("agree", "unsure", "disagree")
CARD = pygame.Rect(160, 180, 1600, 280)
ROW_Y, ROW_H, ROW_W = 490, 96, 1400
NOTE = pygame.Rect(160, 800, 1600, 126)

define({
    "pp_count": {"fr": "Affirmation {i} sur {n}", "en": "Statement {i} of {n}"},
    "pp_agree": {"fr": "D'accord", "en": "Agree"},
    "pp_unsure": {"fr": "Je ne sais pas", "en": "Not sure"},
    "pp_disagree": {"fr": "Pas d'accord", "en": "Disagree"},
    "pp_next": {"fr": "Affirmation suivante", "en": "Next statement"},
    "pp_start": {"fr": "Commencer la visite", "en": "Start the visit"},
    "pp_finish": {"fr": "Voir les résultats", "en": "See the results"},
    "pp_skip": {"fr": "Passer", "en": "Skip"},
    "pp_skip_all": {"fr": "Tout passer", "en": "Skip them all"},
    "pp_note_before": {"fr": "Lisez l'affirmation, faites lever les mains pour chaque réponse "
                             "et comptez-les avec + et −. Personne n'a tort : c'est ce que la "
                             "classe pense avant la visite. {n}\u00a0mains comptées.",
                       "en": "Read the statement out, have hands raised for each answer and "
                             "count them with + and −. Nobody is wrong: this is what the class "
                             "thinks before the visit. {n}\u00a0hands counted."},
    "pp_note_after": {"fr": "Les mêmes affirmations qu'au début : lisez-la, faites lever les "
                            "mains et comptez-les. Le tableau de bord montre avant et après. "
                            "{n}\u00a0mains comptées.",
                      "en": "The same statements as at the start: read it out, have hands "
                            "raised and count them. The dashboard shows before and after. "
                            "{n}\u00a0hands counted."},
})


class ProjectorProbeScene(ButtonScene):
    """The class's before (or after) beliefs, one statement at a time, by a show of hands."""

    def __init__(self, ctx: Context, phase: str) -> None:
        super().__init__(ctx)
        self.phase = phase  # "before" or "after"
        self.index = 0
        self.counts: dict[str, int] = {}
        self.kept: dict[str, dict[str, int]] = {}  # statement id -> the hands counted

    @property
    def items(self) -> list[ProbeItem]:
        return self.ctx.current_tour().probe_items

    @property
    def item(self) -> ProbeItem:
        return self.items[self.index]

    def enter(self) -> None:
        self.layout()

    def _rows(self) -> list[pygame.Rect]:
        x = (theme.LOGICAL_W - ROW_W) // 2
        return [pygame.Rect(x, ROW_Y + i * ROW_H, ROW_W, ROW_H - 12) for i in range(len(ANSWERS))]

    def _next_key(self) -> str:
        if self.index < len(self.items) - 1:
            return "pp_next"
        return "pp_start" if self.phase == "before" else "pp_finish"

    def layout(self) -> None:
        self._background = None  # the statement changes
        items: list[Button] = []
        for answer, row in zip(ANSWERS, self._rows(), strict=True):
            items += hand_counter(answer, row, row.h - 8, gap=120)
        items.append(Button("skip_all", pygame.Rect(60, 960, 360, 90),
                            self.ctx.tr("pp_skip_all"), style="ghost"))
        items.append(Button("skip", pygame.Rect(960, 960, 340, 90), self.ctx.tr("pp_skip"),
                            style="secondary"))
        items.append(Button("next", pygame.Rect(1340, 950, 520, 110),
                            self.ctx.tr(self._next_key()), size=theme.TEXT_LARGE))
        self.buttons.set(items)

    def note(self) -> str:
        return self.ctx.tr(f"pp_note_{self.phase}", n=sum(self.counts.values()))

    def on_button(self, button: Button) -> Transition | None:
        if count_hand(self.counts, button.id):
            return None
        kind = button.id.partition(":")[0]
        if kind == "next":
            return self._advance(keep=True)
        elif kind == "skip":
            return self._advance(keep=False)
        elif kind == "skip_all":
            return self._done()
        return None

    def on_back(self) -> Transition | None:
        """Escape passes nothing by itself (as on the player's own before/after question): it
        puts the focus on « Tout passer », which Enter then confirms; the hands stay."""
        self.buttons.focus = next(i for i, b in enumerate(self.buttons.items)
                                  if b.id == "skip_all")
        return None

    def _advance(self, keep: bool) -> Transition | None:
        """This statement's hands kept (a tally record) unless passed; then the next one."""
        counted = {a: n for a, n in self.counts.items() if n}
        if keep and counted:
            item = self.item
            self.kept[item.id] = counted
            classroom = self.ctx.classroom
            if classroom is not None:
                classroom.session.belief_tally(self.phase, item.id,
                                               item.text.get(self.ctx.lang), counted)
        self.counts = {}
        if self.index < len(self.items) - 1:
            self.index += 1
            self.layout()
            return None
        return self._done()

    def _done(self) -> Transition:
        tour = self.ctx.current_tour()
        target = tour.probe_before if self.phase == "before" else tour.probe_after
        target["_class"] = 0  # asked (the class's counts are in the journal): not again
        return Replace(flow.after(self.ctx, "probe_before" if self.phase == "before"
                                  else "probe_after"))

    def bot_choice(self) -> str | None:
        ap = self.ctx.autoplay
        if ap is None:
            return None
        if sum(self.counts.values()) < 6:
            return f"plus:{ap.rng.choice(ANSWERS)}"
        return "next"

    def statement(self) -> str:
        quote = "«\u00a0{}\u00a0»" if self.ctx.lang == "fr" else "“{}”"
        return quote.format(self.item.text.get(self.ctx.lang))

    def spoken(self) -> list[str]:
        return [self.statement(), *(self.ctx.tr(f"pp_{a}") for a in ANSWERS), self.note()]

    def paint_background(self, surface: pygame.Surface) -> None:
        pal, t = self.ctx.palette, self.ctx.text
        paint_paper(surface, pal, pal.safety)
        head = self.ctx.tr("probe_title_before" if self.phase == "before"
                           else "probe_title_after")
        self.title(surface, head, y=40, size=theme.TEXT_TITLE - 10)
        which = t.render(self.ctx.tr("pp_count", i=self.index + 1, n=len(self.items)),
                         theme.TEXT_BODY, pal.muted)
        surface.blit(which, which.get_rect(midtop=(theme.LOGICAL_W // 2, 135)))
        draw.panel(surface, pal, CARD, pal.white, radius=30, shadow=8)
        body = t.render(self.statement(), theme.TEXT_TITLE - 10, pal.ink,
                        width=CARD.w - 120, align="center")
        surface.blit(body, body.get_rect(center=CARD.center))

    def draw_content(self, surface: pygame.Surface) -> None:
        pal, t = self.ctx.palette, self.ctx.text
        for answer, row in zip(ANSWERS, self._rows(), strict=True):
            draw.panel(surface, pal, row, pal.white, radius=18, shadow=3, border=pal.floor_dark)
            label = t.render(self.ctx.tr(f"pp_{answer}"), 60, pal.ink)
            surface.blit(label, label.get_rect(midleft=(row.x + 36, row.centery)))
            count = t.render(str(self.counts.get(answer, 0)), theme.TEXT_LARGE, pal.ink)
            surface.blit(count, count.get_rect(center=(row.right - (row.h - 8) - 65,
                                                       row.centery)))
        trainer_note(surface, self.ctx, NOTE, self.note())
