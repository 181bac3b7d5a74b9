"""A kiosk paired with a hub: by its settings file or the command line; the menu shows the hub."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game.hub import queries
from game.hub.db import Database
from game.hub.link import from_file
from tests.hub.conftest import KEY, Served, free_port, wait_for
from tests.kiosk.conftest import make_kiosk  # noqa: F401 - the kiosk harness fixture
from tests.kiosk.test_admin import finished_game, open_menu


def hub_line(h: Any) -> tuple[str, str, bool]:
    open_menu(h)
    lines: list[tuple[str, str, bool]] = h.app.top._lines()
    h.app.draw()
    return next(line for line in lines if line[0] == "Hub de l'événement")


@pytest.mark.slow
def test_a_kiosk_paired_in_its_settings_file_pushes_and_says_so(
        make_kiosk: Any, tmp_path: Path, served: Served, db: Database) -> None:  # noqa: F811
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.toml").write_text(f'[hub]\nurl = "{served.url}"\nkey = "{KEY}"\n')
    h = make_kiosk(data_dir=data)
    finished_game(h, 300, "Zoé")
    assert wait_for(lambda: queries.summary(db)["games"] == 1)
    assert wait_for(lambda: h.ctx.hub.status().waiting == 0)
    _label, value, warn = hub_line(h)
    assert "connecté · 0 en attente" in value and not warn
    assert queries.board(db, h.ctx.wallclock().date())["top"][0]["nickname"] == "Zoé"


def test_a_kiosk_whose_hub_is_down_keeps_playing_and_says_offline(make_kiosk: Any) -> None:  # noqa: F811
    h = make_kiosk(None, "--hub", f"127.0.0.1:{free_port()}", "--hub-key", KEY)
    finished_game(h, 300)
    assert wait_for(lambda: h.ctx.hub.status().connected is False)
    assert wait_for(lambda: h.ctx.hub.status().waiting == 1)  # counted within 2 s, offline
    h.tap((960, 500))  # the attract loop still answers at once
    h.step(30)
    _label, value, warn = hub_line(h)
    assert "HORS LIGNE · 1 en attente" in value and warn


def test_the_hub_table_of_the_settings_file_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('event_name = "Lens"\n[hub]\nurl = "10.0.0.2:8765"\n')
    assert from_file(path) == (None, [f"{path}: [hub] has no key: scores stay on this kiosk"])
    path.write_text('[hub]\nurl = "10.0.0.2:8765"\nkey = "k-k-k-k-k-k-k"\nport = 1\n')
    paired, problems = from_file(path)
    assert paired is not None and paired.url == "http://10.0.0.2:8765"
    assert problems == [f"{path}: unknown setting 'hub.port': ignored"]
