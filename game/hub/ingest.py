"""Storing a validated batch: each record once, in one transaction with the running totals.

A record whose UUID is already known is skipped (a replayed batch is a no-op). Times keep what
the device said; ``finished_utc``/``started_utc`` and the day are corrected by the device's
clock skew (hub clock minus the device's ``sent_at``) when it is a minute or more, so two
kiosks whose clocks disagree still share one "today". A nickname passes the same filter as on
the device: an offensive one is not stored (the game is, anonymous).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from game.hub.db import Database, Tx
from game.hub.wire import Batch, GameIn, HideIn, InterestsIn, NicknameIn, VisitIn
from game.scores.nicknames import is_offensive
from game.scores.records import InvalidRecordError, clean_nickname

SKEW_MIN_S = 60.0  # a smaller disagreement is network delay, not a wrong clock


@dataclass(frozen=True)
class Ack:
    """What the hub tells the device: stored, already known, up to which counter."""

    stored: int
    duplicates: int
    last_seq: int
    nicknames_refused: int
    change: int

    def body(self) -> dict[str, int]:
        return {"stored": self.stored, "duplicates": self.duplicates, "last_seq": self.last_seq,
                "nicknames_refused": self.nicknames_refused, "change": self.change}


def utc_key(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def accepted_nickname(raw: str | None) -> tuple[str | None, bool]:
    """The nickname the boards may show, and whether one was refused."""
    try:
        name = clean_nickname(raw)
    except InvalidRecordError:
        return None, raw is not None
    if name is not None and is_offensive(name):
        return None, True
    return name, False


class Ingest:
    """Stores batches; each statement runs once per batch (one round trip on PostgreSQL)."""

    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self.db = db
        self.now = now

    def push(self, batch: Batch) -> Ack:
        hub_now = self.now().astimezone()
        skew = (hub_now - batch.sent_at).total_seconds()
        shift = timedelta(seconds=skew if abs(skew) >= SKEW_MIN_S else 0.0)
        device = str(batch.device)
        at = utc_key(hub_now)
        with self.db.write() as tx:
            fresh = tx.returning(
                "INSERT INTO records (uuid, device_id, seq, kind, received_utc, body) VALUES "
                "(:uuid, :device, :seq, :kind, :at, :body) ON CONFLICT (uuid) DO NOTHING "
                "RETURNING seq",
                [{"uuid": str(r.uuid), "device": device, "seq": r.seq, "kind": r.kind,
                  "at": at, "body": r.model_dump_json()} for r in batch.records])
            new = [r for r, row in zip(batch.records, fresh, strict=True) if row is not None]
            totals = _Totals()
            refused = self._games(tx, [r for r in new if isinstance(r, GameIn)], device, shift,
                                  hub_now, totals)
            self._visits(tx, [r for r in new if isinstance(r, VisitIn)], device, shift, hub_now,
                         totals)
            names = [(r, *accepted_nickname(r.nickname)) for r in new if isinstance(r, NicknameIn)]
            refused += sum(bad for _, _, bad in names)
            tx.many("UPDATE games SET nickname = :n WHERE uuid = :g",
                    [{"n": name, "g": str(r.game)} for r, name, _ in names])
            tx.many("UPDATE games SET off_board = 1 WHERE uuid = :g",
                    [{"g": str(r.game)} for r in new if isinstance(r, HideIn)])
            self._interests(tx, [r for r in new if isinstance(r, InterestsIn)], totals)
            totals.write(tx)
            last = max(r.seq for r in batch.records)
            tx.run(
                "INSERT INTO devices (device_id, first_utc, last_utc, last_seq, records, skew_s) "
                "VALUES (:d, :at, :at, :seq, :n, :skew) ON CONFLICT (device_id) DO UPDATE SET "
                "last_utc = excluded.last_utc, records = devices.records + excluded.records, "
                "skew_s = excluded.skew_s, last_seq = CASE WHEN excluded.last_seq > "
                "devices.last_seq THEN excluded.last_seq ELSE devices.last_seq END",
                {"d": device, "at": at, "seq": last, "n": len(new), "skew": skew})
            if new:
                tx.run("UPDATE hub_state SET change = change + 1 WHERE one = 1")
            change = int(tx.rows("SELECT change FROM hub_state WHERE one = 1")[0][0])
        return Ack(len(new), len(batch.records) - len(new), last, refused, change)

    @staticmethod
    def _games(tx: Tx, games: list[GameIn], device: str, shift: timedelta, hub_now: datetime,
               totals: _Totals) -> int:
        refused = 0
        params = []
        for g in games:
            name, bad = accepted_nickname(g.nickname)
            refused += bad
            finished = g.finished_at + shift
            params.append({
                "uuid": str(g.uuid), "device": device, "scenario": g.scenario_id, "nickname": name,
                "started": g.started_at.isoformat(), "finished": g.finished_at.isoformat(),
                "utc": utc_key(finished),
                "day": finished.astimezone(hub_now.tzinfo).date().isoformat(),
                "score": g.score, "stars": g.stars, "worlds": json.dumps(g.worlds),
                "lang": g.lang, "mode": g.mode, "session": g.session, "gender": g.gender,
                "age_band": g.age_band, "situation": g.situation, "route": g.route})
        ids = tx.returning(
            "INSERT INTO games (uuid, device_id, scenario_id, nickname, started_at, finished_at, "
            "finished_utc, day, score, stars, worlds, lang, mode, session, gender, age_band, "
            "situation, route) VALUES (:uuid, :device, :scenario, :nickname, :started, "
            ":finished, :utc, :day, :score, :stars, :worlds, :lang, :mode, :session, :gender, "
            ":age_band, :situation, :route) RETURNING id", params)
        tasks, probe, beliefs = [], [], []
        for g, row, p in zip(games, ids, params, strict=True):
            assert row is not None
            game_id = int(row[0])
            tasks += [{"g": game_id, "seq": i, "world": t.world_id, "station": t.station_id,
                       "type": t.task_type, "score": t.score, "stars": t.stars,
                       "duration": t.duration_s, "details": t.details_json}
                      for i, t in enumerate(g.tasks)]
            first = {a.myth_id: a for a in reversed(g.probe)}  # asked twice: the first answer
            probe += [{"g": game_id, "m": a.myth_id, "b": a.before, "a": a.after}
                      for a in first.values()]
            once = {b.item_id: b for b in reversed(g.beliefs)}  # given twice: the first
            beliefs += [{"g": game_id, "i": b.item_id, "k": b.kind, "m": b.myth_id,
                         "w": b.world_id, "b": b.before, "a": b.after} for b in once.values()]
            if g.mode != "autoplay":
                stations = {(t.world_id, t.station_id) for t in g.tasks}
                totals.add(str(p["day"]), games=1, stations=len(stations))
                for world, station in stations:
                    totals.stations[(str(p["day"]), g.scenario_id, world, station)] += 1
        tx.many("INSERT INTO task_results (game_id, seq, world_id, station_id, task_type, score, "
                "stars, duration_s, details_json) VALUES (:g, :seq, :world, :station, :type, "
                ":score, :stars, :duration, :details)", tasks)
        tx.many("INSERT INTO probe_answers (game_id, myth_id, before, after) "
                "VALUES (:g, :m, :b, :a)", probe)
        tx.many("INSERT INTO belief_answers (game_id, item_id, kind, myth_id, world_id, before, "
                "after) VALUES (:g, :i, :k, :m, :w, :b, :a)", beliefs)
        return refused

    @staticmethod
    def _interests(tx: Tx, records: list[InterestsIn], totals: _Totals) -> None:
        """Each game's jobs liked and offers shown, replaced by its latest record (device
        order); the day's count of jobs liked follows. A record of an unknown game (purged,
        or its game refused) is kept in the log only."""
        latest = {r.game: r for r in sorted(records, key=lambda r: r.seq)}
        for uuid, rec in latest.items():
            found = tx.rows("SELECT id, day, scenario_id, mode FROM games WHERE uuid = :g",
                            {"g": str(uuid)})
            if not found:
                continue
            game_id, day, scenario, mode = found[0]
            old = tx.rows("SELECT world_id, station_id FROM liked_jobs WHERE game_id = :g",
                          {"g": game_id})
            liked = list(dict.fromkeys((j.world_id, j.station_id) for j in rec.liked))
            tx.run("DELETE FROM liked_jobs WHERE game_id = :g", {"g": game_id})
            tx.run("DELETE FROM offers_shown WHERE game_id = :g", {"g": game_id})
            tx.many("INSERT INTO liked_jobs (game_id, world_id, station_id) VALUES (:g, :w, :s)",
                    [{"g": game_id, "w": w, "s": st} for w, st in liked])
            tx.many("INSERT INTO offers_shown (game_id, offer_id) VALUES (:g, :o)",
                    [{"g": game_id, "o": o} for o in dict.fromkeys(rec.offers)])
            if mode == "autoplay":
                continue  # never on the boards
            for w, st in old:
                totals.liked[(str(day), str(scenario), str(w), str(st))] -= 1
            for w, st in liked:
                totals.liked[(str(day), str(scenario), w, st)] += 1

    @staticmethod
    def _visits(tx: Tx, visits: list[VisitIn], device: str, shift: timedelta, hub_now: datetime,
                totals: _Totals) -> None:
        params = []
        for v in visits:
            started = v.started_at + shift
            day = started.astimezone(hub_now.tzinfo).date().isoformat()
            params.append({
                "uuid": str(v.uuid), "device": device, "scenario": v.scenario_id,
                "started": v.started_at.isoformat(), "utc": utc_key(started),
                "ended": v.ended_at.isoformat(), "day": day, "played": v.played_s,
                "outcome": v.outcome, "lang": v.lang, "game": str(v.game) if v.game else None})
            totals.add(day, visits=1, linked=1 if v.game else 0)
        tx.many(
            "INSERT INTO visits (uuid, device_id, scenario_id, started_at, started_utc, ended_at, "
            "day, played_s, outcome, lang, game_uuid) VALUES (:uuid, :device, :scenario, "
            ":started, :utc, :ended, :day, :played, :outcome, :lang, :game)", params)


class _Totals:
    """The running totals a batch adds, summed here and written once per day and station."""

    def __init__(self) -> None:
        self.days: dict[str, Counter[str]] = defaultdict(Counter)
        self.stations: Counter[tuple[str, str, str, str]] = Counter()
        self.liked: Counter[tuple[str, str, str, str]] = Counter()  # +1 liked, -1 no longer

    def add(self, day: str, **counts: int) -> None:
        self.days[day].update(counts)

    def write(self, tx: Tx) -> None:
        tx.many(
            "INSERT INTO day_totals (day, games, visits, linked, stations) VALUES "
            "(:day, :g, :v, :l, :s) ON CONFLICT (day) DO UPDATE SET "
            "games = day_totals.games + excluded.games, "
            "visits = day_totals.visits + excluded.visits, "
            "linked = day_totals.linked + excluded.linked, "
            "stations = day_totals.stations + excluded.stations",
            [{"day": day, "g": c["games"], "v": c["visits"], "l": c["linked"],
              "s": c["stations"]} for day, c in sorted(self.days.items())])
        tx.many(
            "INSERT INTO day_stations (day, scenario_id, world_id, station_id, games) "
            "VALUES (:day, :s, :w, :st, :n) ON CONFLICT (day, scenario_id, world_id, "
            "station_id) DO UPDATE SET games = day_stations.games + excluded.games",
            [{"day": d, "s": s, "w": w, "st": st, "n": n}
             for (d, s, w, st), n in sorted(self.stations.items())])
        tx.many(
            "INSERT INTO day_liked (day, scenario_id, world_id, station_id, games) "
            "VALUES (:day, :s, :w, :st, :n) ON CONFLICT (day, scenario_id, world_id, "
            "station_id) DO UPDATE SET games = day_liked.games + excluded.games",
            [{"day": d, "s": s, "w": w, "st": st, "n": n}
             for (d, s, w, st), n in sorted(self.liked.items()) if n])
