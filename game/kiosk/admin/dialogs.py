"""Admin sub-screens: a yes/no confirmation, where to save, which scenario."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game import CONTENT_ROOT
from game.kiosk.admin.base import AdminScene
from game.kiosk.media import Destination, destinations, flush
from game.scene import Pop, Push, Transition
from game.scores.records import LeaderboardRow
from game.ui import draw, theme
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk

PANEL = pygame.Rect(360, 240, 1200, 560)
LIST = pygame.Rect(160, 230, 1600, 640)
ROW_H, ROW_GAP = 96, 18
BOARD_Y, BOARD_ROW_H, BOARD_ROWS = 250, 76, 7
MESSAGE = pygame.Rect(160, 880, 1600, 60)
SCENARIOS_DIRS = (CONTENT_ROOT / "scenarios",)


class ConfirmScene(AdminScene):
    """A question; Yes runs ``on_yes`` and comes back to the menu, which shows its message."""

    def __init__(self, ctx: Any, kiosk: Kiosk, title: str, text: str,
                 on_yes: Callable[[], None]) -> None:
        super().__init__(ctx, kiosk)
        self.title_text, self.body, self.on_yes = title, text, on_yes

    def enter(self) -> None:
        self.buttons.set([
            Button("no", pygame.Rect(PANEL.x + 80, PANEL.bottom - 150, 480, 100),
                   self.ctx.tr("admin_no")),
            Button("yes", pygame.Rect(PANEL.right - 560, PANEL.bottom - 150, 480, 100),
                   self.ctx.tr("admin_yes"), style="secondary"),
        ])
        self.buttons.focus = 0

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "yes":
            self.on_yes()
        return Pop()

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        draw.panel(surface, pal, PANEL, pal.white, radius=28, shadow=10)
        t = self.ctx.text
        title = t.render(self.title_text, theme.TEXT_TITLE - 20, pal.ink, width=PANEL.w - 120)
        surface.blit(title, title.get_rect(midtop=(PANEL.centerx, PANEL.y + 50)))
        body = t.render(self.body, theme.TEXT_BODY, pal.ink, width=PANEL.w - 160, align="center")
        surface.blit(body, body.get_rect(midtop=(PANEL.centerx, PANEL.y + 70 + title.get_height())))


class DestinationScene(AdminScene):
    """Pick a folder (a USB stick, or the data folder) and write the scores or the report there."""

    def __init__(self, ctx: Any, kiosk: Kiosk, kind: str) -> None:
        super().__init__(ctx, kiosk)
        self.kind = kind  # "export" (scores CSV) or "report"
        self.found: list[Destination] = []

    def enter(self) -> None:
        self.found = destinations(self.ctx.settings.data_path)
        items = []
        for i, d in enumerate(self.found):
            kind = self.ctx.tr("admin_removable" if d.removable else "admin_data_folder")
            items.append(Button(f"dest:{i}", pygame.Rect(LIST.x, LIST.y + i * (ROW_H + ROW_GAP),
                                                         LIST.w, ROW_H),
                                self.ctx.tr("labelled", label=kind, value=d.path),
                                style="choice", data=d))
        items.append(Button("refresh", pygame.Rect(LIST.right - 760, 960, 360, 96),
                            self.ctx.tr("admin_refresh"), style="secondary"))
        items.append(Button("back", pygame.Rect(LIST.right - 360, 960, 360, 96),
                            self.ctx.tr("admin_back")))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "back":
            return Pop()
        if button.id == "refresh":
            self.enter()
            return None
        target = button.data
        if not isinstance(target, Destination):  # the others are back and refresh
            return None
        try:
            written = self.write(target.path)
        except Exception as err:  # a full or pulled-out stick is said, not fatal
            self.kiosk.log.warning("admin: %s to %s failed: %s", self.kind, target.path, err)
            self.say(self.ctx.tr("admin_save_failed", why=err), ok=False)
            return None
        self.kiosk.log.info("admin: %s written to %s", self.kind, written)
        self.say(self.ctx.tr("admin_saved", path=written))
        return None

    def write(self, folder: Path) -> Path:
        """Into a new dated sub-folder, so nothing on the stick is overwritten."""
        from game.kiosk.report import write_report

        now = datetime.now()
        store = self.ctx.scores
        if store is None:
            raise OSError("no score store")
        if self.kind == "export":
            target = folder / f"cap-industrie-scores-{now:%Y%m%d-%H%M%S}"
            target.mkdir(parents=True, exist_ok=False)
            store.export_csv(target / "scores.csv")
            result = target / "scores.csv"
        else:
            day = self.kiosk.now().date()
            target = folder / f"cap-industrie-bilan-{day.isoformat()}-{now:%H%M%S}"
            model = self.ctx.scenario.model
            written = write_report(store.day_data(day), target, {model.id: model},
                                   self.kiosk.config.language, self.kiosk.config.event_name,
                                   [str(store.path or "memory")], now)
            result = written.html
        flush()
        return result

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        title = t.render(self.ctx.tr("admin_export" if self.kind == "export" else "admin_report"),
                         theme.TEXT_LARGE, pal.ink)
        surface.blit(title, (LIST.x, 140))
        hint = t.render(self.ctx.tr("admin_where_hint"), theme.TEXT_SMALL, pal.muted)
        surface.blit(hint, hint.get_rect(topright=(LIST.right, 152)))
        self.draw_message(surface, MESSAGE)


class BoardScene(AdminScene):
    """Today's board, nicknames only: touch one to erase it (the score stays, "Anonyme")."""

    empty = False

    def enter(self) -> None:
        store, model = self.ctx.scores, self.ctx.scenario.model
        try:
            rows = store.leaderboard("today", 20, model.id) if store is not None else []
        except Exception as err:  # a sick disk is said, not fatal
            rows = []
            self.say(self.ctx.tr("admin_save_failed", why=err), ok=False)
        named = [r for r in rows if r.nickname][:BOARD_ROWS]
        items = [Button(f"row:{i}", pygame.Rect(LIST.x, BOARD_Y + i * (BOARD_ROW_H + ROW_GAP // 2),
                                                LIST.w, BOARD_ROW_H),
                        f"{r.rank}.  {r.nickname}  —  {self.ctx.tr('points', n=r.score)}",
                        style="choice", data=r)
                 for i, r in enumerate(named)]
        items.append(Button("back", pygame.Rect(LIST.right - 360, 960, 360, 96),
                            self.ctx.tr("admin_back")))
        self.buttons.set(items)
        self.empty = not named

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "back":
            return Pop()
        row = button.data
        if not isinstance(row, LeaderboardRow):  # the other one is back
            return None
        name = row.nickname or ""
        tr = self.ctx.tr
        return Push(ConfirmScene(self.ctx, self.kiosk, tr("admin_hide_title", name=name),
                                 tr("admin_hide_text"), lambda: self.hide(row)))

    def hide(self, row: LeaderboardRow) -> None:
        store = self.ctx.scores
        try:
            if store is None or row.game_id is None or not store.set_nickname(row.game_id, None):
                raise OSError("no such game")
        except Exception as err:
            self.say(self.ctx.tr("admin_save_failed", why=err), ok=False)
            return
        self.kiosk.log.info("admin: nickname of game %s hidden from the board", row.game_id)
        self.say(self.ctx.tr("admin_hidden", name=row.nickname))

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        t = self.ctx.text
        title = t.render(self.ctx.tr("admin_board_title"), theme.TEXT_LARGE, pal.ink)
        surface.blit(title, (LIST.x, 140))
        hint = self.ctx.tr("admin_board_empty" if self.empty else "admin_board_hint")
        img = t.render(hint, theme.TEXT_SMALL, pal.muted, width=LIST.w)
        surface.blit(img, (LIST.x, 140 + title.get_height() + 6))
        self.draw_message(surface, MESSAGE)


def available_scenarios(extra: list[Path]) -> list[Path]:
    """Scenario folders shipped with the game and in the data folder's ``scenarios``."""
    found: list[Path] = []
    for root in [*SCENARIOS_DIRS, *extra]:
        try:
            found += sorted(p for p in root.iterdir() if (p / "scenario.yaml").is_file())
        except OSError:
            continue
    return found


class ScenarioScene(AdminScene):
    """Switch the scenario: loaded and checked first; kept in the settings file."""

    def enter(self) -> None:
        self.paths = available_scenarios([self.ctx.settings.data_path / "scenarios"])
        current = self.ctx.scenario.folder.resolve()
        items = [Button(f"sc:{i}", pygame.Rect(LIST.x, LIST.y + i * (ROW_H + ROW_GAP), LIST.w,
                                               ROW_H),
                        f"{p.name}  ({p})", style="choice", selected=p.resolve() == current, data=p)
                 for i, p in enumerate(self.paths[:6])]
        items.append(Button("back", pygame.Rect(LIST.right - 360, 960, 360, 96),
                            self.ctx.tr("admin_back")))
        self.buttons.set(items)

    def on_button(self, button: Button) -> Transition | None:
        from game.scenario.loader import load_scenario
        from game.scenario.problems import ContentError

        if button.id == "back":
            return Pop()
        path = button.data
        if not isinstance(path, Path):  # the other one is back
            return None
        try:
            loaded = load_scenario(path)
        except ContentError as err:
            self.say(self.ctx.tr("admin_scenario_bad", n=len(err.problems)), ok=False)
            return None
        except OSError as err:
            self.say(self.ctx.tr("admin_save_failed", why=err), ok=False)
            return None
        self.ctx.scenario = loaded
        self.ctx.cache.clear()  # drawn maps of the old scenario's worlds
        self.kiosk.config = self.kiosk.config.with_values(scenario=str(path))
        self.kiosk.save_config(scenario=str(path))
        self.kiosk.log.info("admin: scenario %s (%s)", loaded.model.id, path)
        return Pop()

    def draw_content(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        title = self.ctx.text.render(self.ctx.tr("admin_choose_scenario"), theme.TEXT_LARGE,
                                     pal.ink)
        surface.blit(title, (LIST.x, 140))
        self.draw_message(surface, MESSAGE)
