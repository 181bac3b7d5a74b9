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
from game.i18n import define, tr
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
FULL_W = 1800  # the choices while the class votes (no picture): the whole width
LEFT_W, PANEL_X, PANEL_W = 1160, 1250, 610  # with the side panel (the answer, a picture)
PICTURE_H = 280  # a question's picture, at the top of the side panel
ROW_MIN, ROW_MAX = 68, 150  # a row holds two 64 px buttons at least
COUNT_MAX = 999
NOTE = pygame.Rect(350, 945, 960, 120)  # the trainer's note, between the two buttons
#: type-scale sizes, the first that fits is used: read from the back of a room (size 54 is
#: a 40 px em at 1920×1080); the smaller ones only when a long answer would not fit
PROMPT_SIZES = (60, 56, 54, 48)
LABEL_SIZES = (60, 56, 54, 50, 46, 42)
WHY_SIZES = (46, 42, 38, 34, 30)
TRUE_FALSE = {"true": LocalText.of("Vrai", "True"), "false": LocalText.of("Faux", "False")}

define({
    "proj_question_n": {"fr": "Question {i} sur {n}", "en": "Question {i} of {n}"},
    "proj_hands": {"fr": "Lève la main pour ta réponse !", "en": "Hands up for your answer!"},
    "proj_for_you": {"fr": "Pour vous, formatrice ou formateur", "en": "For you, the trainer"},
    "proj_note_count": {"fr": "Lisez chaque réponse, comptez les mains avec + et − "
                              "(facultatif), puis « Montrer la réponse ». {n}\u00a0mains "
                              "comptées.",
                        "en": "Read each answer out, count the hands with + and − (optional), "
                              "then « Show the answer ». {n}\u00a0hands counted."},
    "proj_note_discuss": {"fr": "Lancez la discussion, puis « {next} » : les {n} mains "
                                "comptées vont au tableau de bord.",
                          "en": "Start the discussion, then « {next} »: the {n} hands counted "
                                "go to the dashboard."},
    "proj_reveal": {"fr": "Montrer la réponse", "en": "Show the answer"},
    "proj_next": {"fr": "Question suivante", "en": "Next question"},
    "proj_done": {"fr": "Fin du poste", "en": "End of the station"},
    "proj_answer": {"fr": "La réponse", "en": "The answer"},
    "proj_answer_is": {"fr": "La réponse : {letters}", "en": "The answer: {letters}"},
    "proj_answers_are": {"fr": "Les réponses : {letters}", "en": "The answers: {letters}"},
    "proj_discuss": {"fr": "À discuter", "en": "To discuss"},
    "proj_class_score": {"fr": "Score de la classe : {n}", "en": "The class's score: {n}"},
    "proj_discuss_default": {"fr": "Qui avait choisi une autre réponse ? Qu'est-ce qui t'a "
                                   "fait hésiter ?",
                             "en": "Who chose another answer? What made you hesitate?"},
})


def choice_texts(question: Votable) -> list[tuple[str, LocalText]]:
    """The question's answers in the order written (true/false: Vrai, Faux)."""
    if question.kind == "truefalse":
        return list(TRUE_FALSE.items())
    return [(c.id, c.text) for c in question.choices]


def letters_of(question: Votable) -> dict[str, str]:
    """Each answer's letter on the screen (A, B, C… in the order shown)."""
    return {cid: LETTERS[i] for i, (cid, _t) in enumerate(choice_texts(question))}


def right_letters(question: Votable) -> str:
    """The right answers' letters, « A, C »."""
    letters = letters_of(question)
    return ", ".join(letters[c] for c in letters if c in question.correct_ids())


def explanation(question: Votable, sep: str = " ") -> LocalText | None:
    """Why, with the letters the screen shows: the question's own explanation, or each right
    answer's, « B : … », joined by ``sep`` (a trainer's test: the explanations named no
    letter)."""
    letters = letters_of(question)
    parts: list[tuple[str, LocalText]] = []
    if question.explain is not None:
        parts.append(("", question.explain))
    else:
        parts += [(letters.get(c.id, "?"), c.explain) for c in question.choices
                  if c.correct and c.explain is not None]
        if len(question.correct_ids()) == 1:  # « La réponse : B » says whose it is
            parts = [("", t) for _p, t in parts]
    if not parts:
        return None
    langs = dict.fromkeys(lang for _p, t in parts for lang in t.root)
    return LocalText({lang: sep.join(tr("labelled", lang, label=p, value=t.get(lang)) if p
                                     else t.get(lang) for p, t in parts) for lang in langs})


def answer_line(question: Votable, lang: str) -> str:
    letters = right_letters(question)
    key = "proj_answers_are" if "," in letters else "proj_answer_is"
    return tr(key, lang, letters=letters)


def votes_of(ctx: Context, params: TaskParams) -> list[Votable]:
    """The task as questions for a show of hands; none when its type cannot be voted."""
    votes = task_type(params.type).votes
    return list(votes(params, ctx.rng)) if votes is not None else []


def by_gesture(params: TaskParams) -> bool:
    """A task played by a gesture (its type declares no votes): the projector says why."""
    return task_type(params.type).votes is None


def hand_counter(key: str, row: pygame.Rect, size: int, gap: int) -> list[Button]:
    """The − and + that count the hands for one answer (``minus:KEY``, ``plus:KEY``), at the
    right of its row, ``gap`` pixels between them for the count."""
    y = row.centery - size // 2
    return [Button(f"minus:{key}", pygame.Rect(row.right - 2 * size - gap, y, size, size),
                   "−", style="secondary", size=theme.TEXT_LARGE),
            Button(f"plus:{key}", pygame.Rect(row.right - size - 10, y, size, size),
                   "+", style="secondary", size=theme.TEXT_LARGE)]


def count_hand(counts: dict[str, int], button_id: str) -> bool:
    """Apply a :func:`hand_counter` button to ``counts`` (0..COUNT_MAX); False for any other."""
    kind, _, key = button_id.partition(":")
    if kind not in ("plus", "minus"):
        return False
    step = 1 if kind == "plus" else -1
    counts[key] = max(0, min(COUNT_MAX, counts.get(key, 0) + step))
    return True


def trainer_note(surface: pygame.Surface, ctx: Context, rect: pygame.Rect, text: str) -> None:
    """The trainer's own words (« vous »), in a box of their own beside the buttons: the
    class's content stays « tu » (a trainer's test: the instructions were projected as if
    to the class)."""
    pal, t = ctx.palette, ctx.text
    pygame.draw.rect(surface, draw.blend(pal.floor, pal.white, 0.5), rect, border_radius=16)
    pygame.draw.rect(surface, pal.floor_dark, rect, 3, border_radius=16)
    head = t.render(ctx.tr("proj_for_you"), theme.TEXT_SMALL - 6, pal.muted)
    surface.blit(head, (rect.x + 20, rect.y + 10))
    room = rect.h - head.get_height() - 22
    for size in (theme.TEXT_SMALL, theme.TEXT_SMALL - 4, theme.TEXT_SMALL - 6):
        body = t.render(text, size, pal.ink, width=rect.w - 40)
        if body.get_height() <= room:
            break
    surface.blit(body, (rect.x + 20, rect.y + 14 + head.get_height()),
                 pygame.Rect(0, 0, rect.w - 40, room))


class ProjectorQuizScene(ButtonScene):
    """A station played by a whole class in front of one screen, question by question: a
    quiz's own, or those its type makes of a sort, a match, an order (game.tasks.votes).

    Read from the back of a room: the question and the answers are drawn at 40 px at least
    (1920×1080) wherever they fit; while the class votes, the answers take the whole width
    (the side panel comes with the answer, or with a picture)."""

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

    def _fit(self, text: str, sizes: tuple[int, ...], width: int, height: int) -> int:
        """The first of ``sizes`` at which ``text`` fits ``width`` × ``height`` (else the last)."""
        t = self.ctx.text
        for size in sizes:
            if len(t.wrapped(text, size, width)) * t.line_step(size) <= height:
                return size
        return sizes[-1]

    @property
    def prompt_size(self) -> int:
        return self._fit(self.question.prompt.get(self.ctx.lang), PROMPT_SIZES, 1800, 190)

    def _prompt(self) -> pygame.Surface:
        return self.ctx.text.render(self.question.prompt.get(self.ctx.lang), self.prompt_size,
                                    self.ctx.palette.ink, width=1800)

    @property
    def top(self) -> int:
        """The choices start under the prompt (one line or three)."""
        return max(200, 100 + self._prompt().get_height() + 30)

    @property
    def side_panel(self) -> bool:
        """The side panel shows: the answer is up, or the question has a picture."""
        return self.revealed or bool(self.question.image)

    @property
    def panel(self) -> pygame.Rect:
        return pygame.Rect(PANEL_X, self.top, PANEL_W, BOTTOM - self.top)

    def _rows(self) -> list[pygame.Rect]:
        n = len(choice_texts(self.question))
        h = max(ROW_MIN, min(ROW_MAX, (BOTTOM - self.top) // max(1, n)))
        w = LEFT_W if self.side_panel else FULL_W
        return [pygame.Rect(60, self.top + i * h, w, h - 8) for i in range(n)]

    def _counter(self, row: pygame.Rect) -> int:
        """The width the hands' count takes at the row's right (with + and − to vote)."""
        return 2 * min(80, row.h - 4) + 130 if not self.revealed else 130

    def label_width(self, row: pygame.Rect) -> int:
        return row.w - (row.h - 12) - 40 - self._counter(row)

    def label_sizes(self) -> list[int]:
        """Each answer's size on the scale (tests: 54 is a 40 px em at 1920×1080)."""
        lang = self.ctx.lang
        return [self._fit(text.get(lang), LABEL_SIZES, self.label_width(row), row.h - 8)
                for (_c, text), row in zip(choice_texts(self.question), self._rows(),
                                           strict=True)]

    def layout(self) -> None:
        self._background = None  # the prompt changes with the question
        items: list[Button] = []
        if not self.revealed:  # the count is closed once the answer is shown
            for (cid, _text), row in zip(choice_texts(self.question), self._rows(),
                                         strict=True):
                items += hand_counter(cid, row, min(80, row.h - 4), gap=110)
        items.append(Button("reveal" if not self.revealed else "next",
                            pygame.Rect(1340, 950, 520, 110), self.ctx.tr(self._next_key()),
                            size=theme.TEXT_LARGE))
        items.append(Button("back", pygame.Rect(60, 960, 260, 90), self.ctx.tr("back"),
                            style="secondary"))
        self.buttons.set(items)

    def _next_key(self) -> str:
        if not self.revealed:
            return "proj_reveal"
        return "proj_done" if self.index == len(self.questions) - 1 else "proj_next"

    def note(self) -> str:
        """The trainer's note: what to do now, in « vous »."""
        n = sum(self.counts.values())
        if not self.revealed:
            return self.ctx.tr("proj_note_count", n=n)
        return self.ctx.tr("proj_note_discuss", n=n, next=self.ctx.tr(self._next_key()))

    def update(self, dt: float) -> Transition | None:
        self.elapsed += dt
        return None

    def on_button(self, button: Button) -> Transition | None:
        if count_hand(self.counts, button.id):
            return None
        kind = button.id.partition(":")[0]
        if kind == "reveal":
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
        feedback = tuple(Feedback(q.prompt, share is not None and share >= 0.5, _why(q))
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
        lines += [tr("labelled", lang, label=LETTERS[i], value=t.get(lang)) for i, (_c, t) in
                  enumerate(choice_texts(self.question))]
        if not self.revealed:
            lines.append(self.ctx.tr("proj_hands"))
        else:
            why = explanation(self.question)
            lines += [answer_line(self.question, lang), why.get(lang) if why else "",
                      self._discuss()]
        return [*lines, self.note()]

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
        if not self.revealed:  # for the class, as the rest of its content: « tu »
            call = t.render(self.ctx.tr("proj_hands"), theme.TEXT_BODY, pal.ink)
            surface.blit(call, call.get_rect(topright=(1860, 36)))
        surface.blit(self._prompt(), (60, 100))

    def draw_content(self, surface: pygame.Surface) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        right = self.question.correct_ids()
        sizes = self.label_sizes()
        for i, ((cid, text), row) in enumerate(zip(choice_texts(self.question), self._rows(),
                                                   strict=True)):
            ok = cid in right
            fill = draw.blend(pal.success, pal.white, 0.8) if self.revealed and ok else pal.white
            draw.panel(surface, pal, row, fill, radius=18, shadow=3,
                       border=pal.success if self.revealed and ok else pal.floor_dark)
            badge = pygame.Rect(row.x + 10, row.y + 6, row.h - 12, row.h - 12)
            pygame.draw.rect(surface, self.accent, badge, border_radius=12)
            letter = t.render(LETTERS[i], min(theme.TEXT_TITLE, row.h - 16), pal.white)
            surface.blit(letter, letter.get_rect(center=badge.center))
            label = t.render(text.get(lang), sizes[i], pal.ink, width=self.label_width(row))
            surface.blit(label, label.get_rect(midleft=(badge.right + 20, row.centery)),
                         pygame.Rect(0, 0, self.label_width(row), row.h))
            n = self.counts.get(cid, 0)
            if self.revealed:
                count = t.render(f"× {n}", theme.TEXT_LARGE, pal.ink)
                surface.blit(count, count.get_rect(midright=(row.right - 24, row.centery)))
            else:
                count = t.render(str(n), theme.TEXT_LARGE, pal.ink)
                surface.blit(count, count.get_rect(center=(row.right - min(80, row.h - 4) - 60,
                                                           row.centery)))
            if self.revealed and ok:  # a mark, not only the colour
                draw.verdict(surface, pal, (badge.right + 2, badge.y + 4), True, 30)
        if self.side_panel:
            self._panel(surface)
        trainer_note(surface, self.ctx, NOTE, self.note())

    def _panel(self, surface: pygame.Surface) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        panel = self.panel
        draw.panel(surface, pal, panel, pal.white, radius=24, shadow=6)
        x, y, w = panel.x + 28, panel.y + 24, panel.w - 56
        if self.question.image:  # the drawing the question is about (a weld symbol…)
            pic = self.ctx.images.fit(self.ctx.scenario.asset(self.question.image),
                                      (w, PICTURE_H if self.revealed else panel.h - 48))
            surface.blit(pic, pic.get_rect(midtop=(panel.centerx, y)))
            y += pic.get_height() + 20
        if not self.revealed:
            return
        title = t.render(answer_line(self.question, lang), theme.TEXT_LARGE, pal.ink, width=w)
        surface.blit(title, (x, y))
        y += title.get_height() + 12
        discuss = self._discuss()
        head = t.render(self.ctx.tr("proj_discuss"), theme.TEXT_SMALL, pal.ink)
        ask_size = self._fit(discuss, WHY_SIZES, panel.w - 60, 190 - head.get_height())
        ask = t.render(discuss, ask_size, pal.ink, width=panel.w - 60)
        box_h = min(230, ask.get_height() + head.get_height() + 34)
        why = explanation(self.question, sep="\n")
        if why is not None:
            text = why.get(lang)
            room = panel.bottom - box_h - 30 - y
            size = self._fit(text, WHY_SIZES, w, room)
            img = t.render(text, size, pal.ink, width=w)
            surface.blit(img, (x, y), pygame.Rect(0, 0, w, max(0, room)))
            y += min(img.get_height(), max(0, room)) + 16
        box = pygame.Rect(panel.x + 14, max(y, panel.bottom - box_h - 14), panel.w - 28, box_h)
        pygame.draw.rect(surface, draw.blend(pal.safety, pal.white, 0.7), box, border_radius=18)
        surface.blit(head, (box.x + 16, box.y + 10))
        surface.blit(ask, (box.x + 16, box.y + 14 + head.get_height()),
                     pygame.Rect(0, 0, box.w - 32, box.h - 20 - head.get_height()))


def _why(q: Votable) -> LocalText | None:
    """The debrief's line for a voted question: its answer's letters, then why."""
    why = explanation(q)
    langs = dict.fromkeys([*(why.root if why else {}), "fr", "en"])
    return LocalText({lang: " ".join(p for p in (answer_line(q, lang) + ".",
                                                 why.get(lang) if why else "") if p)
                      for lang in langs})
