"""The hub says it is there on the LAN (mDNS/zeroconf), so students' PCs find it alone.

``main.py hub --host`` and « Mode classe » register ``_capindustrie._tcp.local.`` with TXT
``path=/`` and ``version=1`` on the addresses they listen on, once the hub answers
(:class:`Announcer`, waiting on the server's own :class:`~game.hub.ready.Readiness`:
a student who sees the announcement can be served at once). Each hub
takes a host name of its own (``<pc>-cap-<6 hex>.local.``): two trainers' PCs cloned from
one image share a computer name, and the PC's own name belongs to its system's responder.
Announcing is a convenience: when it fails (no multicast on the network, the library
missing) the hub says so and serves all the same; students then type the address the hub
printed.
"""
from __future__ import annotations

import re
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.hub.ready import Readiness

SERVICE_TYPE = "_capindustrie._tcp.local."
TXT = {"path": "/", "version": "1"}
SERVING_WAIT_S = 30.0  # a hub that does not answer by then is not announced


@dataclass
class Announcement:
    zc: Any
    info: Any

    def close(self) -> None:
        try:
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()


def host_label(hostname: str, token: str) -> str:
    """A DNS label of this hub's own: the PC's name (letters, digits, -) and ``token``."""
    base = re.sub(r"[^a-z0-9-]+", "-", hostname.partition(".")[0].lower()).strip("-")[:40]
    return f"{base or 'hub'}-cap-{token}"


def announce(port: int, addresses: list[str], name: str | None = None
             ) -> tuple[Announcement | None, str]:
    """Register the hub: (the announcement to close at exit, or None; a line saying so).

    Blocks about two seconds (mDNS probes that the names are free, then announces).
    """
    try:
        from zeroconf import ServiceInfo, Zeroconf
    except ImportError:
        return None, "hub: not announced on the LAN (the zeroconf package is missing)"
    host = socket.gethostname().split(".")[0] or "hub"
    token = secrets.token_hex(3)
    label = (name or f"Cap Industrie {host} {token}")[:60]
    packed = []
    for address in addresses:
        try:
            packed.append(socket.inet_aton(address))
        except OSError:
            continue
    zc = None
    try:
        info = ServiceInfo(SERVICE_TYPE, f"{label}.{SERVICE_TYPE}", port=port,
                           properties=TXT, server=f"{host_label(host, token)}.local.",
                           addresses=packed or None)
        zc = Zeroconf()
        zc.register_service(info, allow_name_change=True)
    except Exception as err:  # no multicast, a busy port 5353...: serve anyway
        if zc is not None:
            zc.close()
        return None, f"hub: not announced on the LAN ({err}); students type the address"
    return Announcement(zc, info), (f"hub: announced on the LAN as « {info.name} » "
                                    f"({info.server})")


class Announcer:
    """Announces the hub from a thread once it answers (``ready``, settled by the server),
    and withdraws it at :meth:`close`; ``said`` gets the line saying how it went."""

    def __init__(self, port: int, addresses: list[str], ready: Readiness,
                 said: Callable[[str], None] = lambda line: None,
                 name: str | None = None) -> None:
        self.port, self.addresses, self.ready, self.said = port, addresses, ready, said
        self.name = name
        self.announcement: Announcement | None = None
        self.line: str | None = None
        self.done = threading.Event()  # announced, or failed (:attr:`line` says which)
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="hub-announce", daemon=True)

    def start(self) -> Announcer:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            # a server stopped before it answered settles too: this thread never lingers
            if not self.ready.wait(SERVING_WAIT_S) or self._closed.is_set():
                return
            made, line = announce(self.port, self.addresses, self.name)
            with self._lock:
                if self._closed.is_set():  # stopped while the names were probed
                    if made is not None:
                        made.close()
                    return
                self.announcement, self.line = made, line
            self.said(line)
        finally:
            self.done.set()

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            made, self.announcement = self.announcement, None
        if made is not None:
            made.close()
