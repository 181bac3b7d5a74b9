"""Task types: one package each, registered by name (see base.py)."""
from __future__ import annotations

from typing import Any

from game.tasks.base import REGISTRY, TaskType, get, register, unregister

__all__ = ["REGISTRY", "TaskType", "get", "load_builtin", "register", "unregister"]


def load_builtin() -> dict[str, TaskType[Any]]:
    """Import every task package in this folder so that it registers itself.

    A new task type is a new package ``game/tasks/<type>/``: nothing else changes.
    """
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        if module.ispkg:
            importlib.import_module(f"{__name__}.{module.name}")
    return REGISTRY
