"""uvicorn's server saying when it answers: :class:`Serving` settles a
:class:`~game.hub.ready.Readiness` when its sockets serve, or when it ends without."""
from __future__ import annotations

import socket

import uvicorn

from game.hub.ready import Readiness


class Serving(uvicorn.Server):
    """uvicorn's server, settling :attr:`ready` when it serves or when it ends without."""

    def __init__(self, config: uvicorn.Config, ready: Readiness | None = None) -> None:
        super().__init__(config)
        self.ready = ready or Readiness()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and not self.should_exit:
            self.ready.settle(True)

    def run(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            super().run(sockets=sockets)
        finally:
            self.ready.settle(False, "the hub did not answer")
