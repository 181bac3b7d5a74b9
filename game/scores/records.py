"""What crosses the score store's API: finished games, task results, leaderboard rows.

Times are timezone-aware datetimes. A naive datetime is taken as the machine's local time
(``dt.astimezone()``); games read back always carry their UTC offset. A game belongs to the
local date on which it *finished*.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, get_args

Mode = Literal["play", "autoplay", "kiosk"]
Outcome = Literal["finished", "walked_away", "left", "admin", "crash"]  # how a kiosk visit ended
Scope = Literal["today", "session", "all"]
MODES: tuple[str, ...] = get_args(Mode)
OUTCOMES: tuple[str, ...] = get_args(Outcome)
NICKNAME_MAX = 20  # characters; the on-screen keyboard should stop there


class ScoreStoreError(Exception):
    """The store could not read or write its database (disk full, file vanished, …)."""


class InvalidRecordError(ScoreStoreError, ValueError):
    """A record breaks the store's rules (wrong type, score out of range, bad JSON, …)."""


@dataclass(frozen=True)
class TaskRecord:
    """One task's result within a game; ``score`` is 0–100, ``stars`` 0–3."""

    world_id: str
    station_id: str
    task_type: str
    score: int
    stars: int
    duration_s: float
    details_json: str | None = None


Answer = Literal["agree", "disagree", "unsure"]
Gender = Literal["girl", "boy", "other", "unsaid"]  # girl: fille or femme; boy: garçon or homme
AgeBand = Literal["under18", "18-29", "30-54", "55plus"]
Situation = Literal["pupil", "student", "employed", "jobseeker", "other"]
ItemKind = Literal["stereotype", "counter", "self"]
ANSWERS: tuple[str, ...] = get_args(Answer)
GENDERS: tuple[str, ...] = get_args(Gender)
AGE_BANDS: tuple[str, ...] = get_args(AgeBand)
SITUATIONS: tuple[str, ...] = get_args(Situation)
ITEM_KINDS: tuple[str, ...] = get_args(ItemKind)
SCALE_MIN, SCALE_MAX = 1, 5


@dataclass(frozen=True)
class ProbeAnswer:
    """A myth statement of the old 3-point probe (games before schema version 6, and old
    journals): the answer before and after (None: skipped)."""

    myth_id: str
    before: Answer | None = None
    after: Answer | None = None


@dataclass(frozen=True)
class BeliefAnswer:
    """An item of the before/after question (see :mod:`game.beliefs`): the answers on the
    5-point scale (1 pas du tout d'accord … 5 tout à fait d'accord; None: not given)."""

    item_id: str
    kind: ItemKind  # how to read agreement: stereotype, counter (its opposite) or self
    before: int | None = None
    after: int | None = None
    myth_id: str | None = None  # the myth a statement is about
    world_id: str | None = None  # the world of a self-efficacy item


@dataclass(frozen=True)
class GameRecord:
    """One finished game; ``nickname`` is the only thing stored about the player."""

    scenario_id: str
    nickname: str | None
    started_at: datetime
    finished_at: datetime
    score: int
    stars: int
    worlds: list[str]
    lang: str
    mode: Mode
    session: str | None = None
    tasks: list[TaskRecord] = field(default_factory=list)
    gender: Gender | None = None  # anonymous and optional; None when not asked
    probe: list[ProbeAnswer] = field(default_factory=list)  # the old 3-point probe
    beliefs: list[BeliefAnswer] = field(default_factory=list)  # the before/after question
    age_band: AgeBand | None = None  # anonymous and optional, as the gender
    situation: Situation | None = None
    route: str | None = None  # the way through the game (game.flow.ROUTES); None: not known


@dataclass(frozen=True)
class VisitRecord:
    """One kiosk visit, from the tap that started it; nothing about the person.

    ``played_s`` runs from the first tap to the last one (the idle wait before a reset is not
    play); ``game_id`` is the saved game, if the visitor got that far.
    """

    scenario_id: str
    started_at: datetime
    ended_at: datetime
    played_s: float
    outcome: Outcome
    lang: str
    game_id: int | None = None


@dataclass(frozen=True)
class SavedGame:
    """A game as stored, with the id that ``set_nickname`` and ``rank_of`` take."""

    game_id: int
    record: GameRecord


@dataclass(frozen=True)
class LeaderboardRow:
    """One line of a leaderboard; ``nickname`` None is shown as "Anonyme" by the UI."""

    rank: int
    nickname: str | None
    score: int
    stars: int
    finished_at: datetime
    game_id: int
    route: str | None = None  # what the score is from: a route (game.flow.ROUTES) ...
    worlds: tuple[str, ...] = ()  # ... and the worlds completed


def local_now() -> datetime:
    """The machine's current local time, timezone-aware."""
    return datetime.now().astimezone()


def as_aware(moment: datetime) -> datetime:
    """``moment`` with a UTC offset; a naive one is read as local time."""
    return moment if moment.utcoffset() is not None else moment.astimezone()


def clean_nickname(nickname: str | None) -> str | None:
    """Trim, collapse spaces, NFC-normalise; blank means none. Raises if too long or odd."""
    if nickname is None:
        return None
    if not isinstance(nickname, str):
        raise InvalidRecordError(f"nickname must be text, not {type(nickname).__name__}")
    text = unicodedata.normalize("NFC", " ".join(nickname.split()))
    if not text:
        return None
    if len(text) > NICKNAME_MAX:
        raise InvalidRecordError(f"nickname longer than {NICKNAME_MAX} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise InvalidRecordError("nickname contains control characters")
    return text


def check_game(game: GameRecord) -> None:
    """Reject wrong types and invalid JSON; value ranges are enforced by the database."""
    _need(isinstance(game, GameRecord), "game", "a GameRecord", game)
    _text(game.scenario_id, "scenario_id")
    _need(isinstance(game.started_at, datetime), "started_at", "a datetime", game.started_at)
    _need(isinstance(game.finished_at, datetime), "finished_at", "a datetime", game.finished_at)
    _int(game.score, "score")
    _int(game.stars, "stars")
    _need(isinstance(game.worlds, (list, tuple)), "worlds", "a list", game.worlds)
    for world in game.worlds:
        _text(world, "worlds[]")
    _text(game.lang, "lang")
    _need(game.mode in MODES, "mode", f"one of {MODES}", game.mode)
    _need(game.session is None or isinstance(game.session, str), "session", "text", game.session)
    _need(game.gender is None or game.gender in GENDERS, "gender", f"one of {GENDERS}", game.gender)
    for answer in game.probe:
        _need(isinstance(answer, ProbeAnswer), "probe[]", "a ProbeAnswer", answer)
        _text(answer.myth_id, "probe myth_id")
        for value in (answer.before, answer.after):
            _need(value is None or value in ANSWERS, "probe answer", f"one of {ANSWERS}", value)
    _need(game.age_band is None or game.age_band in AGE_BANDS, "age_band",
          f"one of {AGE_BANDS}", game.age_band)
    _need(game.situation is None or game.situation in SITUATIONS, "situation",
          f"one of {SITUATIONS}", game.situation)
    for belief in game.beliefs:
        _need(isinstance(belief, BeliefAnswer), "beliefs[]", "a BeliefAnswer", belief)
        _text(belief.item_id, "belief item_id")
        _need(belief.kind in ITEM_KINDS, "belief kind", f"one of {ITEM_KINDS}", belief.kind)
        for point in (belief.before, belief.after):
            _need(point is None or (isinstance(point, int) and not isinstance(point, bool)
                                    and SCALE_MIN <= point <= SCALE_MAX),
                  "belief answer", f"an integer {SCALE_MIN}-{SCALE_MAX}", point)
        for ref in (belief.myth_id, belief.world_id):
            _need(ref is None or (isinstance(ref, str) and ref != ""), "belief reference",
                  "non-empty text", ref)
    for task in game.tasks:
        _need(isinstance(task, TaskRecord), "tasks[]", "a TaskRecord", task)
        for name in ("world_id", "station_id", "task_type"):
            _text(getattr(task, name), name)
        _int(task.score, "task score")
        _int(task.stars, "task stars")
        duration = task.duration_s
        _need(isinstance(duration, (int, float)) and not isinstance(duration, bool),
              "duration_s", "a number", duration)
        if task.details_json is not None:
            _need(isinstance(task.details_json, str), "details_json", "text", task.details_json)
            try:
                json.loads(task.details_json)
            except ValueError as exc:
                raise InvalidRecordError(f"details_json is not valid JSON: {exc}") from exc


def check_visit(visit: VisitRecord) -> None:
    """Reject wrong types; ranges are enforced by the database."""
    _need(isinstance(visit, VisitRecord), "visit", "a VisitRecord", visit)
    _text(visit.scenario_id, "scenario_id")
    _need(isinstance(visit.started_at, datetime), "started_at", "a datetime", visit.started_at)
    _need(isinstance(visit.ended_at, datetime), "ended_at", "a datetime", visit.ended_at)
    _need(isinstance(visit.played_s, (int, float)) and not isinstance(visit.played_s, bool),
          "played_s", "a number", visit.played_s)
    _need(visit.outcome in OUTCOMES, "outcome", f"one of {OUTCOMES}", visit.outcome)
    _text(visit.lang, "lang")
    _need(visit.game_id is None or (isinstance(visit.game_id, int)
                                    and not isinstance(visit.game_id, bool)),
          "game_id", "an integer or None", visit.game_id)


def _need(ok: bool, name: str, expected: str, value: object) -> None:
    if not ok:
        raise InvalidRecordError(f"{name} must be {expected}, got {value!r}")


def _text(value: object, name: str) -> None:
    _need(isinstance(value, str) and value != "", name, "non-empty text", value)


def _int(value: object, name: str) -> None:
    _need(isinstance(value, int) and not isinstance(value, bool), name, "an integer", value)
