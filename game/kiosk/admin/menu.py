"""The admin menu: today's figures on the left, what the organiser can do on the right.

With no code set yet (a fresh kiosk has no ``kiosk.toml``), the right column is a keypad that
asks for a new code twice; nothing here can quit or change a setting until one exists, only
"back to the game" is there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.actions import Action, Confirm, Key
from game.kiosk.admin.base import AdminScene
from game.kiosk.admin.keypad import PAD_W, Keypad
from game.kiosk.pin import valid_pin
from game.kiosk.report.figures import Figures, compute
from game.scene import Push, Transition
from game.takeaway import cards_saved
from game.ui import draw, theme
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk

FIGURES = pygame.Rect(60, 160, 1060, 770)
MESSAGE = pygame.Rect(60, 950, 1060, 100)
COLUMN_X, COLUMN_W, ROW_H, ROW_GAP = 1180, 680, 88, 14
NEW_PIN_AT = (COLUMN_X + (COLUMN_W - PAD_W) // 2, 250)
RESUME_IN_SETUP = pygame.Rect(COLUMN_X, 962, COLUMN_W, 96)


class AdminMenuScene(AdminScene):
    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx, kiosk)
        self.figures: Figures | None = None
        self.figures_error = ""
        self.pad = Keypad(ctx, NEW_PIN_AT)
        self.first: str | None = None  # the new code typed once, waiting for the second time
        self.setup = not kiosk.pin.has_pin
        self.text_mode = self.setup  # digits arrive as text while a code is being chosen
        if self.setup:
            self.say(ctx.tr("admin_new_pin_why"), ok=False)

    def enter(self) -> None:
        self.refresh()
        self.layout()

    def refresh(self) -> None:
        store = self.ctx.scores
        self._background = None
        if store is None:
            return
        try:
            data = store.day_data(self.kiosk.now().date())
            self.figures = compute(data, {self.ctx.scenario.model.id: self.ctx.scenario.model},
                                   self.ctx.lang)
            self.figures_error = ""
        except Exception as err:  # the menu must open even on a sick disk
            self.figures, self.figures_error = None, str(err)

    def layout(self) -> None:
        tr = self.ctx.tr
        self._background = None
        if self.setup:
            self.buttons.set([*self.pad.buttons(), Button("resume", RESUME_IN_SETUP,
                                                          tr("admin_resume"), style="secondary")])
            return
        specs = [("export", tr("admin_export"), "secondary"), ("report", tr("admin_report"),
                                                               "secondary"),
                 ("board", tr("admin_board"), "secondary"), ("clear", tr("admin_clear"),
                                                             "secondary"),
                 ("scenario", tr("admin_scenario", name=self.ctx.scenario.model.id), "secondary"),
                 ("lang", tr("admin_language"), "secondary"), ("resume", tr("admin_resume"),
                                                               "primary"),
                 ("quit", tr("admin_quit"), "ghost")]
        items = []
        for i, (bid, label, style) in enumerate(specs):
            y = FIGURES.y + i * (ROW_H + ROW_GAP) + (24 if bid in ("resume", "quit") else 0)
            items.append(Button(bid, pygame.Rect(COLUMN_X, y, COLUMN_W, ROW_H), label, style=style))
        self.buttons.set(items)

    # --- a new code, twice, before anything else ----------------------------------------------
    def handle(self, action: Action) -> Transition | None:
        if self.setup and isinstance(action, Key):
            self.pad.key(action)
            return None
        if self.setup and isinstance(action, Confirm):
            self.new_code()
            return None
        return super().handle(action)

    def new_code(self) -> None:
        code = self.pad.take()
        if self.first is None:
            if not valid_pin(code):
                self.say(self.ctx.tr("admin_new_pin_short"), ok=False)
                return
            self.first = code
            self.say("")
            return
        first, self.first = self.first, None
        if code != first:
            self.say(self.ctx.tr("admin_new_pin_differ"), ok=False)
            return
        try:
            self.kiosk.set_pin(code)
        except (ValueError, OSError) as err:
            self.say(self.ctx.tr("admin_save_failed", why=err), ok=False)
            return
        self.setup = self.text_mode = False
        self.say(self.ctx.tr("admin_new_pin_saved"))
        self.layout()

    def on_button(self, button: Button) -> Transition | None:
        from game.kiosk.admin.dialogs import (
            BoardScene,
            ConfirmScene,
            DestinationScene,
            ScenarioScene,
        )

        tr = self.ctx.tr
        if self.setup:
            if button.id == "ok":
                self.new_code()
            elif button.id == "resume":
                return self.kiosk.home(None)  # the only other way out
            else:
                self.pad.button(button)
            return None
        if button.id == "board":
            return Push(BoardScene(self.ctx, self.kiosk))
        if button.id in ("export", "report"):
            return Push(DestinationScene(self.ctx, self.kiosk, button.id))
        if button.id == "clear":
            return Push(ConfirmScene(self.ctx, self.kiosk, tr("admin_clear_title"),
                                     tr("admin_clear_text"), self.clear_board))
        if button.id == "scenario":
            return Push(ScenarioScene(self.ctx, self.kiosk))
        if button.id == "lang":
            self.switch_language()
            return None
        if button.id == "quit":
            return Push(ConfirmScene(self.ctx, self.kiosk, tr("admin_quit_title"),
                                     tr("admin_quit_text"), self.kiosk.quit))
        return self.kiosk.home(None)  # resume: a fresh attract loop

    def on_back(self) -> Transition | None:
        return self.kiosk.home(None)

    def clear_board(self) -> None:
        day = self.kiosk.now().date()
        try:
            n = self.ctx.scores.hide_from_boards(day) if self.ctx.scores else 0
        except Exception as err:
            self.say(self.ctx.tr("admin_save_failed", why=err), ok=False)
            return
        self.kiosk.log.info("admin: %d games of %s taken off the boards", n, day)
        self.say(self.ctx.tr("admin_cleared", n=n))

    def switch_language(self) -> None:
        lang = "en" if self.kiosk.config.language == "fr" else "fr"
        self.kiosk.config = self.kiosk.config.with_values(language=lang)
        self.ctx.settings.lang = lang
        self.kiosk.save_config(language=lang)
        self.refresh()
        self.layout()

    # --- drawing -------------------------------------------------------------------------
    def paint_background(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        super().paint_background(surface)
        draw.panel(surface, pal, FIGURES, pal.white, radius=24, shadow=6)
        t, tr = self.ctx.text, self.ctx.tr
        x, y = FIGURES.x + 40, FIGURES.y + 28
        head = t.render(tr("admin_today", day=self.kiosk.now().date().isoformat()),
                        theme.TEXT_LARGE, pal.ink)
        surface.blit(head, (x, y))
        y += head.get_height() + 24
        for label, value, warn in self._lines():
            lab = t.render(label, theme.TEXT_SMALL, pal.ink, width=560)
            val = t.render(value, theme.TEXT_BODY if len(value) < 24 else theme.TEXT_SMALL,
                           pal.error if warn else pal.ink, width=FIGURES.right - x - 620)
            if warn:
                draw.cross_mark(surface, (x + 560, y + 18), 26, pal.error)
            surface.blit(lab, (x, y + 4))
            surface.blit(val, (x + 600, y))
            y += max(lab.get_height(), val.get_height()) + 22
            pygame.draw.line(surface, pal.floor, (x, y - 11), (FIGURES.right - 40, y - 11), 2)

    def _lines(self) -> list[tuple[str, str, bool]]:
        tr, f, k = self.ctx.tr, self.figures, self.kiosk
        lines: list[tuple[str, str, bool]] = []
        if f is not None:
            mean = _minutes(f.mean_s, tr)
            median = _minutes(f.median_s, tr)
            lines += [(tr("admin_players"), str(f.players), False),
                      (tr("admin_games"), str(f.games_finished), False),
                      (tr("admin_walkaways"), str(f.walked_away), False),
                      (tr("admin_time"), f"{mean} / {median}", False)]
        elif self.figures_error:
            lines.append((tr("admin_games"), self.figures_error, True))
        lines.append((tr("admin_incidents"), str(k.incidents), k.incidents > 0))
        store = self.ctx.scores
        if store is not None and store.persistent:
            lines.append((tr("admin_store"), str(store.path), False))
        elif store is not None:
            lines.append((tr("admin_store"), tr("admin_store_memory", why=store.problem or "?"),
                          True))
        cards = self.ctx.settings.cards_path  # « Enregistrer la carte », windowed play only
        lines.append((tr("admin_cards", n=cards_saved(cards)),
                      tr("admin_cards_windowed", path=str(cards)), False))
        if self.ctx.hub is not None:  # paired with a hub: connected, waiting, last sync
            from game.hub.strings import admin_line

            lines.append(admin_line(self.ctx.hub.status(), self.ctx.lang))
        pending = store.pending_count() if store is not None else 0
        if pending:  # games the score file refused: kept, retried, and said here
            lines.append((tr("admin_pending", n=pending),
                          tr("admin_pending_why", why=store.waiting_reason() if store else "?"),
                          True))
        if k.config_problems:
            lines.append((tr("admin_config"), tr("admin_config_problems", n=len(k.config_problems)),
                          True))
        else:
            lines.append((tr("admin_config"), str(k.config_path), False))
        # the organiser's own help, behind the code (the pad shows none of it: docs/KIOSK.md)
        lines += [(tr("admin_open"), tr("admin_open_how"), False),
                  (tr("admin_code"), tr("admin_code_how"), False)]
        return lines

    def draw_content(self, surface: pygame.Surface) -> None:
        if self.setup:
            self.pad.draw(surface, self.ctx.tr("admin_new_pin" if self.first is None
                                               else "admin_new_pin_again"))
        self.draw_message(surface, MESSAGE)


def _minutes(seconds: float | None, tr: Any) -> str:
    if seconds is None:
        return "–"
    m, s = divmod(round(seconds), 60)
    return str(tr("admin_min_s", m=m, s=s))
