"""Benchmark: the memory of a full autoplay tour, and what holds it.

    python bench/memory.py [--seed 2] [--every 30] [--tracemalloc]

Two runs of the whole grand tour, headless, as ``main.py --headless --autoplay`` plays it:
- the figure: the peak RSS of ``main.py`` in a process of its own (``tour_peak_rss_mib``,
  as bench/run.py measures it);
- the breakdown: the same tour played in this process, sampled every ``--every`` frames:
  the RSS, and the bytes of the pictures the game keeps (images as loaded, scaled copies),
  of the rendered texts, and of what ``ctx.cache`` holds (the floor, backgrounds), with the
  screen on top when the RSS was highest. ``--tracemalloc`` adds the Python heap's peak (it
  slows the run down; pixels are not on that heap).
The last stdout line is one JSON object: ``tour_peak_rss_mib``, ``in_process_peak_rss_mib``,
``at_peak`` (the breakdown in MiB and the screen) and ``kept_mib_max`` (each part's largest).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from game import use_headless_drivers

use_headless_drivers()

MIB = 1024 * 1024


def child_peak_mib(data_dir: str, seed: int) -> float:
    """Peak resident memory of ``main.py --headless --autoplay`` (a whole tour) on its own."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
            "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, str(ROOT / "main.py"),
                          "--headless", "--autoplay", "--seed", str(seed), "--data-dir", data_dir],
                         check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1]) / 1024  # Linux gives KiB


def rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


def surface_bytes(value: Any, seen: set[int]) -> int:
    """Pixel bytes of the surfaces in ``value`` (surfaces, lists, tuples, dicts, objects)."""
    import pygame

    if id(value) in seen:
        return 0
    seen.add(id(value))
    if isinstance(value, pygame.Surface):
        return value.get_pitch() * value.get_height()
    if isinstance(value, dict):
        return sum(surface_bytes(v, seen) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(surface_bytes(v, seen) for v in value)
    if hasattr(value, "__dict__") and type(value).__module__.startswith(("game", "pytmx")):
        return sum(surface_bytes(v, seen) for v in vars(value).values())
    return 0


def kept(ctx: Any) -> dict[str, float]:
    """MiB of pixels the context keeps, by part."""
    parts = {"images": ctx.images, "text": ctx.text, "ctx_cache": ctx.cache}
    return {name: round(surface_bytes(value, set()) / MIB, 1) for name, value in parts.items()}


def in_process(data_dir: str, seed: int, every: int, trace: bool) -> dict[str, Any]:
    if trace:
        import tracemalloc

        tracemalloc.start()
    from game.cli import parse
    from game.loop import STEP_S
    from game.run import create

    app, ctx, clock = create(parse(["--headless", "--autoplay", "--seed", str(seed),
                                    "--data-dir", data_dir]))
    assert ctx.autoplay is not None
    peak: dict[str, Any] = {"rss_mib": 0.0}
    most: dict[str, float] = {}
    frames = 0
    while app.running and not ctx.autoplay.done and frames < 60 * 60 * 30:
        clock.advance(STEP_S)
        app.frame()
        frames += 1
        if frames % every == 0:
            now = rss_mib()
            parts = kept(ctx)
            for name, mib in parts.items():
                most[name] = max(most.get(name, 0.0), mib)
            if now > peak["rss_mib"]:
                peak = {"rss_mib": round(now, 1), "screen": app.top.name, **parts}
    out: dict[str, Any] = {
        "in_process_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                         / 1024, 1),
        "at_peak": peak, "kept_mib_max": most, "frames": frames,
        "stations": ctx.autoplay.summary.get("stations_completed")}
    if trace:
        import tracemalloc

        out["python_heap_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / MIB, 1)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=2)
    p.add_argument("--every", type=int, default=30, help="frames between samples")
    p.add_argument("--tracemalloc", action="store_true", help="also the Python heap's peak")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        peak = child_peak_mib(data_dir, a.seed)
        out = {"tour_peak_rss_mib": round(peak, 1), **in_process(data_dir, a.seed, a.every,
                                                                  a.tracemalloc)}
    print(f"peak RSS of a full autoplay tour: {peak:.1f} MiB (its own process)")
    at = out["at_peak"]
    print(f"in this process: peak {out['in_process_peak_rss_mib']} MiB; highest sample "
          f"{at['rss_mib']} MiB on {at.get('screen')}: images {at.get('images')} MiB, text "
          f"{at.get('text')} MiB, ctx.cache {at.get('ctx_cache')} MiB")
    print(f"largest seen: {out['kept_mib_max']}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
