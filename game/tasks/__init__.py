"""Task types: one package each, registered by name (see base.py)."""
from __future__ import annotations

from game.tasks.base import REGISTRY, TaskType, get, register

__all__ = ["REGISTRY", "TaskType", "get", "register", "load_builtin"]


def load_builtin() -> dict[str, TaskType]:
    """Import every built-in task type so that it registers itself."""
    import game.tasks.order  # noqa: F401
    import game.tasks.quiz  # noqa: F401
    import game.tasks.trace  # noqa: F401

    return REGISTRY
