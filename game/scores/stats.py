"""Read a day's games, task results, probe answers and kiosk visits, for figures and reports.

Plain rows, no computation: the impact report and the kiosk's admin screen aggregate them.
Works on any schema version this program can open (a version-1 file has no probe, gender
or visits; a version-2 file no visits; before version 6, no 5-point answers, age band or
situation; before version 7, no jobs liked or offers shown): what a file lacks reads as
empty.
Autoplay games are left out, games taken off the boards are kept.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, datetime


@dataclass(frozen=True)
class GameRow:
    game_id: int
    scenario_id: str
    started_at: datetime
    finished_at: datetime
    score: int
    stars: int
    mode: str
    lang: str
    gender: str | None
    age_band: str | None = None
    situation: str | None = None

    @property
    def played_s(self) -> float:
        return max(0.0, (self.finished_at - self.started_at).total_seconds())


@dataclass(frozen=True)
class TaskRow:
    game_id: int
    world_id: str
    station_id: str
    task_type: str
    score: int
    stars: int


@dataclass(frozen=True)
class ProbeRow:
    game_id: int
    myth_id: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class BeliefRow:
    """An item of the before/after question (schema version 6): 1-5 answers, None: not given."""

    game_id: int
    item_id: str
    kind: str  # stereotype | counter | self
    before: int | None
    after: int | None
    myth_id: str | None = None
    world_id: str | None = None


@dataclass(frozen=True)
class LikedRow:
    """A job (its station) a player ticked as liked on her card (schema version 7)."""

    game_id: int
    world_id: str
    station_id: str


@dataclass(frozen=True)
class OfferRow:
    """A training offer a game's take-away card showed (schema version 7)."""

    game_id: int
    offer_id: str


@dataclass(frozen=True)
class VisitRow:
    scenario_id: str
    started_at: datetime
    played_s: float
    outcome: str
    lang: str
    game_id: int | None


@dataclass(frozen=True)
class DayData:
    """Everything one score file holds about a day (or every day when ``day`` is None)."""

    day: date | None
    games: list[GameRow] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)
    probe: list[ProbeRow] = field(default_factory=list)
    visits: list[VisitRow] = field(default_factory=list)
    beliefs: list[BeliefRow] = field(default_factory=list)
    liked: list[LikedRow] = field(default_factory=list)
    offers: list[OfferRow] = field(default_factory=list)

    def merged(self, other: DayData) -> DayData:
        """Two files' data together (several kiosks at one event); game ids are re-keyed."""
        offset = max((g.game_id for g in self.games), default=0)

        def key(game_id: int | None) -> int | None:
            return None if game_id is None else game_id + offset

        return DayData(
            self.day,
            self.games + [replace(g, game_id=g.game_id + offset) for g in other.games],
            self.tasks + [TaskRow(t.game_id + offset, t.world_id, t.station_id, t.task_type,
                                  t.score, t.stars) for t in other.tasks],
            self.probe + [ProbeRow(p.game_id + offset, p.myth_id, p.before, p.after)
                          for p in other.probe],
            self.visits + [VisitRow(v.scenario_id, v.started_at, v.played_s, v.outcome, v.lang,
                                    key(v.game_id)) for v in other.visits],
            self.beliefs + [replace(b, game_id=b.game_id + offset) for b in other.beliefs],
            self.liked + [replace(j, game_id=j.game_id + offset) for j in other.liked],
            self.offers + [replace(o, game_id=o.game_id + offset) for o in other.offers],
        )


def read_day(conn: sqlite3.Connection, day: date | None) -> DayData:
    """The rows of ``day`` (local date a game finished / a visit started), or of every day."""
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "games" not in tables:
        return DayData(day)
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(games)")}
    gender = "g.gender" if "gender" in columns else "NULL"
    context = "g.age_band, g.situation" if "age_band" in columns else "NULL, NULL"
    where = "g.mode <> 'autoplay'" + (" AND g.day = :day" if day else "")
    params = {"day": day.isoformat()} if day else {}
    games = [
        GameRow(int(r[0]), str(r[1]), datetime.fromisoformat(r[2]), datetime.fromisoformat(r[3]),
                int(r[4]), int(r[5]), str(r[6]), str(r[7]), r[8], r[9], r[10])
        for r in conn.execute(
            f"SELECT g.id, g.scenario_id, g.started_at, g.finished_at, g.score, g.stars, g.mode, "
            f"g.lang, {gender}, {context} FROM games AS g WHERE {where} "
            "ORDER BY g.finished_utc, g.id",
            params)
    ]
    tasks = [
        TaskRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]))
        for r in conn.execute(
            "SELECT t.game_id, t.world_id, t.station_id, t.task_type, t.score, t.stars "
            f"FROM task_results AS t JOIN games AS g ON g.id = t.game_id WHERE {where} "
            "ORDER BY t.game_id, t.seq", params)
    ]
    probe: list[ProbeRow] = []
    if "probe_answers" in tables:
        probe = [ProbeRow(int(r[0]), str(r[1]), r[2], r[3]) for r in conn.execute(
            "SELECT p.game_id, p.myth_id, p.before, p.after FROM probe_answers AS p "
            f"JOIN games AS g ON g.id = p.game_id WHERE {where} ORDER BY p.game_id, p.id",
            params)]
    beliefs: list[BeliefRow] = []
    if "belief_answers" in tables:
        beliefs = [BeliefRow(int(r[0]), str(r[1]), str(r[2]), r[3], r[4], r[5], r[6])
                   for r in conn.execute(
            "SELECT b.game_id, b.item_id, b.kind, b.before, b.after, b.myth_id, b.world_id "
            f"FROM belief_answers AS b JOIN games AS g ON g.id = b.game_id WHERE {where} "
            "ORDER BY b.game_id, b.id", params)]
    liked: list[LikedRow] = []
    offers: list[OfferRow] = []
    if "liked_jobs" in tables:
        liked = [LikedRow(int(r[0]), str(r[1]), str(r[2])) for r in conn.execute(
            "SELECT j.game_id, j.world_id, j.station_id FROM liked_jobs AS j "
            f"JOIN games AS g ON g.id = j.game_id WHERE {where} ORDER BY j.game_id, j.id",
            params)]
        offers = [OfferRow(int(r[0]), str(r[1])) for r in conn.execute(
            "SELECT o.game_id, o.offer_id FROM offers_shown AS o "
            f"JOIN games AS g ON g.id = o.game_id WHERE {where} ORDER BY o.game_id, o.id",
            params)]
    visits: list[VisitRow] = []
    if "visits" in tables:
        vwhere = "WHERE day = :day" if day else ""
        visits = [VisitRow(str(r[0]), datetime.fromisoformat(r[1]), float(r[2]), str(r[3]),
                           str(r[4]), r[5]) for r in conn.execute(
            "SELECT scenario_id, started_at, played_s, outcome, lang, game_id FROM visits "
            f"{vwhere} ORDER BY started_at, id", params)]
    return DayData(day, games, tasks, probe, visits, beliefs, liked, offers)
