"""Settings: language, text size, high contrast, sound, timers. Each row a set of choices."""
from __future__ import annotations

import pygame

from game.scene import STILL, Pop, Transition
from game.scenes.base import ButtonScene
from game.settings import TEXT_SCALES
from game.ui import draw, theme
from game.ui.widgets import Button

LEFT, TOP, ROW_H = 160, 190, 140
CHOICE_W = 300


class SettingsScene(ButtonScene):
    still_buttons = True

    def frame_interval(self) -> float | None:
        return STILL  # changes only when a choice is tapped

    def rows(self) -> list[tuple[str, list[tuple[str, str, bool]]]]:
        """(row label, [(button id, label, selected)])."""
        s, tr = self.ctx.settings, self.ctx.tr
        on_off = lambda key, value: [(f"{key}:off", tr("off"), not value),
                                     (f"{key}:on", tr("on"), value)]
        return [
            (tr("set_language"), [("lang:fr", "Français", s.lang == "fr"),
                                  ("lang:en", "English", s.lang == "en")]),
            (tr("set_text_size"), [(f"text:{i}", "A" + "+" * i, s.text_scale == scale)
                                   for i, scale in enumerate(TEXT_SCALES)]),
            (tr("set_contrast"), on_off("contrast", s.high_contrast)),
            (tr("set_sound"), on_off("sound", s.sound)),
            (tr("set_timers"), on_off("timers", s.timers)),
        ]

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        self._background = None  # contrast may have changed
        items: list[Button] = []
        for r, (_label, choices) in enumerate(self.rows()):
            y = TOP + r * ROW_H
            for c, (bid, label, selected) in enumerate(choices):
                items.append(Button(bid, pygame.Rect(LEFT + 620 + c * (CHOICE_W + 24), y, CHOICE_W, 104),
                                    label, style="choice", selected=selected,
                                    size=theme.TEXT_LARGE if bid.startswith("text:") else theme.TEXT_BODY))
        items.append(Button("done", pygame.Rect(theme.LOGICAL_W - 480, 960, 420, 100), self.ctx.tr("ok"),
                            size=theme.TEXT_LARGE))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "done":
            return Pop()
        key, _, value = button.id.partition(":")
        s = self.ctx.settings
        if key == "lang":
            s.lang = value
        elif key == "text":
            s.text_scale = TEXT_SCALES[int(value)]
        elif key == "contrast":
            s.high_contrast = value == "on"
        elif key == "sound":
            s.sound = value == "on"
        elif key == "timers":
            s.timers = value == "on"
        self.ctx.apply_settings()
        self.ctx.play("tap")
        self.layout()
        return None

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        return "done"

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        self.title(surface, self.ctx.tr("settings"), y=50)
        for r, (label, _choices) in enumerate(self.rows()):
            y = TOP + r * ROW_H
            img = t.render(label, theme.TEXT_BODY, pal.ink, width=580)
            surface.blit(img, img.get_rect(midleft=(LEFT, y + 52)))
            pygame.draw.line(surface, pal.floor, (LEFT, y + ROW_H - 12), (1760, y + ROW_H - 12), 2)
        sample = t.render(self.ctx.tr("set_preview"), theme.TEXT_BODY, pal.ink, width=1100)
        box = pygame.Rect(LEFT, TOP + 5 * ROW_H + 10, 1200, max(90, sample.get_height() + 40))
        draw.panel(surface, pal, box, pal.white, radius=18, shadow=3)
        surface.blit(sample, (box.x + 30, box.y + 20))

