"""The impact report from every kiosk at once: through the hub, or from its PostgreSQL."""
from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from game.cli import main
from game.hub.db import Database, PostgresDatabase
from tests.hub.conftest import KEY, Served, batch, game
from tests.hub.test_server import AUTH


def push_two_kiosks(served: Served) -> None:
    import httpx2 as httpx  # declared in the test extra (Starlette's TestClient uses it too)

    for k in range(2):
        g = game(1, 100 + k, gender="girl")
        visit = {"kind": "visit", "uuid": str(uuid.uuid4()), "seq": 2, "scenario_id": "cap",
                 "started_at": "2026-03-14T09:26:00+01:00",
                 "ended_at": "2026-03-14T09:31:00+01:00", "played_s": 290.0,
                 "outcome": "finished", "lang": "fr", "game": g["uuid"]}
        r = httpx.post(f"{served.url}/api/push", json=batch(str(uuid.uuid4()), [g, visit]),
                       headers=AUTH)
        assert r.status_code == 200


def test_the_report_from_the_hub_counts_every_kiosk(served: Served, db: Database, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    push_two_kiosks(served)
    out = tmp_path / "out"
    assert main(["report", "--hub", served.url, "--hub-key", KEY, "--all", "--out", str(out),
                 "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("2 players, 2 games finished")
    assert (out / "bilan.html").is_file()
    if isinstance(db, PostgresDatabase):  # the same from the hub's database itself
        assert main(["report", "--db", db.url, "--all", "--out", str(tmp_path / "pg"),
                     "--data-dir", str(tmp_path)]) == 0
        assert capsys.readouterr().out.startswith("2 players, 2 games finished")
    else:  # the same from the hub's SQLite file, told apart from a kiosk's score file
        from game.hub.db import SqliteDatabase

        assert isinstance(db, SqliteDatabase)
        assert main(["report", "--db", str(db.path), "--all", "--out", str(tmp_path / "file"),
                     "--data-dir", str(tmp_path)]) == 0
        assert capsys.readouterr().out.startswith("2 players, 2 games finished")


def test_a_wrong_key_or_no_hub_is_said_in_words(served: Served, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--hub", served.url, "--hub-key", "wrong-key-wrong", "--all",
                 "--data-dir", str(tmp_path)]) == 1
    assert "401" in capsys.readouterr().err
    assert main(["report", "--hub", served.url, "--all", "--data-dir", str(tmp_path)]) == 1
    assert "--hub-key" in capsys.readouterr().err
