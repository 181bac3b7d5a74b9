"""« J'ai un code »: the session code, typed on big letter keys (the code's own alphabet) or a
real keyboard; a wrong code is said in words at once. « Pas de réseau ? » plays from the code
alone. Then the student's first name or nickname (game.scenes.class_join)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import flow
from game.actions import Action, Key, Tab
from game.classroom.code import ALPHABET, LENGTH
from game.classroom.play import ClassProblem, check_code, plan
from game.classroom.spec import from_code
from game.i18n import define
from game.scene import Pop, Push, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.widgets import Button, backspace

KEY_W, KEY_H, GAP = 150, 120, 16
KEYS_Y = 500
BOX_W, BOX_H, BOX_GAP = 130, 150, 22
BOXES_Y = 250

define({
    "class_code_title": {"fr": "Le code de la séance", "en": "The session code"},
    "class_code_hint": {"fr": "6 lettres, affichées au tableau par ton formateur ou ta "
                              "formatrice.",
                        "en": "6 letters, shown on the board by your trainer."},
    "class_no_network": {"fr": "Pas de réseau ?", "en": "No network?"},
    "class_offline_on": {"fr": "Sans réseau : tu joues avec le code seul, tes résultats "
                               "restent sur ce PC.",
                         "en": "No network: you play from the code alone; your results stay "
                               "on this PC."},
})


class ClassCodeScene(ButtonScene):
    still_buttons = True
    text_mode = True  # letters typed are the code, not directions

    def __init__(self, ctx: Context, offline: bool = False) -> None:
        super().__init__(ctx)
        self.value = ""
        self.offline = offline
        self.problem: str | None = None  # what is wrong with the code, in words

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        items: list[Button] = []
        half = len(ALPHABET) // 2
        for r, row in enumerate((ALPHABET[:half], ALPHABET[half:])):
            width = len(row) * KEY_W + (len(row) - 1) * GAP
            x = (theme.LOGICAL_W - width) // 2
            for i, ch in enumerate(row):
                items.append(Button(f"key:{ch}", pygame.Rect(x + i * (KEY_W + GAP),
                                                             KEYS_Y + r * (KEY_H + GAP),
                                                             KEY_W, KEY_H),
                                    ch, style="secondary", size=theme.TEXT_LARGE))
        boxes = self._boxes()
        items.append(backspace(pygame.Rect(boxes[-1].right + 40, BOXES_Y + 25, 300, 100),
                               self.ctx.tr("erase"), self.ctx.palette.ink))
        items.append(Button("back", pygame.Rect(60, 940, 300, 110), self.ctx.tr("back"),
                            style="secondary"))
        items.append(Button("offline", pygame.Rect(420, 940, 560, 110),
                            self.ctx.tr("class_no_network"), style="ghost",
                            selected=self.offline))
        items.append(Button("ok", pygame.Rect(1420, 940, 440, 110), self.ctx.tr("ok"),
                            size=theme.TEXT_LARGE))
        self.buttons.set(items)

    @staticmethod
    def _boxes() -> list[pygame.Rect]:
        width = LENGTH * BOX_W + (LENGTH - 1) * BOX_GAP
        x = (theme.LOGICAL_W - width) // 2
        return [pygame.Rect(x + i * (BOX_W + BOX_GAP), BOXES_Y, BOX_W, BOX_H)
                for i in range(LENGTH)]

    def type(self, text: str) -> None:
        for ch in text.upper():
            if ch in " -":
                continue
            if ch not in ALPHABET:
                self.problem = ClassProblem("class_code_letters", letters=ch).say(self.ctx.lang)
                continue
            if len(self.value) < LENGTH:
                self.value += ch
                self.problem = None
        self._changed()

    def _changed(self) -> None:
        self.buttons.version += 1  # the still background shows the new letters

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, Key) and not isinstance(action, Tab):
            if action.key == pygame.K_BACKSPACE:
                self.value, self.problem = self.value[:-1], None
                self._changed()
            elif action.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                return self.submit()
            elif action.text:
                self.type(action.text)
            return None
        return super().handle(action)

    def submit(self) -> Transition | None:
        try:
            code = check_code(self.value)
            plan(self.ctx.scenario.model, from_code(code))  # a code of this game?
        except ClassProblem as err:
            self.problem = err.say(self.ctx.lang)
            self._changed()
            return None
        return Push(flow.class_name(self.ctx, code, self.offline))

    def on_button(self, button: Button) -> Transition | None:
        if button.id.startswith("key:"):
            self.type(button.id[4:])
        elif button.id == "del":
            self.value, self.problem = self.value[:-1], None
            self._changed()
        elif button.id == "offline":
            self.offline = not self.offline
            self.layout()
        elif button.id == "ok":
            return self.submit()
        elif button.id == "back":
            return Pop()
        return None

    def on_back(self) -> Transition | None:
        return Pop()

    def spoken(self) -> list[str]:
        lines = [self.ctx.tr("class_code_title"), self.ctx.tr("class_code_hint"),
                 " ".join(self.value)]
        return [*lines, self.problem or ""]

    def paint_background(self, surface: pygame.Surface) -> None:
        super().paint_background(surface)
        pal, t = self.ctx.palette, self.ctx.text
        self.title(surface, self.ctx.tr("class_code_title"), y=50)
        hint = t.render(self.ctx.tr("class_code_hint"), theme.TEXT_BODY, pal.ink)
        surface.blit(hint, hint.get_rect(midtop=(theme.LOGICAL_W // 2, 165)))
        for i, box in enumerate(self._boxes()):
            active = i == len(self.value)
            draw.panel(surface, pal, box, pal.white, radius=18, shadow=4,
                       border=pal.error if self.problem else
                       (pal.primary if active else pal.floor_dark))
            if i < len(self.value):
                letter = t.render(self.value[i], theme.TEXT_HUGE, pal.ink)
                surface.blit(letter, letter.get_rect(center=box.center))
            elif active:
                pygame.draw.rect(surface, pal.primary,
                                 pygame.Rect(box.x + 30, box.bottom - 30, box.w - 60, 8))
        y = BOXES_Y + BOX_H + 22
        if self.problem:  # an icon and words, not only the red outlines
            msg = t.render(self.problem, theme.TEXT_BODY, pal.ink, width=1400)
            box = msg.get_rect(midtop=(theme.LOGICAL_W // 2 + 30, y))
            draw.verdict(surface, pal, (box.x - 34, box.y + 22), False, 40)
            surface.blit(msg, box)
        elif self.offline:
            msg = t.render(self.ctx.tr("class_offline_on"), theme.TEXT_BODY, pal.ink,
                           width=1500)
            surface.blit(msg, msg.get_rect(midtop=(theme.LOGICAL_W // 2, y)))
