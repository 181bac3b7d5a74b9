"""Score store at scale: open, boards, rank and one save with a million games.

    python bench/store.py [--games 1000000] [--repeat 15] [--keep DIR]

Builds a score file in a temporary folder (bulk: one transaction, durability off while
building; the store's own schema, created by ``ScoreStore.open``), closes it cleanly, then
times with the store's own API and durability (WAL, synchronous=FULL):

* ``open_ms``: ``ScoreStore.open`` after a clean shutdown (median of ``--repeat``);
  ``open_unclean_ms``: once, after a crash left the WAL behind (the full check runs then);
* ``board_ms``: each board the game shows (today's and all-time of the played scenario, the
  all-time board of a scenario with no games), plus the session and every-scenario boards;
* ``rank_ms``: the rank of a game on today's and the all-time board (best, middle and last
  games of the file);
* ``save_ms``: saving one finished game with its task results, fsync included.

Games span 1,000 days (about a thousand a day), three scenarios (90 % "demo"), scores
0–1000, 3 % autoplay, classes now and then. The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.scores import GameRecord, Scope, ScoreStore, TaskRecord

PARIS = timezone(timedelta(hours=1))
FIRST_DAY = datetime(2023, 6, 1, 9, 0, tzinfo=PARIS)
DAYS = 1000
SCENARIOS = ("demo",) * 18 + ("batteries", "chimie")
BATCH = 20_000


def build(path: Path, games: int, seed: int) -> datetime:
    """Write ``games`` games straight into a fresh store file; return the last game's moment."""
    ScoreStore.open(path).close()  # the schema, exactly as the game creates it
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    columns = [str(r[1]) for r in conn.execute("PRAGMA table_info(games)")]
    conn.execute("BEGIN")
    step = timedelta(days=DAYS) / games
    rows: list[tuple[Any, ...]] = []
    tasks: list[tuple[Any, ...]] = []
    moment = FIRST_DAY
    for gid in range(1, games + 1):
        moment = FIRST_DAY + step * gid
        score = max(0, min(1000, int(rng.gauss(600, 180))))
        mode = "autoplay" if rng.random() < 0.03 else rng.choice(("kiosk", "play"))
        session = f"C{rng.randrange(400)}" if rng.random() < 0.2 else None
        row: dict[str, Any] = {
            "id": gid, "scenario_id": rng.choice(SCENARIOS),
            "nickname": f"Joueuse {gid % 9973}" if rng.random() < 0.6 else None,
            "started_at": (moment - timedelta(minutes=7)).isoformat(),
            "finished_at": moment.isoformat(),
            "finished_utc": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "day": moment.date().isoformat(), "score": score, "stars": score // 100,
            "worlds": '["soudure", "usinage"]', "lang": "fr", "mode": mode, "session": session,
            "gender": None, "off_board": 0, "uid": f"{seed:04x}{gid:028x}",
        }
        rows.append(tuple(row[c] for c in columns if c in row))
        tasks.append((gid, 0, "soudure", "epi", "quiz", min(100, score // 10), 2, 31.5, None))
        if len(rows) >= BATCH:
            _flush(conn, columns, rows, tasks)
    _flush(conn, columns, rows, tasks)
    conn.execute("COMMIT")
    conn.close()
    return moment


def _flush(conn: sqlite3.Connection, columns: list[str],
           rows: list[tuple[Any, ...]], tasks: list[tuple[Any, ...]]) -> None:
    known = [c for c in columns if c in _ROW_KEYS]
    conn.executemany(f"INSERT INTO games ({', '.join(known)}) VALUES "
                     f"({', '.join('?' for _ in known)})", rows)
    conn.executemany("INSERT INTO task_results (game_id, seq, world_id, station_id, task_type, "
                     "score, stars, duration_s, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     tasks)
    rows.clear()
    tasks.clear()


_ROW_KEYS = {"id", "scenario_id", "nickname", "started_at", "finished_at", "finished_utc", "day",
             "score", "stars", "worlds", "lang", "mode", "session", "gender", "off_board", "uid"}


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


def one_game(moment: datetime, i: int) -> GameRecord:
    return GameRecord("demo", f"Bench {i}", moment - timedelta(minutes=6), moment, 640, 6,
                      ["soudure"], "fr", "kiosk",
                      tasks=[TaskRecord("soudure", "epi", "quiz", 80, 2, 21.0),
                             TaskRecord("soudure", "soudage", "trace", 60, 2, 40.5)])


def crash_leaving_wal(path: Path) -> None:
    """A process that writes a game and dies without closing: its WAL stays behind."""
    code = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('BEGIN IMMEDIATE'); "
            "c.execute(\"UPDATE games SET nickname = 'Crash' WHERE id = 1\"); c.execute('COMMIT'); "
            "os._exit(9)")
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--games", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--keep", type=Path, default=None, help="build in (and keep) this folder")
    a = p.parse_args(argv)
    folder = a.keep or Path(tempfile.mkdtemp(prefix="cap-store-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scores.db"
    try:
        start = time.perf_counter()
        if not path.exists():
            build(path, a.games, a.seed)
        build_s = time.perf_counter() - start
        probe = sqlite3.connect(path)  # closed before timing: an open reader leaves a WAL,
        last = datetime.fromisoformat(  # and a WAL at start-up means "check the whole file"
            probe.execute("SELECT finished_at FROM games ORDER BY id DESC LIMIT 1").fetchone()[0])
        probe.close()
        today = last + timedelta(minutes=1)

        def clock() -> datetime:  # "today" is the file's last day
            return today

        print(f"built {a.games} games in {build_s:.1f} s ({path.stat().st_size >> 20} MiB)",
              file=sys.stderr)
        open_ms = median_ms(lambda: ScoreStore.open(path, now=clock).close(), a.repeat)
        store = ScoreStore.open(path, now=clock)
        assert store.persistent and store.recovered_from is None, store.problem
        boards: dict[str, Callable[[], object]] = {
            "today": lambda: store.leaderboard("today", 8, "demo"),
            "all": lambda: store.leaderboard("all", 8, "demo"),
            "all_empty_scenario": lambda: store.leaderboard("all", 8, "nothing-played-yet"),
            "today_small_scenario": lambda: store.leaderboard("today", 8, "chimie"),
            "session": lambda: store.leaderboard("session", 8, "demo", session="C7"),
            "all_scenarios": lambda: store.leaderboard("all", 8),
        }
        board_ms = {name: median_ms(fn, a.repeat) for name, fn in boards.items()}
        conn = sqlite3.connect(path)
        on_board = "mode <> 'autoplay' AND scenario_id = 'demo'"
        picks = [int(r[0]) for r in conn.execute(
            f"SELECT id FROM games WHERE {on_board} AND day = ? ORDER BY score DESC",
            (last.date().isoformat(),))]
        best_all = conn.execute(f"SELECT id FROM games WHERE {on_board} "
                                "ORDER BY score DESC, finished_utc LIMIT 1").fetchone()[0]
        worst_all = conn.execute(f"SELECT id FROM games WHERE {on_board} "
                                 "ORDER BY score ASC, finished_utc DESC LIMIT 1").fetchone()[0]
        conn.close()
        ids = [picks[0], picks[len(picks) // 2], picks[-1]]
        rank_times = []
        scopes: tuple[Scope, ...] = ("today", "all")
        for scope in scopes:
            for gid in ids + ([best_all, worst_all] if scope == "all" else []):
                def rank(g: int = gid, s: Scope = scope) -> object:
                    return store.rank_of(g, s, "demo")

                rank_times.append(median_ms(rank, max(3, a.repeat // 3)))
        rank_ms = round(statistics.median(rank_times), 3)
        rank_worst_ms = round(max(rank_times), 3)
        counter = iter(range(10**6))
        save_ms = median_ms(lambda: store.save_game(one_game(today, next(counter))), a.repeat)
        store.close()
        crash_leaving_wal(path)
        start = time.perf_counter()
        ScoreStore.open(path, now=clock).close()
        open_unclean_ms = round((time.perf_counter() - start) * 1000, 1)
    finally:
        if a.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"games": a.games, "open_ms": open_ms, "board_ms": board_ms,
                      "rank_ms": rank_ms, "rank_worst_ms": rank_worst_ms, "save_ms": save_ms,
                      "open_unclean_ms": open_unclean_ms, "build_s": round(build_s, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
