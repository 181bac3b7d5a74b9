"""Finding the trainer's hub from a student's PC: zeroconf on the LAN, or an address typed once.

The hub announces ``_capindustrie._tcp.local.`` (docs/classroom-protocol.md). Several
trainers may run a hub in the same building: each address found is asked for the session,
and the first that knows the code is the one (:func:`find`). An address the student typed
is kept in the data folder (``classroom/hub.txt``) and tried first next time.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from game.classroom.client import ClassClient
from game.classroom.spec import SessionSpec
from game.hub.client import HubError, HubRefused, normalise_url

SERVICE = "_capindustrie._tcp.local."
BROWSE_S = 3.0  # how long the LAN is listened to for hubs
SAVED = "classroom/hub.txt"


def saved_address(data_dir: Path) -> str | None:
    try:
        text = (data_dir / SAVED).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def save_address(data_dir: Path, url: str) -> None:
    """Keep the address that worked (nothing is said if the folder cannot be written)."""
    path = data_dir / SAVED
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(normalise_url(url) + "\n", encoding="utf-8")
    except OSError:
        pass


def browse(timeout_s: float = BROWSE_S) -> list[str]:
    """The hubs announced on the LAN, as URLs; none when zeroconf or the network is missing."""
    try:
        from zeroconf import ServiceBrowser, ServiceStateChange, Zeroconf
    except ImportError:
        return []
    found: list[str] = []
    done = threading.Event()

    def changed(zeroconf: Any, service_type: str, name: str,
                state_change: Any) -> None:
        if state_change is not ServiceStateChange.Added:
            return
        info = zeroconf.get_service_info(service_type, name, timeout=int(timeout_s * 1000))
        if info is None or not info.port:
            return
        path = (info.properties or {}).get(b"path", b"/").decode("utf-8", "replace")
        for address in info.parsed_addresses():
            host = f"[{address}]" if ":" in address else address
            url = f"http://{host}:{info.port}{path.rstrip('/')}"
            if url not in found:
                found.append(url)

    try:
        zc = Zeroconf()
    except Exception:  # no interface to listen on: a PC with no network at all
        return []
    try:
        ServiceBrowser(zc, SERVICE, handlers=[changed])
        done.wait(timeout_s)
    except Exception:
        pass
    finally:
        zc.close()
    return found


class SessionClosed(Exception):
    """A hub knows the session, and the trainer closed it (410): said in words, not « not
    found »."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url}: the session is closed")
        self.url = url


def find(code: str, student: str, candidates: Iterable[str],
         client: Callable[[str, str], ClassClient] = ClassClient) -> tuple[str, SessionSpec] | None:
    """The first address whose hub knows this session, and the session it gave; raises
    :class:`SessionClosed` when the only hub that knows it says it is closed."""
    closed: str | None = None
    for url in dict.fromkeys(candidates):
        try:
            return url, client(url, code).spec(student)
        except HubRefused as err:
            if err.status == 410 and closed is None:
                closed = url
        except HubError:
            continue
    if closed is not None:
        raise SessionClosed(closed)
    return None


class Search:
    """A search in the background (the screen keeps drawing): the saved address, the typed
    one, then the LAN; :attr:`result` once :attr:`done`."""

    def __init__(self, code: str, student: str, data_dir: Path, typed: str | None = None,
                 lan: Callable[[], list[str]] = browse) -> None:
        self.code, self.student, self.data_dir, self.typed = code, student, data_dir, typed
        self.lan = lan
        self.result: tuple[str, SessionSpec] | None = None
        self.closed = False  # a hub said the trainer closed the session
        self.done = False
        self._thread = threading.Thread(target=self._run, name="class-find", daemon=True)

    def start(self) -> Search:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            first = [u for u in (self.typed, saved_address(self.data_dir)) if u]
            self.result = find(self.code, self.student, [normalise_url(u) for u in first])
            if self.result is None and not self.typed:
                self.result = find(self.code, self.student, self.lan())
            if self.result is not None:
                save_address(self.data_dir, self.result[0])
        except SessionClosed:
            self.result, self.closed = None, True
        except Exception:  # never let a search stop the game
            self.result = None
        finally:
            self.done = True
