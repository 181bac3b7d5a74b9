"""Classroom tests: the scene harness, a fake trainer's hub on loopback, and the real hub's
two backends (tests/hub/conftest.py)."""
from __future__ import annotations

from tests.classroom.fakehub import fake_hub  # noqa: F401 - a fixture
from tests.hub.conftest import db, now, postgres  # noqa: F401 - fixtures shared with the hub
from tests.scenes.conftest import make_app  # noqa: F401 - the same headless harness
