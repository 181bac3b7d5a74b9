"""« Mode classe »: the trainer makes a session and starts the hub from the game.

First the content (one world, the first by default — a 45-minute lesson plays one —, or
every world; projector mode or not; timers off unless asked), a title for the dashboard and
an optional PIN (4 to 8 digits, typed on the keyboard and never shown; left empty, the game
picks one), as ``main.py class new --title … --pin …`` takes them; then « Créer la séance »:
the code and the address, big enough to read from the back of a room on a projector, the
dashboard's address for this PC, its PIN on demand, and in projector mode « Jouer au
projecteur ». The hub keeps serving while the game runs (it stops with it, or
with « Arrêter la séance »).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game.actions import Action, Key, Tab
from game.classroom import trainer
from game.classroom.code import PROJECTOR_ROUTE
from game.classroom.play import ClassProblem, first_scene, open_class
from game.i18n import define
from game.scene import Pop, Reset, Transition
from game.scenes.base import ButtonScene
from game.ui import draw, theme
from game.ui.widgets import Button

HUB = "classroom.hub"  # ctx.cache: the running ClassHub (run.py stops it at the end)
STARTING = "classroom.hub_starting"  # ctx.cache: the ClassHub not answering yet (run.py too)
PROJECTOR_NAME = "Projecteur"
CODE_SIZE = 230  # logical px: six letters readable from the back of a classroom
TITLE_MAX = 80  # as main.py class new --title
PIN_MIN, PIN_MAX = 4, 8  # as --pin (game.kiosk.pin.valid_pin)
TITLE_FIELD = pygame.Rect(90, 560, 1100, 100)
PIN_FIELD = pygame.Rect(1230, 560, 600, 100)

define({
    "class_mode": {"fr": "Mode classe", "en": "Class mode"},
    "class_mode_hint": {"fr": "Créez une séance : les élèves la rejoignent depuis leur PC avec "
                              "« J'ai un code ».",
                        "en": "Make a session: students join it from their PC with "
                              "\"I have a code\"."},
    "class_all_worlds": {"fr": "Tous les mondes", "en": "Every world"},
    "class_projector": {"fr": "Mode projecteur (un seul PC)", "en": "Projector mode (one PC)"},
    "class_timers": {"fr": "Chronomètres", "en": "Timers"},
    "class_create": {"fr": "Créer la séance", "en": "Create the session"},
    "class_title_label": {"fr": "Titre de la séance (facultatif), par ex. 2nde MSPC",
                          "en": "Session title (optional), e.g. Year 11 welding"},
    "class_pin_label": {"fr": "PIN du tableau de bord (facultatif)",
                        "en": "Dashboard PIN (optional)"},
    "class_pin_auto": {"fr": "choisi par le jeu", "en": "picked by the game"},
    "class_type_here": {"fr": "touchez, puis tapez au clavier", "en": "tap, then type"},
    "class_pin_digits": {"fr": "Le PIN a 4 à 8 chiffres (ou laissez-le vide : le jeu en "
                               "choisit un).",
                         "en": "The PIN has 4 to 8 digits (or leave it empty: the game picks "
                               "one)."},
    "class_projector_one_world": {"fr": "Le mode projecteur joue un monde : choisissez-en un.",
                                  "en": "Projector mode plays one world: choose one."},
    "class_join_with": {"fr": "Sur ton PC : « J'ai un code », puis ce code",
                        "en": "On your PC: \"I have a code\", then this code"},
    "class_address": {"fr": "Pas trouvé ? Tape l'adresse : {url}",
                      "en": "Not found? Type the address: {url}"},
    "class_address_or": {"fr": "ou, sur un autre réseau de ce PC : {urls}",
                         "en": "or, on another network of this PC: {urls}"},
    "class_dashboard": {"fr": "Tableau de bord (sur ce PC) : {url}",
                        "en": "Dashboard (on this PC): {url}"},
    "class_show_pin": {"fr": "Afficher le PIN", "en": "Show the PIN"},
    "class_pin": {"fr": "PIN du tableau de bord : {pin}", "en": "Dashboard PIN: {pin}"},
    "class_open_dashboard": {"fr": "Ouvrir le tableau de bord", "en": "Open the dashboard"},
    "class_play_projector": {"fr": "Jouer au projecteur", "en": "Play on the projector"},
    "class_stop": {"fr": "Arrêter la séance", "en": "Stop the session"},
    "class_hub_failed": {"fr": "Le hub n'a pas démarré : {why}",
                         "en": "The hub did not start: {why}"},
    "class_hub_starting": {"fr": "La séance démarre…", "en": "Starting the session…"},
    "class_not_announced": {"fr": "Ce PC ne s'annonce pas sur le réseau : les élèves tapent "
                                  "l'adresse.",
                            "en": "This PC is not announced on the network: students type "
                                  "the address."},
})


class ClassModeScene(ButtonScene):
    still_buttons = True

    text_mode = True  # the title and the PIN are typed on the PC's keyboard

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        worlds = ctx.scenario.model.worlds
        #: None: every world; by default the first (a 45-minute lesson plays one world)
        self.world: str | None = worlds[0].id if worlds else None
        self.title_text = ""
        self.pin = ""
        self.typing: str | None = "title"  # the field the keyboard types into
        self.projector = False
        self.timers = False
        self.show_pin = False
        self.problem: str | None = None
        self.announce_failed = False

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
            w, h, gap = 560, 100, 24
            for i, (wid, label) in enumerate(options):
                x0 = (theme.LOGICAL_W - per_row * w - (per_row - 1) * gap) // 2
                x = x0 + (i % per_row) * (w + gap)
                y = 240 + (i // per_row) * (h + gap)
                chosen = (self.world or "*") == wid
                items.append(Button(f"world:{wid}", pygame.Rect(x, y, w, h), label,
                                    style="choice", selected=chosen))
            items.append(Button("field:title", TITLE_FIELD, self.title_text, style="choice"))
            items.append(Button("field:pin", PIN_FIELD, "•" * len(self.pin), style="choice"))
            y = 720
            items.append(Button("projector", pygame.Rect(90, y, 860, 100),
                                self.ctx.tr("class_projector"), style="choice",
                                selected=self.projector))
            items.append(Button("timers", pygame.Rect(980, y, 850, 100),
                                self.ctx.tr("class_timers"), style="choice",
                                selected=self.timers))
            if self.starting is None:  # while it starts, the screen says so instead
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

    def handle(self, action: Action) -> Transition | None:
        if (self.hub is None and self.typing is not None and isinstance(action, Key)
                and not isinstance(action, Tab)):
            if action.key == pygame.K_BACKSPACE:
                self._type(None)
                return None
            if action.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                self.typing = "pin" if self.typing == "title" else None
                self.layout()
                return None
            if action.text:
                self._type(action.text)
                return None
        return super().handle(action)

    def _type(self, text: str | None) -> None:
        """A character into the field typed in (None: the last one erased)."""
        if self.typing == "title":
            value = self.title_text[:-1] if text is None else self.title_text + text
            self.title_text = " ".join(value.split(" "))[:TITLE_MAX].lstrip()
        elif self.typing == "pin":
            digits = "".join(ch for ch in text or "" if ch.isascii() and ch.isdigit())
            self.pin = self.pin[:-1] if text is None else (self.pin + digits)[:PIN_MAX]
        self.problem = None
        self.layout()

    def on_button(self, button: Button) -> Transition | None:
        kind, _, value = button.id.partition(":")
        if kind == "world":
            self.world = None if value == "*" else value
            if self.world is None:
                self.projector = False  # the projector plays one world
        elif kind == "field":
            self.typing = value
        elif kind == "projector":
            self.projector = not self.projector
            if self.projector and self.world is None:  # one world: the first
                worlds = self.ctx.scenario.model.worlds
                self.world = worlds[0].id if worlds else None
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
            self.stop(wait_s=0)  # withdrawn from the LAN and shut behind the screen
            return Pop()
        elif kind == "back":
            return self.on_back()
        self.layout()
        return None

    def _create(self) -> None:
        if self.pin and not PIN_MIN <= len(self.pin) <= PIN_MAX:
            self.problem = self.ctx.tr("class_pin_digits")
            self.typing = "pin"
            return
        route = PROJECTOR_ROUTE if self.projector else ("world" if self.world else "grand_tour")
        data = self.ctx.settings.data_path
        try:
            code, pin = trainer.create(data, self.ctx.scenario, self.world, route, self.timers,
                                       title=self.title_text.strip(), pin=self.pin or None)
        except Exception as err:  # a database that cannot be written, in words
            self.problem = self.ctx.tr("class_hub_failed", why=err)
            return
        self.starting = trainer.start(data, code, pin)  # returns at once: see update

    @property
    def starting(self) -> trainer.ClassHub | None:
        """The hub made, not answering yet: kept in the context's cache, so that quitting the
        game while it starts stops it too (run.py), as it stops a running one."""
        hub = self.ctx.cache.get(STARTING)
        return hub if isinstance(hub, trainer.ClassHub) else None

    @starting.setter
    def starting(self, hub: trainer.ClassHub | None) -> None:
        if hub is None:
            self.ctx.cache.pop(STARTING, None)
        else:
            self.ctx.cache[STARTING] = hub

    def update(self, dt: float) -> Transition | None:
        hub = self.starting
        if hub is not None and not hub.starting:  # it answers, or it could not start
            self.starting = None
            if hub.problem:
                self.problem = self.ctx.tr("class_hub_failed", why=hub.problem)
                hub.stop(wait_s=0)  # what it made is shut behind the screen
            else:
                self.ctx.cache[HUB] = hub
            self.layout()
        elif self.hub is not None and self.hub.announce_failed != self.announce_failed:
            self.announce_failed = self.hub.announce_failed  # said under the address
            self.layout()
        return None

    def stop(self, wait_s: float = trainer.STOP_WAIT_S) -> None:
        """The session's hub stops; waits at most ``wait_s`` for it to be shut."""
        hub = self.ctx.cache.pop(HUB, None)
        if isinstance(hub, trainer.ClassHub):
            hub.stop(wait_s)

    def on_back(self) -> Transition | None:
        if self.starting is not None:  # left while it starts: it stops, nobody has the code
            self.starting.stop(wait_s=0)  # at once: the start's end and the shutting down
            self.starting = None  # happen behind the screen (trainer.ClassHub.stop)
        return Pop()

    def spoken(self) -> list[str]:
        hub = self.hub
        if hub is None:
            return [self.ctx.tr("class_mode"), self.ctx.tr("class_mode_hint")]
        return [self.ctx.tr("class_join_with"), " ".join(hub.code),
                self.ctx.tr("class_address", url=hub.short_url),
                *([self.ctx.tr("class_address_or", urls=", ".join(hub.other_urls))]
                  if hub.other_urls else [])]

    def paint_background(self, surface: pygame.Surface) -> None:
        super().paint_background(surface)
        pal, t = self.ctx.palette, self.ctx.text
        hub = self.hub
        if hub is None:
            self.title(surface, self.ctx.tr("class_mode"), y=50)
            hint = t.render(self.ctx.tr("class_mode_hint"), theme.TEXT_BODY, pal.ink)
            surface.blit(hint, hint.get_rect(midtop=(theme.LOGICAL_W // 2, 160)))
            for field, key in ((TITLE_FIELD, "class_title_label"),
                               (PIN_FIELD, "class_pin_label")):
                label = t.render(self.ctx.tr(key), theme.TEXT_SMALL, pal.ink)
                surface.blit(label, label.get_rect(bottomleft=(field.x + 4, field.y - 8)))
            if self.starting is not None:
                wait = t.render(self.ctx.tr("class_hub_starting"), theme.TEXT_LARGE, pal.ink)
                surface.blit(wait, wait.get_rect(center=(1600, 1005)))
        else:
            self._paint_session(surface, hub)
        if self.problem:
            msg = t.render(self.problem, theme.TEXT_BODY, pal.ink, width=1500)
            box = msg.get_rect(midbottom=(theme.LOGICAL_W // 2 + 30, 920))
            draw.verdict(surface, pal, (box.x - 34, box.y + 22), False, 40)
            surface.blit(msg, box)

    def draw_over(self, surface: pygame.Surface) -> None:
        """The field typed in: outlined, with a caret after its text; an empty field says
        what goes there (muted)."""
        if self.hub is not None:
            return
        pal, t = self.ctx.palette, self.ctx.text
        for field, value, name, empty in (
                (TITLE_FIELD, self.title_text, "title", "class_type_here"),
                (PIN_FIELD, "•" * len(self.pin), "pin", "class_pin_auto")):
            x = field.x + 24 + (t.render(value, theme.TEXT_BODY, pal.ink).get_width()
                                if value else 0)
            if not value:
                hint = t.render(self.ctx.tr(empty), theme.TEXT_SMALL, pal.muted)
                surface.blit(hint, hint.get_rect(midleft=(x + 16, field.centery)))
            if self.typing == name:
                pygame.draw.rect(surface, pal.primary, field, 5, border_radius=16)
                pygame.draw.line(surface, pal.ink, (x + 4, field.y + 26),
                                 (x + 4, field.bottom - 26), 4)

    def _paint_session(self, surface: pygame.Surface, hub: trainer.ClassHub) -> None:
        pal, t = self.ctx.palette, self.ctx.text
        head = t.render(self.ctx.tr("class_join_with"), theme.TEXT_LARGE, pal.ink)
        surface.blit(head, head.get_rect(midtop=(theme.LOGICAL_W // 2, 50)))
        card = pygame.Rect(0, 0, 1500, 330)
        card.midtop = (theme.LOGICAL_W // 2, 150)
        draw.panel(surface, pal, card, pal.white, radius=32, shadow=8, border=pal.primary)
        code = t.render("  ".join(hub.code), CODE_SIZE, pal.ink)
        title = " ".join(self.title_text.split())
        if title:  # the class sees it is its session
            name = t.render(title, theme.TEXT_BODY, pal.muted)
            surface.blit(name, name.get_rect(midtop=(card.centerx, card.y + 16)))
        surface.blit(code, code.get_rect(center=(card.centerx,
                                                 card.centery + (16 if title else 0))))
        address = t.render(self.ctx.tr("class_address", url=hub.short_url), theme.TEXT_TITLE - 20,
                           pal.ink)
        surface.blit(address, address.get_rect(midtop=(theme.LOGICAL_W // 2, card.bottom + 50)))
        y = card.bottom + 60 + address.get_height() + 40
        if hub.other_urls:  # the PC is on several networks: the students' may be another one
            more = t.render(self.ctx.tr("class_address_or", urls=" · ".join(hub.other_urls)),
                            theme.TEXT_BODY, pal.ink)
            surface.blit(more, more.get_rect(midtop=(theme.LOGICAL_W // 2, y - 30)))
            y += more.get_height() + 10
        board = t.render(self.ctx.tr("class_dashboard", url=hub.dashboard), theme.TEXT_BODY,
                         pal.ink)
        surface.blit(board, board.get_rect(midtop=(theme.LOGICAL_W // 2, y)))
        y += board.get_height() + 20
        if self.show_pin:
            pin = t.render(self.ctx.tr("class_pin", pin=hub.pin), theme.TEXT_BODY, pal.ink)
            surface.blit(pin, pin.get_rect(midtop=(theme.LOGICAL_W // 2, y)))
            y += pin.get_height() + 20
        if self.announce_failed:
            note = t.render(self.ctx.tr("class_not_announced"), theme.TEXT_BODY, pal.ink,
                            width=1500, align="center")
            surface.blit(note, note.get_rect(midtop=(theme.LOGICAL_W // 2, y)))

