"""What the answer says of each choice, in marks and in words that agree.

Chosen and right: a tick. Chosen and wrong: a cross. Right but not chosen: a ring with a plus
(« il fallait aussi… »), never the chosen one's tick. Rightly left out: no mark.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.i18n import define
from game.tasks.quiz.rules import ChoiceState
from game.ui import draw, theme
from game.ui.text import TextCache
from game.ui.theme import Color, Palette
from game.ui.widgets import Button

define({
    "quiz.state.chosen_right": {"fr": "ton choix, et c'est juste.",
                                "en": "your choice, and it's right."},
    "quiz.state.chosen_wrong": {"fr": "ton choix, mais ce n'est pas une bonne réponse.",
                                "en": "your choice, but not a right answer."},
    "quiz.state.chosen_wrong_one": {"fr": "ton choix, mais ce n'est pas la bonne réponse.",
                                    "en": "your choice, but not the right answer."},
    "quiz.state.missed": {"fr": "il fallait aussi choisir cette réponse.",
                          "en": "you needed this answer too."},
    "quiz.state.missed_one": {"fr": "c'était la bonne réponse.",
                              "en": "this was the right answer."},
    "quiz.state.left": {"fr": "pas choisie, et c'est bien.", "en": "not chosen, and rightly so."},
    "quiz.legend.chosen_right": {"fr": {"one": "{n} juste", "other": "{n} justes"},
                                 "en": {"one": "{n} right", "other": "{n} right"}},
    "quiz.legend.chosen_wrong": {"fr": {"one": "{n} en trop", "other": "{n} en trop"},
                                 "en": {"one": "{n} wrong", "other": "{n} wrong"}},
    "quiz.legend.missed": {"fr": {"one": "{n} oubliée", "other": "{n} oubliées"},
                           "en": {"one": "{n} missed", "other": "{n} missed"}},
    "quiz.tap_why": {"fr": "Touche une réponse pour savoir pourquoi.",
                     "en": "Tap an answer to see why."},
    "quiz.said_as": {"fr": "« {label} » : {state}", "en": "“{label}”: {state}"},
})

LEGEND: tuple[ChoiceState, ...] = ("chosen_right", "chosen_wrong", "missed")


def state_words(state: ChoiceState, several: bool) -> str:
    """The interface key of what ``state`` says (a single answer's missed one is *the* one)."""
    if state in ("missed", "chosen_wrong") and not several:
        return f"quiz.state.{state}_one"
    return f"quiz.state.{state}"


def color(pal: Palette, state: ChoiceState) -> Color:
    return pal.error if state == "chosen_wrong" else pal.success \
        if state != "left" else pal.floor_dark


def badge(surface: pygame.Surface, pal: Palette, center: tuple[float, float],
          state: ChoiceState, size: float) -> None:
    """A choice's mark: tick, cross, or the missed one's ring with a plus; none when left."""
    if state == "chosen_right":
        draw.verdict(surface, pal, center, True, size)
    elif state == "chosen_wrong":
        draw.verdict(surface, pal, center, False, size)
    elif state == "missed":
        x, y = center
        r = size * 0.6
        pygame.draw.circle(surface, pal.white, center, r)
        pygame.draw.circle(surface, pal.success, center, r, 4)
        pygame.draw.circle(surface, pal.success, center, r - 8, 2)  # a double ring: not a tick
        d, w = size * 0.3, max(4, int(size / 7))
        pygame.draw.line(surface, pal.success, (x - d, y), (x + d, y), w)
        pygame.draw.line(surface, pal.success, (x, y - d), (x, y + d), w)


@dataclass
class ChoiceButton(Button):
    """A quiz choice; ``missed`` (right, not chosen) has its own look, drawn by the view."""

    missed: bool = False

    def colors(self, pal: Palette, hover: bool) -> tuple[Color, Color, Color | None]:
        if self.missed and self.enabled:
            return pal.white, pal.ink, pal.success
        return super().colors(pal, hover)


def draw_missed(surface: pygame.Surface, pal: Palette, b: Button) -> None:
    """Over a missed choice drawn by the widgets: a thicker outline and its own mark, where
    the widgets put a tick or a cross."""
    pygame.draw.rect(surface, pal.success, b.rect, width=5, border_radius=16)
    center = (b.rect.right - 36, b.rect.y + 36) if b.style == "card" \
        else (b.rect.right - 40, b.rect.centery)
    badge(surface, pal, center, "missed", 44)


def legend(surface: pygame.Surface, text: TextCache, pal: Palette, pos: tuple[int, int],
           counts: dict[ChoiceState, int], tr: Callable[..., str]) -> int:
    """« ✓ 1 juste  ✗ 1 en trop  ⊕ 4 oubliées » from ``pos`` (left, centre y); returns the
    right end. Each count is its mark then its words, as on the choices."""
    x, cy = pos
    for state in LEGEND:
        n = counts.get(state, 0)
        if not n:
            continue
        badge(surface, pal, (x + 18, cy), state, 32)
        words = text.render(tr(f"quiz.legend.{state}", n=n), theme.TEXT_SMALL, pal.ink)
        surface.blit(words, words.get_rect(midleft=(x + 42, cy)))
        x += 42 + words.get_width() + 28
    return x
