"""The pause menu, over the floor or a task (Escape or the Menu button): continue, this
screen's controls, settings, sound on or off, « Terminer ma visite », and leaving (the game
from the floor, the station from a task: what would be lost is said beside it)."""
from __future__ import annotations

from typing import Literal

import pygame

from game import flow
from game.i18n import define
from game.scene import STILL, Pop, Push, Reset, Transition
from game.scenes.base import ButtonScene
from game.scenes.confirm import LeaveScene
from game.scenes.settings import SettingsScene
from game.ui import draw, theme
from game.ui.widgets import Button

define({
    "pause_title": {"fr": "Pause", "en": "Paused"},
    "pause_continue": {"fr": "Continuer", "en": "Continue"},
    "pause_help": {"fr": "Aide : les commandes", "en": "Help: the controls"},
    "pause_sound_on": {"fr": "Son : activé", "en": "Sound: on"},
    "pause_sound_off": {"fr": "Son : coupé", "en": "Sound: off"},
    "pause_quit_game": {"fr": "Quitter la partie", "en": "Leave the game"},
    "pause_quit_task": {"fr": "Quitter ce poste", "en": "Leave this station"},
    "lost_here": {"fr": "Ta progression sera perdue sur ce poste.",
                  "en": "Your progress on this station will be lost."},
    "kept_done": {"fr": "Tes postes faits comptent : tu vas à la fin de la visite.",
                  "en": "The stations you did count: you go to the end of the visit."},
    "help_title": {"fr": "Les commandes", "en": "The controls"},
    "help_floor": {
        "fr": "Touche un poste lumineux : tu y vas.\n"
              "Flèches ou Z Q S D : marcher.\n"
              "Entrée ou « Poste suivant » : aller au prochain poste.\n"
              "Tab : passer d'un bouton ou d'un poste à l'autre.\n"
              "Échap : ce menu.",
        "en": "Tap a glowing station: you walk there.\n"
              "Arrow keys or W A S D: walk.\n"
              "Enter or « Next station »: go to the next station.\n"
              "Tab: move from one button or station to the next.\n"
              "Escape: this menu."},
    "help_task": {
        "fr": "Touche ou clique pour répondre ; glisse pour déplacer.\n"
              "Au clavier : flèches, Tab et Entrée.\n"
              "Le chrono ne tourne pas pendant la pause.\n"
              "Échap : ce menu.",
        "en": "Tap or click to answer; drag to move things.\n"
              "With the keyboard: arrow keys, Tab and Enter.\n"
              "The timer stops while paused.\n"
              "Escape: this menu."},
})

Where = Literal["floor", "task"]
PANEL = pygame.Rect(300, 90, 1320, 900)
BUTTON_W, BUTTON_H, GAP = 600, 100, 22
NOTE_X = PANEL.x + 60 + BUTTON_W + 40  # the notes beside the buttons
NOTE_W = PANEL.right - 50 - NOTE_X


class PauseScene(ButtonScene):
    """Drawn over a still picture of the screen below (taken once, veil included)."""

    def __init__(self, ctx, where: Where = "floor") -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.where: Where = where
        self.backdrop = draw.Backdrop()
        self.helping = False
        self._away = False  # the settings were opened: take the still again on return

    modal = True

    @property
    def transparent(self) -> bool:  # type: ignore[override]
        return not self.backdrop.taken

    def frame_interval(self) -> float | None:
        return STILL

    def enter(self) -> None:
        if self._away:  # the settings may have changed the language or the palette
            self._away = False
            self.backdrop = draw.Backdrop()
        self.layout()

    def can_finish(self) -> bool:
        """« Terminer ma visite » once a station is done: what was done still counts."""
        return self.ctx.tour is not None and bool(self.ctx.tour.results)

    def layout(self) -> None:
        tr = self.ctx.tr
        x, y = PANEL.x + 60, PANEL.y + 170
        if self.helping:
            self.buttons.set([Button("help_back", pygame.Rect(PANEL.centerx - 240,
                                                              PANEL.bottom - 140, 480, BUTTON_H),
                                     tr("back"))])
            self.buttons.focus = 0
            return
        sound = "pause_sound_on" if self.ctx.settings.sound else "pause_sound_off"
        rows = [("continue", tr("pause_continue"), "primary"),
                ("help", tr("pause_help"), "secondary"),
                ("settings", tr("settings"), "secondary"),
                ("sound", tr(sound), "secondary")]
        if self.can_finish():
            rows.append(("finish", tr("finish_visit"), "secondary"))
        rows.append(("quit", tr("pause_quit_task" if self.where == "task" else
                                "pause_quit_game"), "secondary"))
        self.buttons.set([Button(bid, pygame.Rect(x, y + i * (BUTTON_H + GAP), BUTTON_W, BUTTON_H),
                                 label, style=style) for i, (bid, label, style) in enumerate(rows)])

    def notes(self) -> dict[str, str]:
        """What happens beside the buttons that end something."""
        tr = self.ctx.tr
        if self.where == "task":
            return {"finish": tr("lost_here"), "quit": tr("lost_here")}
        return {"finish": tr("kept_done"), "quit": tr("leave_text")}

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "continue":
            return Pop()
        if button.id in ("help", "help_back"):
            self.helping = button.id == "help"
            self.layout()
            return None
        if button.id == "settings":
            self._away = True
            return Push(SettingsScene(self.ctx))
        if button.id == "sound":
            self.ctx.settings.sound = not self.ctx.settings.sound
            self.ctx.apply_settings()
            self.layout()
            return None
        if button.id == "finish":
            return Reset(flow.finish(self.ctx))
        if button.id == "quit":
            if self.where == "task":
                return Pop(then=Pop())  # the task goes too: back to the floor
            return Push(LeaveScene(self.ctx))
        return None

    def on_back(self) -> Transition | None:
        if self.helping:
            self.helping = False
            self.layout()
            return None
        return Pop()

    def bot_choice(self) -> str | None:
        return "help_back" if self.helping else "continue"

    def draw(self, surface: pygame.Surface) -> None:
        pal, t, tr = self.ctx.palette, self.ctx.text, self.ctx.tr
        self.backdrop.draw(surface, pal)
        draw.panel(surface, pal, PANEL, pal.paper, radius=28, shadow=10)
        title = t.render(tr("help_title" if self.helping else "pause_title"), theme.TEXT_TITLE,
                         pal.ink)
        surface.blit(title, title.get_rect(midtop=(PANEL.centerx, PANEL.y + 40)))
        if self.helping:
            body = t.render(tr("help_task" if self.where == "task" else "help_floor"),
                            theme.TEXT_BODY, pal.ink, width=PANEL.w - 160)
            surface.blit(body, (PANEL.x + 80, PANEL.y + 190))
        else:
            for bid, note in self.notes().items():
                button = self.buttons.get(bid)
                if button is None:
                    continue
                img = t.render(note, theme.TEXT_SMALL, pal.ink, width=NOTE_W)
                surface.blit(img, img.get_rect(midleft=(NOTE_X, button.rect.centery)))
        self.buttons.draw(surface, t, pal)

    def spoken(self) -> list[str]:
        tr = self.ctx.tr
        if self.helping:
            return [tr("help_title"), tr("help_task" if self.where == "task" else "help_floor")]
        return [tr("pause_title")]
