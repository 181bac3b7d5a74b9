"""The device's pushing thread: the outbox goes to the hub in batches, with back-off.

The game never waits for it: the thread has its own connection to the score file, and the
screens only read :meth:`Sync.status` (a snapshot under a lock). A network cut or a hub
restart only delays the push; a record the hub refuses (422 naming it) is set aside in the
outbox with the reason and the others go on. ``flush()`` waits, bounded, for the queue to
empty (``--headless --autoplay --hub``).
"""
from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from game.hub.client import HubClient, HubRefused, HubUnreachable
from game.hub.outbox import BATCH_RECORDS, Outbox
from game.hub.wire import LATER_FIELDS, MAX_BYTES

IDLE_S = 2.0  # with nothing to send, look at the outbox again this often
HEARTBEAT_S = 30.0  # with nothing to send, still check the hub is there this often


@dataclass(frozen=True)
class HubStatus:
    """What the admin menu shows: the hub, reached or not, what waits, the last sync."""

    url: str
    connected: bool | None = None  # None: not tried yet
    waiting: int = 0
    refused: int = 0
    last_sync: datetime | None = None
    problem: str = ""


@dataclass(frozen=True)
class Backoff:
    first_s: float = 1.0
    most_s: float = 60.0

    def after(self, failures: int, rng: random.Random) -> float:
        delay = min(self.most_s, self.first_s * float(2 ** max(0, failures - 1)))
        return delay * rng.uniform(0.8, 1.2)


class Sync:
    def __init__(self, store_path: Path, client: HubClient, *,
                 now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
                 backoff: Backoff = Backoff(), batch_records: int = BATCH_RECORDS) -> None:
        self.store_path = store_path
        self.client = client
        self.now = now
        self.backoff = backoff
        self.batch_records = batch_records
        self._status = HubStatus(client.url)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Event()  # set when the outbox was seen empty after a push
        self._rng = random.Random()
        self._heard_at = -HEARTBEAT_S  # monotonic time of the hub's last answer
        self._unknown: set[str] = set()  # later fields this hub refused: sent without them
        self._thread: threading.Thread | None = None
        self.pushed = 0  # records the hub stored or already had, since the start

    # --- what the game calls (never blocks on the network) ----------------------------------
    def start(self) -> Sync:
        self._thread = threading.Thread(target=self._run, name="hub-sync", daemon=True)
        self._thread.start()
        return self

    def status(self) -> HubStatus:
        with self._lock:
            return self._status

    def nudge(self) -> None:
        """Something was just saved: push now rather than at the next look."""
        self._idle.clear()
        self._wake.set()

    def flush(self, timeout_s: float) -> bool:
        """Wait at most ``timeout_s`` for the outbox to empty; True if it did."""
        self.nudge()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._idle.wait(min(0.05, max(0.0, deadline - time.monotonic()))):
                return True
        return False

    def stop(self, timeout_s: float = 2.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    # --- the thread ---------------------------------------------------------------------
    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)

    def _run(self) -> None:
        outbox: Outbox | None = None
        failures = 0
        while not self._stop.is_set():
            delay = IDLE_S
            try:
                if outbox is None:
                    outbox = Outbox(self.store_path)
                more = self._push_once(outbox)
                failures = 0
                delay = 0.0 if more else IDLE_S
            except HubRefused as err:
                failures += 1
                why = "wrong event key" if err.status == 401 else str(err)
                self._set(connected=False, problem=why)
                delay = self.backoff.most_s if err.status == 401 else self.backoff.after(
                    failures, self._rng)
            except HubUnreachable as err:
                failures += 1
                self._set(connected=False, problem=f"hub unreachable: {err}")
                delay = self.backoff.after(failures, self._rng)
            except Exception as err:  # a disk hiccup: try again later
                failures += 1
                self._set(problem=f"outbox: {err}")
                delay = self.backoff.after(failures, self._rng)
                if outbox is not None:
                    outbox.close()
                    outbox = None
            self._pause(delay, outbox)
        if outbox is not None:
            outbox.close()

    def _pause(self, delay: float, outbox: Outbox | None) -> None:
        """Wait ``delay`` (a nudge or a stop cuts it short), counting what waits meanwhile."""
        deadline = time.monotonic() + delay
        while not self._stop.is_set() and (left := deadline - time.monotonic()) > 0:
            if self._wake.wait(min(IDLE_S, left)):
                break
            if outbox is not None:
                with suppress(Exception):  # a busy file: the next look will do
                    self._set(waiting=outbox.waiting())
        self._wake.clear()

    def _push_once(self, outbox: Outbox) -> bool:
        """Push one batch; True if more may be waiting."""
        limit = self.batch_records
        while True:
            records = [without(r, self._unknown) for r in outbox.take(limit)]
            self._set(waiting=outbox.waiting(), refused=outbox.refused())
            if not records:
                self._idle.set()
                if time.monotonic() - self._heard_at >= HEARTBEAT_S:
                    self.client.ping()  # nothing to send: is the hub still there?
                    self._heard_at = time.monotonic()
                    self._set(connected=True, problem="", last_sync=self.now())
                return False
            self._idle.clear()
            batch = {"version": 1, "device": outbox.device_id,
                     "sent_at": self.now().isoformat(), "records": records}
            if len(json.dumps(batch, ensure_ascii=False).encode()) > MAX_BYTES * 0.9 and limit > 1:
                limit = max(1, limit // 2)
                continue
            try:
                self.client.push(batch)
            except HubRefused as err:
                index = err.body.get("index")
                field = unknown_field(str(err.body.get("error", "")))
                if err.status == 422 and field and field not in self._unknown:
                    self._unknown.add(field)  # an older hub: the same records, without it
                    continue
                if err.status == 422 and isinstance(index, int) and 0 <= index < len(records):
                    outbox.refuse(int(records[index]["seq"]), str(err.body.get("error", "")))
                    continue
                if err.status in (413, 422) and limit > 1:
                    limit = max(1, limit // 2)
                    continue
                if err.status in (413, 422):  # one record alone is refused: set it aside
                    outbox.refuse(int(records[0]["seq"]), str(err.body.get("error", err)))
                    continue
                raise
            outbox.acknowledge([int(r["seq"]) for r in records])
            self._heard_at = time.monotonic()
            self.pushed += len(records)
            self._set(connected=True, problem="", last_sync=self.now(),
                      waiting=outbox.waiting())
            return True


def unknown_field(error: str) -> str | None:
    """The later field a hub of an older version refused (``records.3.game.route: Extra
    inputs are not permitted``), when it is one of :data:`game.hub.wire.LATER_FIELDS`."""
    path, _, msg = error.partition(": ")
    name = path.rsplit(".", 1)[-1]
    return name if msg.startswith("Extra inputs") and name in LATER_FIELDS else None


def without(record: dict[str, Any], fields: set[str]) -> dict[str, Any]:
    """``record`` without ``fields`` (those the hub does not know)."""
    return {k: v for k, v in record.items() if k not in fields} if fields else record
