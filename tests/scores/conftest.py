"""Shared helpers for the score store tests: a settable clock and game builders."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from game.scores import GameRecord, ScoreStore, TaskRecord
from game.scores.records import Mode

PARIS = timezone(timedelta(hours=1))  # a fixed offset keeps the tests off the host's zone


class FakeNow:
    """A wall clock that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A moment in March 2026, Paris winter time."""
    return datetime(2026, 3, day, hour, minute, second, tzinfo=PARIS)


def task(score: int = 80, stars: int = 2, station: str = "epi", **kw: object) -> TaskRecord:
    fields: dict[str, object] = {
        "world_id": "soudure", "station_id": station, "task_type": "quiz",
        "score": score, "stars": stars, "duration_s": 12.5, "details_json": None,
    }
    fields.update(kw)
    return TaskRecord(**fields)  # type: ignore[arg-type]


def game(score: int, finished: datetime, nickname: str | None = None, mode: Mode = "kiosk",
         session: str | None = None, scenario: str = "demo",
         tasks: list[TaskRecord] | None = None) -> GameRecord:
    return GameRecord(
        scenario_id=scenario, nickname=nickname, started_at=finished - timedelta(minutes=4),
        finished_at=finished, score=score, stars=min(3, score // 100), worlds=["soudure"],
        lang="fr", mode=mode, session=session,
        tasks=[task(), task(station="soudage")] if tasks is None else tasks,
    )


@pytest.fixture
def clock() -> FakeNow:
    return FakeNow(at(14, 10))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "scores.db"


@pytest.fixture
def store(db_path: Path, clock: FakeNow) -> Iterator[ScoreStore]:
    s = ScoreStore.open(db_path, now=clock)
    assert s.persistent and s.recovered_from is None
    yield s
    s.close()
