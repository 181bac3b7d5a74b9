"""The cycle collector paused while a scenario's many long-lived objects are built.

Reading and checking a scenario (or unpickling its models from the cache) makes hundreds
of thousands of objects that all live on; the collector would walk them again and again
(half of a 1,000-station check, a third of a warm load). They hold no cycles worth
collecting during that time; the collector resumes afterwards.

Resuming has a price of its own: everything built meanwhile waits in the youngest
generation, and the next collection walks it all once. Models that live as long as the
game (read from the cache at its start) go straight to the oldest generation instead
(``gc.freeze`` then ``gc.unfreeze``: no walk, and everything stays collectable — frozen
for good, the title screen's cycles alive then would never be freed: 10 MiB more).
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(promote: bool = False) -> Iterator[None]:
    """Without the cycle collector inside the block (as it was, after); ``promote``: what
    lives at the end of the block goes to the oldest generation at once."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if promote:
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
