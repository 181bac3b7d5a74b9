"""Scenario format v1: models, YAML loading with positions, validation.

This package's own module is light (the command line reads the default scenario's place from
it before anything loads); the models, YAML and pydantic load with ``game.scenario.loader``.
"""
from __future__ import annotations

from game import CONTENT_ROOT

SCENARIO_FILE = "scenario.yaml"
DEFAULT_SCENARIO = CONTENT_ROOT / "scenarios" / "cap-industrie"
