"""A student's classroom session on her PC: the journal written, pushed and the spec re-read.

Every record is appended to the PC's own journal file in the data folder first (nothing is
lost when the network drops, nor when the game stops), and to the ``--class-file`` when
there is one (the USB stick of offline play). A background thread pushes what the hub has
not acknowledged and asks for the session again every :data:`POLL_S` seconds; the game's
thread takes a changed spec with :meth:`ClassSession.take_change` and never waits for the
network. A restarted PC pushes its whole journal of the session again: the hub stores a
record once (same UUID), so nothing is counted twice.

Plain Python (no pygame): tested without a display.
"""
from __future__ import annotations

import sys
import threading
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from game.classroom import journal as j
from game.classroom.client import MAX_BATCH, ClassClient
from game.classroom.spec import SessionSpec
from game.hub.client import HubRefused, HubUnreachable

POLL_S = 5.0  # the protocol: the spec is asked for again every 5 s
FLUSH_RETRY_S = 0.25  # while the game waits to exit (flush), a push is tried this often
JOURNAL_DIR = "classroom"  # in the data folder: <CODE>.jsonl and device.txt
#: a projector's tally of a before/after statement: this ``world_id``, the phase as
#: ``station_id``, the statement as ``item_id``, the hands per answer (agree, unsure,
#: disagree) as ``counts`` (game.scenes.projector_probe; game.classroom.debrief reads them)
BELIEFS_TALLY = "_beliefs"


def device_id(data_dir: Path) -> UUID:
    """This PC's id, made once and kept in the data folder (a new one if it cannot be)."""
    path = data_dir / JOURNAL_DIR / "device.txt"
    try:
        return UUID(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        made = uuidlib.uuid4()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(str(made), encoding="utf-8")
        except OSError:
            pass
        return made


def local_journal(data_dir: Path, code: str) -> Path:
    return data_dir / JOURNAL_DIR / f"{code}.jsonl"


@dataclass
class PushStatus:
    pushed: int = 0  # records the hub acknowledged (stored or already there)
    waiting: int = 0
    problem: str | None = None  # the last failure, in words
    closed: bool = False  # the trainer closed the session: nothing more is sent


@dataclass
class ClassSession:
    spec: SessionSpec
    student: str
    device: UUID
    journal: j.Journal  # the PC's own copy, in the data folder
    class_file: j.Journal | None = None  # offline play: the file for ``class import``
    client: ClassClient | None = None  # None: offline, nothing is pushed
    now: Callable[[], datetime] = lambda: datetime.now().astimezone()
    poll_s: float = POLL_S
    problems: list[str] = field(default_factory=list)  # files that could not be written
    _pending: list[j.AnyRecord] = field(default_factory=list)
    _status: PushStatus = field(default_factory=PushStatus)
    _changed: SessionSpec | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _wake: threading.Event = field(default_factory=threading.Event)
    _stop: threading.Event = field(default_factory=threading.Event)
    _idle: threading.Event = field(default_factory=threading.Event)
    _flushing: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def offline(self) -> bool:
        return self.client is None

    # --- records --------------------------------------------------------------------------
    def _base(self) -> dict[str, Any]:
        return {"uuid": j.new_uuid(), "session": self.code, "student": self.student,
                "device": self.device, "at": self.now()}

    def record(self, record: j.AnyRecord) -> None:
        """Keep a record (local journal, class file) and queue it for the hub; never raises."""
        for target in (self.journal, self.class_file):
            if target is None:
                continue
            try:
                target.append(record)
            except OSError as err:
                why = f"{target.path}: not written ({err.strerror or err})"
                if why not in self.problems:
                    self.problems.append(why)
                    print(f"classroom: {why}", file=sys.stderr)
        if self.client is not None:
            with self._lock:
                self._pending.append(record)
                self._status.waiting = len(self._pending)
            self._wake.set()

    def join(self, lang: str) -> None:
        self.record(j.JoinRec(kind="join", lang=lang, offline=self.offline, **self._base()))

    def step(self, world_id: str, station_id: str, task_type: str, score: int, stars: int,
             duration_s: float, answers: list[j.AnswerRec]) -> None:
        self.record(j.StepRec(kind="step", world_id=world_id, station_id=station_id,
                              task_type=task_type, score=max(0, min(100, score)),
                              stars=max(0, min(3, stars)),
                              duration_s=max(0.0, min(86_400.0, duration_s)),
                              answers=answers, **self._base()))

    def beliefs(self, phase: j.Phase, answers: dict[str, int | str]) -> None:
        if not answers:
            return
        self.record(j.BeliefsRec(kind="beliefs", phase=phase,
                                 answers=[j.BeliefAnswer(statement_id=k, value=v)
                                          for k, v in answers.items()], **self._base()))

    def end(self, outcome: j.Outcome, score: int, stars: int, liked_jobs: list[str],
            offers: list[str]) -> None:
        self.record(j.EndRec(kind="end", outcome=outcome,
                             score=score, stars=stars, liked_jobs=liked_jobs[:100],
                             offers=offers[:100], **self._base()))

    def tally(self, world_id: str, station_id: str, item_id: str, prompt: str,
              counts: dict[str, int], right: list[str]) -> None:
        self.record(j.TallyRec(kind="tally", world_id=world_id, station_id=station_id,
                               item_id=item_id, prompt=prompt[:600],
                               counts={k[:600]: max(0, min(1000, v)) for k, v in counts.items()},
                               right=[r[:600] for r in right], **self._base()))

    def belief_tally(self, phase: str, statement_id: str, text: str,
                     counts: dict[str, int]) -> None:
        """The class's hands for one before/after statement (projector mode)."""
        self.tally(BELIEFS_TALLY, phase, statement_id, text, counts, [])

    # --- the hub --------------------------------------------------------------------------
    def resend_journal(self) -> None:
        """Queue what the PC's journal already holds for this session (a restart: the hub
        keeps each record once)."""
        if self.client is None:
            return
        old = [r for r in j.read(self.journal.path).records if r.session == self.code]
        with self._lock:
            self._pending[:0] = old
            self._status.waiting = len(self._pending)

    def start(self) -> ClassSession:
        if self.client is not None and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="class-sync", daemon=True)
            self._thread.start()
        return self

    def status(self) -> PushStatus:
        with self._lock:
            return PushStatus(self._status.pushed, len(self._pending), self._status.problem,
                              self._status.closed)

    def take_change(self) -> SessionSpec | None:
        """The spec the hub sent since the last call, if it differs (the game's thread)."""
        with self._lock:
            changed, self._changed = self._changed, None
        return changed

    def flush(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s`` for the queue to empty; True when it did."""
        if self.client is None:
            return True
        self._idle.clear()
        self._flushing.set()  # the hub may come back in these seconds: try again often
        self._wake.set()
        try:
            self._idle.wait(timeout_s)
        finally:
            self._flushing.clear()
        return self.status().waiting == 0

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._push()
                self._poll()
            except Exception as err:  # the thread must never die: the game goes on
                with self._lock:
                    self._status.problem = f"{type(err).__name__}: {err}"
            if not self._pending:
                self._idle.set()
            self._wake.wait(FLUSH_RETRY_S if self._flushing.is_set() and self._pending
                            else self.poll_s)
            self._wake.clear()

    def _push(self) -> None:
        assert self.client is not None
        while not self._stop.is_set():
            with self._lock:
                batch = list(self._pending[:MAX_BATCH])
                closed = self._status.closed
            if not batch or closed:
                return
            try:
                self.client.push(batch)
            except HubUnreachable as err:
                with self._lock:
                    self._status.problem = f"hub unreachable: {err}"
                return
            except HubRefused as err:
                with self._lock:
                    self._status.problem = f"hub refused: {err}"
                    if err.status == 410:  # closed: the records stay in the journal only
                        self._status.closed = True
                        self._pending.clear()
                    elif err.status == 422 and isinstance(err.body.get("index"), int):
                        index = err.body["index"]  # one bad record: set it aside, send the rest
                        if 0 <= index < len(self._pending):
                            self._pending.pop(index)
                            continue
                return
            with self._lock:
                del self._pending[:len(batch)]
                self._status.pushed += len(batch)
                self._status.waiting = len(self._pending)
                self._status.problem = None

    def _poll(self) -> None:
        assert self.client is not None
        try:
            got = self.client.spec(self.student)
        except HubUnreachable as err:
            with self._lock:
                self._status.problem = f"hub unreachable: {err}"
            return
        except HubRefused as err:
            if err.status == 410:
                with self._lock:
                    self._status.closed = True
            return
        with self._lock:
            if got != self.spec:
                self.spec = got
                self._changed = got
