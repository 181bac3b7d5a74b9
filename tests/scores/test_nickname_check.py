"""``python main.py nickname-check``: an organiser checks names against the word list."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from game.scores.nicknames import check

ROOT = Path(__file__).resolve().parents[2]


def test_names_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert check.main(["Léa", "SAL0PE", "Constance"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Léa\tok", "SAL0PE\trefused",
                                                    "Constance\tok"]


def test_names_on_stdin_one_a_line(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Inès\r\n\nP D\nBitche\n"))
    assert check.main([]) == 0
    assert capsys.readouterr().out.splitlines() == ["Inès\tok", "P D\trefused", "Bitche\tok"]


def test_an_edited_word_list_and_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    words = tmp_path / "words.txt"
    words.write_text("# mine\n=zut\n", encoding="utf-8")
    assert check.main(["--words", str(words), "--why", "ZUT69", "connard"]) == 0
    assert capsys.readouterr().out.splitlines() == ["ZUT69\trefused\tzut", "connard\tok"]
    assert check.main(["--words", str(tmp_path / "missing.txt"), "x"]) == 2
    assert "missing.txt: cannot be read" in capsys.readouterr().err


@pytest.mark.slow
def test_the_command_line_runs_it() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "nickname-check"],
                         input="Yasmine\nKONNARD\n", capture_output=True, text=True,
                         encoding="utf-8", check=False, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["Yasmine\tok", "KONNARD\trefused"]
