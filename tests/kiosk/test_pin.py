"""The admin code is stored as a salted hash; kiosk-pin sets it."""
from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from game.kiosk import pin
from game.kiosk.pin import hash_pin, valid_pin, verify_pin

ROOT = Path(__file__).resolve().parents[2]


def test_a_hash_checks_its_code_and_nothing_else() -> None:
    stored = hash_pin("2468", iterations=1000)
    assert stored.startswith("pbkdf2-sha256$1000$") and "2468" not in stored
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored) and not verify_pin("", stored)
    assert hash_pin("2468", iterations=1000) != stored  # salted
    for broken in ("", None, "2468", "md5$1$00$00", "pbkdf2-sha256$x$zz$00"):
        assert not verify_pin("2468", broken)


def test_codes_are_four_to_eight_digits() -> None:
    assert valid_pin("0000") and valid_pin("12345678")
    assert not valid_pin("123") and not valid_pin("123456789") and not valid_pin("12a4")
    assert not valid_pin("١٢٣٤")  # other scripts' digits


def test_kiosk_pin_writes_the_hash_into_the_settings_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("13579\n13579\n"))
    assert pin.main(["--data-dir", str(tmp_path)]) == 0
    text = (tmp_path / "kiosk.toml").read_text(encoding="utf-8")
    assert "13579" not in text and "# Cap Industrie" in text
    assert verify_pin("13579", tomllib.loads(text)["admin_pin"])


def test_kiosk_pin_refuses_a_mismatch_or_a_bad_code(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("1357\n7531\n"))
    assert pin.main(["--config", str(tmp_path / "k.toml")]) == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n12\n"))
    assert pin.main(["--config", str(tmp_path / "k.toml")]) == 2
    assert not (tmp_path / "k.toml").exists()


@pytest.mark.slow
def test_the_command_line_runs_it(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "kiosk-pin", "--data-dir",
                          str(tmp_path)], input="2468\n2468\n", capture_output=True, text=True,
                         check=False, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "hashed" in out.stdout


def test_the_guard_owns_the_lockout() -> None:
    from game.kiosk.pin import LOCK_S, TRIES, PinGuard

    now = [100.0]
    guard = PinGuard(hash_pin("2468", iterations=1000), lambda: now[0])
    assert guard.has_pin and guard.check("2468") == "ok"
    for _ in range(TRIES - 1):
        assert guard.check("0000") == "wrong"
    assert guard.check("0000") == "locked" and guard.locked_s == LOCK_S
    assert guard.check("2468") == "locked"  # even the right code waits
    now[0] += LOCK_S
    assert guard.check("0000") == "wrong" and guard.failures == 1
    assert guard.check("2468") == "ok" and guard.failures == 0


def test_the_guard_sets_a_new_code() -> None:
    from game.kiosk.pin import PinGuard

    guard = PinGuard("", lambda: 0.0)
    assert not guard.has_pin and guard.check("") == "wrong"
    with pytest.raises(ValueError, match="4 to 8 digits"):
        guard.set("12")
    stored = guard.set("13579", iterations=1000)
    assert guard.has_pin and verify_pin("13579", stored) and guard.check("13579") == "ok"
