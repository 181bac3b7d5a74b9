"""The quiz on screen: choices as buttons or picture cards, then why each is right or wrong."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action
from game.tasks.ink import soft_ink
from game.tasks.quiz import marks
from game.tasks.quiz.bot import QuizBot
from game.tasks.quiz.marks import ChoiceButton
from game.tasks.quiz.rules import ChoiceState, QuizRules
from game.tasks.view import TaskView
from game.ui import draw, theme
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.context import Context
    from game.scenario.models import Station
    from game.tasks.base import TaskRules

CARD_H = 262
STRIP_H = 150


class QuizView(TaskView[QuizBot]):
    rules: QuizRules

    def __init__(self, ctx: Context, rules: TaskRules[Any], rect: pygame.Rect, station: Station,
                 accent: tuple[int, int, int]) -> None:
        super().__init__(ctx, rules, rect, station, accent)
        self.explained: str | None = None  # the choice whose explanation the strip shows
        self._bot_for: int | None = None  # the question the bot's wanted choices are for
        self.layout()

    def spoken(self) -> list[str]:
        r, lang = self.rules, self.ctx.lang
        lines = [r.current.prompt.get(lang), *(c.text.get(lang) for c in r.choices())]
        if r.revealed and self.explained is not None:
            label = next((c.text.get(lang) for c in r.choices() if c.id == self.explained), "")
            lines.append(self.ctx.tr("quiz.said_as", label=label,
                                     state=self.said_state(self.explained)))
            explain = r.explanation(self.explained)
            if explain is not None:
                lines.append(explain.get(lang))
        return lines

    # --- layout ----------------------------------------------------------------------
    def layout(self) -> None:
        pal = self.ctx.palette
        r, q, lang = self.rules, self.rules.current, self.ctx.lang
        area = self.rect
        prompt = self.ctx.text.render(q.prompt.get(lang), theme.TEXT_LARGE, pal.ink,
                                      width=area.w - 260)
        self.prompt = prompt
        top = area.y + 56 + prompt.get_height() + 24
        choices = r.choices()
        bottom = area.bottom - STRIP_H - 20
        items: list[Button] = []
        if q.image:
            pic = pygame.Rect(area.x, top, 700, bottom - top)
            self.picture: tuple[pygame.Surface, pygame.Rect] | None = (
                self.fit(q.image, (pic.w, pic.h)), pic)
            col = pygame.Rect(pic.right + 40, top, area.right - pic.right - 40, bottom - top)
            items += self._list(choices, col)
        else:
            self.picture = None
            if all(c.image for c in choices):
                items += self._cards(choices, pygame.Rect(area.x, top, area.w, bottom - top))
            elif q.kind == "truefalse":
                items += self._truefalse(choices, pygame.Rect(area.x, top, area.w, bottom - top))
            else:
                items += self._list(choices, pygame.Rect(area.x, top, area.w, bottom - top),
                                    columns=2 if len(choices) > 4 else 1)
        strip = pygame.Rect(area.x, area.bottom - STRIP_H, area.w, STRIP_H)
        self.strip = strip
        action = pygame.Rect(strip.right - 380, strip.y + 20, 380, STRIP_H - 30)
        if r.revealed:
            label = self.ctx.tr("continue") if r.is_last else self.ctx.tr("next")
            items.append(Button("next", action, label, size=theme.TEXT_LARGE))
        else:
            items.append(Button("submit", action, self.ctx.tr("validate"), size=theme.TEXT_LARGE,
                                enabled=r.can_submit))
        self.buttons.set(items)
        self._mark()

    def _list(self, choices: list[Any], box: pygame.Rect, columns: int = 1) -> list[Button]:
        rows = (len(choices) + columns - 1) // columns
        gap = 18
        h = min(120, (box.h - gap * (rows - 1)) // max(1, rows))
        w = (box.w - gap * (columns - 1)) // columns
        out: list[Button] = []
        for i, c in enumerate(choices):
            col, row = i % columns, i // columns
            icon = self.fit(c.image, (h - 20, h - 20)) if c.image else None
            out.append(ChoiceButton(f"c:{c.id}", pygame.Rect(box.x + col * (w + gap),
                                                             box.y + row * (h + gap), w, h),
                                    c.text.get(self.ctx.lang), style="choice", icon=icon,
                                    size=theme.TEXT_BODY))
        return out

    def _cards(self, choices: list[Any], box: pygame.Rect) -> list[Button]:
        columns = min(4, len(choices))
        rows = (len(choices) + columns - 1) // columns
        gap = 22
        w = (box.w - gap * (columns - 1)) // columns
        h = min(CARD_H, (box.h - gap * (rows - 1)) // rows)
        out: list[Button] = []
        for i, c in enumerate(choices):
            col, row = i % columns, i // columns
            icon = self.fit(c.image, (h - 90, h - 90))
            out.append(ChoiceButton(f"c:{c.id}", pygame.Rect(box.x + col * (w + gap),
                                                             box.y + row * (h + gap), w, h),
                                    c.text.get(self.ctx.lang), style="card", icon=icon,
                                    size=theme.TEXT_SMALL))
        return out

    def _truefalse(self, choices: list[Any], box: pygame.Rect) -> list[Button]:
        w, gap = 520, 60
        x = box.centerx - w - gap // 2
        y = box.y + max(0, (box.h - 200) // 2)
        return [ChoiceButton(f"c:{c.id}", pygame.Rect(x + i * (w + gap), y, w, 200),
                             c.text.get(self.ctx.lang), style="card", size=theme.TEXT_TITLE)
                for i, c in enumerate(choices)]

    def _mark(self) -> None:
        """Each choice as the answer left it: a tick only on a right one she chose; a right
        one she missed has its own mark (:mod:`marks`), a wrong one she chose a cross."""
        r = self.rules
        for b in self.buttons.items:
            if not isinstance(b, ChoiceButton):
                continue
            cid = b.id[2:]
            b.selected = cid in r.selected
            state = r.state(cid)
            b.mark = {"chosen_right": True, "chosen_wrong": False}.get(state or "")
            b.missed = state == "missed"

    @property
    def several(self) -> bool:
        return self.rules.current.kind == "multiple" and len(self.rules.correct_ids()) > 1

    def said_state(self, cid: str) -> str | None:
        """What the answer says of a choice, in words (None before the answer)."""
        state = self.rules.state(cid)
        if state is None:
            return None
        return self.ctx.tr(marks.state_words(state, self.several))

    def focus_label(self) -> str | None:
        b = self.buttons.items[self.buttons.focus] if self.buttons.focus is not None \
            and self.buttons.focus < len(self.buttons.items) else None
        if isinstance(b, ChoiceButton) and self.rules.revealed:
            return f"{b.label}, {self.said_state(b.id[2:])}"
        return super().focus_label()

    # --- input -------------------------------------------------------------------------
    def on_button(self, button_id: str) -> None:
        r = self.rules
        if button_id.startswith("c:"):
            cid = button_id[2:]
            if r.revealed:
                self.explained = cid  # after the answer, a tap tells why
            else:
                r.toggle(cid)
                submit = self.buttons.get("submit")
                if submit is not None:
                    submit.enabled = r.can_submit
                self._mark()
        elif button_id == "submit" and r.can_submit:
            r.submit()
            self.ctx.play("success" if r.last_points >= 1.0 else "error")
            wrong = sorted(i for i in r.selected if not r.is_correct(i))
            self.shake(*(f"c:{cid}" for cid in wrong))
            self.explained = r.first_to_explain()
            self.layout()
        elif button_id == "next":
            r.next()
            self.explained = None
            if not r.finished:
                self.layout()

    def bot(self, bot: QuizBot) -> list[Action] | None:
        ap = self.ctx.autoplay
        if ap is None or self.rules.finished or not ap.due():
            return None
        r = self.rules
        if r.revealed:
            return self.buttons.tap("next")
        want = getattr(self, "_bot_want", None)
        if want is None or self._bot_for != r.index:
            want = self._bot_want = bot.choose(r)
            self._bot_for = r.index
        for cid in sorted(want ^ r.selected):
            return self.buttons.tap(f"c:{cid}")
        return self.buttons.tap("submit")

    # --- drawing ------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        if self.rules.finished:
            return
        r, area, t = self.rules, self.rect, self.ctx.text
        count = t.render(f"{r.index + 1} / {len(r.questions)}", theme.TEXT_BODY, soft_ink(pal))
        surface.blit(count, (area.x, area.y))
        for i in range(len(r.questions)):
            c = (area.x + 130 + i * 34, area.y + 18)
            pygame.draw.circle(surface, self.accent if i <= r.index else pal.floor_dark, c, 11)
        left = area.x + 150 + len(r.questions) * 34
        if r.revealed:
            x = left
            if self.several:  # the marks on the choices, counted and said in words
                counts: dict[ChoiceState, int] = {}
                for choice in r.choices():
                    state = r.state(choice.id)
                    if state is not None:
                        counts[state] = counts.get(state, 0) + 1
                x = marks.legend(surface, t, pal, (left, area.y + 18), counts, self.ctx.tr) + 12
            hint = t.render(self.ctx.tr("quiz.tap_why"), theme.TEXT_SMALL, soft_ink(pal))
            surface.blit(hint, hint.get_rect(midleft=(x, area.y + 18)))
        elif r.current.kind == "multiple":
            hint = t.render(self.ctx.tr("several_answers"), theme.TEXT_SMALL, soft_ink(pal))
            surface.blit(hint, (left, area.y + 4))
        surface.blit(self.prompt, (area.x, area.y + 56))
        if self.picture is not None:
            img, box = self.picture
            frame = img.get_rect(center=box.center).inflate(24, 24)
            draw.panel(surface, pal, frame, pal.white, radius=18)
            surface.blit(img, img.get_rect(center=box.center))
        self.draw_buttons(surface)
        for b in self.buttons.items:
            if isinstance(b, ChoiceButton) and b.missed:
                marks.draw_missed(surface, pal, b)
        self._draw_strip(surface)

    def _draw_strip(self, surface: pygame.Surface) -> None:
        """The explained choice: its own mark, its name and what the answer says of it, then
        why. The mark is that choice's, never the question's nor another choice's."""
        pal = self.ctx.palette
        r, t, lang = self.rules, self.ctx.text, self.ctx.lang
        if not r.revealed or self.explained is None:
            return
        state = r.state(self.explained)
        if state is None:
            return
        box = pygame.Rect(self.strip.x, self.strip.y, self.strip.w - 410, self.strip.h)
        draw.panel(surface, pal, box, pal.white, radius=18, border=marks.color(pal, state))
        marks.badge(surface, pal, (box.x + 50, box.centery), state, 56)
        width = box.w - 130
        label = next((c.text.get(lang) for c in r.choices() if c.id == self.explained), "")
        head = t.render(self.ctx.tr("quiz.said_as", label=label,
                                    state=self.said_state(self.explained)),
                        theme.TEXT_SMALL, pal.ink, width=width)
        text = r.explanation(self.explained)
        parts = [head]
        if text is not None:
            body = t.render(text.get(lang), theme.TEXT_SMALL, pal.ink, width=width)
            if head.get_height() + body.get_height() > box.h - 20:
                # a long explanation (the format's limits) gets a smaller size, never cut
                body = t.render(text.get(lang), theme.TEXT_SMALL - 6, pal.ink, width=width)
            parts.append(body)
        y = box.centery - sum(p.get_height() for p in parts) // 2
        for part in parts:
            surface.blit(part, (box.x + 100, y))
            y += part.get_height()
