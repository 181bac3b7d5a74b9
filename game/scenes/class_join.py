"""Joining a session from the title screen, after the code: the student's name, then the hub.

The name screen is the kiosk's nickname keyboard with its filter (a name is required here).
Then the PC looks for the trainer's hub (the address kept from last time, then zeroconf on
the LAN) in the background; found, the game starts. Not found: try again, type the address
(kept for next time), or « Pas de réseau ? » — the code alone is enough to play, and the
results stay in a file the screen names.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.classroom.spec import SessionSpec
    from game.context import Context

import math

import pygame

from game.actions import Action, Key, Tab
from game.classroom.discover import Search
from game.classroom.places import Place, places, results_file
from game.classroom.play import ClassProblem, check_student, first_scene, open_class
from game.i18n import define
from game.scene import Pop, Replace, Reset, Transition
from game.scenes import class_code  # noqa: F401 - declares « Pas de réseau ? » (class_no_network)
from game.scenes.base import ButtonScene
from game.scenes.nickname import NicknameScene
from game.ui import draw, theme
from game.ui.widgets import Button, backspace

ADDRESS_KEYS = "1234567890.:"
FIELD = pygame.Rect(360, 330, 1200, 110)
PLACES_Y, PLACES_W, PLACE_GAP, PLACES_SHOWN = 360, 1680, 24, 4  # offline: sticks, this PC

define({
    "class_name_title": {"fr": "Ton prénom ou un pseudo", "en": "Your first name or a nickname"},
    "class_searching": {"fr": "Je cherche la séance {code} sur le réseau…",
                        "en": "Looking for session {code} on the network…"},
    "class_not_found": {"fr": "Je n'ai pas trouvé la séance {code} sur le réseau.",
                        "en": "Session {code} was not found on the network."},
    "class_not_found_hint": {"fr": "Vérifie que le PC de ton formateur ou ta formatrice est "
                                   "allumé, ou tape l'adresse affichée au tableau.",
                             "en": "Check that your trainer's PC is on, or type the address "
                                   "shown on the board."},
    "class_closed_title": {"fr": "La séance {code} est fermée.",
                           "en": "Session {code} is closed."},
    "class_closed_hint": {"fr": "Ton formateur ou ta formatrice l'a terminée : demande-lui le "
                                "code de la nouvelle séance.",
                          "en": "Your trainer ended it: ask for the new session's code."},
    "class_retry": {"fr": "Réessayer", "en": "Try again"},
    "class_type_address": {"fr": "Taper l'adresse", "en": "Type the address"},
    "class_address_title": {"fr": "L'adresse affichée au tableau",
                            "en": "The address shown on the board"},
    "class_address_hint": {"fr": "Par exemple 192.168.1.20:8765. Elle sera gardée pour la "
                                 "prochaine fois.",
                           "en": "For example 192.168.1.20:8765. It is kept for next time."},
    "class_offline_title": {"fr": "Sans réseau", "en": "No network"},
    "class_offline_where": {"fr": "Tu joues la séance {code} avec le code seul. Choisis où "
                                  "garder tes résultats ; à la fin, donne-les à ton formateur "
                                  "ou ta formatrice.",
                            "en": "You play session {code} from the code alone. Choose where "
                                  "your results are kept; at the end, give them to your "
                                  "trainer."},
    "class_place_stick": {"fr": "Clé USB · {name}", "en": "USB stick · {name}"},
    "class_place_pc": {"fr": "Ce PC", "en": "This PC"},
    "class_place_file": {"fr": "Le fichier de tes résultats :", "en": "Your results' file:"},
    "class_place_stick_hint": {"fr": "Laisse la clé branchée jusqu'à la fin, puis donne-la à "
                                     "ton formateur ou ta formatrice.",
                               "en": "Leave the stick in until the end, then give it to your "
                                     "trainer."},
    "class_place_pc_hint": {"fr": "Il reste sur ce PC : ton formateur ou ta formatrice le "
                                  "copie sur une clé, puis le lit avec « class import » (le "
                                  "fichier ou tout le dossier).",
                            "en": "It stays on this PC: your trainer copies it onto a stick, "
                                  "then reads it with « class import » (the file or the whole "
                                  "folder)."},
    "class_start": {"fr": "C'est parti", "en": "Let's go"},
})


class ClassNameScene(NicknameScene):
    """The kiosk's keyboard and filter; a name is needed (no « Passer »). The name is kept as
    typed, not in capitals as a kiosk's nickname: on the real keyboard as she types it, on the
    screen's keys a capital at the start of each word and small letters after (« Léa »,
    « Marie-Anne »), the keys showing which comes next. The roster is matched accent- and
    case-blind all the same (game.classroom.roster)."""

    title_key = "class_name_title"

    def __init__(self, ctx: Context, code: str, offline: bool = False) -> None:
        super().__init__(ctx)
        self.code, self.offline = code, offline

    def enter(self) -> None:
        super().enter()
        self.buttons.set([b for b in self.buttons.items if b.id != "skip"])
        self._relabel()

    def capital_next(self) -> bool:
        """A word starts: the next letter of the screen's keys is a capital."""
        return not self.value or not self.value[-1].isalpha()

    def _relabel(self) -> None:
        """The letter keys in the case they type now."""
        upper = self.capital_next()
        keys = [(b, b.id[4:]) for b in self.buttons.items if b.id.startswith("key:")]
        if any(ch.isalpha() and b.label != (ch if upper else ch.lower()) for b, ch in keys):
            for b, ch in keys:
                if ch.isalpha():
                    b.label = ch if upper else ch.lower()
            self.buttons.set(list(self.buttons.items))  # drawn again

    def handle(self, action: Action) -> Transition | None:
        if (isinstance(action, Key) and not isinstance(action, Tab) and action.text
                and action.key != pygame.K_BACKSPACE):
            self.type(action.text)  # as typed on the keyboard (the kiosk's upper-cases it)
            self._relabel()
            return None
        done = super().handle(action)
        self._relabel()
        return done

    def on_button(self, button: Button) -> Transition | None:
        if button.id.startswith("key:"):
            ch = button.id[4:]
            self.type(ch if self.capital_next() else ch.lower())
            self._relabel()
            return None
        if button.id == "del":
            self.erase()
            self._relabel()
            return None
        if button.id == "ok":
            try:
                name = check_student(self.value)
            except ClassProblem as err:
                self.refused, self.refused_key = True, err.key
                return None
            return Replace(ClassJoinScene(self.ctx, self.code, name, offline=self.offline))
        return super().on_button(button)

    def on_back(self) -> Transition | None:
        return Pop()


class ClassJoinScene(ButtonScene):
    """Finding the hub (or playing offline); the game starts from here."""

    text_mode = True  # the address may be typed on a real keyboard

    def __init__(self, ctx: Context, code: str, student: str, offline: bool = False) -> None:
        super().__init__(ctx)
        self.code, self.student = code, student
        self.state = "offline" if offline else "searching"
        self.address = ""
        self.search: Search | None = None
        self.t = 0.0
        self.places: list[Place] = []  # offline: where the results may go (sticks, this PC)
        self.place = 0

    def enter(self) -> None:
        if self.state == "searching" and self.search is None:
            self._search()
        self.layout()

    def _search(self, typed: str | None = None) -> None:
        self.state = "searching"
        self.search = Search(self.code, self.student, self.ctx.settings.data_path,
                             typed=typed).start()

    def layout(self) -> None:
        items = [Button("back", pygame.Rect(60, 940, 300, 110), self.ctx.tr("back"),
                        style="secondary")]
        if self.state == "not_found":
            items += [Button("retry", pygame.Rect(360, 600, 560, 120),
                             self.ctx.tr("class_retry"), size=theme.TEXT_LARGE),
                      Button("address", pygame.Rect(1000, 600, 560, 120),
                             self.ctx.tr("class_type_address"), style="secondary",
                             size=theme.TEXT_LARGE),
                      Button("offline", pygame.Rect(360, 760, 1200, 110),
                             self.ctx.tr("class_no_network"), style="ghost")]
        elif self.state == "address":
            x0 = (theme.LOGICAL_W - (len(ADDRESS_KEYS) * 136 - 16)) // 2
            items += [Button(f"key:{ch}", pygame.Rect(x0 + i * 136, 520, 120, 110), ch,
                             style="secondary", size=theme.TEXT_LARGE)
                      for i, ch in enumerate(ADDRESS_KEYS)]
            items += [backspace(pygame.Rect(FIELD.right + 30, FIELD.y + 5, 300, 100),
                                self.ctx.tr("erase"), self.ctx.palette.ink),
                      Button("ok", pygame.Rect(1420, 940, 440, 110), self.ctx.tr("ok"),
                             size=theme.TEXT_LARGE)]
        elif self.state == "offline":
            if not self.places:
                self.places = places(self.ctx.settings.data_path)
            items += self._place_buttons()
            items.append(Button("start", pygame.Rect(1320, 940, 540, 110),
                                self.ctx.tr("class_start"), size=theme.TEXT_LARGE))
        self.buttons.set(items)
        self._background = None

    def _place_buttons(self) -> list[Button]:
        shown = self.places[:PLACES_SHOWN]
        w = min(560, (PLACES_W - PLACE_GAP * (len(shown) - 1)) // max(1, len(shown)))
        x = (theme.LOGICAL_W - (len(shown) * w + PLACE_GAP * (len(shown) - 1))) // 2
        return [Button(f"place:{i}", pygame.Rect(x + i * (w + PLACE_GAP), PLACES_Y, w, 110),
                       self.ctx.tr("class_place_stick", name=p.name) if p.stick
                       else self.ctx.tr("class_place_pc"), style="choice",
                       selected=i == self.place, size=theme.TEXT_BODY)
                for i, p in enumerate(shown)]

    def results_file(self) -> Path:
        """Where the results go now (offline): the chosen stick's file, or the PC's journal."""
        place = self.places[self.place] if self.places else Place(
            self.ctx.settings.data_path, False)
        return results_file(place, self.ctx.settings.data_path, self.code, self.student)

    def update(self, dt: float) -> Transition | None:
        self.t += dt
        if self.state == "searching" and self.search is not None and self.search.done:
            found = self.search.result
            if found is not None:
                url, spec = found
                return self._start(url, spec)
            self.state = "closed" if self.search.closed else "not_found"
            self.layout()
        return None

    def _start(self, url: str | None, spec: SessionSpec | None = None) -> Transition | None:
        stick = url is None and bool(self.places) and self.places[self.place].stick
        try:
            open_class(self.ctx, self.code, self.student, hub_url=url,
                       class_file=self.results_file() if stick else None,
                       spec=spec)
        except ClassProblem as err:  # the hub does not know the code, or it closed it
            self.state = "closed" if err.key == "class_closed" else "not_found"
            self.layout()
            print(f"classroom: {err}")
            return None
        return Reset(first_scene(self.ctx))

    def handle(self, action: Action) -> Transition | None:
        if self.state == "address" and isinstance(action, Key) and not isinstance(action, Tab):
            if action.key == pygame.K_BACKSPACE:
                self.address = self.address[:-1]
            elif action.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                return self._typed()
            elif action.text and len(self.address) < 60 and all(
                    ch.isascii() and (ch.isalnum() or ch in ".:-/[]") for ch in action.text):
                self.address += action.text.lower()
            return None
        return super().handle(action)

    def _typed(self) -> Transition | None:
        if self.address.strip():
            self._search(typed=self.address.strip())
            self.layout()
        return None

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "back":
            return self.on_back()
        if button.id == "retry":
            self._search()
            self.layout()
        elif button.id == "address":
            self.state = "address"
            self.layout()
        elif button.id == "offline":
            self.state = "offline"
            self.layout()
        elif button.id.startswith("key:"):
            if len(self.address) < 60:
                self.address += button.id[4:]
        elif button.id == "del":
            self.address = self.address[:-1]
        elif button.id == "ok":
            return self._typed()
        elif button.id.startswith("place:"):
            self.place = int(button.id[6:])
            self.layout()
        elif button.id == "start":
            return self._start(None)
        return None

    def on_back(self) -> Transition | None:
        if self.state in ("address", "offline"):
            self.state = "not_found"
            self.layout()
            return None
        return Pop()

    def spoken(self) -> list[str]:
        return self._lines(" ".join(self.code))  # said letter by letter

    def _lines(self, code: str) -> list[str]:
        tr = self.ctx.tr
        if self.state == "searching":
            return [tr("class_searching", code=code)]
        if self.state == "not_found":
            return [tr("class_not_found", code=code), tr("class_not_found_hint")]
        if self.state == "closed":
            return [tr("class_closed_title", code=code), tr("class_closed_hint")]
        if self.state == "address":
            return [tr("class_address_title"), tr("class_address_hint")]
        stick = bool(self.places) and self.places[self.place].stick
        return [tr("class_offline_title"), tr("class_offline_where", code=code),
                tr("class_place_file"), str(self.results_file()),
                tr("class_place_stick_hint" if stick else "class_place_pc_hint")]

    def draw_content(self, surface: pygame.Surface) -> None:
        pal, t = self.ctx.palette, self.ctx.text
        lines = self._lines(self.code)
        if self.state in ("address", "offline"):
            self.title(surface, lines[0], y=60)
            body = lines[1:]
        else:
            body = lines
        if self.state == "offline":
            self._draw_offline(surface, body)
            return
        y = 200 if self.state == "address" else 330
        for i, line in enumerate(body):
            size = theme.TEXT_LARGE if i == 0 else theme.TEXT_BODY
            img = t.render(line, size, pal.ink, width=1500, align="center")
            surface.blit(img, img.get_rect(midtop=(theme.LOGICAL_W // 2, y)))
            y += img.get_height() + 30
        if self.state == "searching":  # a turning dot: the PC is working, not stuck
            centre = (theme.LOGICAL_W // 2, 560)
            pygame.draw.circle(surface, pal.floor_dark, centre, 60, 8)
            a = 0.0 if self.ctx.settings.reduced_motion else (self.t % 1.2) / 1.2 * 2 * math.pi
            pygame.draw.circle(surface, pal.primary, (centre[0] + 60 * math.cos(a),
                                                      centre[1] + 60 * math.sin(a)), 18)
        if self.state == "address":
            draw.panel(surface, pal, FIELD, pal.white, radius=20, shadow=4, border=pal.primary)
            value = t.render(self.address or " ", theme.TEXT_TITLE, pal.ink)
            surface.blit(value, value.get_rect(midleft=(FIELD.x + 30, FIELD.centery)))

    def _draw_offline(self, surface: pygame.Surface, body: list[str]) -> None:
        """Where to keep the results (the buttons), then the file, in a box, and what to do."""
        pal, t, mid = self.ctx.palette, self.ctx.text, theme.LOGICAL_W // 2
        where, label, path, hint = body
        img = t.render(where, theme.TEXT_BODY, pal.ink, width=1500, align="center")
        surface.blit(img, img.get_rect(midbottom=(mid, PLACES_Y - 30)))
        y = PLACES_Y + 110 + 60
        img = t.render(label, theme.TEXT_BODY, pal.ink)
        surface.blit(img, img.get_rect(midtop=(mid, y)))
        y += img.get_height() + 16
        img = t.render(path, theme.TEXT_BODY, pal.ink, width=1560)
        box = img.get_rect(midtop=(mid, y)).inflate(60, 40)
        draw.panel(surface, pal, box, pal.white, radius=18, shadow=4, border=pal.primary)
        surface.blit(img, img.get_rect(center=box.center))
        img = t.render(hint, theme.TEXT_BODY, pal.ink, width=1500, align="center")
        surface.blit(img, img.get_rect(midtop=(mid, box.bottom + 30)))

    def frame_interval(self) -> float | None:
        return 1 / 30 if self.state == "searching" else 0.25
