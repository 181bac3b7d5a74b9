"""Where data goes: the user's folder, a portable data/ beside the app, or a fallback."""
from __future__ import annotations

from pathlib import Path

import pytest

from game import paths


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    here = tmp_path / "app"
    here.mkdir()
    monkeypatch.setattr(paths, "app_dir", lambda: here)
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "profile" / "cap-industrie")
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    return here


def test_without_portable_mode_the_user_folder_is_used(app: Path, tmp_path: Path) -> None:
    chosen = paths.choose_data_dir()
    assert chosen.path == tmp_path / "profile" / "cap-industrie"
    assert not chosen.portable and chosen.note == ""
    assert not (app / "data").exists()


def test_a_portable_txt_beside_the_app_keeps_data_beside_it(app: Path) -> None:
    (app / "portable.txt").write_text("")
    chosen = paths.choose_data_dir()
    assert chosen.path == app / "data" and chosen.portable
    assert (app / "data").is_dir()


def test_the_portable_flag_does_the_same(app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.PORTABLE_ENV, "1")
    assert paths.default_data_dir() == app / "data"


def test_a_read_only_stick_falls_back_to_the_user_folder_and_says_why(
        app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (app / "portable.txt").write_text("")
    monkeypatch.setattr(paths, "writable", lambda folder: folder != app / "data")
    chosen = paths.choose_data_dir()
    assert chosen.path == tmp_path / "profile" / "cap-industrie"
    assert "cannot be written" in chosen.note and str(app / "data") in chosen.note


def test_with_no_writable_profile_the_temp_folder_still_lets_the_game_play(
        app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "writable", lambda folder: False)
    chosen = paths.choose_data_dir()
    assert chosen.path.name == "cap-industrie" and "using" in chosen.note


def test_writable_creates_the_folder(tmp_path: Path) -> None:
    assert paths.writable(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()
    assert list((tmp_path / "a" / "b").iterdir()) == []  # the probe file is gone
