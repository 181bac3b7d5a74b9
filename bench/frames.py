"""Fingerprints of every frame an autoplay game draws: a drawing optimisation must leave
each picture the same, byte for byte.

    python bench/frames.py OUT.json [--high-contrast] [--window 1366x768] [--lang en]
                           [--text-scale 1.3] [--reduced-motion] [--hold-free] [--think 0.6]
                           [--seed 3]
    python bench/frames.py --compare BEFORE.json AFTER.json

Plays one headless autoplay game on the fake clock (as bench/run.py does), draws every frame
and keeps the CRC-32 of the logical 1920x1080 picture after each one, with the scene on top
(task scenes by task type). Run it in a checkout before a change and in one after, with the
same options, then ``--compare``: it names the first frame that differs in each scene.
Both runs hash strings the same way (``PYTHONHASHSEED=0``), so sets iterate alike.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game import use_headless_drivers

use_headless_drivers()


def fingerprints(a: argparse.Namespace) -> list[tuple[str, int]]:
    from game.cli import parse
    from game.loop import STEP_S
    from game.run import create
    from game.scenes.task import TaskScene

    with tempfile.TemporaryDirectory() as data_dir:
        argv = ["--headless", "--autoplay", "--seed", str(a.seed), "--data-dir", data_dir,
                "--lang", a.lang, "--window", a.window]
        if a.reduced_motion:
            argv.append("--reduced-motion")
        app, ctx, clock = create(parse(argv))
        assert ctx.autoplay is not None
        ctx.settings.high_contrast = a.high_contrast
        ctx.settings.text_scale = a.text_scale
        ctx.settings.hold_free = a.hold_free  # the assisted weld pass, the gauge's taps
        ctx.apply_settings()
        ctx.autoplay.think_s = a.think
        surface = app.display.logical
        out: list[tuple[str, int]] = []
        while app.running and not ctx.autoplay.done and len(out) < a.max_frames:
            clock.advance(STEP_S)
            top = app.top
            name = f"{top.name}:{top.station.task.type}" if isinstance(top, TaskScene) \
                else top.name
            app.update(STEP_S)
            app.draw()
            out.append((name, zlib.crc32(surface.get_view("2"))))
        return out


def compare(before: Path, after: Path) -> int:
    b, a = json.loads(before.read_text()), json.loads(after.read_text())
    if len(b) != len(a):
        print(f"different lengths: {len(b)} frames before, {len(a)} after")
    seen: dict[str, list[int]] = {}
    first: dict[str, int] = {}
    for i, (fb, fa) in enumerate(zip(b, a, strict=False)):
        counts = seen.setdefault(fb[0], [0, 0])
        counts[0] += 1
        if fb != fa:
            counts[1] += 1
            first.setdefault(fb[0], i)
    for name, (n, bad) in sorted(seen.items()):
        where = f"   first at frame {first[name]}" if name in first else ""
        print(f"{name:28s} {n:6d} frames, {bad:6d} differ{where}")
    same = not first and len(b) == len(a)
    print("identical" if same else "DIFFERENT")
    return 0 if same else 1


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        return compare(Path(sys.argv[2]), Path(sys.argv[3]))
    if os.environ.get("PYTHONHASHSEED") != "0":  # the floor's order of things follows set order
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    p = argparse.ArgumentParser()
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--lang", default="fr")
    p.add_argument("--window", default="1920x1080")
    p.add_argument("--high-contrast", action="store_true")
    p.add_argument("--reduced-motion", action="store_true")
    p.add_argument("--text-scale", type=float, default=1.0)
    p.add_argument("--hold-free", action="store_true", help="tap-tap instead of drags and holds")
    p.add_argument("--think", type=float, default=0.6, help="bot seconds between taps")
    p.add_argument("--max-frames", type=int, default=60 * 60 * 30)
    a = p.parse_args()
    frames = fingerprints(a)
    a.out.write_text(json.dumps(frames))
    print(f"{len(frames)} frames -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
