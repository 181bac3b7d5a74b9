"""Generate each world's ambient factory sound, the optional music and the weld pass's arc
from code, as seamless loops (assets/sounds/ambience_<world>.wav, music.wav, arc_close.wav,
arc_far.wav): 22.05 kHz, 16-bit, mono.

Every loop is built from periodic parts (hums whose cycles fit the loop exactly, events
placed round the loop, noise that wraps) so its end joins its start without a click.
Deterministic: the same bytes every run (seeded noise).

    python tools/gen_ambience.py [--check]
"""
from __future__ import annotations

import math
import random
import sys
import wave
from collections.abc import Callable
from pathlib import Path

from gen_sounds import write  # the same WAV writer, at this file's rate

ROOT = Path(__file__).resolve().parent.parent
RATE = 22050
LOOP_S = 6.0
PEAK = 0.35  # ambience sits under the game's sounds: about -9 dBFS peak
N = round(RATE * LOOP_S)

Buf = list[float]


def hum(freq: float, level: float, harmonics: tuple[float, ...] = (1.0, 0.5, 0.25)) -> Buf:
    """A steady hum whose cycles fit the loop (the frequency is rounded to fit)."""
    cycles = max(1, round(freq * LOOP_S))
    out = [0.0] * N
    for k, h in enumerate(harmonics, start=1):
        w = 2 * math.pi * cycles * k / N
        for i in range(N):
            out[i] += level * h * math.sin(w * i)
    return out


def noise(level: float, smooth: float, seed: int) -> Buf:
    """Noise through a one-pole low-pass (``smooth`` 0..1: higher is darker), wrapped round
    the loop so that it joins."""
    rng = random.Random(seed)
    raw = [rng.uniform(-1, 1) for _ in range(N)]
    out = [0.0] * N
    y = 0.0
    for _ in range(2):  # a second pass starts from the end's state: the loop joins
        for i in range(N):
            y = smooth * y + (1 - smooth) * raw[i]
            out[i] = y
    gain = level / (max(abs(v) for v in out) or 1.0)
    return [v * gain for v in out]


def burst(buf: Buf, at: float, length: float, level: float, freq: float | None, seed: int,
          decay: float = 0.08) -> None:
    """An event round the loop: a noise crackle (``freq`` None) or a tone, fading out."""
    rng = random.Random(seed)
    start, n = round(at * RATE), round(length * RATE)
    for j in range(n):
        t = j / RATE
        env = min(1.0, t / 0.004) * math.exp(-t / decay)
        v = rng.uniform(-1, 1) if freq is None else math.sin(2 * math.pi * freq * t)
        buf[(start + j) % N] += level * env * v


def mix(*parts: Buf) -> Buf:
    out = [sum(vals) for vals in zip(*parts, strict=True)]
    gain = PEAK / (max(abs(v) for v in out) or 1.0)
    return [v * gain for v in out]


def welding() -> Buf:
    """The fume extraction's hum and a welder's arc crackling in bursts."""
    base = mix(hum(100, 0.3), noise(0.25, 0.97, 1))
    rng = random.Random(11)
    for k in range(5):  # five arcs of a second or so round the loop
        t0 = k * LOOP_S / 5 + rng.uniform(0, 0.3)
        for j in range(int(rng.uniform(40, 70))):
            burst(base, t0 + j * 0.017 + rng.uniform(0, 0.01), 0.02, 0.5, None, 100 * k + j,
                  decay=0.006)
    return mix(base)


def maintenance() -> Buf:
    """A motor's hum, the hydraulic unit's hiss, a clank now and then."""
    base = mix(hum(50, 0.35, (1.0, 0.6, 0.3, 0.15)), noise(0.2, 0.9, 2))
    for k, at in enumerate((0.7, 2.9, 4.6)):
        burst(base, at, 0.25, 0.6, 420 + 130 * k, 20 + k, decay=0.05)  # metal clanks
    burst(base, 3.6, 1.2, 0.25, None, 30, decay=0.5)  # a hiss of pressure released
    return mix(base)


def batteries() -> Buf:
    """The dry room's air handling (soft and even) and a robot's servos."""
    base = mix(noise(0.35, 0.985, 3), hum(120, 0.08))
    for k, at in enumerate((1.0, 3.2, 5.0)):
        n = round(0.6 * RATE)
        start = round(at * RATE)
        for j in range(n):
            t = j / RATE
            f = 600 + 500 * t  # a servo's rising whine
            base[(start + j) % N] += 0.08 * math.sin(2 * math.pi * f * t) * math.sin(
                math.pi * j / n)
        del k
    return mix(base)


def automobile() -> Buf:
    """The line's rumble, pneumatic tools in short bursts, the andon's chime once."""
    base = mix(hum(60, 0.25, (1.0, 0.7, 0.4)), noise(0.3, 0.95, 4))
    for k, at in enumerate((0.4, 0.55, 2.2, 2.35, 2.5, 4.1)):
        burst(base, at, 0.12, 0.45, None, 40 + k, decay=0.04)  # the nutrunner's bursts
    burst(base, 5.2, 0.6, 0.2, 880, 50, decay=0.25)
    return mix(base)


def agro() -> Buf:
    """Conveyor rollers' rattle and water running (cleaning in place)."""
    base = mix(noise(0.3, 0.7, 5), hum(75, 0.12))
    for k in range(48):
        burst(base, k * LOOP_S / 48, 0.03, 0.12, None, 60 + k, decay=0.01)  # rollers
    return mix(base)


def arc(rate_hz: float, pop_level: float, pops_hz: float, hiss: float, hiss_smooth: float,
        buzz: float, seed: int) -> Buf:
    """A MAG arc: a bed of hiss, the rectifier's 100 Hz buzz, the crackle of metal drops
    (``rate_hz`` tiny bursts a second) and bigger pops (``pops_hz`` a second)."""
    base = mix(noise(hiss, hiss_smooth, seed), hum(100, buzz, (1.0, 0.4, 0.2, 0.1)))
    rng = random.Random(seed)
    t = 0.0
    while t < LOOP_S:  # the crackle: short, bright bursts at an uneven rhythm
        burst(base, t, 0.006, rng.uniform(0.4, 0.9), None, rng.randrange(1 << 30),
              decay=0.0015)
        t += rng.expovariate(rate_hz)
    t = 0.0
    while t < LOOP_S:  # the pops of a drop shorting the arc
        burst(base, t, 0.04, pop_level * rng.uniform(0.6, 1.0), None, rng.randrange(1 << 30),
              decay=0.008)
        t += rng.expovariate(pops_hz)
    return mix(base)


def arc_close() -> Buf:
    """A short arc, the torch on the joint: the steady, even "frying" crackle."""
    return arc(rate_hz=420, pop_level=0.3, pops_hz=3, hiss=0.18, hiss_smooth=0.55, buzz=0.08,
               seed=71)


def arc_far() -> Buf:
    """A long arc, the torch off the joint: a harsher hiss, an uneven buzz, loud pops."""
    return arc(rate_hz=90, pop_level=1.0, pops_hz=9, hiss=0.5, hiss_smooth=0.2, buzz=0.2,
               seed=72)


def music() -> Buf:
    """A light looping tune: a soft pulse of chords (C, A minor, F, G) and a few bell notes."""
    chords = ((261.63, 329.63, 392.0), (220.0, 261.63, 329.63), (174.61, 220.0, 261.63),
              (196.0, 246.94, 293.66))
    out = [0.0] * N
    beat = LOOP_S / 16
    for b in range(16):
        chord = chords[b // 4]
        for f in chord:
            burst_tone(out, b * beat, beat * 0.95, 0.12, f)
    melody = (523.25, 659.26, 587.33, 523.25, 440.0, 523.25, 392.0, 440.0)
    for k, f in enumerate(melody):
        burst_tone(out, k * 2 * beat, beat * 1.8, 0.18, f, decay=0.35)
    return mix(out)


def burst_tone(buf: Buf, at: float, length: float, level: float, freq: float,
               decay: float = 0.2) -> None:
    start, n = round(at * RATE), round(length * RATE)
    for j in range(n):
        t = j / RATE
        env = min(1.0, t / 0.01) * math.exp(-t / decay) * min(1.0, (n - j) / 200)
        buf[(start + j) % N] += level * env * (math.sin(2 * math.pi * freq * t) +
                                               0.3 * math.sin(4 * math.pi * freq * t))


#: the scenario's world ids -> their ambience (a world without one plays none)
LOOPS: dict[str, Callable[[], Buf]] = {"ambience_soudure": welding,
                                       "ambience_maintenance": maintenance,
                                       "ambience_batteries": batteries,
                                       "ambience_automobile": automobile,
                                       "ambience_agro": agro, "music": music,
                                       "arc_close": arc_close, "arc_far": arc_far}


def main(argv: list[str]) -> int:
    for name, make in LOOPS.items():
        path = write(name, make(), RATE)
        print(path.relative_to(ROOT))
        if "--check" in argv:
            with wave.open(str(path), "rb") as w:
                data = w.readframes(w.getnframes())
            first = int.from_bytes(data[:2], "little", signed=True)
            last = int.from_bytes(data[-2:], "little", signed=True)
            print(f"  {len(data) // 2 / RATE:.1f} s, first/last sample {first}/{last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
