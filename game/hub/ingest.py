"""Storing a validated batch: each record once, in one transaction with the running totals.

A record whose UUID is already known is skipped (a replayed batch is a no-op). Times keep what
the device said; ``finished_utc``/``started_utc`` and the day are corrected by the device's
clock skew (hub clock minus the device's ``sent_at``) when it is a minute or more, so two
kiosks whose clocks disagree still share one "today". A nickname passes the same filter as on
the device: an offensive one is not stored (the game is, anonymous).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from game.hub.db import Database, Tx
from game.hub.wire import Batch, GameIn, HideIn, NicknameIn, VisitIn
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
    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self.db = db
        self.now = now

    def push(self, batch: Batch) -> Ack:
        hub_now = self.now().astimezone()
        skew = (hub_now - batch.sent_at).total_seconds()
        shift = timedelta(seconds=skew if abs(skew) >= SKEW_MIN_S else 0.0)
        device = str(batch.device)
        stored = duplicates = refused = 0
        with self.db.write() as tx:
            for rec in batch.records:
                body = rec.model_dump_json()
                new = tx.run(
                    "INSERT INTO records (uuid, device_id, seq, kind, received_utc, body) "
                    "VALUES (:uuid, :device, :seq, :kind, :at, :body) ON CONFLICT (uuid) DO NOTHING",
                    {"uuid": str(rec.uuid), "device": device, "seq": rec.seq, "kind": rec.kind,
                     "at": utc_key(hub_now), "body": body})
                if not new:
                    duplicates += 1
                    continue
                stored += 1
                if isinstance(rec, GameIn):
                    refused += self._game(tx, rec, device, shift, hub_now)
                elif isinstance(rec, VisitIn):
                    self._visit(tx, rec, device, shift, hub_now)
                elif isinstance(rec, NicknameIn):
                    name, bad = accepted_nickname(rec.nickname)
                    refused += bad
                    tx.run("UPDATE games SET nickname = :n WHERE uuid = :g",
                           {"n": name, "g": str(rec.game)})
                elif isinstance(rec, HideIn):
                    tx.run("UPDATE games SET off_board = 1 WHERE uuid = :g", {"g": str(rec.game)})
            last = max(r.seq for r in batch.records)
            tx.run(
                "INSERT INTO devices (device_id, first_utc, last_utc, last_seq, records, skew_s) "
                "VALUES (:d, :at, :at, :seq, :n, :skew) ON CONFLICT (device_id) DO UPDATE SET "
                "last_utc = excluded.last_utc, records = devices.records + excluded.records, "
                "skew_s = excluded.skew_s, last_seq = CASE WHEN excluded.last_seq > "
                "devices.last_seq THEN excluded.last_seq ELSE devices.last_seq END",
                {"d": device, "at": utc_key(hub_now), "seq": last, "n": stored, "skew": skew})
            if stored:
                tx.run("UPDATE hub_state SET change = change + 1 WHERE one = 1")
            change = int(tx.rows("SELECT change FROM hub_state WHERE one = 1")[0][0])
        return Ack(stored, duplicates, last, refused, change)

    def _game(self, tx: Tx, g: GameIn, device: str, shift: timedelta, hub_now: datetime) -> int:
        name, bad = accepted_nickname(g.nickname)
        finished = g.finished_at + shift
        day = finished.astimezone(hub_now.tzinfo).date().isoformat()
        rows = tx.rows(
            "INSERT INTO games (uuid, device_id, scenario_id, nickname, started_at, finished_at, "
            "finished_utc, day, score, stars, worlds, lang, mode, session, gender) VALUES "
            "(:uuid, :device, :scenario, :nickname, :started, :finished, :utc, :day, :score, "
            ":stars, :worlds, :lang, :mode, :session, :gender) RETURNING id",
            {"uuid": str(g.uuid), "device": device, "scenario": g.scenario_id, "nickname": name,
             "started": g.started_at.isoformat(), "finished": g.finished_at.isoformat(),
             "utc": utc_key(finished), "day": day, "score": g.score, "stars": g.stars,
             "worlds": json.dumps(g.worlds), "lang": g.lang, "mode": g.mode,
             "session": g.session, "gender": g.gender})
        game_id = int(rows[0][0])
        tx.many(
            "INSERT INTO task_results (game_id, seq, world_id, station_id, task_type, score, "
            "stars, duration_s, details_json) VALUES (:g, :seq, :world, :station, :type, :score, "
            ":stars, :duration, :details)",
            [{"g": game_id, "seq": i, "world": t.world_id, "station": t.station_id,
              "type": t.task_type, "score": t.score, "stars": t.stars,
              "duration": t.duration_s, "details": t.details_json}
             for i, t in enumerate(g.tasks)])
        probe = {p.myth_id: p for p in reversed(g.probe)}  # a statement asked twice: the first
        tx.many("INSERT INTO probe_answers (game_id, myth_id, before, after) "
                "VALUES (:g, :m, :b, :a)",
                [{"g": game_id, "m": p.myth_id, "b": p.before, "a": p.after}
                 for p in probe.values()])
        if g.mode != "autoplay":
            stations = {(t.world_id, t.station_id) for t in g.tasks}
            self._totals(tx, day, games=1, stations=len(stations))
            tx.many(
                "INSERT INTO day_stations (day, scenario_id, world_id, station_id, games) "
                "VALUES (:day, :s, :w, :st, 1) ON CONFLICT (day, scenario_id, world_id, "
                "station_id) DO UPDATE SET games = day_stations.games + 1",
                [{"day": day, "s": g.scenario_id, "w": w, "st": st} for w, st in sorted(stations)])
        return int(bad)

    def _visit(self, tx: Tx, v: VisitIn, device: str, shift: timedelta, hub_now: datetime) -> None:
        started = v.started_at + shift
        day = started.astimezone(hub_now.tzinfo).date().isoformat()
        tx.run(
            "INSERT INTO visits (uuid, device_id, scenario_id, started_at, started_utc, ended_at, "
            "day, played_s, outcome, lang, game_uuid) VALUES (:uuid, :device, :scenario, "
            ":started, :utc, :ended, :day, :played, :outcome, :lang, :game)",
            {"uuid": str(v.uuid), "device": device, "scenario": v.scenario_id,
             "started": v.started_at.isoformat(), "utc": utc_key(started),
             "ended": v.ended_at.isoformat(), "day": day, "played": v.played_s,
             "outcome": v.outcome, "lang": v.lang,
             "game": str(v.game) if v.game else None})
        self._totals(tx, day, visits=1, linked=1 if v.game else 0)

    @staticmethod
    def _totals(tx: Tx, day: str, games: int = 0, visits: int = 0, linked: int = 0,
                stations: int = 0) -> None:
        tx.run(
            "INSERT INTO day_totals (day, games, visits, linked, stations) VALUES "
            "(:day, :g, :v, :l, :s) ON CONFLICT (day) DO UPDATE SET "
            "games = day_totals.games + excluded.games, "
            "visits = day_totals.visits + excluded.visits, "
            "linked = day_totals.linked + excluded.linked, "
            "stations = day_totals.stations + excluded.stations",
            {"day": day, "g": games, "v": visits, "l": linked, "s": stations})
