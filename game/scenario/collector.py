"""The cycle collector paused while a scenario's many long-lived objects are built.

Reading and checking a scenario (or unpickling its models from the cache) makes hundreds
of thousands of objects that all live on; the collector would walk them again and again
(half of a 1,000-station check, a third of a warm load). They hold no cycles worth
collecting during that time; the collector resumes afterwards.

Resuming has a price of its own: everything built meanwhile waits in the youngest
generation, and the next collection walks it all once. Models that live as long as the
game (read from the cache at its start) are frozen instead (``gc.freeze``): moved out of
the collector's reach, still freed as usual when nothing refers to them any more.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """Without the cycle collector inside the block (as it was, after); ``freeze``: what
    lives at the end of the block is never walked by the collector again."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_on:
            gc.enable()
