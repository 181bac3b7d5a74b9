"""A role model introduces her job: portrait, name, both forms of the title, her words."""
from __future__ import annotations

import random
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
        line = self.walker.line
        return more.long_forms([(None, line), (self.model.name, self.model.path)],
                               self.ctx.lang)

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
        y = PORTRAIT.bottom + 34
        name = t.render(f"{self.model.name}, {self.ctx.tr('age', age=self.model.age)}",
                        theme.TEXT_LARGE, pal.ink)
        surface.blit(name, (PORTRAIT.x, y))
        y += name.get_height() + 8
        job = t.render(self.model.job.both(lang), theme.TEXT_BODY, self.accent_dark)
        surface.blit(job, (PORTRAIT.x, y))
        y += job.get_height() + 14
        words, room = self.model.path.get(lang), theme.LOGICAL_H - 16 - y
        wide = BUBBLE.x - 50 - PORTRAIT.x  # up to the bubble's tail, when the portrait's is not
        size, width = next(((s, w) for s in (theme.TEXT_SMALL, theme.TEXT_SMALL - 6)
                            for w in (PORTRAIT.w, wide) if t.fits(words, s, w, room)),
                           (theme.TEXT_SMALL - 6, wide))
        path = t.render(words, size, pal.ink, width=width)
        surface.blit(path, (PORTRAIT.x, y), pygame.Rect(0, 0, width, room))
        title = t.render(self.station.title.get(lang), theme.TEXT_LARGE, pal.ink)
        surface.blit(title, (BUBBLE.x, 60))

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
            prompt = t.render(self.ctx.tr("ask_her"), theme.TEXT_LARGE, pal.ink)
            draw.panel(surface, pal, BUBBLE, pal.white, radius=30, shadow=6, border=self.accent)
            surface.blit(prompt, (BUBBLE.x + 48, BUBBLE.y + 48))
            if self.walker.asked:
                last = self.intro.questions[max(self.walker.asked)]
                note = t.render(last.ask.get(self.ctx.lang), theme.TEXT_SMALL, pal.muted,
                                width=BUBBLE.w - 96)
                surface.blit(note, (BUBBLE.x + 48, BUBBLE.y + 140))
            self._tail(surface)
            return
        draw.panel(surface, pal, BUBBLE, pal.white, radius=30, shadow=6, border=self.accent)
        self._tail(surface)
        total = len(self.intro.lines) if self.walker.mode == "lines" else \
            len(self.intro.questions[self.walker.question or 0].answer)
        for i in range(total):  # where we are in her words
            pygame.draw.circle(surface, self.accent if i <= self.walker.index else pal.floor_dark,
                               (BUBBLE.x + 56 + i * 30, BUBBLE.bottom - 36), 9)
        if self.walker.mode == "answer" and self.walker.question is not None:
            q = self.intro.questions[self.walker.question]
            asked = t.render(q.ask.get(self.ctx.lang), theme.TEXT_SMALL, pal.muted,
                             width=BUBBLE.w - 96)
            surface.blit(asked, (BUBBLE.x + 48, BUBBLE.y + 28))
        y = BUBBLE.y + (100 if self.walker.mode == "answer" else 60)
        left = int(self.shown) if self.typing else len(self.line_text)
        step = t.line_step(theme.TEXT_LARGE)
        for line, img in t.lines(self.line_text, theme.TEXT_LARGE, pal.ink, BUBBLE.w - 96):
            if left <= 0:
                break
            if left >= len(line):
                surface.blit(img, (BUBBLE.x + 48, y))
            else:  # reveal the typed part of this line only
                typed = t.size(line[:left], theme.TEXT_LARGE)[0]
                surface.blit(img, (BUBBLE.x + 48, y), pygame.Rect(0, 0, typed, img.get_height()))
            left -= len(line) + 1
            y += step

    def _tail(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        pts = [(BUBBLE.x + 2, BUBBLE.y + 120), (BUBBLE.x - 60, BUBBLE.y + 170),
               (BUBBLE.x + 2, BUBBLE.y + 190)]
        pygame.draw.polygon(surface, pal.white, pts)
        pygame.draw.lines(surface, self.accent, False, pts, 3)
