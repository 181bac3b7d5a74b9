"""« Mode classe » on the trainer's PC: a session made and the hub started inside the game.

The same as ``main.py class new`` then ``main.py hub --host`` (game.classroom.cli,
game.hub.server), for a trainer who stays in the game: the session is stored in the hub's
database of the data folder (``<data>/hub``), the hub serves it on the LAN from a thread of
the game and announces itself (zeroconf) once it answers, and stops with the game. Starting
takes the screen no time: :func:`start` returns at once, the hub is :attr:`ClassHub.starting`
until it answers (a fraction of a second; the server says so itself, game.hub.ready), and
the announcement's two seconds of mDNS probing happen on a thread of their own. Stopping
takes it no time either: :meth:`ClassHub.stop` may leave the shutting down to a thread (a
start that is not over skips what is left of it).
"""
from __future__ import annotations

import os
import secrets
import socket
import threading
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.hub.ready import Readiness
from game.hub.server import DEFAULT_PORT

HUB_DIR = "hub"  # in the data folder, as main.py hub and main.py class use by default
PORT_TRIES = 10  # 8765, then the next ports if another program holds it
START_WAIT_S = 20.0  # a hub not answering by then did not start
STOP_WAIT_S = 5.0  # what stop() waits by default for the hub to be shut (the game's end)


@dataclass
class ClassHub:
    """A session and the hub serving it, running inside the game."""

    code: str
    pin: str  # the dashboard's PIN for this session (the hub key works too)
    port: int
    addresses: list[str]  # this PC's LAN addresses
    notes: list[str] = field(default_factory=list)
    _server: Any = None
    _thread: threading.Thread | None = None
    _announcer: Any = None
    _db: Any = None
    _boot: threading.Thread | None = None
    #: settled by the server when it answers, or by the start when it fails or is stopped
    _ready: Readiness = field(default_factory=Readiness)
    _stop: threading.Event = field(default_factory=threading.Event)
    _stopper: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def starting(self) -> bool:
        """Not answering yet, and no problem either: the screen says « starting »."""
        return not self._ready.settled

    @property
    def problem(self) -> str | None:
        """Why the hub is not running, in words (None while it starts, and once it answers)."""
        return self._ready.why

    @property
    def announce_failed(self) -> bool:
        """The hub serves but was not announced: students type the address."""
        a = self._announcer
        return a is not None and a.done.is_set() and a.announcement is None

    @property
    def url(self) -> str:
        """The address students type when their PC does not find the hub by itself."""
        host = self.addresses[0] if self.addresses else "127.0.0.1"
        return f"http://{host}:{self.port}"

    @property
    def short_url(self) -> str:
        return self.url.removeprefix("http://")

    @property
    def other_urls(self) -> list[str]:
        """This PC's other addresses, as typed (``10.0.0.5:8765``): a laptop on the school's
        Wi-Fi and on the room's switch is reached on either, and the first may be the wrong
        network for a student's PC. Self-assigned 169.254 ones are left out; two at most."""
        return [f"{ip}:{self.port}" for ip in self.addresses[1:]
                if not ip.startswith("169.254.")][:2]

    @property
    def dashboard(self) -> str:
        return f"http://127.0.0.1:{self.port}/class/{self.code}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait_started(self, timeout_s: float = START_WAIT_S) -> bool:
        """Wait until the hub answers or failed (tests, scripts); True when it answers."""
        return self._ready.wait(timeout_s)

    def stop(self, wait_s: float = STOP_WAIT_S) -> None:
        """Stop serving and close it all, on a thread of its own; wait at most ``wait_s`` for
        it (the screen's « Retour » waits for nothing; the game's end waits, so that the
        announcement is withdrawn and the database closed before the process goes). A start
        not over yet sees the stop and goes no further. The thread is not a daemon: a game
        quit at once still lets it finish."""
        self._stop.set()
        self._ready.settle(False, "the session was stopped")  # a start waiting: it is over
        with self._lock:
            if self._stopper is None:
                self._stopper = threading.Thread(target=self._shut, name="class-hub-stop")
                self._stopper.start()
            stopper = self._stopper
        stopper.join(wait_s)

    def _shut(self) -> None:
        if self._boot is not None:  # what it made is then all there: shut it below
            self._boot.join(timeout=START_WAIT_S)
        if self._announcer is not None:
            with suppress(Exception):
                self._announcer.close()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=3.0)
        if self._db is not None:
            with suppress(Exception):
                self._db.close()


class _Stopped(Exception):
    """The trainer left while the hub started: the start goes no further."""


def _listen(start: int, host: str) -> socket.socket:
    """A socket listening on the first free port from ``start``: connections wait in its
    queue from now on, and no other program can take the port before the hub serves it."""
    for port in range(start, start + PORT_TRIES):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if os.name != "nt":  # as uvicorn: a port the last session left in TIME_WAIT is
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # free (Windows shares it)
        try:
            sock.bind((host, port))
            sock.listen(128)
        except OSError:
            sock.close()
            continue
        return sock
    raise OSError(f"no free port from {start} to {start + PORT_TRIES - 1}")


def create(data_dir: Path, scenario: Any, world_id: str | None, route: str, timers: bool,
           title: str = "", pin: str | None = None) -> tuple[str, str]:
    """A new session in the hub's database of ``data_dir``: its code and its PIN (the one
    given, 4 to 8 digits as ``class new --pin``, else a fresh one: the trainer in the game
    has no hub key to open the dashboard with)."""
    from game.classroom.choice import choose
    from game.classroom.sessions import Session, SessionStore
    from game.hub.db import open_database
    from game.kiosk.pin import hash_pin, valid_pin

    if pin is not None and not valid_pin(pin):
        raise ValueError("the PIN has 4 to 8 digits")
    choice = choose(scenario.model, world_id, route, None)
    pin = pin or f"{secrets.randbelow(10_000):04d}"
    db = open_database(None, data_dir / HUB_DIR)
    try:
        made = SessionStore(db).create(Session(
            code="", title=" ".join(title.split())[:80], scenario_id=scenario.model.id,
            scenario_path=str(scenario.root) if getattr(scenario, "root", None) else None,
            world=choice.world, world_id=choice.world_id, route=choice.route,
            stations=choice.stations, timers=timers, speed_bonus=False,
            pin_hash=hash_pin(pin), created_utc=""))
    finally:
        db.close()
    return made.code, pin


def start(data_dir: Path, code: str, pin: str, port: int = DEFAULT_PORT,
          lan: bool = True) -> ClassHub:
    """Serve the data folder's sessions on the LAN from a thread; returns at once (the hub is
    :attr:`ClassHub.starting`, then running or with a :attr:`ClassHub.problem`); never
    raises."""
    hub = ClassHub(code=code, pin=pin, port=port, addresses=[])
    hub._boot = threading.Thread(target=_boot, args=(hub, data_dir, lan),
                                 name="class-hub-start", daemon=True)
    hub._boot.start()
    return hub


def _boot(hub: ClassHub, data_dir: Path, lan: bool) -> None:
    """Listen, open the database, serve, and announce once it answers; each step first asks
    whether the trainer left meanwhile (:meth:`ClassHub.stop` then shuts what was made).
    The start then waits for the server's word, as the announcer does, at most
    :data:`START_WAIT_S`: a hub silent so long did not start."""

    def go_on() -> None:
        if hub._stop.is_set():
            raise _Stopped("the session was left while it started")

    sock: socket.socket | None = None
    try:
        import uvicorn

        from game.hub.db import open_database
        from game.hub.keys import event_key
        from game.hub.server import Hub, create_app, lan_addresses
        from game.hub.serving import Serving

        go_on()
        hub.addresses = lan_addresses() if lan else ["127.0.0.1"]
        sock = _listen(hub.port, "0.0.0.0" if lan else "127.0.0.1")
        go_on()
        hub.port = sock.getsockname()[1]
        folder = data_dir / HUB_DIR
        key = event_key(folder)
        hub._db = open_database(None, folder)  # closed by stop() from here on
        go_on()
        server = Serving(uvicorn.Config(create_app(Hub(hub._db, key)), log_level="warning",
                                        access_log=False), ready=hub._ready)
        hub._server = server
        if lan:  # waits for the server's word: there from the moment the hub answers
            from game.hub.announce import Announcer

            hub._announcer = Announcer(hub.port, hub.addresses, ready=hub._ready,
                                       said=hub.notes.append).start()
        hub._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                       name="class-hub", daemon=True)
        hub._thread.start()  # the socket is the server's now; it settles hub._ready
        if not hub._ready.wait(START_WAIT_S) and not hub._ready.settled:
            hub._ready.settle(False, "the hub did not answer")
    except Exception as err:  # in words on the screen: the game goes on
        if sock is not None and hub._thread is None:
            sock.close()
        hub._ready.settle(False, f"{type(err).__name__}: {err}")
