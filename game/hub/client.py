"""Talking to the hub from a device, the big screen or the report (standard library only).

Every call has a short timeout and raises :class:`HubUnreachable` when the hub cannot be
reached (no network, hub down, timeout) and :class:`HubRefused` when it answered no (wrong
key, invalid batch); callers never see a socket error.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

TIMEOUT_S = 5.0


class HubError(Exception):
    pass


class HubUnreachable(HubError):
    """No answer: the hub is down, the network cut, or it took too long."""


class HubRefused(HubError):
    """The hub answered with an error; ``status`` and ``body`` say which."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{status}: {body.get('error', body)}")
        self.status, self.body = status, body


def normalise_url(url: str) -> str:
    """``hub.local:8765`` → ``http://hub.local:8765`` (no trailing slash)."""
    url = url.strip().rstrip("/")
    return url if "://" in url else f"http://{url}"


class HubClient:
    def __init__(self, url: str, key: str, timeout_s: float = TIMEOUT_S) -> None:
        self.url = normalise_url(url)
        self.key = key.strip()
        self.timeout_s = timeout_s

    def _call(self, method: str, path: str, body: bytes | None = None,
              query: dict[str, str] | None = None) -> dict[str, Any]:
        target = self.url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        request = urllib.request.Request(target, data=body, method=method, headers={
            "Authorization": f"Bearer {self.key}", "Content-Type": "application/json",
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

    def push(self, batch: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/api/push", json.dumps(batch, ensure_ascii=False).encode())

    def board(self, scope: str = "today", since: int | None = None) -> dict[str, Any]:
        query = {"scope": scope}
        if since is not None:
            query["since"] = str(since)
        return self._call("GET", "/api/board", query=query)

    def ping(self) -> dict[str, Any]:
        return self._call("GET", "/api/ping")

    def summary(self) -> dict[str, Any]:
        return self._call("GET", "/api/summary")

    def report(self, day: str) -> dict[str, Any]:
        return self._call("GET", "/api/report", query={"day": day})
