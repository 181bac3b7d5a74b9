"""The hub's HTTP service (Starlette on uvicorn) and ``python main.py hub``.

    python main.py hub [--port 8765] [--data-dir DIR] [--db postgresql://…]
                       [--key KEY | --key-file F] [--rotate-key] [--host [ADDRESS]]
                       [--event-start YYYY-MM-DD]

Endpoints (JSON; each needs ``Authorization: Bearer KEY`` or ``X-Hub-Signature: sha256=HMAC``):

- ``POST /api/push``: a batch (:mod:`game.hub.wire`) → ``{"stored", "duplicates", …}``;
  401 without the key, 413 too large, 400 not JSON, 422 invalid (``error`` says why,
  ``index``/``uuid`` name the record): nothing of a refused batch is stored;
- ``GET /api/board?scope=today|event|all[&since=N]``: the big screen's board; with ``since``
  equal to the current change counter, only ``{"change": N, "same": true}``;
- ``GET /api/summary`` → ``{"games": n, "visits": n, "devices": n}``;
- ``GET /api/report?day=YYYY-MM-DD|all``: the rows the impact report is made from;
- ``GET /api/devices``: each device's last counter, last contact and clock skew;
- ``GET /api/ping`` → ``{"ok": true, "change": n}``: is the hub there, is the key right.

The classroom's routes (students' PCs with their session code, the trainer's dashboard at
``/class/{code}``) are in :mod:`game.hub.classapi`.

Listens on 127.0.0.1 unless ``--host`` is given (then on every address, or the one named).
"""
from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from game.hub import queries
from game.hub.classapi import class_routes
from game.hub.db import Database, is_server_url, open_database
from game.hub.ingest import Ingest
from game.hub.keys import SIGNATURE_HEADER, EventKey, KeyProblem, event_key
from game.hub.wire import MAX_BYTES, Refused, parse_batch

DEFAULT_PORT = 8765


@dataclass
class Hub:
    """What the endpoints share: the database, the key, the clock, the event's first day."""

    db: Database
    key: EventKey
    now: Callable[[], datetime] = lambda: datetime.now().astimezone()
    event_start: date | None = None

    def today(self) -> date:
        return self.now().astimezone().date()


async def _body(request: Request) -> bytes:
    """The body, refused (413) past :data:`MAX_BYTES` without reading the rest."""
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BYTES:
        raise Refused(413, f"body larger than {MAX_BYTES} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BYTES:
            raise Refused(413, f"body larger than {MAX_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _authorised(hub: Hub, request: Request) -> bytes:
    """The request's body once the key is checked; raises 401 before reading it if possible."""
    if hub.key.bearer_ok(request.headers.get("authorization")):
        return await _body(request)
    signature = request.headers.get(SIGNATURE_HEADER)
    if signature is None:
        raise Refused(401, "the event key is missing or wrong (Authorization: Bearer KEY)")
    body = await _body(request)
    if not hub.key.signature_ok(signature, body):
        raise Refused(401, "the event key is missing or wrong (bad signature)")
    return body


def create_app(hub: Hub) -> Starlette:
    def endpoint(work: Callable[[Request, bytes], Any]) -> Callable[[Request], Any]:
        async def handle(request: Request) -> JSONResponse:
            try:
                body = await _authorised(hub, request)
                result = await run_in_threadpool(work, request, body)
            except Refused as err:
                return JSONResponse(err.body(), status_code=err.status)
            except Exception as err:  # a sick database: the device retries
                return JSONResponse({"error": f"the hub cannot store or read now: {err}"},
                                    status_code=503)
            return JSONResponse(result)

        return handle

    def push(request: Request, body: bytes) -> dict[str, Any]:
        batch = parse_batch(body)
        return Ingest(hub.db, hub.now).push(batch).body()

    def board(request: Request, body: bytes) -> dict[str, Any]:
        scope = queries.board_scope(request.query_params.get("scope", "today"))
        if scope is None:
            raise Refused(400, f"scope must be one of {', '.join(queries.BOARD_SCOPES)}")
        since = request.query_params.get("since")
        if since is not None and since.isdigit():
            current = queries.change(hub.db)
            if current == int(since):
                return {"change": current, "same": True}
        return queries.board(hub.db, hub.today(), scope, event_start=hub.event_start)

    def summary(request: Request, body: bytes) -> dict[str, int]:
        return queries.summary(hub.db)

    def report(request: Request, body: bytes) -> dict[str, Any]:
        text = request.query_params.get("day", "")
        try:
            day = None if text == "all" else (date.fromisoformat(text) if text else hub.today())
        except ValueError:
            raise Refused(400, "day must be YYYY-MM-DD or all") from None
        return queries.day_to_json(queries.day_data(hub.db, day))

    def ping(request: Request, body: bytes) -> dict[str, Any]:
        return {"ok": True, "change": queries.change(hub.db)}

    def devices(request: Request, body: bytes) -> dict[str, Any]:
        return {"devices": queries.devices(hub.db)}

    return Starlette(routes=[
        Route("/api/push", endpoint(push), methods=["POST"]),
        Route("/api/board", endpoint(board), methods=["GET"]),
        Route("/api/summary", endpoint(summary), methods=["GET"]),
        Route("/api/report", endpoint(report), methods=["GET"]),
        Route("/api/devices", endpoint(devices), methods=["GET"]),
        Route("/api/ping", endpoint(ping), methods=["GET"]),
        *class_routes(hub, _body),  # classroom sessions: students' PCs, the trainer's pages
    ])


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a day like 2026-03-14") from None


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py hub", description="The event hub on the LAN "
                                "(see docs/EVENT.md).")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--data-dir", type=Path, default=None, help="where hub.db and hub.key live")
    p.add_argument("--db", default=None, help="postgresql://user@host/db (default: SQLite)")
    keys = p.add_mutually_exclusive_group()
    keys.add_argument("--key", default=None, help="the event key (default: made and kept)")
    keys.add_argument("--key-file", type=Path, default=None, help="a file holding the key")
    p.add_argument("--rotate-key", action="store_true", help="make a new key (shown once)")
    p.add_argument("--host", nargs="?", const="0.0.0.0", default="127.0.0.1",
                   help="listen on the LAN (every address, or the one given)")
    p.add_argument("--event-start", type=_day, default=None,
                   help="first day of the event, for the 'event' board (default: all days)")
    return p.parse_args(argv)


#: addresses a UDP socket is "connected" to (nothing is sent) so that the system picks the
#: interface it would route them through: a private range's edge and TEST-NET-1
_PROBES = ("10.255.255.255", "192.168.255.255", "172.31.255.255", "192.0.2.1")


def _routed() -> list[str]:
    """The addresses the system would send from towards a few private ranges (its default
    route first)."""
    found: list[str] = []
    for target in _PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            try:
                probe.connect((target, 9))
                found.append(str(probe.getsockname()[0]))
            except OSError:  # no route that way: not on such a network
                continue
    return found


def _adapters() -> list[str]:
    """Every network adapter's IPv4 addresses (ifaddr: Windows, Linux, macOS alike)."""
    try:
        import ifaddr

        return [ip.ip for adapter in ifaddr.get_adapters() for ip in adapter.ips
                if isinstance(ip.ip, str)]  # IPv6 comes as a tuple
    except Exception:  # an adapter the library cannot read: the routed guess is left
        return []


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses on the local networks (loopback left out), the one its
    default route uses first: the address « Mode classe » projects.

    Every adapter counts: a trainer's laptop on the school's Wi-Fi with a cable to the room's
    switch is reached on either, and the hub announces both by mDNS; a room's switch with no
    router gives no route to guess from. The host name is asked only when the adapters cannot
    be read (Debian maps it to 127.0.1.1: a trainer's test). Self-assigned 169.254 addresses
    come last.
    """
    adapters = _adapters()
    if not adapters:  # the host name's addresses then, which may be stale (/etc/hosts)
        try:
            infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
            adapters = [str(i[4][0]) for i in infos]
        except OSError:
            pass
    found = [ip for ip in dict.fromkeys(_routed() + adapters)
             if not ip.startswith(("127.", "0."))]
    return sorted(found, key=lambda ip: ip.startswith("169.254."))


def main(argv: list[str]) -> int:
    import uvicorn

    from game.hub.serving import Serving
    from game.settings import default_data_dir

    a = parse(argv)
    data_dir = a.data_dir or default_data_dir() / "hub"
    try:
        key = event_key(data_dir, a.key, a.key_file, a.rotate_key)
    except KeyProblem as err:
        print(f"hub: {err}", file=sys.stderr)
        return 2
    try:
        db = open_database(a.db, data_dir)
    except Exception as err:  # say it in words, no traceback
        print(f"hub: cannot open the database {a.db or data_dir}: {err}", file=sys.stderr)
        return 1
    where = "PostgreSQL " if a.db and is_server_url(a.db) else "SQLite "
    print(f"hub: {where}{db.where}")
    if key.new:
        print(f"hub: event key (shown this once, kept in {key.source}): {key.value}")
    else:
        print(f"hub: event key from {key.source} (--rotate-key makes a new one)")
    addresses = lan_addresses() if a.host == "0.0.0.0" else [a.host]
    urls = [f"http://{ip}:{a.port}" for ip in addresses]
    print(f"hub: listening on {', '.join(urls) or a.host}" +
          ("" if a.host != "127.0.0.1" else " (this computer only; --host opens it to the LAN)"))
    print(f"hub: class dashboards at {(urls or [f'http://127.0.0.1:{a.port}'])[0]}/class/CODE "
          "(main.py class new makes a session)")
    sys.stdout.flush()
    app = create_app(Hub(db, key, event_start=a.event_start))
    server = Serving(uvicorn.Config(app, host=a.host, port=a.port, log_level="warning",
                                    access_log=False))
    announcer = None
    if a.host != "127.0.0.1":  # on the LAN: said by mDNS once it answers, so PCs find it
        from game.hub.announce import Announcer

        def said(line: str) -> None:
            print(line, flush=True)

        announcer = Announcer(a.port, addresses, ready=server.ready, said=said).start()
    try:
        server.run()
    finally:
        if announcer is not None:
            with suppress(Exception):
                announcer.close()
        db.close()
    if not server.started:  # the port taken, the address not this PC's: said above by uvicorn
        print(f"hub: could not listen on {a.host}:{a.port}", file=sys.stderr)
        return 1
    return 0
