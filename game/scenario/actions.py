"""Dated local actions (``actions:``): which ones a visit matches, and what validate says.

An action is shown on the take-away card when it is not past ``valid_until`` and it matches
the visit: one of its ``worlds`` was visited, or one of its ``trainings`` is offered by a
station the player completed; an action with neither list matches every visit.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from game.scenario.crosscheck import Positions, suggest
from game.scenario.loader import LoadedScenario
from game.scenario.models import Action, Scenario
from game.scenario.problems import Problem


def current(actions: Iterable[Action], today: date) -> list[Action]:
    """The actions still valid on ``today``, soonest first."""
    return sorted((a for a in actions if a.valid_until >= today), key=lambda a: (a.date, a.id))


def matching(scenario: Scenario, worlds: set[str], trainings: set[str], today: date
             ) -> list[Action]:
    """The current actions for a visit to ``worlds`` that was offered ``trainings``."""
    return [a for a in current(scenario.actions, today)
            if (not a.worlds and not a.trainings)
            or worlds.intersection(a.worlds) or trainings.intersection(a.trainings)]


def check_actions(loaded: LoadedScenario, view: Positions, today: date | None = None
                  ) -> list[Problem]:
    """Duplicate ids (errors); unknown world or training ids and expired actions (warnings)."""
    model = loaded.model
    today = today or date.today()
    world_ids = [w.id for w in model.worlds or []]
    training_ids = [t.id for t in model.trainings or []]
    out: list[Problem] = []
    seen: set[str] = set()
    for i, action in enumerate(model.actions or []):
        at = ("actions", i)
        if action.id in seen:
            out.append(Problem(view.mark((*at, "id")), f"action id '{action.id}' is used twice",
                               "give each one its own id"))
        seen.add(action.id)
        for field, known, what in (("worlds", world_ids, "world"),
                                   ("trainings", training_ids, "training offer")):
            for j, ref in enumerate(getattr(action, field)):
                if ref not in known:  # harmless to the game: the action is never matched
                    out.append(Problem(view.mark((*at, field, j)), f"no {what} has the id "
                                       f"'{ref}': this action will never be shown for it",
                                       suggest(ref, known), "warning"))
        if action.valid_until < today:
            out.append(Problem(view.mark((*at, "valid_until")),
                               f"action '{action.id}' expired on {action.valid_until:%Y-%m-%d}: "
                               "the take-away card no longer shows it",
                               "give it new dates, or remove it", "warning"))
        elif action.valid_until < action.date:
            out.append(Problem(view.mark((*at, "valid_until")),
                               f"action '{action.id}' stops being shown "
                               f"({action.valid_until:%Y-%m-%d}) before it takes place "
                               f"({action.date:%Y-%m-%d})",
                               "set valid_until on or after its date", "warning"))
    return out
