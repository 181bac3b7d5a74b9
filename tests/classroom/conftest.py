"""Classroom tests: the scene harness, and a fake trainer's hub on loopback."""
from __future__ import annotations

from tests.classroom.fakehub import fake_hub  # noqa: F401 - a fixture
from tests.scenes.conftest import make_app  # noqa: F401 - the same headless harness
