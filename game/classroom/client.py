"""A student's PC talking to the trainer's hub (docs/classroom-protocol.md), standard library only.

Every call has a short timeout and raises :class:`~game.hub.client.HubUnreachable` (no
network, hub down) or :class:`~game.hub.client.HubRefused` (the hub said no: unknown code,
closed session, a refused batch); callers never see a socket error.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from game.classroom.code import normalise
from game.classroom.journal import AnyRecord, dump
from game.classroom.spec import SessionSpec
from game.hub.client import HubRefused, HubUnreachable, normalise_url

TIMEOUT_S = 4.0
MAX_BATCH = 500  # records per POST (the protocol's limit)
CODE_HEADER = "X-Class-Code"


class ClassClient:
    def __init__(self, url: str, code: str, timeout_s: float = TIMEOUT_S) -> None:
        self.url = normalise_url(url)
        self.code = normalise(code)
        self.timeout_s = timeout_s

    def _call(self, method: str, path: str, body: bytes | None = None,
              query: dict[str, str] | None = None) -> dict[str, Any]:
        target = self.url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        request = urllib.request.Request(target, data=body, method=method, headers={
            CODE_HEADER: self.code, "Content-Type": "application/json",
            "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as reply:
                return dict(json.loads(reply.read()))
        except urllib.error.HTTPError as err:
            try:
                detail = json.loads(err.read())
            except (ValueError, OSError):
                detail = {"error": err.reason}
            if err.code >= 500:
                raise HubUnreachable(f"{err.code}: {detail.get('error', '')}") from None
            raise HubRefused(err.code, detail if isinstance(detail, dict) else {}) from None
        except (OSError, ValueError) as err:  # URLError, timeouts, resets, a non-JSON reply
            raise HubUnreachable(str(getattr(err, "reason", err))) from None

    def spec(self, student: str) -> SessionSpec:
        """The session as the hub has it for this student (content, settings, accommodations)."""
        raw = self._call("GET", f"/api/class/{self.code}", query={"student": student})
        try:
            return SessionSpec.model_validate(raw)
        except ValueError as err:
            raise HubUnreachable(f"the hub's session is not understood ({err})") from None

    def push(self, records: list[AnyRecord]) -> dict[str, Any]:
        """One batch (at most :data:`MAX_BATCH`) → ``{"stored": n, "duplicates": m}``."""
        body = json.dumps({"records": [dump(r) for r in records[:MAX_BATCH]]},
                          ensure_ascii=False).encode()
        return self._call("POST", f"/api/class/{self.code}/records", body)
