"""The class's results from its records: each student's progress, each station and question.

The dashboard (live and after play), the CSV and the printed report are all made from one
:class:`Debrief`, so they agree. A student's first attempt at a station is the one that
counts (what she knew); a projector's tally for a question is the trainer's last count.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from game.classroom import journal
from game.classroom.session import BELIEFS_TALLY
from game.classroom.sessions import student_key
from game.classroom.spec import StudentAccommodations

STUCK_MIN = 5.0  # minutes without progress before a student looks stuck
LOW_SCORE = 40  # a mean below this over two stations or more: she may need a hand
MOST_MISSED = 5
BELIEF_ORDER = ("agree", "unsure", "disagree")


@dataclass
class StudentRow:
    key: str
    name: str
    joined_at: datetime | None = None
    last_at: datetime | None = None
    offline: bool = False
    steps: list[journal.StepRec] = field(default_factory=list)
    outcome: str | None = None  # finished / left once an end record came
    liked: list[str] = field(default_factory=list)
    accommodations: StudentAccommodations = field(default_factory=StudentAccommodations)
    stuck: str | None = None  # why she seems stuck: "idle" or "low"
    #: projector mode: the hands this screen counted, most on one question (its class's
    #: size as far as a show of hands says), in all and per station
    hands: int = 0
    hands_at: dict[str, int] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return sum(s.score for s in self.steps)

    @property
    def stars(self) -> int:
        return sum(s.stars for s in self.steps)

    @property
    def mean(self) -> float | None:
        return self.score / len(self.steps) if self.steps else None

    @property
    def answered(self) -> int:
        return sum(len(s.answers) for s in self.steps)

    @property
    def correct(self) -> int:
        return sum(a.correct for s in self.steps for a in s.answers)


@dataclass
class QuestionStat:
    world_id: str
    station_id: str
    item_id: str
    prompt: str
    right: list[str]
    explanation: str | None = None
    answered: int = 0
    correct: int = 0
    chosen: Counter[str] = field(default_factory=Counter)
    hands: Counter[str] = field(default_factory=Counter)  # projector mode
    hands_right: int = 0

    @property
    def hands_total(self) -> int:
        return sum(self.hands.values())

    @property
    def pct(self) -> float | None:
        total = self.answered + self.hands_total
        return None if total == 0 else 100.0 * (self.correct + self.hands_right) / total


@dataclass
class StationStat:
    world_id: str
    station_id: str
    task_type: str = ""
    scores: list[int] = field(default_factory=list)
    stars: list[int] = field(default_factory=list)
    durations: list[float] = field(default_factory=list)
    questions: dict[str, QuestionStat] = field(default_factory=dict)

    @property
    def hands(self) -> int:
        """Projector mode: the most hands counted on one of its questions (0: none)."""
        return max((q.hands_total for q in self.questions.values()), default=0)

    @property
    def ref(self) -> str:
        return f"{self.world_id}/{self.station_id}"

    @property
    def mean(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


@dataclass
class Debrief:
    students: dict[str, StudentRow]
    stations: dict[str, StationStat]  # "world/station", in play (or scenario) order
    beliefs: dict[str, dict[str, Counter[str]]]  # statement -> phase -> value -> students
    jobs: Counter[str]

    def questions(self) -> list[QuestionStat]:
        return [q for s in self.stations.values() for q in s.questions.values()]

    def most_missed(self, n: int = MOST_MISSED) -> list[QuestionStat]:
        """The questions the class got wrong most (lowest share right; ties: most answers).

        Only questions with a right answer to show: a weld pass's criteria or a spot picture's
        areas carry none, and topped the list with an empty « Bonne réponse » (a trainer's
        test); they stay in their station's section."""
        asked = [q for q in self.questions()
                 if q.pct is not None and q.pct < 100.0 and any(r.strip() for r in q.right)]
        asked.sort(key=lambda q: (q.pct, -(q.answered + q.hands_total), q.world_id,
                                  q.station_id, q.item_id))
        return asked[:n]


def _value_key(value: str) -> tuple[int, float, str]:
    if value in BELIEF_ORDER:
        return (0, BELIEF_ORDER.index(value), value)
    try:
        return (1, float(value), value)
    except ValueError:
        return (2, 0.0, value)


def ordered_values(counts: Counter[str]) -> list[str]:
    return sorted(counts, key=_value_key)


def build(records: list[journal.AnyRecord], now: datetime | None = None,
          accommodations: dict[str, tuple[str, StudentAccommodations]] | None = None,
          seen: dict[str, datetime] | None = None, order: list[str] | None = None,
          stuck_min: float = STUCK_MIN) -> Debrief:
    """The debrief of ``records`` (in time order); ``seen``: each student's last contact by
    the hub's clock (the PCs' clocks may be wrong), ``order``: the stations to list first."""
    students: dict[str, StudentRow] = {}
    stations: dict[str, StationStat] = {}
    for ref in order or []:
        world, _, station = ref.partition("/")
        stations[ref] = StationStat(world, station)
    beliefs: dict[str, dict[str, dict[str, str]]] = {}  # statement -> phase -> student -> value
    tallies: dict[tuple[str, str, str], journal.TallyRec] = {}
    done: set[tuple[str, str]] = set()

    def row(rec: journal.AnyRecord) -> StudentRow:
        key = student_key(rec.student)
        if key not in students:
            students[key] = StudentRow(key, " ".join(rec.student.split()))
        got = students[key]
        got.last_at = rec.at if got.last_at is None else max(got.last_at, rec.at)
        return got

    hands: dict[tuple[str, str], Counter[str]] = {}  # (statement, phase): the class's hands
    for rec in records:
        if isinstance(rec, journal.TallyRec) and rec.world_id == BELIEFS_TALLY:
            hands[(rec.item_id, rec.station_id)] = Counter(rec.counts)  # the last count
            continue
        if isinstance(rec, journal.TallyRec):
            tallies[(rec.world_id, rec.station_id, rec.item_id)] = rec
            continue
        student = row(rec)
        if isinstance(rec, journal.JoinRec):
            student.joined_at = rec.at if student.joined_at is None else student.joined_at
            student.offline = student.offline or rec.offline
        elif isinstance(rec, journal.StepRec):
            ref = f"{rec.world_id}/{rec.station_id}"
            if (student.key, ref) in done:
                continue  # a second go: the first attempt counts
            done.add((student.key, ref))
            student.steps.append(rec)
            _add_step(stations.setdefault(ref, StationStat(rec.world_id, rec.station_id)), rec)
        elif isinstance(rec, journal.BeliefsRec):
            for answer in rec.answers:
                beliefs.setdefault(answer.statement_id, {}).setdefault(rec.phase, {})[
                    student.key] = str(answer.value)
        else:
            student.outcome = rec.outcome
            student.liked = list(rec.liked_jobs)
    for (world, station, item), tally in tallies.items():
        ref = f"{world}/{station}"
        total = sum(tally.counts.values())
        group = students.get(student_key(tally.student))  # the projector's row (its join)
        if group is not None:  # a tally alone makes no student (a trainer counting hands)
            group.hands = max(group.hands, total)
            group.hands_at[ref] = max(group.hands_at.get(ref, 0), total)
        stat = stations.setdefault(ref, StationStat(world, station))
        q = stat.questions.setdefault(item, QuestionStat(world, station, item, tally.prompt,
                                                         list(tally.right)))
        q.hands.update({k: v for k, v in tally.counts.items() if v})
        q.hands_right = sum(tally.counts.get(choice, 0) for choice in tally.right)
    for key, (name, acc) in (accommodations or {}).items():
        listed = students.setdefault(key, StudentRow(key, name))
        listed.accommodations = acc
        listed.name = name  # as the class list (or the dashboard) says it: « Éloïse », not ELOISE
    if now is not None:
        for student in students.values():
            student.stuck = _stuck(student, now, (seen or {}).get(student.key), stuck_min)
    jobs: Counter[str] = Counter(job for s in students.values() for job in dict.fromkeys(s.liked))
    table: dict[str, dict[str, Counter[str]]] = {
        m: {p: Counter(v.values()) for p, v in phases.items()} for m, phases in beliefs.items()}
    for (statement, phase), counted in hands.items():  # projector mode: hands, not students
        table.setdefault(statement, {}).setdefault(phase, Counter()).update(
            {k: v for k, v in counted.items() if v})
    return Debrief(students, stations, dict(sorted(table.items())), jobs)


def _add_step(stat: StationStat, rec: journal.StepRec) -> None:
    stat.task_type = stat.task_type or rec.task_type
    stat.scores.append(rec.score)
    stat.stars.append(rec.stars)
    stat.durations.append(rec.duration_s)
    for answer in rec.answers:
        q = stat.questions.setdefault(answer.item_id, QuestionStat(
            rec.world_id, rec.station_id, answer.item_id, answer.prompt, list(answer.right)))
        q.explanation = q.explanation or answer.explanation
        q.answered += 1
        q.correct += answer.correct
        q.chosen.update(answer.chosen)


def _stuck(student: StudentRow, now: datetime, seen: datetime | None,
           stuck_min: float) -> str | None:
    if student.outcome is not None or (student.joined_at is None and not student.steps):
        return None
    if len(student.steps) >= 2 and (student.mean or 0) < LOW_SCORE:
        return "low"
    last = seen or student.last_at
    if last is not None and now - last > timedelta(minutes=stuck_min):
        return "idle"
    return None


def to_json(d: Debrief, names: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the dashboard draws (names: the scenario's titles, see names.Names.to_json)."""
    return {
        "students": [{
            "name": s.name, "key": s.key, "offline": s.offline,
            "joined": s.joined_at.isoformat() if s.joined_at else None,
            "last": s.last_at.isoformat() if s.last_at else None,
            "done": [f"{r.world_id}/{r.station_id}" for r in s.steps],
            "scores": {f"{r.world_id}/{r.station_id}": r.score for r in s.steps},
            "score": s.score, "stars": s.stars, "answered": s.answered, "correct": s.correct,
            "outcome": s.outcome, "liked": s.liked, "stuck": s.stuck,
            "hands": s.hands, "hands_at": s.hands_at,
            "accommodations": s.accommodations.model_dump(mode="json"),
        } for s in sorted(d.students.values(), key=lambda s: s.key)],
        "stations": [{
            "ref": st.ref, "world_id": st.world_id, "station_id": st.station_id,
            "task_type": st.task_type, "students": len(st.scores), "hands": st.hands,
            "mean": st.mean, "stars": sum(st.stars) / len(st.stars) if st.stars else None,
            "questions": [_question(q) for q in st.questions.values()],
        } for st in d.stations.values()],
        "most_missed": [_question(q) for q in d.most_missed()],
        "beliefs": [{"statement": m, "phases": {p: [[v, c[v]] for v in ordered_values(c)]
                                                for p, c in phases.items()}}
                    for m, phases in d.beliefs.items()],
        "jobs": [[job, n] for job, n in d.jobs.most_common()],
        "names": names or {},
    }


def _question(q: QuestionStat) -> dict[str, Any]:
    return {"world_id": q.world_id, "station_id": q.station_id, "item_id": q.item_id,
            "prompt": q.prompt, "right": q.right, "explanation": q.explanation,
            "answered": q.answered, "correct": q.correct, "pct": q.pct,
            "chosen": q.chosen.most_common(), "hands": q.hands.most_common(),
            "hands_right": q.hands_right}
