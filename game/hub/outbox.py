"""Reading a score file's outbox (:mod:`game.scores.outbox`) as batches for the hub.

Used by the pushing thread only, through its own connection to the file (WAL lets it read
and mark rows while the game writes). A fact whose game was purged before it was sent is
marked ``gone``; one the hub refused is marked ``refused`` with the reason, and the rest go on.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from game.hub.wire import MAX_DETAILS
from game.scores.db import connect, transaction
from game.scores.records import InvalidRecordError

BATCH_RECORDS = 100


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = connect(path)
        self.conn.execute("PRAGMA busy_timeout = 5000")
        self.device_id = str(self.conn.execute("SELECT device_id FROM device").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def waiting(self) -> int:
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE state = 'waiting'").fetchone()[0])

    def refused(self) -> int:
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE state = 'refused'").fetchone()[0])

    def take(self, limit: int = BATCH_RECORDS) -> list[dict[str, Any]]:
        """The oldest waiting facts as wire records (``seq`` order); gone ones are marked."""
        rows = self.conn.execute(
            "SELECT seq, uuid, kind, ref, value FROM outbox WHERE state = 'waiting' "
            "ORDER BY seq LIMIT ?", (limit,)).fetchall()
        out: list[dict[str, Any]] = []
        gone: list[int] = []
        for row in rows:
            record = self._record(row)
            if record is None:
                gone.append(int(row["seq"]))
            else:
                out.append(record)
        if gone:
            with transaction(self.conn) as conn:
                conn.executemany("UPDATE outbox SET state = 'gone', problem = 'deleted before "
                                 "it was sent' WHERE seq = ?", [(s,) for s in gone])
        return out

    def acknowledge(self, seqs: list[int]) -> None:
        with transaction(self.conn) as conn:
            conn.executemany("UPDATE outbox SET state = 'sent' WHERE seq = ?",
                             [(s,) for s in seqs])

    def refuse(self, seq: int, reason: str) -> None:
        """The hub will never take this one: keep it here, out of the queue, with the reason."""
        with transaction(self.conn) as conn:
            conn.execute("UPDATE outbox SET state = 'refused', problem = ? WHERE seq = ?",
                         (reason[:500], seq))

    def _game_uuid(self, game_id: int) -> str | None:
        row = self.conn.execute("SELECT uuid FROM outbox WHERE kind = 'game' AND ref = ?",
                                (game_id,)).fetchone()
        return None if row is None else str(row[0])

    def _record(self, row: sqlite3.Row) -> dict[str, Any] | None:
        base: dict[str, Any] = {"uuid": row["uuid"], "seq": row["seq"], "kind": row["kind"]}
        kind, ref = row["kind"], int(row["ref"])
        if kind == "game":
            game = self._game(ref)
            return None if game is None else {**base, **game}
        if kind == "visit":
            v = self.conn.execute("SELECT * FROM visits WHERE id = ?", (ref,)).fetchone()
            if v is None:
                return None
            return {**base, "scenario_id": v["scenario_id"], "started_at": v["started_at"],
                    "ended_at": v["ended_at"], "played_s": v["played_s"],
                    "outcome": v["outcome"], "lang": v["lang"],
                    "game": self._game_uuid(v["game_id"]) if v["game_id"] is not None else None}
        game_uuid = self._game_uuid(ref)
        if game_uuid is None:
            return None
        if kind == "nickname":
            return {**base, "game": game_uuid, "nickname": row["value"]}
        if kind == "interests":  # schema 7: as they are now (a later change replaces them)
            liked = self.conn.execute("SELECT world_id, station_id FROM liked_jobs WHERE "
                                      "game_id = ? ORDER BY id", (ref,)).fetchall()
            offers = self.conn.execute("SELECT offer_id FROM offers_shown WHERE game_id = ? "
                                       "ORDER BY id", (ref,)).fetchall()
            return {**base, "game": game_uuid, "liked": [dict(j) for j in liked],
                    "offers": [str(o[0]) for o in offers]}
        return {**base, "game": game_uuid}

    def _game(self, game_id: int) -> dict[str, Any] | None:
        g = self.conn.execute("SELECT * FROM games WHERE id = ?", (game_id,)).fetchone()
        if g is None:
            return None
        tasks = self.conn.execute(
            "SELECT world_id, station_id, task_type, score, stars, duration_s, details_json "
            "FROM task_results WHERE game_id = ? ORDER BY seq", (game_id,)).fetchall()
        probe = self.conn.execute("SELECT myth_id, before, after FROM probe_answers "
                                  "WHERE game_id = ? ORDER BY id", (game_id,)).fetchall()
        beliefs = self.conn.execute(
            "SELECT item_id, kind, before, after, myth_id, world_id FROM belief_answers "
            "WHERE game_id = ? ORDER BY id", (game_id,)).fetchall()
        try:
            worlds = json.loads(g["worlds"])
        except ValueError as err:
            raise InvalidRecordError(f"game {game_id}: worlds is not JSON") from err
        # the 5-point answers and the context only when there are some: a hub of an older
        # version, which knows none of these fields, still takes the device's other games
        extra = {k: g[k] for k in ("age_band", "situation", "route") if g[k] is not None}
        if beliefs:
            extra["beliefs"] = [{k: v for k, v in dict(b).items() if v is not None}
                                for b in beliefs]
        return {
            "scenario_id": g["scenario_id"], "nickname": g["nickname"],
            "started_at": g["started_at"], "finished_at": g["finished_at"], "score": g["score"],
            "stars": g["stars"], "worlds": worlds, "lang": g["lang"], "mode": g["mode"],
            "session": g["session"], "gender": g["gender"],
            "tasks": [_task(t) for t in tasks], "probe": [dict(p) for p in probe], **extra,
        }


def _task(row: sqlite3.Row) -> dict[str, Any]:
    """A task result; details too long for the hub (a weld pass's samples) stay on the device."""
    task = dict(row)
    details = task.get("details_json")
    if details is not None and len(details) > MAX_DETAILS:
        task["details_json"] = json.dumps({"omitted": "kept on the device",
                                           "characters": len(details)})
    return task
