"""An event's figures from the score file's rows: plain Python, no drawing, no files.

- players: kiosk visits (each tap on the attract loop is one), plus the finished games
  that no visit recorded (played outside kiosk mode, or in an older file);
- time played: per visit from the first to the last tap (the idle wait before a reset is
  not counted), and per unrecorded game from its start to its end;
- gender mix of the finished games, where the optional question was answered;
- the before/after question (schema version 6): for each item, the answers before and after
  on the 5-point scale, the paired answers and their mean change with a 95 % interval
  (:mod:`game.kiosk.report.change`); the old 3-point probe's answers, where a file has them;
- the optional context: age band and situation, where answered;
- jobs: how many finished games played each job's stations, and how many liked it on their
  take-away card (schema version 7); training offers: how many finished games' cards showed
  each offer (as stored since version 7, rebuilt from the results for older games).
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from game.beliefs import SCALE, change, items_for
from game.kiosk.report.change import Change, paired_change
from game.scores.records import AGE_BANDS, SITUATIONS
from game.scores.stats import DayData

GENDERS = ("girl", "boy", "other", "unsaid")
ANSWERS = ("agree", "unsure", "disagree")


@dataclass(frozen=True)
class BeliefFigure:
    """One item of the before/after question over the games of the report."""

    item_id: str
    kind: str  # stereotype | counter | self
    text: str
    before: dict[int, int]  # answer 1-5 -> count
    after: dict[int, int]
    change: Change  # the paired answers, read away from the stereotype
    #: games that answered it at least once: the découverte asks each visitor a rotating
    #: subset (game.beliefs.per_visit), so each item has its own count
    answered: int = 0


@dataclass(frozen=True)
class MythFigure:
    myth_id: str
    statement: str
    before: dict[str, int]  # answer -> count (agree, unsure, disagree)
    after: dict[str, int]
    paired: int  # games that answered both times


@dataclass(frozen=True)
class Figures:
    day: date | None
    players: int
    players_from_visits: bool
    games_finished: int
    walked_away: int  # visits that ended by the inactivity reset
    mean_s: float | None
    median_s: float | None
    gender: dict[str, int]  # girl, boy, unsaid, and "none" (not asked or skipped)
    myths: list[MythFigure] = field(default_factory=list)  # the old 3-point probe
    beliefs: list[BeliefFigure] = field(default_factory=list)
    belief_games: int = 0  # games that answered at least one item of the before/after
    age_bands: dict[str, int] = field(default_factory=dict)  # ... and "none"
    situations: dict[str, int] = field(default_factory=dict)
    jobs: list[tuple[str, int]] = field(default_factory=list)
    liked: list[tuple[str, int]] = field(default_factory=list)  # jobs ticked on the cards
    trainings: list[tuple[str, int]] = field(default_factory=list)
    hours: list[tuple[int, int]] = field(default_factory=list)  # hour of day -> players
    scenarios: list[str] = field(default_factory=list)
    mean_score: float | None = None

    @property
    def gender_answered(self) -> int:
        return sum(self.gender.get(g, 0) for g in GENDERS)


def compute(data: DayData, scenarios: dict[str, Any] | None = None, lang: str = "fr") -> Figures:
    """The figures of ``data``; ``scenarios`` maps scenario ids to loaded models (for titles)."""
    scenarios = scenarios or {}
    games = data.games
    visits = data.visits
    from_visits = bool(visits)
    linked = {v.game_id for v in visits if v.game_id is not None}
    unvisited = [g for g in games if g.game_id not in linked]  # played outside kiosk mode
    players = len(visits) + len(unvisited)
    durations = [v.played_s for v in visits] + [g.played_s for g in unvisited]
    gender = Counter(g.gender or "none" for g in games)
    hours = Counter([v.started_at.hour for v in visits] + [g.started_at.hour for g in unvisited])
    return Figures(
        day=data.day,
        players=players,
        players_from_visits=from_visits,
        games_finished=len(games),
        walked_away=sum(1 for v in visits if v.outcome == "walked_away"),
        mean_s=statistics.fmean(durations) if durations else None,
        median_s=statistics.median(durations) if durations else None,
        gender={k: gender.get(k, 0) for k in (*GENDERS, "none")},
        myths=_myths(data, scenarios, lang),
        beliefs=_beliefs(data, scenarios, lang),
        belief_games=len({row.game_id for row in data.beliefs}),
        age_bands=_counted([g.age_band for g in games], AGE_BANDS),
        situations=_counted([g.situation for g in games], SITUATIONS),
        jobs=_jobs(data, scenarios, lang),
        liked=_liked(data, scenarios, lang),
        trainings=_trainings(data, scenarios, lang),
        hours=sorted(hours.items()),
        scenarios=sorted({g.scenario_id for g in games} | {v.scenario_id for v in visits}),
        mean_score=statistics.fmean(g.score for g in games) if games else None,
    )


def _myths(data: DayData, scenarios: dict[str, Any], lang: str) -> list[MythFigure]:
    before: dict[str, Counter[str]] = {}
    after: dict[str, Counter[str]] = {}
    paired: Counter[str] = Counter()
    for row in data.probe:
        if row.before:
            before.setdefault(row.myth_id, Counter())[row.before] += 1
        if row.after:
            after.setdefault(row.myth_id, Counter())[row.after] += 1
        if row.before and row.after:
            paired[row.myth_id] += 1
    out = []
    for myth_id in sorted(set(before) | set(after)):
        out.append(MythFigure(myth_id, _myth_text(myth_id, scenarios, lang),
                              {a: before.get(myth_id, Counter())[a] for a in ANSWERS},
                              {a: after.get(myth_id, Counter())[a] for a in ANSWERS},
                              paired[myth_id]))
    out.sort(key=lambda m: -(sum(m.before.values()) + sum(m.after.values())))
    return out


def _counted(values: list[str | None], keys: tuple[str, ...]) -> dict[str, int]:
    counts = Counter(v or "none" for v in values)
    return {k: counts.get(k, 0) for k in (*keys, "none")}


def _beliefs(data: DayData, scenarios: dict[str, Any], lang: str) -> list[BeliefFigure]:
    """Each item asked, in the order the scenario asks them (then any other, by id)."""
    before: dict[str, Counter[int]] = {}
    after: dict[str, Counter[int]] = {}
    diffs: dict[str, list[int]] = {}
    kinds: dict[str, str] = {}
    answered: Counter[str] = Counter()
    for row in data.beliefs:
        kinds.setdefault(row.item_id, row.kind)
        answered[row.item_id] += 1
        before.setdefault(row.item_id, Counter())
        after.setdefault(row.item_id, Counter())
        if row.before is not None:
            before[row.item_id][row.before] += 1
        if row.after is not None:
            after[row.item_id][row.after] += 1
        moved = change(row.kind, row.before, row.after)
        diffs.setdefault(row.item_id, [])
        if moved is not None:
            diffs[row.item_id].append(moved)
    texts = _item_texts(scenarios, lang)
    order = {item_id: i for i, item_id in enumerate(texts)}
    return [BeliefFigure(item_id, kinds[item_id], texts.get(item_id, item_id),
                         {n: before[item_id][n] for n in SCALE},
                         {n: after[item_id][n] for n in SCALE}, paired_change(diffs[item_id]),
                         answered[item_id])
            for item_id in sorted(kinds, key=lambda i: (order.get(i, len(order)), i))]


def _item_texts(scenarios: dict[str, Any], lang: str) -> dict[str, str]:
    """Every item a scenario can ask, by id, in its order: statements, then worlds."""
    out: dict[str, str] = {}
    for model in scenarios.values():
        try:
            items = items_for(model, [w.id for w in model.worlds], [m.id for m in model.myths])
        except (AttributeError, StopIteration, TypeError):
            continue  # not a scenario model (a test's stand-in)
        for item in items:
            out.setdefault(item.id, str(item.text.get(lang)))
        for myth in model.myths:  # a scenario without probe: asks some of its myths
            out.setdefault(myth.id, str(myth.statement.get(lang)))
    return out


def _myth_text(myth_id: str, scenarios: dict[str, Any], lang: str) -> str:
    for model in scenarios.values():
        for myth in getattr(model, "myths", []):
            if myth.id == myth_id:
                return str(myth.statement.get(lang))
    return myth_id


def _stations_by_game(data: DayData) -> dict[int, set[tuple[str, str, str]]]:
    scenario_of = {g.game_id: g.scenario_id for g in data.games}
    played: dict[int, set[tuple[str, str, str]]] = {}
    for t in data.tasks:
        played.setdefault(t.game_id, set()).add(
            (scenario_of.get(t.game_id, ""), t.world_id, t.station_id))
    return played


def _station(scenarios: dict[str, Any], scenario_id: str, world_id: str, station_id: str) -> Any:
    model = scenarios.get(scenario_id)
    if model is None:
        return None
    for world in model.worlds:
        if world.id == world_id:
            for station in world.stations:
                if station.id == station_id:
                    return station
    return None


def _jobs(data: DayData, scenarios: dict[str, Any], lang: str) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for stations in _stations_by_game(data).values():
        jobs = set()
        for scenario_id, world_id, station_id in stations:
            station = _station(scenarios, scenario_id, world_id, station_id)
            jobs.add(station.job.both(lang) if station is not None else f"{world_id}/{station_id}")
        counts.update(jobs)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _liked(data: DayData, scenarios: dict[str, Any], lang: str) -> list[tuple[str, int]]:
    """The jobs the players ticked as liked on their cards: games that liked each job."""
    scenario_of = {g.game_id: g.scenario_id for g in data.games}
    per_game: dict[int, set[str]] = {}
    for row in data.liked:
        station = _station(scenarios, scenario_of.get(row.game_id, ""), row.world_id,
                           row.station_id)
        name = station.job.both(lang) if station is not None else \
            f"{row.world_id}/{row.station_id}"
        per_game.setdefault(row.game_id, set()).add(name)
    counts: Counter[str] = Counter(name for names in per_game.values() for name in names)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _offer(training: Any, lang: str) -> str:
    """"BTS Maintenance des systèmes", with the level once even if the title repeats it."""
    title = str(training.title.get(lang))
    level = str(training.level_in(lang))
    return title if title.lower().startswith(level.lower()) else f"{level} – {title}"


def _trainings(data: DayData, scenarios: dict[str, Any], lang: str) -> list[tuple[str, int]]:
    """The offers each finished game's take-away card showed, counted over the games.

    The card is rebuilt from the stored results with the game's own rule
    (:func:`game.takeaway.matching_offers`) where the game has none stored (before schema
    version 7, or a card left before its end): then the liked jobs are unknown, so the card is
    the one for the jobs she did best.
    """
    from game.progress import StationResult, Tour
    from game.takeaway import matching_offers

    games = {g.game_id: g for g in data.games}
    counts: Counter[str] = Counter()
    shown: dict[int, set[str]] = {}  # what the cards showed, as stored (schema 7)
    for row in data.offers:
        shown.setdefault(row.game_id, set()).add(row.offer_id)
    for game_id, ids in shown.items():
        game = games.get(game_id)
        model = scenarios.get(game.scenario_id) if game is not None else None
        offered = {t.id: t for t in model.trainings} if model is not None else {}
        counts.update({_offer(offered[i], lang) if i in offered else i for i in ids})
    rows: dict[int, list[Any]] = {}
    for t in data.tasks:
        if t.game_id not in shown:  # an older game: its card rebuilt from its results
            rows.setdefault(t.game_id, []).append(t)
    for game_id, tasks in rows.items():
        game = games.get(game_id)
        model = scenarios.get(game.scenario_id) if game is not None else None
        if model is None or game is None:
            continue
        known = {w.id for w in model.worlds}
        worlds = list(dict.fromkeys(t.world_id for t in tasks if t.world_id in known))
        tour = Tour(model, worlds, game.started_at)
        for t in tasks:
            if _station(scenarios, game.scenario_id, t.world_id, t.station_id) is not None:
                tour.record(StationResult(t.world_id, t.station_id, t.task_type, t.score,
                                          t.stars, 0.0))
        try:
            offers = matching_offers(tour)
        except (StopIteration, KeyError, ValueError):
            continue  # a game of an older version of the scenario
        counts.update({_offer(o, lang) for o in offers})
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
