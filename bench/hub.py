"""The hub's two figures, in each backend: the board's query time and the push throughput.

    python bench/hub.py [--games 1000000] [--kiosks 10] [--per-kiosk 300]
                        [--backend both|sqlite|postgresql] [--repeat 200]

1. ``--games`` games are loaded straight into a fresh hub database (over 10 days, so today
   holds a tenth of them), with their running totals; then the board of today is read
   ``--repeat`` times (``game.hub.queries.board``: top ten, counts, jobs) and also through
   ``GET /api/board``. Medians in milliseconds.
2. ``--kiosks`` score files of ``--per-kiosk`` games each push at once (their real pushing
   threads) to that same hub run as ``python main.py hub`` on 127.0.0.1: games per second
   from the first push to the last acknowledgement.

PostgreSQL is a throwaway server started in a temporary folder (Debian's ``postgresql``
package). Targets (issue 10): board ≤ 5 ms median at 1,000,000 games; ≥ 200 games/s. The
last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.hub import queries
from game.hub.client import HubClient, HubError
from game.hub.db import Database, PostgresDatabase, open_database
from game.hub.ingest import utc_key
from game.hub.outbox import BATCH_RECORDS
from game.hub.pgtemp import TempPostgres, missing_reason
from game.hub.sync import Backoff, Sync
from game.scores import GameRecord, ScoreStore, TaskRecord

KEY = "bench-event-key-0123456789"
DAYS = 10
COLUMNS = ("uuid", "device_id", "scenario_id", "nickname", "started_at", "finished_at",
           "finished_utc", "day", "score", "stars", "worlds", "lang", "mode", "session", "gender",
           "off_board")


def game_rows(n: int, today: datetime, rng: random.Random) -> Any:
    devices = [str(uuid.uuid4()) for _ in range(40)]
    for i in range(n):
        finished = today - timedelta(days=i % DAYS, seconds=rng.randint(0, 36_000))
        yield (str(uuid.uuid4()), devices[i % 40], "cap-industrie",
               f"Joueuse {i % 997}" if i % 3 else None,
               (finished - timedelta(minutes=4)).isoformat(), finished.isoformat(),
               utc_key(finished), finished.date().isoformat(), rng.randint(0, 1500),
               rng.randint(0, 45), '["soudure"]', "fr", "autoplay" if i % 50 == 0 else "kiosk",
               None, rng.choice(("girl", "boy", "unsaid", None)), 0)


def load(db: Database, n: int, today: datetime) -> float:
    """``n`` games straight into the tables (COPY on PostgreSQL); returns the seconds taken."""
    t0 = time.perf_counter()
    rng = random.Random(1)
    rows = game_rows(n, today, rng)
    if isinstance(db, PostgresDatabase):
        with db.pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            with cur.copy(f"COPY games ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute("ANALYZE games")
    else:
        marks = ", ".join(f":{c}" for c in COLUMNS)
        with db.write() as tx:
            tx.many(f"INSERT INTO games ({', '.join(COLUMNS)}) VALUES ({marks})",
                    [dict(zip(COLUMNS, r, strict=True)) for r in rows])
            tx.run("ANALYZE")
    with db.write() as tx:
        tx.run("INSERT INTO day_totals (day, games, visits, linked, stations) "
               "SELECT day, COUNT(*), 0, 0, 3 * COUNT(*) FROM games WHERE mode <> 'autoplay' "
               "GROUP BY day")
        tx.run("UPDATE hub_state SET change = change + 1 WHERE one = 1")
    return time.perf_counter() - t0


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def time_board(db: Database, client: HubClient, today: datetime, repeat: int) -> dict[str, Any]:
    direct, http = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        board = queries.board(db, today.date())
        direct.append(time.perf_counter() - t0)
    assert len(board["top"]) == 10, board
    for _ in range(max(20, repeat // 4)):
        t0 = time.perf_counter()
        client.board()
        http.append(time.perf_counter() - t0)
    return {"board_ms_median": median_ms(direct), "board_ms_p90": round(
        sorted(direct)[int(len(direct) * 0.9)] * 1000, 3), "board_http_ms_median": median_ms(http)}


def kiosk_files(folder: Path, kiosks: int, per_kiosk: int, today: datetime) -> list[Path]:
    paths = []
    for k in range(kiosks):
        path = folder / f"kiosk{k}" / "scores.db"
        store = ScoreStore.open(path, now=lambda: today)
        store._conn.execute("PRAGMA synchronous=OFF")  # the bench times the push, not this
        for i in range(per_kiosk):
            store.save_game(GameRecord(
                "cap-industrie", None, today - timedelta(minutes=5), today - timedelta(seconds=i),
                (k * 37 + i) % 1500, 12, ["soudure", "maintenance"], "fr", "kiosk",
                tasks=[TaskRecord("soudure", s, "quiz", 80, 2, 20.0, "{}") for s in
                       ("epi", "symboles", "soudage", "controle")]))
        store.close()
        paths.append(path)
    return paths


def serve(port: int, data_dir: Path, db_url: str | None) -> subprocess.Popen[bytes]:
    argv = [sys.executable, str(ROOT / "main.py"), "hub", "--port", str(port), "--data-dir",
            str(data_dir), "--key", KEY] + (["--db", db_url] if db_url else [])
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL)
    client = HubClient(f"http://127.0.0.1:{port}", KEY, timeout_s=1.0)
    for _ in range(300):
        try:
            client.summary()
            return proc
        except HubError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the hub did not start")


def push(paths: list[Path], url: str, batch: int = BATCH_RECORDS) -> dict[str, Any]:
    syncs = [Sync(p, HubClient(url, KEY, timeout_s=30.0), backoff=Backoff(0.05, 0.5),
                  batch_records=batch) for p in paths]
    t0 = time.perf_counter()
    for s in syncs:
        s.start()
    done = all(s.flush(600) for s in syncs)
    elapsed = time.perf_counter() - t0
    for s in syncs:
        s.stop()
    games = sum(s.pushed for s in syncs)
    return {"pushed_games": games, "push_s": round(elapsed, 2), "all_acknowledged": done,
            "games_per_s": round(games / elapsed, 1)}


def run_backend(backend: str, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    today = datetime.now().astimezone().replace(hour=18, minute=0, second=0, microsecond=0)
    server = TempPostgres().start() if backend == "postgresql" else None
    try:
        db_url = server.create_database() if server else None
        hub_dir = folder / f"hub-{backend}"
        db = open_database(db_url, hub_dir)
        try:
            load_s = load(db, args.games, today)
            from socket import socket

            with socket() as s:
                s.bind(("127.0.0.1", 0))
                port = int(s.getsockname()[1])
            proc = serve(port, hub_dir, db_url)
            try:
                client = HubClient(f"http://127.0.0.1:{port}", KEY)
                result: dict[str, Any] = {"games": args.games, "load_s": round(load_s, 1)}
                result.update(time_board(db, client, today, args.repeat))
                paths = kiosk_files(folder / f"kiosks-{backend}", args.kiosks, args.per_kiosk,
                                    datetime.now().astimezone())
                result.update(push(paths, client.url, args.batch))
                result["summary_after"] = client.summary()
            finally:
                proc.terminate()
                proc.wait(30)
        finally:
            db.close()
        return result
    finally:
        if server:
            server.stop()


def main(argv: list[str] | None = None) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--games", type=int, default=1_000_000)
    p.add_argument("--kiosks", type=int, default=10)
    p.add_argument("--per-kiosk", type=int, default=300)
    p.add_argument("--repeat", type=int, default=200)
    p.add_argument("--batch", type=int, default=BATCH_RECORDS, help="records per push")
    p.add_argument("--backend", choices=["both", "sqlite", "postgresql"], default="both")
    args = p.parse_args(argv)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    out: dict[str, Any] = {"bench": "hub", "targets": {"board_ms_median": 5.0, "games_per_s": 200}}
    with tempfile.TemporaryDirectory(prefix="cap-hub-bench-") as tmp:
        for backend in backends:
            if backend == "postgresql" and missing_reason():
                out[backend] = {"skipped": missing_reason()}
                continue
            print(f"{backend}: loading {args.games} games…", file=sys.stderr)
            out[backend] = run_backend(backend, args, Path(tmp))
            print(f"{backend}: {out[backend]}", file=sys.stderr)
    print(json.dumps(out, ensure_ascii=False))
    return out


if __name__ == "__main__":
    main()
