"""The session code: six letters a class can read off a projector, carrying the content.

The alphabet has no look-alikes (no I/L, O/Q, U/V, no digits). The first two letters carry
the session's content, so a PC without a network knows what to play from the code alone;
the last four are random (20⁴ = 160,000 codes for each content), and the hub refuses a
code already in use when a session is created.

    content number n = 20 · index(letter 1) + index(letter 2), 0 ≤ n < 400
    timers  = n % 2            (0: off — the classroom's default, 1: on)
    route   = ROUTES[n // 2 % 4]
    world   = n // 8           (0: every world of the scenario, k: the scenario's k-th world)

Stations chosen by the trainer are not in the code: they come from the hub; a PC playing
from the code alone plays the whole world (or route) the code names.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Final, Literal

ALPHABET = "ABCDEFGHJKMNPRSTWXYZ"
LENGTH = 6
#: the class plays together on one screen: the session's route, and its game's
#: (game.flow.PROJECTOR), where the game speaks to the class as « vous » (game.context)
PROJECTOR_ROUTE: Final = "projector"
ClassRoute = Literal["world", "decouverte", "grand_tour", "projector"]
ROUTES: tuple[ClassRoute, ...] = ("world", "decouverte", "grand_tour", PROJECTOR_ROUTE)
MAX_WORLDS = 49  # world numbers 1..49 (0: every world)


class BadCode(ValueError):
    """Not a session code; the message says why in words a student understands."""


@dataclass(frozen=True)
class CodeContent:
    """What the code itself says about its session."""

    world: int  # 0: every world of the scenario; k ≥ 1: the scenario's k-th world
    route: ClassRoute
    timers: bool


def class_route(text: str) -> ClassRoute:
    """``text`` as one of :data:`ROUTES` (a stored session's); ValueError for anything else."""
    for route in ROUTES:
        if text == route:
            return route
    raise ValueError(f"route must be one of {', '.join(ROUTES)}")


def normalise(text: str) -> str:
    """The code as typed (spaces, dashes and lower case are fine) in canonical form."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def encode(content: CodeContent, rng: secrets.SystemRandom | None = None) -> str:
    """A new code for ``content`` (random tail)."""
    if content.route not in ROUTES:
        raise ValueError(f"route must be one of {', '.join(ROUTES)}")
    if not 0 <= content.world <= MAX_WORLDS:
        raise ValueError(f"world number must be 0..{MAX_WORLDS}")
    n = content.world * 8 + ROUTES.index(content.route) * 2 + int(content.timers)
    head = ALPHABET[n // 20] + ALPHABET[n % 20]
    pick = rng or secrets.SystemRandom()
    return head + "".join(pick.choice(ALPHABET) for _ in range(LENGTH - 2))


def decode(code: str) -> CodeContent:
    """The content a code carries; raises :class:`BadCode` for anything else."""
    text = normalise(code)
    if len(text) != LENGTH:
        raise BadCode(f"a session code has {LENGTH} letters (got {len(text)})")
    wrong = sorted({ch for ch in text if ch not in ALPHABET})
    if wrong:
        raise BadCode(f"a session code has no {', '.join(wrong)}")
    n = ALPHABET.index(text[0]) * 20 + ALPHABET.index(text[1])
    return CodeContent(world=n // 8, route=ROUTES[n // 2 % 4], timers=bool(n % 2))
