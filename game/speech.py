"""Self-voicing: the game speaks what appears, through the system's own offline speech.

pyttsx3 drives SAPI5 on Windows, espeak-ng on Linux and NSSpeech on macOS. Speech runs on a
worker thread that owns the engine, so no frame ever waits for it; a new line cuts the one
being spoken. ``--speech-log FILE`` writes every utterance (time, language, text), one a line,
whether or not an engine exists, so tests and authors can check what is said without a sound
card. Without an engine the setting says so and the game goes on silently.
"""
from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

RATES = (140, 175, 210)  # words per minute: the setting's three steps (slow, normal, quick)
MAX_CHARS = 1_000  # one utterance; what is longer is cut at a sentence end
_STOP = object()


@dataclass(frozen=True)
class Utterance:
    text: str
    lang: str
    rate: int


#: a pyttsx3 engine (say, stop, startLoop, iterate, endLoop, isBusy, get/setProperty), or a fake
Engine = Any


def system_engine() -> Engine | None:
    """The operating system's speech engine, or None when there is none (or no pyttsx3)."""
    try:
        import pyttsx3

        return pyttsx3.init()
    except Exception:  # any failure means: no speech here, the game goes on
        return None


def pick_voice(engine: Engine, lang: str) -> None:
    """A voice of the game's language when the system has one (French first)."""
    try:
        voices = engine.getProperty("voices") or []
    except Exception:  # a driver without voices: keep its default
        return
    for voice in voices:
        names = [str(v).lower() for v in (getattr(voice, "languages", None) or [])]
        names += [str(getattr(voice, "id", "")).lower(), str(getattr(voice, "name", "")).lower()]
        if any(lang in n for n in names):
            with contextlib.suppress(Exception):
                engine.setProperty("voice", voice.id)
            return


def shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(". ", 0, MAX_CHARS)
    return text[: cut + 1] if cut > MAX_CHARS // 2 else text[:MAX_CHARS]


class Speech:
    """Says texts off the frame and logs them; ``enabled`` is the player's setting."""

    def __init__(self, enabled: bool = False, lang: str = "fr", rate: int = RATES[1],
                 log_path: Path | None = None,
                 engine_factory: Callable[[], Engine | None] = system_engine,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.enabled = enabled
        self.lang = lang
        self.rate = rate
        self._factory = engine_factory
        self._now = now
        self._log: TextIO | None = None
        if log_path is not None:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = log_path.open("a", encoding="utf-8", buffering=1)
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._available: bool | None = None  # None: not tried yet
        self._ready = threading.Event()
        self._last = ""

    # --- what scenes call -------------------------------------------------------------------

    def say(self, text: str, *, repeat: bool = False) -> None:
        """Speak ``text`` now, cutting off what is being said. Never blocks."""
        text = shorten(text)
        if not self.enabled or not text or (text == self._last and not repeat):
            return
        self._last = text
        if self._log is not None:
            stamp = self._now().isoformat(timespec="milliseconds")
            self._log.write(f"{stamp}\t{self.lang}\t{text}\n")
        self._start()
        self._drain()
        self._queue.put(Utterance(text, self.lang, self.rate))

    def say_all(self, *parts: str) -> None:
        """Several pieces as one utterance (a question and its choices)."""
        pieces = [p.strip() for p in parts if p and p.strip()]
        self.say(" ".join(p if p[-1] in ".?!:…" else p + "." for p in pieces))

    def forget(self) -> None:
        """A new screen: the same words may be said again."""
        self._last = ""

    @property
    def available(self) -> bool | None:
        """Whether the system has a speech engine (None until self-voicing was first used)."""
        return self._available

    def probe(self, timeout: float = 3.0) -> bool:
        """Start the engine now and wait (bounded) to know whether it exists: the settings say
        so."""
        self._start()
        self._ready.wait(timeout)
        return bool(self._available)

    def close(self) -> None:
        if self._thread is not None:
            self._drain()
            self._queue.put(_STOP)
            self._thread.join(timeout=2.0)
            self._thread = None
        if self._log is not None:
            self._log.close()
            self._log = None

    # --- the worker ---------------------------------------------------------------------------

    def _drain(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self._queue.get_nowait()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="speech", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        engine = self._factory()
        self._available = engine is not None
        self._ready.set()
        if engine is None:
            while self._queue.get() is not _STOP:
                pass  # nothing to speak with: the log (if any) was written in say()
            return
        voiced = ""
        try:
            engine.startLoop(False)
            while True:
                try:
                    item = self._queue.get(timeout=0.05 if engine.isBusy() else 0.5)
                except queue.Empty:
                    engine.iterate()
                    continue
                if not isinstance(item, Utterance):
                    break
                text, lang, rate = item.text, item.lang, item.rate
                if engine.isBusy():
                    engine.stop()  # a new line cuts the old one off
                if lang != voiced:
                    pick_voice(engine, lang)
                    voiced = lang
                with contextlib.suppress(Exception):
                    engine.setProperty("rate", rate)
                engine.say(text)
                engine.iterate()
        except Exception:  # a broken driver must never take the game with it
            self._available = False
        finally:
            with contextlib.suppress(Exception):
                engine.endLoop()
