"""« Mode classe »: the trainer makes a session and starts the hub from the game.

First the content (a world or every world, projector mode or not, timers off unless asked),
then « Créer la séance »: the code and the address, big enough to read from the back of a
room on a projector, the dashboard's address for this PC, its PIN on demand, and in projector
mode « Jouer au projecteur ». The hub keeps serving while the game runs (it stops with it, or
with « Arrêter la séance »).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game.classroom import trainer
from game.classroom.play import ClassProblem, first_scene, open_class
from game.i18n import define
from game.scene import Pop, Reset, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.widgets import Button

HUB = "classroom.hub"  # ctx.cache: the running ClassHub (run.py stops it at the end)
PROJECTOR_NAME = "Projecteur"
CODE_SIZE = 230  # logical px: six letters readable from the back of a classroom

define({
    "class_mode": {"fr": "Mode classe", "en": "Class mode"},
    "class_mode_hint": {"fr": "Crée une séance : les élèves la rejoignent depuis leur PC avec "
                              "« J'ai un code ».",
                        "en": "Make a session: students join it from their PC with "
                              "\"I have a code\"."},
    "class_all_worlds": {"fr": "Tous les mondes", "en": "Every world"},
    "class_projector": {"fr": "Mode projecteur (un seul PC)", "en": "Projector mode (one PC)"},
    "class_timers": {"fr": "Chronomètres", "en": "Timers"},
    "class_create": {"fr": "Créer la séance", "en": "Create the session"},
    "class_join_with": {"fr": "Sur ton PC : « J'ai un code », puis ce code",
                        "en": "On your PC: \"I have a code\", then this code"},
    "class_address": {"fr": "Pas trouvé ? Tape l'adresse : {url}",
                      "en": "Not found? Type the address: {url}"},
    "class_dashboard": {"fr": "Tableau de bord (sur ce PC) : {url}",
                        "en": "Dashboard (on this PC): {url}"},
    "class_show_pin": {"fr": "Afficher le PIN", "en": "Show the PIN"},
    "class_pin": {"fr": "PIN du tableau de bord : {pin}", "en": "Dashboard PIN: {pin}"},
    "class_open_dashboard": {"fr": "Ouvrir le tableau de bord", "en": "Open the dashboard"},
    "class_play_projector": {"fr": "Jouer au projecteur", "en": "Play on the projector"},
    "class_stop": {"fr": "Arrêter la séance", "en": "Stop the session"},
    "class_hub_failed": {"fr": "Le hub n'a pas démarré : {why}",
                         "en": "The hub did not start: {why}"},
})


class ClassModeScene(ButtonScene):
    still_buttons = True

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.world: str | None = None  # None: every world
        self.projector = False
        self.timers = False
        self.show_pin = False
        self.problem: str | None = None

    @property
    def hub(self) -> trainer.ClassHub | None:
        found = self.ctx.cache.get(HUB)
        return found if isinstance(found, trainer.ClassHub) else None

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        items = [Button("back", pygame.Rect(60, 960, 260, 90), self.ctx.tr("back"),
                        style="secondary")]
        if self.hub is None:
            worlds = self.ctx.scenario.model.worlds
            options = [(w.id, w.title.get(self.ctx.lang)) for w in worlds]
            options.append(("*", self.ctx.tr("class_all_worlds")))
            per_row = 3
            w, h, gap = 560, 110, 30
            for i, (wid, label) in enumerate(options):
                x0 = (theme.LOGICAL_W - per_row * w - (per_row - 1) * gap) // 2
                x = x0 + (i % per_row) * (w + gap)
                y = 270 + (i // per_row) * (h + gap)
                chosen = (self.world or "*") == wid
                items.append(Button(f"world:{wid}", pygame.Rect(x, y, w, h), label,
                                    style="choice", selected=chosen))
            y = 270 + ((len(options) + per_row - 1) // per_row) * (h + gap) + 30
            items.append(Button("projector", pygame.Rect(90, y, 860, 100),
                                self.ctx.tr("class_projector"), style="choice",
                                selected=self.projector))
            items.append(Button("timers", pygame.Rect(980, y, 850, 100),
                                self.ctx.tr("class_timers"), style="choice",
                                selected=self.timers))
            items.append(Button("create", pygame.Rect(1340, 950, 520, 110),
                                self.ctx.tr("class_create"), size=theme.TEXT_LARGE))
        else:
            items.append(Button("pin", pygame.Rect(360, 960, 380, 90),
                                self.ctx.tr("class_show_pin"), style="ghost"))
            items.append(Button("dashboard", pygame.Rect(780, 960, 520, 90),
                                self.ctx.tr("class_open_dashboard"), style="secondary"))
            if self.projector:
                items.append(Button("play", pygame.Rect(1340, 950, 520, 110),
                                    self.ctx.tr("class_play_projector"), size=theme.TEXT_LARGE))
            else:
                items.append(Button("stop", pygame.Rect(1340, 960, 520, 90),
                                    self.ctx.tr("class_stop"), style="secondary"))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        kind, _, value = button.id.partition(":")
        if kind == "world":
            self.world = None if value == "*" else value
        elif kind == "projector":
            self.projector = not self.projector
        elif kind == "timers":
            self.timers = not self.timers
        elif kind == "create":
            self._create()
        elif kind == "pin":
            self.show_pin = not self.show_pin
        elif kind == "dashboard" and self.hub is not None:
            import webbrowser

            webbrowser.open(self.hub.dashboard)
        elif kind == "play" and self.hub is not None:
            try:
                open_class(self.ctx, self.hub.code, PROJECTOR_NAME,
                           hub_url=f"http://127.0.0.1:{self.hub.port}")
            except ClassProblem as err:
                self.problem = err.say(self.ctx.lang)
            else:
                return Reset(first_scene(self.ctx))
        elif kind == "stop":
            self.stop()
            return Pop()
        elif kind == "back":
            return Pop()
        self.layout()
        return None

    def _create(self) -> None:
        route = "projector" if self.projector else ("world" if self.world else "grand_tour")
        data = self.ctx.settings.data_path
        try:
            code, pin = trainer.create(data, self.ctx.scenario, self.world, route, self.timers)
        except Exception as err:  # a database that cannot be written, in words
            self.problem = self.ctx.tr("class_hub_failed", why=err)
            return
        hub = trainer.start(data, code, pin)
        if hub.problem:
            self.problem = self.ctx.tr("class_hub_failed", why=hub.problem)
            return
        self.ctx.cache[HUB] = hub

    def stop(self) -> None:
        hub = self.ctx.cache.pop(HUB, None)
        if isinstance(hub, trainer.ClassHub):
            hub.stop()

    def on_back(self) -> Transition | None:
        return Pop()

    def spoken(self) -> list[str]:
        hub = self.hub
        if hub is None:
            return [self.ctx.tr("class_mode"), self.ctx.tr("class_mode_hint")]
        return [self.ctx.tr("class_join_with"), " ".join(hub.code),
                self.ctx.tr("class_address", url=hub.short_url)]

    def paint_background(self, surface: pygame.Surface) -> None:
        super().paint_background(surface)
        pal, t = self.ctx.palette, self.ctx.text
        hub = self.hub
        if hub is None:
            self.title(surface, self.ctx.tr("class_mode"), y=50)
            hint = t.render(self.ctx.tr("class_mode_hint"), theme.TEXT_BODY, pal.ink)
            surface.blit(hint, hint.get_rect(midtop=(theme.LOGICAL_W // 2, 165)))
        else:
            self._paint_session(surface, hub)
        if self.problem:
            msg = t.render(self.problem, theme.TEXT_BODY, pal.ink, width=1500)
            box = msg.get_rect(midbottom=(theme.LOGICAL_W // 2 + 30, 920))
            draw.verdict(surface, pal, (box.x - 34, box.y + 22), False, 40)
            surface.blit(msg, box)

    def _paint_session(self, surface: pygame.Surface, hub: trainer.ClassHub) -> None:
        pal, t = self.ctx.palette, self.ctx.text
        head = t.render(self.ctx.tr("class_join_with"), theme.TEXT_LARGE, pal.ink)
        surface.blit(head, head.get_rect(midtop=(theme.LOGICAL_W // 2, 50)))
        card = pygame.Rect(0, 0, 1500, 330)
        card.midtop = (theme.LOGICAL_W // 2, 150)
        draw.panel(surface, pal, card, pal.white, radius=32, shadow=8, border=pal.primary)
        code = t.render("  ".join(hub.code), CODE_SIZE, pal.ink)
        surface.blit(code, code.get_rect(center=card.center))
        address = t.render(self.ctx.tr("class_address", url=hub.short_url), theme.TEXT_TITLE - 20,
                           pal.ink)
        surface.blit(address, address.get_rect(midtop=(theme.LOGICAL_W // 2, card.bottom + 50)))
        y = card.bottom + 60 + address.get_height() + 40
        board = t.render(self.ctx.tr("class_dashboard", url=hub.dashboard), theme.TEXT_BODY,
                         pal.ink)
        surface.blit(board, board.get_rect(midtop=(theme.LOGICAL_W // 2, y)))
        if self.show_pin:
            pin = t.render(self.ctx.tr("class_pin", pin=hub.pin), theme.TEXT_BODY, pal.ink)
            surface.blit(pin, pin.get_rect(midtop=(theme.LOGICAL_W // 2,
                                                   y + board.get_height() + 20)))

