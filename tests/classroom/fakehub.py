"""A fake trainer's hub on loopback (docs/classroom-protocol.md), for the game side's tests."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest


class FakeHub:
    """What docs/classroom-protocol.md says a hub does, and no more: one session, its spec
    (a dict the test changes), the records it stored (once per UUID), and a switch to be down."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.records: dict[str, dict[str, Any]] = {}
        self.posts = 0
        self.gets = 0
        self.down = False
        self.closed = False
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _check(self) -> bool:
                if hub.down:
                    self._reply(503, {"error": "down"})
                    return False
                code = hub.spec["code"]
                if self.headers.get("X-Class-Code") != code:
                    self._reply(401, {"error": "code"})
                    return False
                if not urlparse(self.path).path.startswith(f"/api/class/{code}"):
                    self._reply(404, {"error": "unknown session"})
                    return False
                if hub.closed:
                    self._reply(410, {"error": "closed"})
                    return False
                return True

            def do_GET(self) -> None:
                if not self._check():
                    return
                hub.gets += 1
                query = parse_qs(urlparse(self.path).query)
                assert query.get("student"), "the PC names its student"
                self._reply(200, hub.spec)

            def do_POST(self) -> None:
                if not self._check():
                    return
                length = int(self.headers.get("Content-Length", 0))
                batch = json.loads(self.rfile.read(length))["records"]
                hub.posts += 1
                stored = 0
                for rec in batch:
                    if rec["uuid"] not in hub.records:
                        hub.records[rec["uuid"]] = rec
                        stored += 1
                self._reply(200, {"stored": stored, "duplicates": len(batch) - stored})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def kinds(self) -> list[str]:
        return [r["kind"] for r in sorted(self.records.values(), key=lambda r: r["at"])]

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in sorted(self.records.values(), key=lambda r: r["at"])
                if r["kind"] == kind]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_hub() -> Iterator[Any]:
    made: list[FakeHub] = []

    def make(**spec: Any) -> FakeHub:
        hub = FakeHub(spec)
        made.append(hub)
        return hub

    yield make
    for hub in made:
        hub.close()
