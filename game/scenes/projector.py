"""Projector mode: one screen, the trainer plays a station's questions with the class.

Each question stays up, its answers lettered A, B, C… for a show of hands, with no timer.
The trainer may count the hands for each answer (+ and −), then « Montrer la réponse »: the
right answers are marked, the explanation and the question to discuss (``discuss:`` in the
YAML, or a general one) appear. « Question suivante » writes the counts as a ``tally``
record of the session's journal, which feeds the same report as the students' PCs. The
station's score is the share of hands on the right answers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import flow
from game.i18n import define
from game.scenario.text import LocalText
from game.scene import Pop, Replace, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.tasks import get as task_type
from game.tasks.base import Feedback, TaskParams, TaskResult, stars_for
from game.tasks.votes import Votable
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button

LETTERS = "ABCDEFGHIJKL"
BOTTOM = 920  # the choices and the side panel end here (the buttons below)
LEFT_W, PANEL_X, PANEL_W = 1120, 1220, 640
PICTURE_H = 280  # a question's picture, at the top of the side panel
ROW_MIN, ROW_MAX = 68, 130  # a row holds two 64 px buttons at least
COUNT_MAX = 999
TRUE_FALSE = {"true": LocalText.of("Vrai", "True"), "false": LocalText.of("Faux", "False")}

define({
    "proj_question_n": {"fr": "Question {i} sur {n}", "en": "Question {i} of {n}"},
    "proj_hands": {"fr": "Levez la main !", "en": "Hands up!"},
    "proj_hands_hint": {"fr": "Lis chaque réponse à voix haute. Pour chacune, compte les mains "
                              "levées avec + et − (tu peux passer).",
                        "en": "Read each answer aloud. For each one, count the hands with + "
                              "and − (you may skip it)."},
    "proj_hands_total": {"fr": "{n} mains comptées", "en": "{n} hands counted"},
    "proj_reveal": {"fr": "Montrer la réponse", "en": "Show the answer"},
    "proj_next": {"fr": "Question suivante", "en": "Next question"},
    "proj_done": {"fr": "Fin du poste", "en": "End of the station"},
    "proj_answer": {"fr": "La réponse", "en": "The answer"},
    "proj_discuss": {"fr": "À discuter", "en": "To discuss"},
    "proj_discuss_default": {"fr": "Qui avait choisi une autre réponse ? Qu'est-ce qui t'a "
                                   "fait hésiter ?",
                             "en": "Who chose another answer? What made you hesitate?"},
})


def choice_texts(question: Votable) -> list[tuple[str, LocalText]]:
    """The question's answers in the order written (true/false: Vrai, Faux)."""
    if question.kind == "truefalse":
        return list(TRUE_FALSE.items())
    return [(c.id, c.text) for c in question.choices]


def explanation(question: Votable) -> LocalText | None:
    texts = [question.explain] if question.explain is not None else [
        c.explain for c in question.choices if c.correct and c.explain is not None]
    if not texts:
        return None
    langs = dict.fromkeys(lang for t in texts for lang in t.root)
    return LocalText({lang: " ".join(t.get(lang) for t in texts) for lang in langs})


def votes_of(ctx: Context, params: TaskParams) -> list[Votable]:
    """The task as questions for a show of hands; none when its type cannot be voted."""
    votes = task_type(params.type).votes
    return list(votes(params, ctx.rng)) if votes is not None else []


def by_gesture(params: TaskParams) -> bool:
    """A task played by a gesture (its type declares no votes): the projector says why."""
    return task_type(params.type).votes is None


class ProjectorQuizScene(ButtonScene):
    """A station played by a whole class in front of one screen, question by question: a
    quiz's own, or those its type makes of a sort, a match, an order (game.tasks.votes)."""

    def __init__(self, ctx: Context, world_id: str, station_id: str,
                 questions: list[Votable] | None = None) -> None:
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.station = self.world.station(station_id)
        self.accent = hex_color(self.world.accent)
        self.questions: list[Votable] = questions or votes_of(ctx, self.station.task)
        assert self.questions, f"a {self.station.task.type} task has no votes (see flow)"
        self.index = 0
        self.revealed = False
        self.counts: dict[str, int] = {}
        self.shares: list[float | None] = []  # per question: hands on the right answers
        self.elapsed = 0.0

    @property
    def question(self) -> Votable:
        return self.questions[self.index]

    def enter(self) -> None:
        self.layout()

    def _prompt(self) -> pygame.Surface:
        return self.ctx.text.render(self.question.prompt.get(self.ctx.lang), theme.TEXT_LARGE,
                                    self.ctx.palette.ink, width=1800)

    @property
    def top(self) -> int:
        """The choices start under the prompt (one line or three)."""
        return max(200, 100 + self._prompt().get_height() + 40)

    @property
    def panel(self) -> pygame.Rect:
        return pygame.Rect(PANEL_X, self.top, PANEL_W, BOTTOM - self.top)

    def _rows(self) -> list[pygame.Rect]:
        n = len(choice_texts(self.question))
        h = max(ROW_MIN, min(ROW_MAX, (BOTTOM - self.top) // max(1, n)))
        return [pygame.Rect(60, self.top + i * h, LEFT_W, h - 8) for i in range(n)]

    def layout(self) -> None:
        self._background = None  # the prompt changes with the question
        items: list[Button] = []
        for (cid, _text), row in zip(choice_texts(self.question), self._rows(), strict=True):
            size = min(80, row.h - 4)
            y = row.centery - size // 2
            items.append(Button(f"minus:{cid}", pygame.Rect(row.right - 2 * size - 110, y,
                                                            size, size),
                                "−", style="secondary", size=theme.TEXT_LARGE))
            items.append(Button(f"plus:{cid}", pygame.Rect(row.right - size - 10, y, size, size),
                                "+", style="secondary", size=theme.TEXT_LARGE))
        last = self.index == len(self.questions) - 1
        label = "proj_reveal" if not self.revealed else ("proj_done" if last else "proj_next")
        items.append(Button("reveal" if not self.revealed else "next",
                            pygame.Rect(1340, 950, 520, 110), self.ctx.tr(label),
                            size=theme.TEXT_LARGE))
        items.append(Button("back", pygame.Rect(60, 960, 260, 90), self.ctx.tr("back"),
                            style="secondary"))
        self.buttons.set(items)

    def update(self, dt: float) -> Transition | None:
        self.elapsed += dt
        return None

    def on_button(self, button: Button) -> Transition | None:
        kind, _, cid = button.id.partition(":")
        if kind == "plus":
            self.counts[cid] = min(COUNT_MAX, self.counts.get(cid, 0) + 1)
        elif kind == "minus":
            self.counts[cid] = max(0, self.counts.get(cid, 0) - 1)
        elif kind == "reveal":
            self.revealed = True
            self.layout()
        elif kind == "next":
            return self.next()
        elif kind == "back":
            return Pop()
        return None

    def on_back(self) -> Transition | None:
        return Pop()

    def next(self) -> Transition | None:
        """Keep this question's hands (a ``tally`` record), then the next one or the end."""
        q, lang = self.question, self.ctx.lang
        total = sum(self.counts.values())
        right = q.correct_ids()
        names = dict(choice_texts(q))
        self.shares.append(sum(self.counts.get(c, 0) for c in right) / total if total else None)
        classroom = self.ctx.classroom
        if total and classroom is not None:
            classroom.session.tally(self.world.id, self.station.id, q.id, q.prompt.get(lang),
                                    {names[c].get(lang): n for c, n in self.counts.items()},
                                    [names[c].get(lang) for c in sorted(right) if c in names])
        if self.index < len(self.questions) - 1:
            self.index += 1
            self.revealed = False
            self.counts = {}
            self.layout()
            return None
        return Replace(flow.after_task(self.ctx, self.world.id, self.station.id, self.result(),
                                       self.elapsed))

    def result(self) -> TaskResult:
        """The class's result: the share of hands on the right answers (0 when none counted)."""
        counted = [s for s in self.shares if s is not None]
        score = round(100 * sum(counted) / len(counted)) if counted else 0
        params = self.station.task
        feedback = tuple(Feedback(q.prompt, share is not None and share >= 0.5, explanation(q))
                         for q, share in zip(self.questions, self.shares, strict=False))
        return TaskResult(score=score, stars=stars_for(score, params.stars), feedback=feedback,
                          details={"projector": True, "shares": list(self.shares)})

    def bot_choice(self) -> str | None:
        ap = self.ctx.autoplay
        if ap is None:
            return None
        if not self.revealed:
            if sum(self.counts.values()) < 6:
                cid = ap.rng.choice(choice_texts(self.question))[0]
                return f"plus:{cid}"
            return "reveal"
        return "next"

    def spoken(self) -> list[str]:
        lang = self.ctx.lang
        lines = [self.question.prompt.get(lang)]
        lines += [f"{LETTERS[i]} : {t.get(lang)}" for i, (_c, t) in
                  enumerate(choice_texts(self.question))]
        if self.revealed:
            why = explanation(self.question)
            lines += [why.get(lang) if why else "", self._discuss()]
        return lines

    def _discuss(self) -> str:
        d = self.question.discuss
        return d.get(self.ctx.lang) if d is not None else self.ctx.tr("proj_discuss_default")

    def paint_background(self, surface: pygame.Surface) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        paint_paper(surface, pal, self.accent)
        which = self.ctx.tr("proj_question_n", i=self.index + 1, n=len(self.questions))
        head = t.render(f"{self.station.title.get(lang)} · {which}", theme.TEXT_BODY,
                        draw.blend(self.accent, pal.ink, 0.45))
        surface.blit(head, (60, 36))
        surface.blit(self._prompt(), (60, 100))

    def draw_content(self, surface: pygame.Surface) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        right = self.question.correct_ids()
        for i, ((cid, text), row) in enumerate(zip(choice_texts(self.question), self._rows(),
                                                   strict=True)):
            ok = cid in right
            fill = draw.blend(pal.success, pal.white, 0.8) if self.revealed and ok else pal.white
            draw.panel(surface, pal, row, fill, radius=18, shadow=3,
                       border=pal.success if self.revealed and ok else pal.floor_dark)
            badge = pygame.Rect(row.x + 10, row.y + 6, row.h - 12, row.h - 12)
            pygame.draw.rect(surface, self.accent, badge, border_radius=12)
            letter = t.render(LETTERS[i], min(theme.TEXT_LARGE, row.h - 20), pal.white)
            surface.blit(letter, letter.get_rect(center=badge.center))
            size = theme.TEXT_BODY if row.h >= 100 else theme.TEXT_SMALL
            label = t.render(text.get(lang), size, pal.ink, width=row.w - badge.w - 330)
            surface.blit(label, label.get_rect(midleft=(badge.right + 20, row.centery)))
            count = t.render(str(self.counts.get(cid, 0)), theme.TEXT_LARGE, pal.ink)
            surface.blit(count, count.get_rect(center=(row.right - min(80, row.h - 4) - 60,
                                                       row.centery)))
            if self.revealed and ok:  # a mark, not only the colour
                draw.verdict(surface, pal, (badge.right + 2, badge.y + 4), True, 30)
        self._panel(surface)

    def _panel(self, surface: pygame.Surface) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        panel = self.panel
        draw.panel(surface, pal, panel, pal.white, radius=24, shadow=6)
        x, y, w = panel.x + 32, panel.y + 28, panel.w - 64
        if self.question.image:  # the drawing the question is about (a weld symbol…)
            pic = self.ctx.images.fit(self.ctx.scenario.asset(self.question.image),
                                      (w, PICTURE_H))
            surface.blit(pic, pic.get_rect(midtop=(panel.centerx, y)))
            y += pic.get_height() + 24
        if not self.revealed:
            for text, size in ((self.ctx.tr("proj_hands"), theme.TEXT_LARGE),
                               (self.ctx.tr("proj_hands_hint"), theme.TEXT_BODY),
                               (self.ctx.tr("proj_hands_total", n=sum(self.counts.values())),
                                theme.TEXT_BODY)):
                img = t.render(text, size, pal.ink, width=w)
                surface.blit(img, (x, y))
                y += img.get_height() + 30
            return
        why = explanation(self.question)
        title = t.render(self.ctx.tr("proj_answer"), theme.TEXT_BODY, pal.ink)
        surface.blit(title, (x, y))
        y += title.get_height() + 12
        if why is not None:
            room = panel.bottom - 250 - y
            img = t.render(why.get(lang), theme.TEXT_BODY - 4, pal.ink, width=w)
            if img.get_height() > room:  # a long explanation: smaller, still whole
                img = t.render(why.get(lang), theme.TEXT_SMALL - 2, pal.ink, width=w)
            surface.blit(img, (x, y), pygame.Rect(0, 0, w, max(0, room)))
            y += min(img.get_height(), max(0, room)) + 20
        box = pygame.Rect(panel.x + 16, max(y, panel.bottom - 236), panel.w - 32, 220)
        pygame.draw.rect(surface, draw.blend(pal.safety, pal.white, 0.7), box, border_radius=18)
        head = t.render(self.ctx.tr("proj_discuss"), theme.TEXT_SMALL, pal.ink)
        surface.blit(head, (box.x + 16, box.y + 12))
        ask = t.render(self._discuss(), theme.TEXT_BODY - 4, pal.ink, width=box.w - 32)
        surface.blit(ask, (box.x + 16, box.y + 16 + head.get_height()),
                     pygame.Rect(0, 0, box.w - 32, box.h - 32 - head.get_height()))
