"""Scenario format v1: models, YAML loading with positions, validation."""
