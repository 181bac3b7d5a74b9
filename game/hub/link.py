"""Pairing a device with a hub: ``--hub URL --hub-key KEY``, or ``[hub]`` in kiosk.toml.

    [hub]
    url = "http://192.168.1.20:8765"
    key = "the key the hub printed"

The command line wins over the file. A device without a hub works as before; a half-given
pairing (a URL without a key) is said in words and ignored.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.hub.client import HubClient, normalise_url
from game.hub.sync import Sync


@dataclass(frozen=True)
class Pairing:
    url: str
    key: str


def from_section(section: Any, where: str) -> tuple[Pairing | None, list[str]]:
    """The pairing a ``[hub]`` section gives (the kiosk's loader checked its values)."""
    url, key = str(getattr(section, "url", "")), str(getattr(section, "key", ""))
    if not url and not key:
        return None, []
    if not url or not key:
        missing = "url" if not url else "key"
        return None, [f"{where}: [hub] has no {missing}: scores stay on this kiosk"]
    return Pairing(normalise_url(url), key.strip()), []


def from_file(path: Path) -> tuple[Pairing | None, list[str]]:
    """The ``[hub]`` section of a kiosk settings file, and its problems in words."""
    from game.kiosk.config import load

    loaded = load(path)
    problems = [p for p in loaded.problems if "hub" in p]
    paired, more = from_section(loaded.config.hub, str(path))
    return paired, problems + more


def pairing(args: Any) -> tuple[Pairing | None, list[str]]:
    """The hub this run pushes to, from the options or the kiosk settings file."""
    url, key = getattr(args, "hub", None), getattr(args, "hub_key", None)
    if url and key:
        return Pairing(normalise_url(url), key.strip()), []
    if url or key:
        return None, ["--hub and --hub-key go together: scores stay on this device"]
    loaded = getattr(args, "kiosk_config", None)  # the kiosk read and checked its file
    if loaded is not None:
        return from_section(loaded.config.hub, str(loaded.path))
    return None, []


def start(ctx: Any, args: Any) -> Sync | None:
    """Start pushing the score file's outbox to the hub, if this run is paired with one."""
    paired, problems = pairing(args)
    for problem in problems:
        print(f"hub: {problem}", file=sys.stderr)
    store = ctx.scores
    if paired is None or store is None:
        return None
    if not store.persistent or store.path is None:
        print(f"hub: scores are kept in memory only ({store.problem}): nothing is pushed",
              file=sys.stderr)
        return None
    if getattr(args, "autoplay", False):
        store.keep_autoplay = True  # a script checks the hub with an autoplay game
    return Sync(Path(store.path), HubClient(paired.url, paired.key)).start()
