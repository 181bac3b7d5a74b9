"""Benchmark: load and validate a 1,000-station scenario, and the default scenario warm.

    python bench/scenario.py [--stations 1000] [--runs 5]

Generates, in a temporary folder, one world holding N stations (the default scenario's
stations copied round-robin under new ids, its role models, myths and training offers)
and a Tiled map with one station rectangle per station. Then times, each in a fresh
interpreter (median of runs): ``validate`` cold (no cache), the game's load cold (empty
data folder) and warm (the cache filled by the previous load), and the default scenario's
warm load, each with its modules compiled as installed (bench/bytecode.py). The machine
is shared: each figure is given as wall time and as the CPU time
of the process (``*_cpu_s``, which others' load disturbs far less), with the load average.
The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bytecode  # bench/bytecode.py
import yaml

DEFAULT = ROOT / "scenarios" / "cap-industrie"
TILESET = ROOT / "levels" / "tilesets"


class PlainDumper(yaml.SafeDumper):
    """Every copy written out: no anchors (authors write YAML, they do not alias it)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=PlainDumper, allow_unicode=True, sort_keys=False)


def generate(folder: Path, stations: int) -> Path:
    """A scenario folder with ``stations`` stations in one world, and its map."""
    folder.mkdir(parents=True, exist_ok=True)
    top = yaml.safe_load((DEFAULT / "scenario.yaml").read_text(encoding="utf-8"))
    worlds = [yaml.safe_load((DEFAULT / w).read_text(encoding="utf-8")) for w in top["worlds"]]
    models = [r for w in worlds for r in w["role_models"]]
    pool = [s for w in worlds for s in w["stations"]]
    side = 2 * int((stations ** 0.5) + 1) + 1  # one station every other tile, both ways
    out = []
    for i in range(stations):
        station = dict(pool[i % len(pool)])
        station["id"] = f"s{i:04d}"
        out.append(station)
    world = dict(worlds[0], id="grande-usine", map="usine.tmx", role_models=models,
                 stations=out)
    world.pop("image", None)
    top["worlds"] = ["usine.yaml"]
    (folder / "scenario.yaml").write_text(dump(top), encoding="utf-8")
    (folder / "usine.yaml").write_text(dump(world), encoding="utf-8")
    for name in ("factory.tsx", "factory.png"):
        shutil.copy(TILESET / name, folder / name)
    (folder / "usine.tmx").write_text(tmx(side, side, [s["id"] for s in out]), encoding="utf-8")
    return folder


def tmx(width: int, height: int, ids: list[str]) -> str:
    """A plain floor with one 1-tile station rectangle every other tile, and a spawn."""
    rows = ",\n".join(",".join("1" for _ in range(width)) for _ in range(height))
    per_row = (width - 1) // 2
    objects = []
    for n, sid in enumerate(ids):
        col, row = 1 + 2 * (n % per_row), 1 + 2 * (n // per_row)
        objects.append(f'  <object id="{n + 2}" name="{sid}" x="{col * 64}" y="{row * 64}" '
                       'width="64" height="64"/>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="{width}" \
height="{height}" tilewidth="64" tileheight="64" infinite="0">
 <tileset firstgid="1" source="factory.tsx"/>
 <layer id="1" name="floor" width="{width}" height="{height}">
  <data encoding="csv">
{rows}
</data>
 </layer>
 <objectgroup id="2" name="stations">
{chr(10).join(objects)}
 </objectgroup>
 <objectgroup id="3" name="markers">
  <object id="1" name="spawn" x="0" y="0" width="64" height="64"/>
 </objectgroup>
</map>
"""


LOAD = """
import sys, time
sys.path.insert(0, {root!r})
from game.scenario.loader import load_scenario  # imports are the start-up's figure
import game.scenario.models  # (a warm load reads the models when first used: imported here)
t0, c0 = time.perf_counter(), time.process_time()
load_scenario(__import__("pathlib").Path({path!r}){kwargs}).model  # the models read too
print(time.perf_counter() - t0, time.process_time() - c0)
"""


def timed(code: str, runs: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds printed by ``code`` run in fresh interpreters."""
    walls, cpus = [], []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                              text=True, env=bytecode.env())
        wall, cpu = done.stdout.strip().splitlines()[-1].split()
        walls.append(float(wall))
        cpus.append(float(cpu))
    return statistics.median(walls), statistics.median(cpus)


def children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_code(path: Path, data: Path | None) -> str:
    kwargs = f", cache_dir=__import__('pathlib').Path({str(data)!r})" if data else ""
    return LOAD.format(root=str(ROOT), path=str(path), kwargs=kwargs)


def supports_cache() -> bool:
    import inspect

    from game.scenario.loader import load_scenario

    return "cache_dir" in inspect.signature(load_scenario).parameters


def main(argv: list[str]) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--stations", type=int, default=1000)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)
    cache = supports_cache()
    with tempfile.TemporaryDirectory() as tmp:
        folder = generate(Path(tmp) / "grande-usine", args.stations)
        validate, validate_cpu = [], []
        loads = [os.getloadavg()[0]]
        for i in range(max(1, args.runs // 2) + 1):  # the first compiles the modules: untimed
            t0, c0 = time.perf_counter(), children_cpu()
            done = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate",
                                   str(folder)], capture_output=True, text=True, check=False,
                                  env=bytecode.env())
            if i:
                validate.append(time.perf_counter() - t0)
                validate_cpu.append(children_cpu() - c0)
            if done.returncode != 0:
                raise SystemExit(f"the generated scenario does not validate:\n"
                                 f"{done.stdout[-3000:]}")
        colds, warms = [], []
        for run in range(args.runs):
            data = Path(tmp) / f"data{run}" if cache else None
            colds.append(timed(load_code(folder, data), 1))
            warms.append(timed(load_code(folder, data), 1))
        default_data = Path(tmp) / "default-data" if cache else None
        timed(load_code(DEFAULT, default_data), 1)  # fills the cache
        default_warm = timed(load_code(DEFAULT, default_data), args.runs)
        loads.append(os.getloadavg()[0])

    def median(pairs: list[tuple[float, float]], i: int) -> float:
        return round(statistics.median(p[i] for p in pairs), 3)

    result = {"stations": args.stations,
              "cold_validate_s": round(statistics.median(validate), 3),
              "cold_validate_cpu_s": round(statistics.median(validate_cpu), 3),
              "cold_load_s": median(colds, 0), "cold_load_cpu_s": median(colds, 1),
              "warm_load_s": median(warms, 0), "warm_load_cpu_s": median(warms, 1),
              "default_warm_load_ms": round(default_warm[0] * 1000, 1),
              "default_warm_load_cpu_ms": round(default_warm[1] * 1000, 1),
              "loadavg": [round(x, 2) for x in loads], "cache": cache}
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
