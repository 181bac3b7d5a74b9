"""Each visit at the kiosk, for the impact report: when it started, the last touch, how it ended.

A watcher of the app: a person's every action moves the visit's last input on (the time
played stops there, not when the countdown runs out), and the game the visitor finished is
noted as soon as it is saved.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from game.actions import Action
from game.app import Actor, Watcher
from game.scores.records import Outcome, VisitRecord

if TYPE_CHECKING:
    from game.app import App
    from game.kiosk.kiosk import Kiosk


@dataclass
class Visit:
    """The visitor playing now: when they started and last touched the screen."""

    started: datetime
    last_input: datetime
    lang: str
    game_id: int | None = None


class Visits(Watcher):
    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.current: Visit | None = None

    def begin(self, lang: str) -> None:
        now = self.kiosk.now()
        self.current = Visit(now, now, lang)

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        if by == "person" and self.current is not None:
            self.current.last_input = self.kiosk.now()
        return False

    def tick(self, app: App, dt: float) -> None:
        tour = app.ctx.tour
        if self.current is not None and tour is not None and tour.game_id is not None:
            self.current.game_id = tour.game_id

    def end(self, outcome: Outcome | None) -> None:
        """The visit is over (``None``: finished if a game was saved, else left); kept in the
        store. A failing disk costs the figure, never the next visitor's game."""
        visit, self.current = self.current, None
        if visit is None:
            return
        ctx = self.kiosk.ctx
        tour = ctx.tour
        game_id = visit.game_id if visit.game_id is not None else (
            tour.game_id if tour is not None else None)
        if outcome is None or (outcome == "walked_away" and game_id is not None):
            # a game saved is a visit finished, even when she then walked away from her
            # nickname or her card (a playtest: one who left on her card was walked_away)
            outcome = "finished" if game_id is not None else "left"
        record = VisitRecord(ctx.scenario.model.id, visit.started, visit.last_input,
                             max(0.0, (visit.last_input - visit.started).total_seconds()),
                             outcome, visit.lang, game_id)
        try:
            if ctx.scores is not None:
                ctx.scores.record_visit(record)
        except Exception as err:  # the next visitor matters more than a figure
            self.kiosk.log.warning("visit not recorded: %s", err)
