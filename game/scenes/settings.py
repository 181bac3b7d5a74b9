"""Settings, on two pages: general (language, text size, contrast, sound, timers) and
accessibility (reading aloud and its pace, reduced motion, more time). Each row a set of choices;
Shift+A opens the accessibility page from anywhere."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game.i18n import define, number
from game.scene import STILL, Pop, Transition
from game.scenes.base import ButtonScene
from game.settings import TEXT_SCALES
from game.speech import RATES
from game.ui import draw, theme
from game.ui.widgets import Button

define({
    "set_page_general": {"fr": "Général", "en": "General"},
    "set_page_access": {"fr": "Accessibilité", "en": "Accessibility"},
    "set_voice": {"fr": "Lecture à voix haute (touche V)", "en": "Read aloud (V key)"},
    "set_voice_rate": {"fr": "Débit de la voix", "en": "Speech rate"},
    "rate_slow": {"fr": "Lent", "en": "Slow"},
    "rate_normal": {"fr": "Normal", "en": "Normal"},
    "rate_fast": {"fr": "Rapide", "en": "Fast"},
    "set_motion": {"fr": "Animations réduites", "en": "Reduced motion"},
    "set_more_time": {"fr": "Plus de temps pour les épreuves", "en": "More time for the tasks"},
    "set_readable": {"fr": "Texte aéré (lettres et lignes espacées)",
                     "en": "Readable text (wider letter and line spacing)"},
    "set_hold_free": {"fr": "Sans appui maintenu (toucher pour démarrer, toucher pour arrêter)",
                      "en": "No holding (tap to start, tap to stop)"},
    "voice_missing": {"fr": "Aucune voix de synthèse sur cet ordinateur : la lecture ne "
                            "s'entend pas (le jeu continue normalement).",
                      "en": "No speech voice on this computer: reading aloud cannot be heard "
                            "(the game goes on as usual)."},
    "access_note": {"fr": "Touche V : lecture à voix haute. Maj+A : cette page.",
                    "en": "V key: read aloud. Shift+A: this page."},
})

PAGES = ("general", "access")
MORE_TIME = (1.0, 1.5, 2.0)

LEFT, TOP, ROW_H = 160, 190, 140
ACCESS_ROW_H = 118  # the accessibility page has six rows
CHOICE_W = 300


class SettingsScene(ButtonScene):
    still_buttons = True

    def __init__(self, ctx: Context, page: str = "general") -> None:
        super().__init__(ctx)
        self.page = page if page in PAGES else "general"
        self._voice_known: bool | None = None

    def frame_interval(self) -> float | None:
        if self.page == "access" and self.ctx.settings.self_voicing and \
                self.ctx.speech.available is None:
            return 0.25  # the speech engine is starting: say soon whether it exists
        return STILL  # changes only when a choice is tapped

    def update(self, dt: float) -> Transition | None:
        known = self.ctx.speech.available
        if known is not None and known != self._voice_known:
            self._voice_known = known
            self._background = None  # the note about the voice changes
        return None

    @property
    def row_h(self) -> int:
        return ACCESS_ROW_H if self.page == "access" else ROW_H

    def rows(self) -> list[tuple[str, list[tuple[str, str, bool]]]]:
        """(row label, [(button id, label, selected)]) of the page shown."""
        s, tr = self.ctx.settings, self.ctx.tr

        def on_off(key: str, value: bool) -> list[tuple[str, str, bool]]:
            return [(f"{key}:off", tr("off"), not value), (f"{key}:on", tr("on"), value)]

        if self.page == "access":
            rates = ("rate_slow", "rate_normal", "rate_fast")
            return [
                (tr("set_voice"), on_off("voice", s.self_voicing)),
                (tr("set_voice_rate"), [(f"rate:{i}", tr(rates[i]), s.speech_rate == rate)
                                        for i, rate in enumerate(RATES)]),
                (tr("set_motion"), on_off("motion", s.reduced_motion)),
                (tr("set_more_time"), [(f"time:{i}", "×" + number(f, self.ctx.lang, places=1),
                                        s.more_time == f)
                                       for i, f in enumerate(MORE_TIME)]),
                (tr("set_readable"), on_off("readable", s.readable_text)),
                (tr("set_hold_free"), on_off("holdfree", s.hold_free)),
            ]
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
        items: list[Button] = [
            Button(f"page:{page}", pygame.Rect(theme.LOGICAL_W - 760 + i * 360, 40, 340, 96),
                   self.ctx.tr(f"set_page_{page}"), style="choice", selected=page == self.page)
            for i, page in enumerate(PAGES)]
        for r, (_label, choices) in enumerate(self.rows()):
            y = TOP + r * self.row_h
            for c, (bid, label, selected) in enumerate(choices):
                items.append(Button(bid, pygame.Rect(LEFT + 620 + c * (CHOICE_W + 24), y, CHOICE_W,
                                                     104),
                                    label, style="choice", selected=selected,
                                    size=theme.TEXT_LARGE if bid.startswith("text:")
                                    else theme.TEXT_BODY))
        items.append(Button("done", pygame.Rect(theme.LOGICAL_W - 480, 960, 420, 100),
                            self.ctx.tr("ok"),
                            size=theme.TEXT_LARGE))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "done":
            return Pop()
        key, _, value = button.id.partition(":")
        s = self.ctx.settings
        if key == "page":
            self.page = value
            self.ctx.speech.forget()
        elif key == "voice":
            s.self_voicing = value == "on"
            if s.self_voicing:
                self.ctx.speech.probe(timeout=0.0)  # start the engine: the page says if it exists
        elif key == "rate":
            s.speech_rate = RATES[int(value)]
        elif key == "motion":
            s.reduced_motion = value == "on"
        elif key == "time":
            s.more_time = MORE_TIME[int(value)]
        elif key == "readable":
            s.readable_text = value == "on"
        elif key == "holdfree":
            s.hold_free = value == "on"
        elif key == "lang":
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
            y = TOP + r * self.row_h
            img = t.render(label, theme.TEXT_BODY, pal.ink, width=580)
            surface.blit(img, img.get_rect(midleft=(LEFT, y + 52)))
            line_y = y + self.row_h - 7
            pygame.draw.line(surface, pal.floor, (LEFT, line_y), (1760, line_y), 2)
        rows = len(self.rows())
        if self.page == "access":
            notes = [self.ctx.tr("access_note")]
            if voice_missing(self):
                notes.insert(0, self.ctx.tr("voice_missing"))
            text = "\n".join(notes)
        else:
            text = self.ctx.tr("set_preview")
        sample = t.render(text, theme.TEXT_BODY, pal.ink, width=1100)
        box = pygame.Rect(LEFT, TOP + rows * self.row_h + 10, 1200,
                          max(90, sample.get_height() + 40))
        draw.panel(surface, pal, box, pal.white, radius=18, shadow=3)
        surface.blit(sample, (box.x + 30, box.y + 20))

    def spoken(self) -> list[str]:
        lines = [self.ctx.tr("settings"), self.ctx.tr(f"set_page_{self.page}")]
        for label, choices in self.rows():
            chosen = [c for _, c, selected in choices if selected]
            lines.append(self.ctx.tr("labelled", label=label, value=chosen[0]) if chosen
                         else label)
        if self.page == "access" and voice_missing(self):
            lines.append(self.ctx.tr("voice_missing"))
        return lines


def voice_missing(scene: SettingsScene) -> bool:
    """Reading aloud is on but this computer has no speech engine (the page says so)."""
    return scene.ctx.settings.self_voicing and scene.ctx.speech.available is False

