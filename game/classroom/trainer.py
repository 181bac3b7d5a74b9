"""« Mode classe » on the trainer's PC: a session made and the hub started inside the game.

The same as ``main.py class new`` then ``main.py hub --host`` (game.classroom.cli,
game.hub.server), for a trainer who stays in the game: the session is stored in the hub's
database of the data folder (``<data>/hub``), the hub serves it on the LAN from a thread of
the game and announces itself (zeroconf), and stops with the game.
"""
from __future__ import annotations

import secrets
import socket
import threading
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.hub.server import DEFAULT_PORT

HUB_DIR = "hub"  # in the data folder, as main.py hub and main.py class use by default
PORT_TRIES = 10  # 8765, then the next ports if another program holds it


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
    _announcement: Any = None
    _db: Any = None

    @property
    def url(self) -> str:
        """The address students type when their PC does not find the hub by itself."""
        host = self.addresses[0] if self.addresses else "127.0.0.1"
        return f"http://{host}:{self.port}"

    @property
    def short_url(self) -> str:
        return self.url.removeprefix("http://")

    @property
    def dashboard(self) -> str:
        return f"http://127.0.0.1:{self.port}/class/{self.code}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=3.0)
        if self._announcement is not None:
            with suppress(Exception):
                self._announcement.close()
        if self._db is not None:
            with suppress(Exception):
                self._db.close()


def _free_port(start: int) -> int:
    for port in range(start, start + PORT_TRIES):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("0.0.0.0", port))
            except OSError:
                continue
            return port
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
    """Serve the data folder's sessions on the LAN from a thread; never raises."""
    from game.hub.server import lan_addresses

    hub = ClassHub(code=code, pin=pin, port=port,
                   addresses=lan_addresses() if lan else ["127.0.0.1"])
    try:
        import uvicorn

        from game.hub.db import open_database
        from game.hub.keys import event_key
        from game.hub.server import Hub, create_app

        folder = data_dir / HUB_DIR
        hub.port = _free_port(port)
        key = event_key(folder)
        hub._db = open_database(None, folder)
        config = uvicorn.Config(create_app(Hub(hub._db, key)),
                                host="0.0.0.0" if lan else "127.0.0.1", port=hub.port,
                                log_level="warning", access_log=False)
        hub._server = uvicorn.Server(config)
        hub._thread = threading.Thread(target=hub._server.run, name="class-hub", daemon=True)
        hub._thread.start()
    except Exception as err:  # in words on the screen: the game goes on
        hub.problem = f"{type(err).__name__}: {err}"
        return hub
    if lan:
        from game.hub.announce import announce

        hub._announcement, line = announce(hub.port, hub.addresses)
        hub.notes.append(line)
    return hub
