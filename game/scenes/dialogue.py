"""A role model introduces her job: portrait, name, both forms of the title, her words."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import express, flow
from game.actions import Action, Confirm, Press
from game.dialogue import DialogueWalker
from game.face import Face, Mood, mood_of
from game.scene import EVERY_FRAME, STILL, Push, Replace, Transition
from game.scenes import more
from game.scenes.base import ButtonScene, paint_paper
from game.scenes.dialogue_face import FaceFrames
from game.scenes.pause import PauseScene
from game.ui import draw, theme
from game.ui.text import TextCache
from game.ui.theme import hex_color
from game.ui.widgets import Button

CHARS_PER_S = 55.0
PORTRAIT = pygame.Rect(90, 150, 480, 480)
BUBBLE = pygame.Rect(700, 150, 1130, 400)
FEWER_QUESTIONS = 2  # questions offered at once with the fewer-choices accommodation
#: « Suivant » sits above the first question's place, never on it: a quick second tap
#: after her last line lands between them, and question 1 is not asked by mistake
NEXT = pygame.Rect(BUBBLE.right - 340, BUBBLE.bottom + 30, 340, 96)
QUESTIONS_Y = NEXT.bottom + 24
QUESTION_H, QUESTION_GAP = 80, 12
WORK = pygame.Rect(BUBBLE.right - 520, 975, 520, 90)
MORE = pygame.Rect(PORTRAIT.x, 975, 480, 90)  # « En savoir plus »: her words in full
#: under her portrait: her name, her job in both forms, her path; clear of the questions
#: (which start at BUBBLE.x) and of « En savoir plus » below, whatever their length
COLUMN = pygame.Rect(PORTRAIT.x, PORTRAIT.bottom + 34, BUBBLE.x - 40 - PORTRAIT.x,
                     MORE.y - 16 - (PORTRAIT.bottom + 34))
TITLE = pygame.Rect(BUBBLE.x, 60, theme.LOGICAL_W - 40 - BUBBLE.x, BUBBLE.y - 70)
PAD = 48  # her words from the bubble's edge
DOTS_H = 60  # the row of dots at the bubble's foot (where we are in her words)


@dataclass(frozen=True)
class Placed:
    """A text as the dialogue draws it: its lines (each fits ``rect.w``), size and place."""

    text: str
    size: int
    rect: pygame.Rect
    width: int  # the width it is wrapped to
    cut: bool = False  # lines were left out (the whole text is behind « En savoir plus »)


def place(t: TextCache, text: str, size: int, x: int, y: int, width: int,
          max_h: int) -> Placed:
    """``text`` wrapped in ``width`` from (x, y), as many lines as ``max_h`` holds (the
    last one cut at a word with « … » when some are left out); ``rect`` is what it covers."""
    step, whole = t.line_step(size), t.wrapped(text, size, width)
    room = max(0, (max_h - t.height("x", size, width)) // step + 1) if max_h > 0 else 0
    lines = t.clipped(text, size, width, room)
    shown = "\n".join(lines)
    w = max((t.size(line, size)[0] for line in lines), default=0)
    h = t.height(shown, size, width) if lines else 0
    return Placed(shown, size, pygame.Rect(x, y, w, h), width, cut=len(lines) < len(whole))


class DialogueScene(ButtonScene):
    def __init__(self, ctx: Context, world_id: str, station_id: str) -> None:
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.station = self.world.station(station_id)
        self.model = self.world.role_model(self.station.role_model)
        tour = ctx.tour
        self.intro = express.intro(self.station.intro) if tour is not None and tour.express \
            else self.station.intro  # the découverte: her first lines; questions on demand
        self.walker = DialogueWalker(self.intro)
        self.accent = hex_color(self.world.accent)
        self.shown = 0.0  # characters of the current line shown so far
        portrait = ctx.scenario.asset(self.model.portrait)
        self.frames = FaceFrames.beside(portrait)  # she blinks, talks, smiles (if drawn so)
        self.face = Face(random.Random(self.model.name), ctx.clock.now())  # not the game's rng
        self._face_wait: float | None = None  # from the last drawing to her next blink

    @property
    def line_text(self) -> str:
        line = self.walker.line
        return line.get(self.ctx.lang) if line is not None else ""

    @property
    def typing(self) -> bool:
        return self.shown < len(self.line_text)

    def enter(self) -> None:
        self.layout()

    def column(self) -> list[Placed]:
        """Her name, her job (both forms: on two lines when one is not enough) and her path
        (at the body size when it fits, else the small one), measured into :data:`COLUMN`;
        what does not fit waits behind « En savoir plus »."""
        t, lang = self.ctx.text, self.ctx.lang
        x, y, w = COLUMN.x, COLUMN.y, COLUMN.w
        name = place(t, f"{self.model.name}, {self.ctx.tr('age', age=self.model.age)}",
                     theme.TEXT_LARGE, x, y, w, t.line_step(theme.TEXT_LARGE))
        y = name.rect.bottom + 8
        job = self.model.job
        both = job.both(lang)
        if t.size(both, theme.TEXT_BODY)[0] > w and job.feminine.get(lang) != \
                job.masculine.get(lang):
            both = f"{job.feminine.get(lang)} /\n{job.masculine.get(lang)}"
        title = place(t, both, theme.TEXT_BODY, x, y, w, 3 * t.line_step(theme.TEXT_BODY))
        y = title.rect.bottom + 14
        words, room = self.model.path.get(lang), COLUMN.bottom - y
        size = theme.TEXT_BODY if t.fits(words, theme.TEXT_BODY, w, room) else theme.TEXT_SMALL
        return [name, title, place(t, words, size, x, y, w, room)]

    def words(self) -> Placed:
        """Her line (or answer) in the bubble, under the question asked, above the dots: at
        the large size, the body size when that is too tall, cut with « … » at the last."""
        t = self.ctx.text
        x, w = BUBBLE.x + PAD, BUBBLE.w - 2 * PAD
        y = BUBBLE.y + 60
        asked = self.asked()
        if asked is not None:
            y = max(BUBBLE.y + 100, asked.rect.bottom + 16)
        room = BUBBLE.bottom - DOTS_H - y
        text = self.line_text
        size = theme.TEXT_LARGE if t.height(text, theme.TEXT_LARGE, w) <= room else \
            theme.TEXT_BODY
        return place(t, text, size, x, y, w, room)

    def asked(self) -> Placed | None:
        """The question she is answering, small, at the bubble's top."""
        if self.walker.mode != "answer" or self.walker.question is None:
            return None
        q = self.intro.questions[self.walker.question]
        return place(self.ctx.text, q.ask.get(self.ctx.lang), theme.TEXT_SMALL,
                     BUBBLE.x + PAD, BUBBLE.y + 28, BUBBLE.w - 2 * PAD, 2 * self.ctx.text.line_step(
                         theme.TEXT_SMALL))

    def text_areas(self) -> list[pygame.Rect]:
        """Where this screen draws text now (the layout tests keep buttons off them)."""
        t = self.ctx.text
        title = t.clipped(self.station.title.get(self.ctx.lang), theme.TEXT_LARGE, TITLE.w, 1)
        out = [pygame.Rect(TITLE.topleft, (t.size(title[0], theme.TEXT_LARGE)[0] if title else 0,
                                           t.height(title[0] if title else "", theme.TEXT_LARGE,
                                                    TITLE.w)))]
        out += [p.rect for p in self.column()]
        if self.walker.in_menu:
            out += [p.rect for p in self.menu_texts()]
        else:
            asked = self.asked()
            out += [p.rect for p in (asked, self.words()) if p is not None]
        return [r for r in out if r.w and r.h]

    def menu_texts(self) -> list[Placed]:
        """« Tu peux lui demander : » and, once she has answered one, that question."""
        t = self.ctx.text
        x, w = BUBBLE.x + PAD, BUBBLE.w - 2 * PAD
        prompt = place(t, self.ctx.tr("ask_her"), theme.TEXT_LARGE, x, BUBBLE.y + PAD, w,
                       t.line_step(theme.TEXT_LARGE))
        if not self.walker.asked:
            return [prompt]
        last = self.intro.questions[max(self.walker.asked)]
        y = max(BUBBLE.y + 140, prompt.rect.bottom + 16)
        return [prompt, place(t, last.ask.get(self.ctx.lang), theme.TEXT_SMALL, x, y, w,
                              BUBBLE.bottom - PAD - y)]

    def layout(self) -> None:
        items: list[Button] = []
        if self.walker.in_menu:
            y = QUESTIONS_Y
            for i in self.menu():
                q = self.intro.questions[i]
                items.append(Button(f"ask:{i}", pygame.Rect(BUBBLE.x, y, BUBBLE.w, QUESTION_H),
                                    q.ask.get(self.ctx.lang), style="choice",
                                    selected=i in self.walker.asked, size=theme.TEXT_BODY))
                y += QUESTION_H + QUESTION_GAP
            items.append(Button("work", WORK, self.ctx.tr("to_work"), size=theme.TEXT_LARGE))
        else:
            items.append(Button("next", NEXT, self.ctx.tr("next"), size=theme.TEXT_LARGE))
        if self.long_forms():
            items.append(Button("more", MORE, self.ctx.tr("learn_more"), style="secondary"))
        items.append(Button("back", pygame.Rect(24, 24, 200, 82), self.ctx.tr("menu"),
                            style="secondary"))
        self.buttons.set(items)

    def menu(self) -> list[int]:
        """The questions she may be asked now: all of them (at most 3, validate checks); with
        the fewer-choices accommodation, the first two not yet asked (the next one follows)."""
        everyone = list(range(len(self.intro.questions)))
        if not self.ctx.settings.fewer_choices:
            return everyone
        return [i for i in everyone if i not in self.walker.asked][:FEWER_QUESTIONS]

    def long_forms(self) -> list[more.Entry]:
        """What « En savoir plus » shows: her current words in full, and her path."""
        line, lang = self.walker.line, self.ctx.lang
        entries = more.long_forms([(None, line), (self.model.name, self.model.path)], lang)
        said = {label for label, _ in entries}
        if line is not None and "" not in said and self.words().cut:
            entries.insert(0, ("", line.get(lang)))  # her line did not fit the bubble
        if self.model.name not in said and self.column()[-1].cut:
            entries.append((self.model.name, self.model.path.get(lang)))
        return entries

    def handle(self, action: Action) -> Transition | None:
        tapped_bubble = isinstance(action, Press) and BUBBLE.collidepoint(action.pos)
        if (tapped_bubble or (isinstance(action, Confirm) and self.buttons.focus is None)) \
                and not self.walker.in_menu:
            self._next()
            return None
        return super().handle(action)

    def _next(self) -> None:
        if self.typing:
            self.shown = len(self.line_text)  # one tap completes the line
            return
        self.walker.advance()
        self.shown = 0.0
        self.layout()  # « En savoir plus » follows the line shown

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "next":
            self._next()
        elif button.id.startswith("ask:"):
            myth = self.walker.ask(int(button.id[4:]))
            if myth and self.ctx.tour is not None:
                self.ctx.tour.myths_heard.add(myth)
            self.shown = 0.0
            self.layout()
        elif button.id == "more":
            return Push(more.MoreScene(self.ctx, self.long_forms()))
        elif button.id == "work":
            return Replace(flow.after_dialogue(self.ctx, self.world.id, self.station.id))
        elif button.id == "back":
            return self.on_back()
        return None

    def on_back(self) -> Transition | None:
        """Escape or « Menu »: the pause menu, as on the floor and in a task; leaving her
        from there is one more, deliberate tap."""
        return Push(PauseScene(self.ctx, "dialogue"))

    @property
    def mood(self) -> Mood:
        w = self.walker
        last = w.mode == "lines" and w.index == len(self.intro.lines) - 1
        return mood_of(w.in_menu, w.mode == "answer", last)

    def face_frame(self) -> str | None:
        """Her face now: a frame's name, or None for the portrait as it is."""
        if self.frames is None:
            return None
        return self.face.frame(self.ctx.clock.now(), self.mood, self.typing,
                               self.ctx.motion.reduced)

    def frame_interval(self) -> float | None:
        if self.typing:
            return EVERY_FRAME
        if self.frames is None:
            return STILL  # her words fully shown, a still face: a still screen
        return self._face_wait  # her next blink (or its end): the loop sleeps until then

    def update(self, dt: float) -> Transition | None:
        if self.typing:
            self.shown = self.ctx.motion.reveal(self.shown, len(self.line_text), CHARS_PER_S, dt)
        return None

    def spoken(self) -> list[str]:
        if self.walker.in_menu:
            return [self.ctx.tr("ask_her"), *(self.intro.questions[i].ask.get(self.ctx.lang)
                                               for i in self.menu())]
        first = self.walker.mode == "lines" and self.walker.index == 0
        who = f"{self.model.name}, {self.station.job.both(self.ctx.lang)}" if first else ""
        return [who, self.line_text]

    def bot_choice(self) -> str | None:
        if not self.walker.in_menu:
            return "next"
        ap = self.ctx.autoplay
        unasked = [i for i in self.menu() if i not in self.walker.asked]
        if unasked and not self.walker.asked and ap is not None and ap.rng.random() < 0.6:
            return f"ask:{ap.rng.choice(unasked)}"
        return "work"

    # --- drawing ------------------------------------------------------------------------
    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        paint_paper(surface, pal, self.accent)
        draw.panel(surface, pal, PORTRAIT.inflate(24, 24), pal.white, radius=30, shadow=8)
        img = self.ctx.images.fit(self.ctx.scenario.asset(self.model.portrait), PORTRAIT.size)
        surface.blit(img, img.get_rect(center=PORTRAIT.center))
        t, lang = self.ctx.text, self.ctx.lang
        colors = (pal.ink, self.accent_dark, pal.ink)
        for placed, color in zip(self.column(), colors, strict=True):
            self._blit(surface, placed, color)
        title = t.clipped(self.station.title.get(lang), theme.TEXT_LARGE, TITLE.w, 1)
        if title:
            surface.blit(t.render(title[0], theme.TEXT_LARGE, pal.ink), TITLE.topleft)

    def _blit(self, surface: pygame.Surface, placed: Placed, color: theme.Color) -> None:
        if placed.text:
            img = self.ctx.text.render(placed.text, placed.size, color, width=placed.width)
            surface.blit(img, placed.rect.topleft)

    @property
    def accent_dark(self) -> theme.Color:
        pal = self.ctx.palette
        return draw.blend(self.accent, pal.ink, 0.45)

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        if self.frames is not None:
            now = self.ctx.clock.now()
            self._face_wait = self.face.next_change(now, self.typing, self.ctx.motion.reduced)
            asset = self.ctx.scenario.asset(self.model.portrait)
            img = self.ctx.images.fit(asset, PORTRAIT.size)
            self.frames.draw(self.ctx, surface, self.face_frame(),
                             img.get_rect(center=PORTRAIT.center), self.ctx.images.size(asset)[0])
        if self.walker.in_menu:
            draw.panel(surface, pal, BUBBLE, pal.white, radius=30, shadow=6, border=self.accent)
            for placed, color in zip(self.menu_texts(), (pal.ink, pal.muted), strict=False):
                self._blit(surface, placed, color)
            self._tail(surface)
            return
        draw.panel(surface, pal, BUBBLE, pal.white, radius=30, shadow=6, border=self.accent)
        self._tail(surface)
        total = len(self.intro.lines) if self.walker.mode == "lines" else \
            len(self.intro.questions[self.walker.question or 0].answer)
        for i in range(total):  # where we are in her words
            pygame.draw.circle(surface, self.accent if i <= self.walker.index else pal.floor_dark,
                               (BUBBLE.x + 56 + i * 30, BUBBLE.bottom - 36), 9)
        asked = self.asked()
        if asked is not None:
            self._blit(surface, asked, pal.muted)
        words = self.words()
        left = int(self.shown) if self.typing else len(self.line_text)
        y, step, size = words.rect.y, t.line_step(words.size), words.size
        for line, img in t.lines(words.text, size, pal.ink, words.width):
            if left <= 0:
                break
            if left >= len(line):
                surface.blit(img, (words.rect.x, y))
            else:  # reveal the typed part of this line only
                typed = t.size(line[:left], size)[0]
                surface.blit(img, (words.rect.x, y), pygame.Rect(0, 0, typed, img.get_height()))
            left -= len(line) + 1
            y += step

    def _tail(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        pts = [(BUBBLE.x + 2, BUBBLE.y + 120), (BUBBLE.x - 60, BUBBLE.y + 170),
               (BUBBLE.x + 2, BUBBLE.y + 190)]
        pygame.draw.polygon(surface, pal.white, pts)
        pygame.draw.lines(surface, self.accent, False, pts, 3)
