"""The pause menu, over the floor, a role model's words or a task (Escape or the Menu
button): continue, this screen's controls, settings, sound on or off, « Terminer ma visite »,
and leaving (the game from the floor, the station from her words or a task: what would be lost
is said beside it)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

from collections.abc import Callable
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
    "pause_sound": {"fr": "Sons : {state}", "en": "Sounds: {state}"},
    "pause_ambience": {"fr": "Bruits de l'usine : {state}", "en": "Factory sounds: {state}"},
    "pause_music": {"fr": "Musique : {state}", "en": "Music: {state}"},
    "pause_quit_game": {"fr": "Quitter la partie", "en": "Leave the game"},
    "pause_quit_task": {"fr": "Quitter ce poste", "en": "Leave this station"},
    "lost_here": {"fr": "Ta progression sera perdue sur ce poste.",
                  "en": "Your progress on this station will be lost."},
    "come_back": {"fr": "Tu pourras revenir lui parler.",
                  "en": "You can come back and talk to her."},
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
    "help_dialogue": {
        "fr": "Touche sa bulle ou « Suivant » : la suite.\n"
              "Touche une question pour la lui poser.\n"
              "« Au travail » : la tâche du poste.\n"
              "Échap : ce menu.",
        "en": "Tap her bubble or « Next »: what comes next.\n"
              "Tap a question to ask her.\n"
              "« To work »: the station's task.\n"
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
    # after a task's own controls (the weld pass's keys), instead of the general ones
    "help_task_own": {"fr": "Le chrono ne tourne pas pendant la pause.\nÉchap : ce menu.",
                      "en": "The timer stops while paused.\nEscape: this menu."},
})

Where = Literal["floor", "dialogue", "task"]
PANEL = pygame.Rect(300, 120, 1320, 840)
BUTTON_W, BUTTON_H, GAP = 600, 100, 22
NOTE_X = PANEL.x + 60 + BUTTON_W + 40  # the notes (and the sound switches) beside the buttons
NOTE_W = PANEL.right - 50 - NOTE_X
SOUND_SWITCHES = ("sound", "ambience", "music")  # settings fields, switched on and off here


class PauseScene(ButtonScene):
    """Drawn over a still picture of the screen below (taken once, veil included)."""

    def __init__(self, ctx: Context, where: Where = "floor",
                 controls: Callable[[], str | None] | None = None) -> None:
        super().__init__(ctx)
        self.where: Where = where
        #: a task's own controls (the weld pass's keys), in the language of the moment
        self.controls = controls
        self.backdrop = draw.Backdrop()
        self.helping = False
        self._away = False  # the settings were opened: take the still again on return

    modal = True

    @property
    def transparent(self) -> bool:
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
        rows = [("continue", tr("pause_continue"), "primary"),
                ("help", tr("pause_help"), "secondary"),
                ("settings", tr("settings"), "secondary")]
        if self.can_finish():
            rows.append(("finish", tr("finish_visit"), "secondary"))
        rows.append(("quit", tr("pause_quit_game" if self.where == "floor" else
                                "pause_quit_task"), "secondary"))
        items = [Button(bid, pygame.Rect(x, y + i * (BUTTON_H + GAP), BUTTON_W, BUTTON_H),
                        label, style=style) for i, (bid, label, style) in enumerate(rows)]
        s = self.ctx.settings
        for i, key in enumerate(SOUND_SWITCHES):  # beside continue, help and settings
            on = bool(getattr(s, key))
            items.insert(1 + 2 * i, Button(
                key, pygame.Rect(NOTE_X, y + i * (BUTTON_H + GAP), NOTE_W, BUTTON_H),
                tr(f"pause_{key}", state=tr("on" if on else "off")), style="choice",
                selected=on, enabled=key == "sound" or s.sound))
        self.buttons.set(items)

    def notes(self) -> dict[str, str]:
        """What happens beside the buttons that end something."""
        tr = self.ctx.tr
        if self.where == "task":
            return {"finish": tr("lost_here"), "quit": tr("lost_here")}
        if self.where == "dialogue":
            return {"finish": tr("kept_done"), "quit": tr("come_back")}
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
        if button.id in SOUND_SWITCHES:
            s = self.ctx.settings
            setattr(s, button.id, not getattr(s, button.id))
            self.ctx.apply_settings()
            self.layout()
            return None
        if button.id == "finish":
            return Reset(flow.finish(self.ctx))
        if button.id == "quit":
            if self.where != "floor":
                return Pop(then=Pop())  # the task or her words go too: back to the floor
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
            body = t.render(self.help_text(), theme.TEXT_BODY, pal.ink, width=PANEL.w - 160)
            surface.blit(body, (PANEL.x + 80, PANEL.y + 190))
        else:
            for bid, note in self.notes().items():
                button = self.buttons.get(bid)
                if button is None:
                    continue
                img = t.render(note, theme.TEXT_SMALL, pal.ink, width=NOTE_W)
                surface.blit(img, img.get_rect(midleft=(NOTE_X, button.rect.centery)))
        self.buttons.draw(surface, t, pal)

    def help_text(self) -> str:
        """This screen's controls: a task's own (then the timer and Escape), else the general
        ones."""
        own = self.controls() if self.controls is not None else None
        if own is None:
            return self.ctx.tr(f"help_{self.where}")
        return f"{own}\n{self.ctx.tr('help_task_own')}"

    def spoken(self) -> list[str]:
        tr = self.ctx.tr
        if self.helping:
            return [tr("help_title"), self.help_text()]
        return [tr("pause_title")]
