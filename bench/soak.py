"""Soak: a whole event day of a kiosk, fast-forwarded through the injected clock.

    python bench/soak.py [--visitors 300] [--hours 10] [--seed 1] [--data-dir DIR]

Simulated visitors arrive one after another at the attract loop and tap to play. Some play
to the end (and sometimes type a nickname, now and then a rude one), some walk away at a
random moment (a few come back during the "Encore là ?" countdown), some only tap around
at random; everyone taps at random now and then. Their play goes through ``app.dispatch``
like a person's; the moves are the autoplay bot's policies. The app draws one step in
``draw_every`` (so every scene and overlay is drawn, not every frame), and idle stretches
of the attract loop between visitors are skipped in one clock jump.

Checked on the way (listed in ``problems``): no exception reaches the crash guard, every
walk-away ends in a clean attract loop (no tour, no nickname, no countdown, the bot playing),
every finished game is in the score file. RSS is sampled after each ``rss_every`` visitors.
The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from game import use_headless_drivers

use_headless_drivers()

import pygame

from game.actions import Confirm, Drag, Press, Release
from game.autoplay import Autoplay
from game.loop import STEP_S

VISITOR_THINK_S = 0.3  # a visitor taps a little faster than the attract bot
FINE_ATTRACT_S = 1.5  # attract loop stepped for real before a visitor comes (the rest is jumped)
GIVE_UP_S = 30 * 60  # a visitor still there after this long is a bug
NAMES = ["LÉA", "INÈS", "ZOÉ-42", "SAMIA", "TOM", "NOÉ", "C0NNARD", "SAL0PE", "AÏCHA", "LOU"]
KINDS = (("finisher", 0.17), ("walkaway", 0.53), ("tapper", 0.3))
LEAVE_AFTER_S = {"walkaway": (3.0, 45.0), "tapper": (3.0, 15.0)}  # play before walking away
# mean visit with this mix: a tap starts the kiosk's découverte (three stations, the nickname
# and the board); finishers ~75 s at the bot's pace, walk-aways ~100 s with the countdown
VISIT_S = 90.0
IDLE_STEPS = 5  # fixed steps per frame while nobody plays (the loop's catch-up cap)


@dataclass
class DayResult:
    visitors: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)  # how each visit really ended
    kinds: dict[str, list[float]] = field(default_factory=dict)  # kind -> [count, simulated s]
    came_back: int = 0
    nicknames_typed: int = 0
    nicknames_refused: int = 0
    finished_games: int = 0  # games the visitors finished (saved), per the harness
    games_in_db: int = 0  # kiosk games stored
    visits_in_db: int = 0
    incidents: int = 0
    simulated_h: float = 0.0
    wall_s: float = 0.0
    frames: int = 0
    rss_mb: list[tuple[int, float]] = field(default_factory=list)  # (visitors so far, RSS)
    heap_mb: list[tuple[int, float]] = field(default_factory=list)  # (visitors, C heap in use)
    objects: list[tuple[int, int]] = field(default_factory=list)  # (visitors, live objects)
    problems: list[str] = field(default_factory=list)

    @property
    def rss_growth_mb(self) -> float | None:
        """RSS growth over the day after a warm-up: the median of the last four samples minus
        the median of the four after the first (samples wobble by a few MB either way)."""
        if len(self.rss_mb) < 9:
            return None
        values = [mb for _, mb in self.rss_mb]
        return round(_median(values[-4:]) - _median(values[1:5]), 2)

    @property
    def heap_growth_mb(self) -> float | None:
        """The same for the C heap in use (see :func:`heap_mb`)."""
        if len(self.heap_mb) < 9:
            return None
        values = [mb for _, mb in self.heap_mb]
        return round(_median(values[-4:]) - _median(values[1:5]), 2)

    @property
    def objects_growth(self) -> int | None:
        """Live Python objects at the end minus after the warm-up (same medians)."""
        if len(self.objects) < 9:
            return None
        values = [float(n) for _, n in self.objects]
        return int(_median(values[-4:]) - _median(values[1:5]))


def rss_mb() -> float | None:
    """The process's resident memory (Linux /proc; None elsewhere).

    Freed memory is first handed back to the system where the C library allows it (glibc's
    ``malloc_trim``), so the figure is what the game holds, not what malloc keeps for later.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 2)


def heap_mb() -> float | None:
    """Bytes the C allocator has handed out and not got back (glibc 2.33+; None elsewhere).

    Steadier than RSS: what the game holds, pixels and SQLite pages included, without the
    allocator's own reserve.
    """
    try:
        import ctypes

        class MallInfo2(ctypes.Structure):
            _fields_ = [(name, ctypes.c_size_t) for name in (
                "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                "uordblks", "fordblks", "keepcost")]

        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
        mallinfo2.restype = MallInfo2
        info = mallinfo2()
    except (OSError, AttributeError):
        return None
    return round(float(info.uordblks + info.hblkhd) / 2**20, 2)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


class Day:
    """The kiosk app and the fake wall clock of the event day."""

    def __init__(self, data_dir: Path, seed: int, draw_every: int) -> None:
        from game.cli import parse
        from game.kiosk import find
        from game.kiosk.config import set_keys
        from game.run import create
        from game.scores.store import ScoreStore

        config = data_dir / "kiosk.toml"
        set_keys(config, {"event_name": "Soak - journée simulée", "inactivity_s": 45,
                          "countdown_s": 15})
        self.app, self.ctx, self.clock = create(parse(
            ["--headless", "--kiosk", "--data-dir", str(data_dir), "--config", str(config),
             "--seed", str(seed)]))
        kiosk = find(self.app)
        assert kiosk is not None
        self.kiosk = kiosk
        self.app.draw_every = draw_every
        self.t0 = self.clock.now()
        self.start = datetime.now().astimezone().replace(hour=8, minute=30, second=0,
                                                          microsecond=0)
        self.ctx.wallclock = self.wallclock
        if self.ctx.scores is not None:
            self.ctx.scores.close()  # the same file, on the day's clock (today = the event day)
        self.store = ScoreStore.open(data_dir / "scores.db", now=self.wallclock)
        self.ctx.scores = self.store

    def wallclock(self) -> datetime:
        return self.start + timedelta(seconds=self.clock.now() - self.t0)

    @property
    def elapsed(self) -> float:
        return float(self.clock.now() - self.t0)

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self.clock.advance(STEP_S)
            self.app.frame()

    def step_idle(self) -> None:
        """Several fixed steps in one frame: the same simulation, fewer frames."""
        self.clock.advance(IDLE_STEPS * STEP_S)
        self.app.frame()

    def jump(self, seconds: float) -> None:
        """Nothing happens but the attract loop: move the clock, simulate one frame."""
        self.clock.advance(seconds)
        self.app.frame()  # the fixed step drops the time it cannot catch up

    def post(self, action: Any) -> None:
        """A person's action as the mouse or keyboard event that makes it (the next frame maps
        it, through the kiosk's lockdown, under the crash guard)."""
        if isinstance(action, Confirm):
            for kind in (pygame.KEYDOWN, pygame.KEYUP):
                pygame.event.post(pygame.event.Event(kind, key=pygame.K_RETURN, mod=0,
                                                     unicode="\r", scancode=0))
            return
        pos = (round(action.pos[0]), round(action.pos[1]))
        if isinstance(action, Press):
            event = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False)
        elif isinstance(action, Release):
            event = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False)
        else:
            held = (1, 0, 0) if isinstance(action, Drag) else (0, 0, 0)
            event = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=held,
                                       touch=False)
        pygame.event.post(event)

    def tap(self, pos: tuple[float, float]) -> None:
        self.post(Press(pos))
        self.post(Release(pos))


class Visitor:
    def __init__(self, day: Day, rng: random.Random, result: DayResult) -> None:
        self.day, self.rng, self.result = day, rng, result
        r = rng.random()
        self.kind = next(k for k, p in _cumulative(KINDS) if r < p)
        self.ap = Autoplay(random.Random(rng.random()), skill=rng.uniform(0.4, 0.95),
                           think_s=VISITOR_THINK_S)
        self.random_taps = 1.0 if self.kind == "tapper" else rng.uniform(0.0, 0.12)
        low, high = LEAVE_AFTER_S.get(self.kind, (float("inf"), float("inf")))
        self.leave_after = rng.uniform(low, high)
        self.comes_back = self.kind == "walkaway" and rng.random() < 0.15
        self.nickname = rng.choice(NAMES) if rng.random() < 0.5 else None
        self.typed = 0
        self.game_id: int | None = None

    # --- one visit ----------------------------------------------------------------------------
    def visit(self) -> None:
        day, k = self.day, self.day.kiosk
        self.arrive()
        present, played = True, 0.0
        while not k.attract:
            tour = day.ctx.tour
            if tour is not None and tour.game_id is not None:
                self.game_id = tour.game_id
            top = day.app.top
            if present and played >= self.leave_after:
                present = False
                if day.ctx.controls.pointer_down:  # the finger leaves the screen
                    day.post(Release(day.ctx.controls.pointer))
            if not present and top.name == "CountdownScene" and self.comes_back:
                self.comes_back = False
                present, self.leave_after = True, played + self.rng.uniform(5, 40)
                self.result.came_back += 1
                day.step(int(self.rng.uniform(1, 10) / STEP_S))  # reads it, then taps
                countdown: Any = day.app.top
                if countdown.name == "CountdownScene":
                    day.tap(countdown.buttons.get("continue").rect.center)
                continue
            if present:
                self.act(top)
                played += STEP_S
                day.step()
            else:
                day.step_idle()
            if played > GIVE_UP_S:
                self.result.problems.append(f"a {self.kind} visitor never got back to the loop "
                                            f"(stuck on {day.app.top.name})")
                day.app.transition(k.home(None))
        self.leave()

    def arrive(self) -> None:
        day, k = self.day, self.day.kiosk
        r = self.rng.random()
        if r < 0.1:
            day.tap(k.overlay.buttons()[1].rect.center)  # "Play in English"
            lang = "en"
        elif r < 0.15:
            day.post(Confirm())  # a key
            lang = k.config.language
        else:
            day.tap((self.rng.uniform(160, 1900), self.rng.uniform(160, 840)))
            lang = k.config.language
        day.step()
        ctx = day.ctx
        tour = ctx.tour  # the kiosk's découverte starts at once: a new tour, nothing in it
        fresh = tour is None or (not tour.results and not tour.probe_before
                                 and tour.game_id is None)
        if k.attract or ctx.autoplay is not None or not fresh or ctx.lang != lang:
            self.result.problems.append(
                f"a tap on the attract loop did not start a clean game ({day.app.top.name}, "
                f"tour: {None if tour is None else (tour.route, len(tour.results))})")

    def act(self, top: Any) -> None:
        """What the visitor does this step: a random tap, a typed name, or a move."""
        self.ap.tick(STEP_S)
        day = self.day
        if top.name == "CountdownScene":  # a visitor who is there answers at once
            day.tap(top.buttons.get("continue").rect.center)
            return
        if top.name == "NicknameScene" and self.nickname and self.ap.due():
            self.type_name(top)
            return
        if self.rng.random() < self.random_taps * STEP_S / VISITOR_THINK_S:
            day.tap((self.rng.uniform(0, 1920), self.rng.uniform(0, 1080)))
            return
        for action in self.moves(top):
            day.post(action)

    def moves(self, top: Any) -> list[Any]:
        """The bot's move for this screen, tapped by the visitor (so idle time resets)."""
        ctx = self.day.ctx
        if self.kind == "tapper":
            return []
        ctx.autoplay = self.ap
        try:
            if top.name == "TaskScene" and top.bot_policy is None:
                top.bot_policy = top.kind.bot(top.station.task, self.ap.rng, self.ap.skill)
            out = top.bot()
        finally:
            ctx.autoplay = None
        if out is None:
            return []
        if not isinstance(out, list):
            self.day.app.transition(out)
            return []
        return out

    def type_name(self, scene: Any) -> None:
        """Tap the name's letters, then OK; a refused name is given up (Skip)."""
        name = self.nickname or ""
        if self.typed < len(name):
            button = scene.buttons.get(f"key:{name[self.typed]}")
            self.typed += 1
            if button is not None:
                self.day.tap(button.rect.center)
            return
        if self.typed == len(name):
            self.typed += 1
            self.result.nicknames_typed += 1
            self.day.tap(scene.buttons.get("ok").rect.center)
            return
        if scene.refused:  # the polite message is on screen
            self.result.nicknames_refused += 1
            self.day.tap(scene.buttons.get("skip").rect.center)
        self.nickname = None

    def leave(self) -> None:
        """Back on the attract loop: nothing of this visitor may be left."""
        day, k, ctx = self.day, self.day.kiosk, self.day.ctx
        names = [s.name for s in day.app.stack]
        clean = (k.attract and ctx.tour is None and ctx.autoplay is not None
                 and k.visit is None and "NicknameScene" not in names
                 and "CountdownScene" not in names and len(day.app.stack) <= 2)
        if not clean:
            self.result.problems.append(f"not a clean attract loop after a {self.kind}: {names}")
        if self.game_id is not None:
            self.result.finished_games += 1
            saved = day.store.get_game(self.game_id)
            if saved is None or saved.mode != "kiosk":
                self.result.problems.append(f"finished game {self.game_id} is not in the file")


def _cumulative(kinds: tuple[tuple[str, float], ...]) -> list[tuple[str, float]]:
    total, out = 0.0, []
    for name, p in kinds:
        total += p
        out.append((name, total))
    out[-1] = (out[-1][0], 1.01)
    return out


def run_day(data_dir: Path, visitors: int = 300, hours: float = 10.0, seed: int = 1,
            draw_every: int = 240, rss_every: int = 25) -> DayResult:
    """Simulate the day; the kiosk keeps running after the last visitor until ``hours``."""
    started = time.perf_counter()
    result = DayResult()
    day = Day(data_dir, seed, draw_every)
    rng = random.Random(seed)
    length = hours * 3600
    day.step(int(FINE_ATTRACT_S / STEP_S))
    while result.visitors < visitors and day.elapsed < length:
        budget = (length - day.elapsed) / (visitors - result.visitors) - VISIT_S
        gap = min(rng.expovariate(1 / 20), max(0.0, budget))
        fine = min(gap, FINE_ATTRACT_S)
        day.step(int(fine / STEP_S))
        if gap > fine:
            day.jump(gap - fine)
        visitor, t = Visitor(day, rng, result), day.elapsed
        visitor.visit()
        stats = result.kinds.setdefault(visitor.kind, [0, 0.0])
        stats[0] += 1
        stats[1] = round(stats[1] + day.elapsed - t, 1)
        result.visitors += 1
        if rss_every and result.visitors % rss_every == 0:
            mb = rss_mb()
            if mb is not None:
                result.rss_mb.append((result.visitors, mb))
            gc.collect()
            result.objects.append((result.visitors, len(gc.get_objects())))
            heap = heap_mb()
            if heap is not None:
                result.heap_mb.append((result.visitors, heap))
    while day.elapsed < length:  # the rest of the day: the attract loop alone
        day.step(int(FINE_ATTRACT_S / STEP_S))
        day.jump(min(600.0, length - day.elapsed))
    store = day.store
    everything = store.day_data(None)
    result.games_in_db = sum(1 for g in everything.games if g.mode == "kiosk")
    result.visits_in_db = len(everything.visits)
    for v in everything.visits:
        result.outcomes[v.outcome] = result.outcomes.get(v.outcome, 0) + 1
    result.incidents = day.kiosk.incidents
    if result.incidents:
        result.problems.append(f"{result.incidents} exception(s) reached the crash guard; "
                               f"see {day.kiosk.log_path}")
    if result.games_in_db != result.finished_games:
        result.problems.append(f"{result.finished_games} games finished, {result.games_in_db} "
                               "stored")
    if not day.app.running:
        result.problems.append("the app stopped")
    result.simulated_h = round(day.elapsed / 3600, 2)
    result.frames = day.app.frames
    result.wall_s = round(time.perf_counter() - started, 1)
    store.close()
    from game.kiosk.crash import close_log

    close_log(day.kiosk.log)
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--visitors", type=int, default=300)
    p.add_argument("--hours", type=float, default=10.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--draw-every", type=int, default=240, help="draw one step in N")
    p.add_argument("--data-dir", type=Path, default=None, help="keep the day's files here")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = a.data_dir or Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        r = run_day(data_dir, a.visitors, a.hours, a.seed, a.draw_every)
    print(f"{r.visitors} visitors in {r.simulated_h} simulated hours "
          f"({r.wall_s} s, {r.frames} frames)")
    print(f"visits ended: {r.outcomes}; came back during the countdown: {r.came_back}")
    print("visitors (count, mean simulated s): " + ", ".join(
        f"{k} {int(n)} {s / max(1, n):.0f} s" for k, (n, s) in r.kinds.items()))
    print(f"games finished {r.finished_games}, stored {r.games_in_db}; nicknames typed "
          f"{r.nicknames_typed} (refused {r.nicknames_refused}); incidents {r.incidents}")
    print("RSS MB by visitors: " + ", ".join(f"{n}: {mb}" for n, mb in r.rss_mb))
    print(f"growth after warm-up: RSS {r.rss_growth_mb} MB, C heap {r.heap_growth_mb} MB, "
          f"live objects {r.objects_growth}")
    print("live Python objects by visitors: " + ", ".join(f"{n}: {c}" for n, c in r.objects))
    for problem in r.problems:
        print(f"PROBLEM: {problem}")
    out = asdict(r)
    out["rss_growth_mb"] = r.rss_growth_mb
    out["objects_growth"] = r.objects_growth
    out["heap_growth_mb"] = r.heap_growth_mb
    print(json.dumps(out, ensure_ascii=False))
    return 1 if r.problems else 0


if __name__ == "__main__":
    sys.exit(main())
