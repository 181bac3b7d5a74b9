"""The trainer's sessions in the hub's database: what ``class new`` made, accommodations, records.

One :class:`SessionStore` over the hub's :class:`~game.hub.db.Database` (SQLite or PostgreSQL,
schema version 2). A student is known by her name folded (case, accents and spaces), so « Léa »
typed on two PCs, « ELOISE » typed on the title's keyboard (which has no accents) and
« Éloïse » on the class list are one student each. Records are stored once by UUID, whether
pushed or imported.
"""
from __future__ import annotations

import json
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from game.classroom import journal
from game.classroom.code import CodeContent, class_route, encode
from game.classroom.spec import SessionSpec, StudentAccommodations
from game.hub.db import Database

_COLUMNS = ("code, title, scenario_id, scenario_path, world, world_id, route, stations, "
            "timers, speed_bonus, pin_hash, created_utc, closed_utc")
CODE_TRIES = 50  # random tails drawn before giving up (160,000 per content)


class CodeTaken(Exception):
    """Every code tried is in use (practically never: 160,000 codes per content)."""


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})  # NFKD keeps them whole


def student_key(name: str) -> str:
    """One key per student whatever the case, accents and spacing typed (« Eloise » typed,
    « Éloïse » listed): a trainer expects them matched, and the game's keyboard has no
    accents. What is shown stays as typed, or as the list says."""
    plain = unicodedata.normalize("NFKD", " ".join(name.split()).casefold().translate(_LIGATURES))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Session:
    """A classroom session as ``class new`` stored it."""

    code: str
    title: str
    scenario_id: str
    scenario_path: str | None
    world: int
    world_id: str | None
    route: str
    stations: list[str] | None
    timers: bool
    speed_bonus: bool
    pin_hash: str | None
    created_utc: str
    closed_utc: str | None = None

    @property
    def open(self) -> bool:
        return self.closed_utc is None

    def spec(self, accommodations: StudentAccommodations | None = None) -> SessionSpec:
        return SessionSpec(
            code=self.code, title=self.title, scenario_id=self.scenario_id, world=self.world,
            world_id=self.world_id, route=class_route(self.route),
            stations=self.stations, timers=self.timers, speed_bonus=self.speed_bonus,
            open=self.open, accommodations=accommodations or StudentAccommodations())

    def content(self) -> CodeContent:
        return CodeContent(self.world, class_route(self.route), self.timers)

    def planned(self, order: list[str]) -> list[str]:
        """The session's stations as world/station refs, in the scenario's ``order``."""
        if self.stations is not None:
            refs = [s if "/" in s else f"{self.world_id}/{s}" for s in self.stations]
            return [r for r in order if r in refs] or refs
        if self.world_id:
            return [r for r in order if r.startswith(f"{self.world_id}/")]
        return [] if self.route == "decouverte" else list(order)


def _session(row: Sequence[object]) -> Session:
    stations = json.loads(str(row[7])) if row[7] is not None else None
    return Session(code=str(row[0]), title=str(row[1]), scenario_id=str(row[2]),
                   scenario_path=None if row[3] is None else str(row[3]), world=int(str(row[4])),
                   world_id=None if row[5] is None else str(row[5]), route=str(row[6]),
                   stations=stations, timers=bool(row[8]), speed_bonus=bool(row[9]),
                   pin_hash=None if row[10] is None else str(row[10]),
                   created_utc=str(row[11]), closed_utc=None if row[12] is None else str(row[12]))


@dataclass(frozen=True)
class Stored:
    stored: int
    duplicates: int


class SessionStore:
    def __init__(self, db: Database, now: Callable[[], str] = utc_now) -> None:
        self.db = db
        self.now = now

    # -- sessions ----------------------------------------------------------------------------
    def create(self, draft: Session, rng: secrets.SystemRandom | None = None) -> Session:
        """Store ``draft`` under a fresh code for its content (``draft.code`` is ignored)."""
        with self.db.write() as tx:
            for _ in range(CODE_TRIES):
                code = encode(draft.content(), rng)
                if not tx.rows("SELECT 1 FROM class_sessions WHERE code = :c", {"c": code}):
                    break
            else:
                raise CodeTaken("no free session code left for this content")
            made = Session(**{**draft.__dict__, "code": code, "created_utc": self.now(),
                              "closed_utc": None})
            tx.run(f"INSERT INTO class_sessions ({_COLUMNS}) VALUES (:code, :title, :scenario_id, "
                   ":scenario_path, :world, :world_id, :route, :stations, :timers, :speed_bonus, "
                   ":pin_hash, :created_utc, :closed_utc)",
                   {**made.__dict__, "stations": None if made.stations is None
                    else json.dumps(made.stations), "timers": int(made.timers),
                    "speed_bonus": int(made.speed_bonus)})
        return made

    def get(self, code: str) -> Session | None:
        with self.db.read() as tx:
            rows = tx.rows(f"SELECT {_COLUMNS} FROM class_sessions WHERE code = :c", {"c": code})
        return _session(rows[0]) if rows else None

    def all(self) -> list[Session]:
        with self.db.read() as tx:
            rows = tx.rows(f"SELECT {_COLUMNS} FROM class_sessions ORDER BY created_utc, code")
        return [_session(r) for r in rows]

    def counts(self) -> dict[str, tuple[int, int]]:
        """Per session: (students seen in the records, records)."""
        with self.db.read() as tx:
            rows = tx.rows("SELECT session, COUNT(DISTINCT student_key), COUNT(*) "
                           "FROM class_records GROUP BY session")
        return {str(s): (int(n), int(r)) for s, n, r in rows}

    def close(self, code: str) -> bool:
        """Close the session (students' pushes refused from now on); False if unknown."""
        with self.db.write() as tx:
            found = tx.rows("SELECT closed_utc FROM class_sessions WHERE code = :c", {"c": code})
            if not found:
                return False
            if found[0][0] is None:
                tx.run("UPDATE class_sessions SET closed_utc = :at WHERE code = :c",
                       {"at": self.now(), "c": code})
        return True

    def purge(self, code: str) -> int | None:
        """Delete the session, its students and their records; how many records (None: unknown)."""
        with self.db.write() as tx:
            if not tx.rows("SELECT 1 FROM class_sessions WHERE code = :c", {"c": code}):
                return None
            deleted = tx.run("DELETE FROM class_records WHERE session = :c", {"c": code})
            tx.run("DELETE FROM class_students WHERE session = :c", {"c": code})
            tx.run("DELETE FROM class_sessions WHERE code = :c", {"c": code})
        return int(deleted)

    # -- accommodations ----------------------------------------------------------------------
    def accommodations(self, code: str, student: str) -> StudentAccommodations:
        with self.db.read() as tx:
            rows = tx.rows("SELECT accommodations FROM class_students WHERE session = :c AND "
                           "student_key = :k", {"c": code, "k": student_key(student)})
        if not rows:
            return StudentAccommodations()
        return StudentAccommodations.model_validate_json(str(rows[0][0]))

    def all_accommodations(self, code: str) -> dict[str, tuple[str, StudentAccommodations]]:
        """student key -> (the name as typed, her accommodations)."""
        with self.db.read() as tx:
            rows = tx.rows("SELECT student_key, student, accommodations FROM class_students "
                           "WHERE session = :c ORDER BY student_key", {"c": code})
        return {str(k): (str(n), StudentAccommodations.model_validate_json(str(a)))
                for k, n, a in rows}

    def set_accommodations(self, code: str, items: Iterable[tuple[str, StudentAccommodations]]
                           ) -> int:
        """Set each (student, accommodations); the number set."""
        params = [{"c": code, "k": student_key(name), "n": " ".join(name.split()),
                   "a": acc.model_dump_json(), "at": self.now()} for name, acc in items]
        with self.db.write() as tx:
            tx.many("INSERT INTO class_students (session, student_key, student, accommodations, "
                    "updated_utc) VALUES (:c, :k, :n, :a, :at) ON CONFLICT (session, student_key) "
                    "DO UPDATE SET student = excluded.student, accommodations = "
                    "excluded.accommodations, updated_utc = excluded.updated_utc", params)
        return len(params)

    # -- records -----------------------------------------------------------------------------
    def store(self, records: Sequence[journal.AnyRecord], source: str) -> Stored:
        """Each record once (same UUID again: skipped), in one transaction."""
        if not records:
            return Stored(0, 0)
        at = self.now()
        with self.db.write() as tx:
            fresh = tx.returning(
                "INSERT INTO class_records (uuid, session, student_key, kind, at_utc, "
                "received_utc, source, body) VALUES (:uuid, :session, :student, :kind, :at, "
                ":received, :source, :body) ON CONFLICT (uuid) DO NOTHING RETURNING uuid",
                [{"uuid": str(r.uuid), "session": r.session, "student": student_key(r.student),
                  "kind": r.kind, "at": utc_text(r.at), "received": at, "source": source,
                  "body": r.model_dump_json()} for r in records])
        stored = sum(row is not None for row in fresh)
        return Stored(stored, len(records) - stored)

    def records(self, code: str) -> list[journal.AnyRecord]:
        """The session's records in the order they happened (by the PCs' clocks)."""
        with self.db.read() as tx:
            rows = tx.rows("SELECT body FROM class_records WHERE session = :c "
                           "ORDER BY at_utc, uuid", {"c": code})
        return [journal.parse(json.loads(str(r[0]))) for r in rows]

    def last_seen(self, code: str) -> dict[str, datetime]:
        """Each student's last push by the hub's clock (her PC's may be wrong)."""
        with self.db.read() as tx:
            rows = tx.rows("SELECT student_key, MAX(received_utc) FROM class_records "
                           "WHERE session = :c AND source = 'push' GROUP BY student_key",
                           {"c": code})
        return {str(k): datetime.fromisoformat(str(at)) for k, at in rows}
