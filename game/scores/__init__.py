"""Local score store: finished games kept safely in SQLite, leaderboards, export and purge."""
from __future__ import annotations

from game.scores.records import (
    NICKNAME_MAX,
    BeliefAnswer,
    GameRecord,
    InvalidRecordError,
    LeaderboardRow,
    Mode,
    ProbeAnswer,
    SavedGame,
    Scope,
    ScoreStoreError,
    TaskRecord,
    VisitRecord,
)
from game.scores.store import ScoreStore

__all__ = [
    "NICKNAME_MAX",
    "BeliefAnswer",
    "GameRecord",
    "InvalidRecordError",
    "LeaderboardRow",
    "Mode",
    "ProbeAnswer",
    "SavedGame",
    "Scope",
    "ScoreStore",
    "ScoreStoreError",
    "TaskRecord",
    "VisitRecord",
]
