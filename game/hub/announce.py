"""The hub says it is there on the LAN (mDNS/zeroconf), so students' PCs find it alone.

``main.py hub --host`` registers ``_capindustrie._tcp.local.`` with TXT ``path=/`` and
``version=1`` on the addresses it listens on. Announcing is a convenience: when it fails (no
multicast on the network, the library missing) the hub says so and serves all the same;
students then type the address the hub printed.
"""
from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import Any

SERVICE_TYPE = "_capindustrie._tcp.local."
TXT = {"path": "/", "version": "1"}


@dataclass
class Announcement:
    zc: Any
    info: Any

    def close(self) -> None:
        try:
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()


def announce(port: int, addresses: list[str], name: str | None = None
             ) -> tuple[Announcement | None, str]:
    """Register the hub: (the announcement to close at exit, or None; a line saying so)."""
    try:
        from zeroconf import ServiceInfo, Zeroconf
    except ImportError:
        return None, "hub: not announced on the LAN (the zeroconf package is missing)"
    host = socket.gethostname().split(".")[0] or "hub"
    label = (name or f"Cap Industrie {host}")[:60]
    packed = []
    for address in addresses:
        try:
            packed.append(socket.inet_aton(address))
        except OSError:
            continue
    zc = None
    try:
        info = ServiceInfo(SERVICE_TYPE, f"{label}.{SERVICE_TYPE}", port=port,
                           properties=TXT, server=f"{host}.local.", addresses=packed or None)
        zc = Zeroconf()
        zc.register_service(info, allow_name_change=True)
    except Exception as err:  # no multicast, a busy port 5353...: serve anyway
        if zc is not None:
            zc.close()
        return None, f"hub: not announced on the LAN ({err}); students type the address"
    return Announcement(zc, info), f"hub: announced on the LAN as « {info.name} » ({SERVICE_TYPE})"
