"""Whether the hub answers, said once by its server and waited on by whoever needs to know.

« Mode classe » (the screen says « starting » until then, and gives up after a while) and
the mDNS announcer (a student who sees the announcement must be served at once) both wait
for the hub to answer: each used to poll ``server.started`` in a loop of its own. Now the
server settles one :class:`Readiness` (game.hub.serving) and both wait on it. Plain Python:
the game imports it before any web server is wanted.
"""
from __future__ import annotations

import threading


class Readiness:
    """Settled once: the hub answers, or it will not (:attr:`why` says why)."""

    def __init__(self) -> None:
        self._settled = threading.Event()
        self._lock = threading.Lock()
        self.answers = False
        self.why: str | None = None

    @property
    def settled(self) -> bool:
        return self._settled.is_set()

    def settle(self, answers: bool, why: str | None = None) -> None:
        """The first word is kept: a server that answered and then stopped still answered."""
        with self._lock:
            if self._settled.is_set():
                return
            self.answers, self.why = answers, None if answers else (why or "it stopped")
            self._settled.set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Until settled (or ``timeout_s``): True when the hub answers."""
        self._settled.wait(timeout_s)
        return self.answers
