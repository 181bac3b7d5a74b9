"""The organiser's code: stored as a salted PBKDF2 hash, never in clear; :class:`PinGuard`
checks it and owns the keypad's lockout; ``kiosk-pin`` (or the kiosk itself) sets it.

    python main.py kiosk-pin [--config PATH] [--data-dir DIR]

asks for a code of 4 to 8 digits twice (hidden) and writes its hash into the kiosk's settings
file (created from the template if needed). A short code is easy to guess by brute force
from the hash: the hash keeps it out of sight on a shared USB stick, and the kiosk's keypad
slows guessing down; keep the settings file where visitors cannot read it.
"""
from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.kiosk.config import default_path, set_keys
from game.settings import default_data_dir

SCHEME = "pbkdf2-sha256"
ITERATIONS = 200_000  # about 0.1 s on a kiosk PC: once per code typed
PIN_DIGITS = (4, 8)
TRIES = 5  # wrong codes in a row before the pad locks
LOCK_S = 60.0

Verdict = Literal["ok", "wrong", "locked"]


def hash_pin(pin: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """``pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True if ``pin`` is the code whose hash is ``stored``; False for any malformed hash."""
    if not stored:
        return False
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = bytes.fromhex(digest)
        got = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt),
                                  int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(got, expected)


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]


@dataclass
class PinGuard:
    """The organiser's code as stored, and the lockout: :data:`TRIES` wrong codes in a row
    lock the pad for :data:`LOCK_S` seconds (of ``clock``), even for the right code."""

    stored: str  # the hash from the settings file; empty: no code yet
    clock: Callable[[], float]
    failures: int = 0  # wrong codes in a row
    locked_until: float = 0.0  # clock seconds

    @property
    def has_pin(self) -> bool:
        return bool(self.stored)

    @property
    def locked_s(self) -> float:
        """Seconds before the pad takes a code again (0 when it does)."""
        return max(0.0, self.locked_until - self.clock())

    def check(self, code: str) -> Verdict:
        if self.locked_s > 0:
            return "locked"
        if verify_pin(code, self.stored):
            self.failures = 0
            return "ok"
        self.failures += 1
        if self.failures >= TRIES:
            self.failures = 0
            self.locked_until = self.clock() + LOCK_S
            return "locked"
        return "wrong"

    def set(self, pin: str, iterations: int | None = None) -> str:
        """A new code: returns its hash (to keep in the settings file)."""
        if not valid_pin(pin):
            raise ValueError(f"the code must be {PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits")
        self.stored = hash_pin(pin, ITERATIONS if iterations is None else iterations)
        self.failures, self.locked_until = 0, 0.0
        return self.stored


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", flush=True)  # piped in (a script): read a line
    return sys.stdin.readline().strip()


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="main.py kiosk-pin",
                                description="Set the kiosk's admin code (stored hashed).")
    p.add_argument("--config", type=Path, default=None, help="the kiosk settings file")
    p.add_argument("--data-dir", type=Path, default=None, help="where kiosk.toml lives")
    a = p.parse_args(argv)
    path = a.config or default_path(a.data_dir or default_data_dir())
    pin = _ask(f"New admin code ({PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits): ")
    if not valid_pin(pin):
        print(f"The code must be {PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits (0-9).", file=sys.stderr)
        return 2
    if _ask("Type it again: ") != pin:
        print("The two codes differ: nothing changed.", file=sys.stderr)
        return 2
    try:
        set_keys(path, {"admin_pin": hash_pin(pin)})
    except OSError as err:
        print(f"Cannot write {path}: {err}", file=sys.stderr)
        return 1
    print(f"Admin code saved (hashed) in {path}")
    return 0
