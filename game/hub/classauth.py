"""Who may see a class: the trainer, with the hub key or the session's PIN, then a cookie.

The login form sends the key or the PIN once; the hub answers with an HttpOnly,
SameSite=Strict cookie holding the code, an expiry and an HMAC of both made with the hub
key (rotating the key signs everyone out). Five wrong tries lock a session's form for a
minute: a 4-digit PIN is not guessed from the network. Scripts may send
``Authorization: Bearer KEY`` instead.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from game.hub.keys import EventKey
from game.kiosk.pin import verify_pin

COOKIE_PREFIX = "cap_class_"
COOKIE_S = 12 * 3600  # a school day
TRIES = 5
LOCK_S = 60.0


def cookie_name(code: str) -> str:
    return COOKIE_PREFIX + code


@dataclass
class _Tries:
    wrong: int = 0
    locked_until: float = 0.0


@dataclass
class TrainerGate:
    key: EventKey
    clock: Callable[[], float] = time.time
    _tries: dict[str, _Tries] = field(default_factory=dict)

    def _sign(self, text: str) -> str:
        return hmac.new(self.key.value.encode(), text.encode(), hashlib.sha256).hexdigest()

    def cookie(self, code: str) -> str:
        expires = int(self.clock()) + COOKIE_S
        return f"{code}.{expires}.{self._sign(f'{code}.{expires}')}"

    def cookie_ok(self, code: str, value: str | None) -> bool:
        if not value or value.count(".") != 2:
            return False
        got_code, expires, signature = value.split(".")
        if got_code != code or not expires.isdigit() or int(expires) < self.clock():
            return False
        return hmac.compare_digest(signature, self._sign(f"{got_code}.{expires}"))

    def locked_s(self, code: str) -> float:
        tries = self._tries.get(code)
        return max(0.0, tries.locked_until - self.clock()) if tries else 0.0

    def login(self, code: str, secret: str, pin_hash: str | None) -> bool:
        """True for the hub key or the session's PIN; counts the wrong ones (see locked_s)."""
        if self.locked_s(code) > 0:
            return False
        secret = secret.strip()
        ok = bool(secret) and (hmac.compare_digest(secret.encode(), self.key.value.encode())
                               or verify_pin(secret, pin_hash))
        tries = self._tries.setdefault(code, _Tries())
        if ok:
            tries.wrong = 0
            return True
        tries.wrong += 1
        if tries.wrong >= TRIES:
            tries.wrong = 0
            tries.locked_until = self.clock() + LOCK_S
        return False
