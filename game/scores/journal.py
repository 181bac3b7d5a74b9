"""The fallback journal: finished games that the score file could not take, kept elsewhere.

One JSON object a line, appended and fsynced at once: ``{"game": {...}, "uid": ...}`` for a
game, ``{"nickname": ..., "uid": ...}`` for a name given later. It lives in a second place
(``fallback_dir`` in the settings, else the system's temp folder), one file per score file,
and the next start imports it into the store (a game's ``uid`` makes that idempotent), then
deletes it. A line cut short by a crash is skipped; the rest still counts.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from game.scores.records import BeliefAnswer, GameRecord, ProbeAnswer, TaskRecord

FOLDER_NAME = "cap-industrie-fallback"
ENV_DIR = "CAP_INDUSTRIE_FALLBACK_DIR"  # tests and odd setups: another default place


def default_dir() -> Path:
    """Where journals go when the settings name no ``fallback_dir``: the system's temp folder."""
    return Path(os.environ.get(ENV_DIR) or Path(tempfile.gettempdir()) / FOLDER_NAME)


def journal_for(store_path: Path, folder: Path | None = None) -> Path:
    """The journal of the score file ``store_path``: its name is a hash of the file's path."""
    key = hashlib.sha256(str(store_path.expanduser().absolute()).encode()).hexdigest()[:16]
    return (folder or default_dir()) / f"scores-{key}.jsonl"


class Journal:
    """Append-only, fsynced lines; every method but :meth:`read` may raise ``OSError``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def add_game(self, uid: str, record: GameRecord) -> None:
        self._append({"uid": uid, "game": to_json(record)})

    def set_nickname(self, uid: str, nickname: str | None) -> None:
        self._append({"uid": uid, "nickname": nickname})

    def exists(self) -> bool:
        return self.path.is_file()

    def read(self) -> tuple[dict[str, GameRecord], dict[str, str | None], int]:
        """Games by uid (latest nickname applied), names for games stored before, bad lines."""
        games: dict[str, GameRecord] = {}
        names: dict[str, str | None] = {}
        bad = 0
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return games, names, 0
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                uid = str(entry["uid"])
                if "game" in entry:
                    games[uid] = from_json(entry["game"])
                elif uid in games:
                    games[uid] = _renamed(games[uid], entry["nickname"])
                else:
                    names[uid] = entry["nickname"]
            except (ValueError, KeyError, TypeError):
                bad += 1  # cut short by a crash, or edited by hand
        return games, names, bad

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    def _append(self, entry: dict[str, Any]) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode("utf-8"))  # one write: lines of two programs never mix
            os.fsync(fd)
        finally:
            os.close(fd)


def _renamed(record: GameRecord, nickname: object) -> GameRecord:
    if nickname is not None and not isinstance(nickname, str):
        raise TypeError("nickname")
    return replace(record, nickname=nickname)


def to_json(record: GameRecord) -> dict[str, Any]:
    data = asdict(record)
    data["started_at"] = record.started_at.isoformat()
    data["finished_at"] = record.finished_at.isoformat()
    return data


def from_json(data: dict[str, Any]) -> GameRecord:
    fields = dict(data)
    fields["started_at"] = datetime.fromisoformat(fields["started_at"])
    fields["finished_at"] = datetime.fromisoformat(fields["finished_at"])
    fields["tasks"] = [TaskRecord(**t) for t in fields.get("tasks", [])]
    fields["probe"] = [ProbeAnswer(**p) for p in fields.get("probe", [])]
    fields["beliefs"] = [BeliefAnswer(**b) for b in fields.get("beliefs", [])]
    fields["worlds"] = list(fields.get("worlds", []))
    return GameRecord(**fields)
