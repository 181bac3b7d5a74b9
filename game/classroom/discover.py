"""Finding the trainer's hub from a student's PC: zeroconf on the LAN, or an address typed once.

The hub announces ``_capindustrie._tcp.local.`` (docs/classroom-protocol.md). Several
trainers may run a hub in the same building: each address found is asked for the session at
once, in parallel, and the first that knows the code is the one (:class:`Race`) — the search
ends then, not after a fixed time on the LAN (:data:`LISTEN_S` is only how long a search
that finds nothing lasts). An address the student typed is kept in the data folder
(``classroom/hub.txt``) and asked alongside the LAN next time.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from game.classroom.client import ClassClient
from game.classroom.spec import SessionSpec
from game.hub.client import HubRefused, normalise_url

SERVICE = "_capindustrie._tcp.local."
LISTEN_S = 3.0  # the LAN is listened to this long at most, when no hub knows the code
SAVED = "classroom/hub.txt"

#: ``lan(found, stop)`` calls ``found(url)`` for each hub it hears of until ``stop`` is set
#: (or its own time is up); returns why it could not listen, or None
Lan = Callable[[Callable[[str], None], threading.Event], "str | None"]


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


RESOLVE_GRACE_S = 0.5  # listen: how long the hubs heard last may take to resolve


def listen(found: Callable[[str], None], stop: threading.Event,
           timeout_s: float = LISTEN_S) -> str | None:
    """Tell ``found`` each hub URL announced on the LAN as soon as it is resolved, until
    ``stop`` is set or ``timeout_s``; returns why the LAN could not be listened to (no
    zeroconf, no interface), else None."""
    try:
        from zeroconf import ServiceBrowser, ServiceStateChange, Zeroconf
    except ImportError:
        return "the zeroconf package is missing"
    try:
        zc = Zeroconf()
    except Exception as err:  # no interface to listen on: a PC with no network at all
        return f"mDNS cannot listen here ({err})"

    def resolve(name: str) -> None:
        try:  # from the browser's cache at once when the hub's answer carried its records
            info = zc.get_service_info(SERVICE, name, timeout=int(timeout_s * 1000))
        except Exception:  # the search ended meanwhile (zeroconf closed)
            return
        if info is None or not info.port or stop.is_set():
            return
        path = (info.properties or {}).get(b"path", b"/") or b"/"
        for address in info.parsed_addresses():
            host = f"[{address}]" if ":" in address else address
            found(f"http://{host}:{info.port}{path.decode('utf-8', 'replace').rstrip('/')}")

    resolving: list[threading.Thread] = []

    def changed(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        if state_change is ServiceStateChange.Added:  # each hub resolved on its own thread
            thread = threading.Thread(target=resolve, args=(name,), name="class-resolve",
                                      daemon=True)
            resolving.append(thread)
            thread.start()

    try:
        browser = ServiceBrowser(zc, SERVICE, handlers=[changed])
        stop.wait(timeout_s)
        browser.cancel()
        grace = time.monotonic() + RESOLVE_GRACE_S  # a hub heard at the last moment still
        for thread in list(resolving):  # gets its answer offered before zeroconf closes
            thread.join(max(0.0, grace - time.monotonic()))
    except Exception as err:
        return f"mDNS failed ({err})"
    finally:
        zc.close()
    return None


class SessionClosed(Exception):
    """A hub knows the session, and the trainer closed it (410): said in words, not « not
    found »."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url}: the session is closed")
        self.url = url


class Race:
    """Addresses offered are asked for the session at once, each on its own thread; the
    first hub that knows it wins (:attr:`won`), whatever the others are still doing."""

    def __init__(self, code: str, student: str,
                 client: Callable[[str, str], ClassClient] = ClassClient) -> None:
        self.code, self.student, self.client = code, student, client
        self.result: tuple[str, SessionSpec] | None = None
        self.closed: str | None = None  # a hub that knows the session says it is closed
        self.won = threading.Event()
        self._asked: set[str] = set()
        self._busy = 0
        self._lock = threading.Condition()

    def offer(self, url: str) -> None:
        with self._lock:
            if url in self._asked or self.won.is_set():
                return
            self._asked.add(url)
            self._busy += 1
        threading.Thread(target=self._ask, args=(url,), name="class-ask", daemon=True).start()

    def _ask(self, url: str) -> None:
        try:
            spec = self.client(url, self.code).spec(self.student)
        except HubRefused as err:
            if err.status == 410:
                with self._lock:
                    self.closed = self.closed or url
        except Exception:  # a hub error, or an address that cannot even be asked: the next
            pass  # one may be
        else:
            with self._lock:
                if self.result is None:
                    self.result = (url, spec)
                    self.won.set()
        finally:
            with self._lock:
                self._busy -= 1
                self._lock.notify_all()

    def wait(self, also: Callable[[], bool] = lambda: True,
             timeout_s: float | None = None) -> tuple[str, SessionSpec] | None:
        """Until a hub won, or every address asked has answered and ``also()`` is true (the
        LAN is done); raises :class:`SessionClosed` when only a closed session was found."""
        with self._lock:
            self._lock.wait_for(lambda: self.won.is_set() or (self._busy == 0 and also()),
                                timeout_s)
            result, closed = self.result, self.closed
        if result is None and closed is not None:
            raise SessionClosed(closed)
        return result

    def poke(self) -> None:
        """Something ``wait``'s ``also`` reads has changed."""
        with self._lock:
            self._lock.notify_all()


def find(code: str, student: str, candidates: Iterable[str],
         client: Callable[[str, str], ClassClient] = ClassClient) -> tuple[str, SessionSpec] | None:
    """The first address whose hub knows this session (all asked at once), and the session it
    gave; raises :class:`SessionClosed` when the only hub that knows it says it is closed."""
    race = Race(code, student, client)
    for url in candidates:
        race.offer(url)
    return race.wait()


class Search:
    """A search in the background (the screen keeps drawing): the typed address, or the
    saved one and the LAN together; :attr:`result` once :attr:`done`, as soon as a hub that
    knows the code answers."""

    def __init__(self, code: str, student: str, data_dir: Path, typed: str | None = None,
                 lan: Lan | None = None) -> None:
        self.code, self.student, self.data_dir, self.typed = code, student, data_dir, typed
        self.lan: Lan = lan or listen
        self.result: tuple[str, SessionSpec] | None = None
        self.closed = False  # a hub said the trainer closed the session
        self.lan_problem: str | None = None  # why the LAN could not be listened to
        self.done = False
        self.finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="class-find", daemon=True)

    def start(self) -> Search:
        self._thread.start()
        return self

    def wait(self, timeout_s: float | None = None) -> tuple[str, SessionSpec] | None:
        """The command line's way: block until the search is done."""
        self.finished.wait(timeout_s)
        return self.result

    def _run(self) -> None:
        try:
            race = Race(self.code, self.student)
            for url in (self.typed, None if self.typed else saved_address(self.data_dir)):
                if url:
                    race.offer(normalise_url(url))
            listened = threading.Event()
            if self.typed:  # the student typed it: that one, not the LAN
                listened.set()
            else:
                def lan() -> None:
                    try:
                        self.lan_problem = self.lan(race.offer, race.won)
                    finally:
                        listened.set()
                        race.poke()

                threading.Thread(target=lan, name="class-lan", daemon=True).start()
            self.result = race.wait(listened.is_set)
            if self.result is not None:
                save_address(self.data_dir, self.result[0])
        except SessionClosed:
            self.result, self.closed = None, True
        except Exception:  # never let a search stop the game
            self.result = None
        finally:
            self.done = True
            self.finished.set()
