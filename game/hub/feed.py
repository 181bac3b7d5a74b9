"""The big screen's feed: a thread asks the hub for the board, at most every 2 seconds.

It sends the change counter it last saw, so an unchanged board costs the hub one tiny query.
When the hub cannot be reached, the last board is kept and :attr:`Snapshot.online` turns
False, with the moment it was last reached. The screen only reads :meth:`BoardFeed.snapshot`.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from game.hub.client import HubClient, HubError

POLL_S = 2.0  # never more often than this


@dataclass(frozen=True)
class Snapshot:
    board: dict[str, Any] | None = None  # the last board received (None: none yet)
    online: bool | None = None  # None: not asked yet
    reached_at: datetime | None = None  # the last time the hub answered
    problem: str = ""
    version: int = 0  # grows whenever what the screen shows may change


class BoardFeed:
    def __init__(self, client: HubClient, scope: str = "today", poll_s: float = POLL_S,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.client = client
        self.scope = scope
        self.poll_s = max(POLL_S, poll_s)
        self.now = now
        self._snap = Snapshot()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> BoardFeed:
        self._thread = threading.Thread(target=self._run, name="board-feed", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2 * self.client.timeout_s + 5)

    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._snap

    def poll_once(self) -> None:
        """One request to the hub, and the snapshot it leads to."""
        old = self.snapshot()
        since = old.board.get("change") if old.board else None
        try:
            reply = self.client.board(self.scope, since if isinstance(since, int) else None)
        except HubError as err:
            new = Snapshot(old.board, False, old.reached_at, str(err),
                           old.version + (old.online is not False))
        else:
            if reply.get("same") and old.board is not None:
                new = Snapshot(old.board, True, self.now(), "", old.version + (not old.online))
            else:
                new = Snapshot(reply, True, self.now(), "", old.version + 1)
        with self._lock:
            self._snap = new

    def _run(self) -> None:
        while not self._stop.is_set():
            self.poll_once()
            self._stop.wait(self.poll_s)
