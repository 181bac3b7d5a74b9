"""« Mode classe » on the trainer's PC: a session made and the hub started inside the game.

The same as ``main.py class new`` then ``main.py hub --host`` (game.classroom.cli,
game.hub.server), for a trainer who stays in the game: the session is stored in the hub's
database of the data folder (``<data>/hub``), the hub serves it on the LAN from a thread of
the game and announces itself (zeroconf) once it answers, and stops with the game. Starting
takes the screen no time: :func:`start` returns at once, the hub is :attr:`ClassHub.starting`
until it answers (a fraction of a second), and the announcement's two seconds of mDNS
probing happen on a thread of their own.
"""
from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.hub.server import DEFAULT_PORT

HUB_DIR = "hub"  # in the data folder, as main.py hub and main.py class use by default
PORT_TRIES = 10  # 8765, then the next ports if another program holds it
START_WAIT_S = 20.0  # a hub not answering by then did not start


@dataclass
class ClassHub:
    """A session and the hub serving it, running inside the game."""

    code: str
    pin: str  # the dashboard's PIN for this session (the hub key works too)
    port: int
    addresses: list[str]  # this PC's LAN addresses
    problem: str | None = None  # why the hub is not running, in words
    notes: list[str] = field(default_factory=list)
    _server: Any = None
    _thread: threading.Thread | None = None
    _announcer: Any = None
    _db: Any = None
    _boot: threading.Thread | None = None
    _started: threading.Event = field(default_factory=threading.Event)

    @property
    def starting(self) -> bool:
        """Not answering yet, and no problem either: the screen says « starting »."""
        return not self._started.is_set()

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
        self._started.wait(timeout_s)
        return not self.starting and self.problem is None

    def stop(self) -> None:
        if self._boot is not None:
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
    """Listen, open the database, serve; announce once it answers (the announcer's thread)."""
    try:
        import uvicorn

        from game.hub.db import open_database
        from game.hub.keys import event_key
        from game.hub.server import Hub, create_app, lan_addresses

        hub.addresses = lan_addresses() if lan else ["127.0.0.1"]
        sock = _listen(hub.port, "0.0.0.0" if lan else "127.0.0.1")
        hub.port = sock.getsockname()[1]
        folder = data_dir / HUB_DIR
        key = event_key(folder)
        hub._db = open_database(None, folder)
        server = uvicorn.Server(uvicorn.Config(create_app(Hub(hub._db, key)),
                                               log_level="warning", access_log=False))
        hub._server = server
        hub._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                       name="class-hub", daemon=True)
        hub._thread.start()
        deadline = time.monotonic() + START_WAIT_S
        while not server.started:
            if not hub._thread.is_alive() or time.monotonic() > deadline:
                raise OSError("the hub did not answer")
            time.sleep(0.005)
        if lan:
            from game.hub.announce import Announcer

            hub._announcer = Announcer(hub.port, hub.addresses,
                                       serving=lambda: bool(server.started),
                                       said=hub.notes.append).start()
    except Exception as err:  # in words on the screen: the game goes on
        hub.problem = f"{type(err).__name__}: {err}"
    finally:
        hub._started.set()
