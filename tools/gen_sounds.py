"""Generate the game's short sounds (assets/sounds/*.wav) from code: 44.1 kHz, 16-bit, mono.

Soft timbres (a few harmonics, smooth attacks and exponential decays), every sound
normalised to about -6 dBFS peak, with short fades at both ends so nothing clicks.
Deterministic: the same bytes every run.

Usage: python tools/gen_sounds.py [--check]   (--check prints duration and peak of each file)
"""
from __future__ import annotations

import math
import sys
import wave
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "sounds"
RATE = 44100
PEAK_DBFS = -6.0

# equal-tempered note frequencies used below
C5, E5, G5, A5, C6, E6, G6 = 523.25, 659.26, 783.99, 880.00, 1046.50, 1318.51, 1567.98


def silence(seconds: float) -> list[float]:
    return [0.0] * round(seconds * RATE)


def add(buf: list[float], start: float, samples: Sequence[float]) -> None:
    """Mix samples into buf from `start` seconds (growing buf if needed)."""
    i0 = round(start * RATE)
    if len(buf) < i0 + len(samples):
        buf.extend([0.0] * (i0 + len(samples) - len(buf)))
    for i, v in enumerate(samples):
        buf[i0 + i] += v


def note(freq: float, seconds: float, amp: float = 1.0, attack: float = 0.004,
         decay: float = 0.12, partials: Sequence[tuple[float, float]] = ((1, 1.0),),
         glide_to: float | None = None) -> list[float]:
    """A tone: harmonic partials (multiple, level), linear attack, exponential decay.

    glide_to bends the pitch linearly to that frequency over the note."""
    n = round(seconds * RATE)
    out = [0.0] * n
    phase = 0.0
    norm = sum(level for _m, level in partials)
    for i in range(n):
        t = i / RATE
        f = freq if glide_to is None else freq + (glide_to - freq) * (i / max(1, n - 1))
        phase += 2 * math.pi * f / RATE
        env = min(1.0, t / attack) if attack > 0 else 1.0
        env *= math.exp(-t / decay)
        s = sum(level * math.sin(phase * m) for m, level in partials) / norm
        out[i] = amp * env * s
    return out


def finish(buf: list[float], fade_in: float = 0.002, fade_out: float = 0.012) -> list[float]:
    """Fade both ends (cosine) and normalise the peak to PEAK_DBFS."""
    n = len(buf)
    fi, fo = int(fade_in * RATE), int(fade_out * RATE)
    for i in range(min(fi, n)):
        buf[i] *= 0.5 - 0.5 * math.cos(math.pi * i / fi)
    for i in range(min(fo, n)):
        buf[n - 1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / fo)
    peak = max(abs(v) for v in buf) or 1.0
    gain = 10 ** (PEAK_DBFS / 20) / peak
    return [v * gain for v in buf]


def write(name: str, buf: list[float], rate: int = RATE) -> Path:
    """``buf`` (-1..1) as assets/sounds/<name>.wav, 16-bit mono at ``rate``."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.wav"
    frames = bytearray()
    for v in buf:
        s = max(-32767, min(32767, round(v * 32767)))
        frames += s.to_bytes(2, "little", signed=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


BELL = ((1, 1.0), (2, 0.28), (3, 0.08), (4.2, 0.04))      # soft bell / marimba-like
WARM = ((1, 1.0), (2, 0.45), (3, 0.25), (4, 0.12))         # rounder, a little brassy
WOOD = ((1, 1.0), (2.7, 0.35), (5.4, 0.1))                 # wood block


def tap() -> list[float]:
    """A soft click, about 40 ms."""
    buf = silence(0.04)
    add(buf, 0, note(880, 0.04, attack=0.0015, decay=0.008, partials=WOOD))
    add(buf, 0, note(1760, 0.02, amp=0.25, attack=0.001, decay=0.004))
    return finish(buf, fade_out=0.008)


def success() -> list[float]:
    """A bright two-note chime (G5 then C6), about 300 ms."""
    buf = silence(0.30)
    add(buf, 0.0, note(G5, 0.30, attack=0.004, decay=0.10, partials=BELL))
    add(buf, 0.09, note(C6, 0.21, attack=0.004, decay=0.09, partials=BELL))
    return finish(buf, fade_out=0.03)


def error() -> list[float]:
    """A gentle low 'bonk' that slides down a little, about 250 ms."""
    buf = silence(0.25)
    add(buf, 0.0, note(220, 0.25, attack=0.006, decay=0.09, glide_to=165, partials=WARM))
    add(buf, 0.0, note(110, 0.25, amp=0.35, attack=0.006, decay=0.08, glide_to=90))
    return finish(buf, fade_out=0.04)


def star() -> list[float]:
    """A sparkly rising ping: a quick C-E-G-C run with a shimmer, about 250 ms."""
    buf = silence(0.25)
    for k, f in enumerate((C5, E5, G5, C6)):
        add(buf, k * 0.035, note(f, 0.25 - k * 0.035, amp=1.0 - k * 0.12, attack=0.003,
                                 decay=0.07, partials=BELL))
    add(buf, 0.1, note(E6, 0.15, amp=0.18, attack=0.01, decay=0.05))
    add(buf, 0.12, note(G6, 0.13, amp=0.12, attack=0.01, decay=0.05))
    return finish(buf, fade_out=0.03)


def complete() -> list[float]:
    """A short fanfare: rising arpeggio into a held major chord, about 800 ms."""
    buf = silence(0.80)
    for k, f in enumerate((C5, E5, G5)):
        add(buf, k * 0.09, note(f, 0.16, amp=0.8, attack=0.008, decay=0.12, partials=WARM))
    for f, amp in ((C5, 0.55), (E5, 0.5), (G5, 0.5), (C6, 0.6)):
        add(buf, 0.27, note(f, 0.53, amp=amp, attack=0.015, decay=0.28, partials=WARM))
    return finish(buf, fade_out=0.08)


def celebrate() -> list[float]:
    """The end of the visit: a brighter, longer fanfare with a sparkle, about 1.6 s."""
    buf = silence(1.6)
    for k, f in enumerate((C5, E5, G5, C6)):
        add(buf, k * 0.08, note(f, 0.18, amp=0.8, attack=0.006, decay=0.12, partials=WARM))
    for f, amp in ((C5, 0.5), (E5, 0.45), (G5, 0.45), (C6, 0.55), (E6, 0.25)):
        add(buf, 0.34, note(f, 1.2, amp=amp, attack=0.02, decay=0.45, partials=WARM))
    for k, f in enumerate((G6, E6, C6 * 2, G6)):  # the sparkle over the chord
        add(buf, 0.45 + k * 0.11, note(f, 0.2, amp=0.16, attack=0.004, decay=0.06,
                                         partials=BELL))
    return finish(buf, fade_out=0.2)


def countdown() -> list[float]:
    """A neutral tick, about 80 ms."""
    buf = silence(0.08)
    add(buf, 0, note(A5, 0.08, attack=0.001, decay=0.018, partials=WOOD))
    return finish(buf, fade_out=0.02)


SOUNDS = {"tap": tap, "success": success, "error": error, "star": star, "complete": complete,
          "countdown": countdown, "celebrate": celebrate}


def check(path: Path) -> str:
    with wave.open(str(path), "rb") as w:
        n = w.getnframes()
        data = w.readframes(n)
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, RATE), path
    samples = [int.from_bytes(data[i:i + 2], "little", signed=True) for i in range(0, len(data), 2)]
    peak = max(abs(s) for s in samples) / 32767
    db = 20 * math.log10(peak) if peak else float("-inf")
    return (f"{path.name:<14} {n / RATE * 1000:5.0f} ms  peak {db:5.1f} dBFS  "
            f"first/last sample {samples[0]}/{samples[-1]}")


def main(argv: list[str]) -> int:
    for name, fn in SOUNDS.items():
        path = write(name, fn())
        if "--check" in argv:
            print(check(path))
        else:
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
