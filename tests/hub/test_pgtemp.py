"""The throwaway PostgreSQL server of the tests (game.hub.pgtemp): nothing of it waits for a
disk, so its stop does not take seconds on a machine whose disk others keep busy."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.hub import pgtemp


def test_the_cluster_lives_in_memory_when_there_is_room(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    memory = tmp_path / "shm"
    memory.mkdir()
    monkeypatch.setattr(pgtemp, "MEMORY_DIR", memory)
    monkeypatch.setattr(pgtemp, "MEMORY_ROOM", 1)
    server = pgtemp.TempPostgres()
    try:
        assert server.root.parent == memory
    finally:
        shutil.rmtree(server.root, ignore_errors=True)
    # too small (a container's 64 MiB /dev/shm), or absent: the usual temporary folder
    monkeypatch.setattr(pgtemp, "MEMORY_ROOM", 1 << 62)
    small = pgtemp.TempPostgres()
    monkeypatch.setattr(pgtemp, "MEMORY_DIR", tmp_path / "none")
    monkeypatch.setattr(pgtemp, "MEMORY_ROOM", 1)
    absent = pgtemp.TempPostgres()
    try:
        assert memory not in (small.root.parent, absent.root.parent)
        assert small.root.is_dir() and absent.root.is_dir()
    finally:
        shutil.rmtree(small.root, ignore_errors=True)
        shutil.rmtree(absent.root, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.skipif(pgtemp.missing_reason() is not None, reason=str(pgtemp.missing_reason()))
def test_a_server_started_and_stopped_leaves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Started without syncing, stopped at once (``-m immediate``), its folder deleted."""
    calls: list[tuple[str, ...]] = []
    real_run = pgtemp.TempPostgres._run

    def run(self: pgtemp.TempPostgres, *args: str) -> None:
        calls.append(args)
        real_run(self, *args)

    monkeypatch.setattr(pgtemp.TempPostgres, "_run", run)
    server = pgtemp.TempPostgres().start()
    url = server.create_database()
    assert url.startswith("postgresql://")
    server.stop()
    assert not server.root.exists()
    initdb = next(c for c in calls if c[0].endswith("initdb"))
    stop = next(c for c in calls if c[-1] == "stop")
    assert "--no-sync" in initdb and stop[stop.index("-m"):][:2] == ("-m", "immediate")
