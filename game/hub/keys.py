"""The event key: every request to the hub carries it, as a bearer token or an HMAC of its body.

Without ``--key`` or ``--key-file`` the hub keeps its key in ``hub.key`` in its data folder
(readable by its owner only); the first start makes one and prints it, once. ``--rotate-key``
makes a new one (printed once too): devices paired with the old one get 401 until re-paired.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

KEY_FILE = "hub.key"
MIN_LENGTH = 12
SIGNATURE_HEADER = "x-hub-signature"  # "sha256=<hex HMAC-SHA256 of the body with the key>"


class KeyProblem(Exception):
    """The key given cannot be used (too short, file missing…); the message says what to do."""


@dataclass(frozen=True)
class EventKey:
    value: str
    source: str  # where it came from, for the start-up message
    new: bool = False  # made just now: the only time it is shown

    def bearer_ok(self, header: str | None) -> bool:
        if not header or not header.lower().startswith("bearer "):
            return False
        return hmac.compare_digest(header[7:].strip().encode(), self.value.encode())

    def signature_ok(self, header: str | None, body: bytes) -> bool:
        if not header or not header.startswith("sha256="):
            return False
        return hmac.compare_digest(header[7:].strip().lower(), sign(self.value, body))


def sign(key: str, body: bytes) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def make_key() -> str:
    return secrets.token_urlsafe(18)  # 24 characters, easy to type once on a kiosk


def _checked(value: str, where: str) -> str:
    value = value.strip()
    if len(value) < MIN_LENGTH:
        raise KeyProblem(f"{where}: the key must have at least {MIN_LENGTH} characters "
                         "(leave it out and the hub makes one)")
    return value


def write_key(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    tmp.replace(path)


def event_key(data_dir: Path, key: str | None = None, key_file: Path | None = None,
              rotate: bool = False) -> EventKey:
    """The key the hub checks, from the option, the file, or its data folder (made if absent)."""
    if key is not None:
        return EventKey(_checked(key, "--key"), "--key")
    if key_file is not None:
        if rotate:
            write_key(key_file, make_key())
            return EventKey(_checked(key_file.read_text(encoding="utf-8"), str(key_file)),
                            str(key_file), new=True)
        try:
            text = key_file.read_text(encoding="utf-8")
        except OSError as err:
            raise KeyProblem(f"--key-file {key_file}: cannot be read ({err.strerror})") from None
        return EventKey(_checked(text, str(key_file)), str(key_file))
    path = data_dir / KEY_FILE
    if path.is_file() and not rotate:
        return EventKey(_checked(path.read_text(encoding="utf-8"), str(path)), str(path))
    write_key(path, make_key())
    return EventKey(path.read_text(encoding="utf-8").strip(), str(path), new=True)
