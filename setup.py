"""Packages of the wheel: the ``game`` package and the shipped content mapped into it.

Everything else is declared in pyproject.toml. The content folders stay at the top of the
checkout (scenarios/, levels/, assets/) and become ``game/_content/...`` in the wheel
(``[tool.setuptools.package-dir]``); setuptools cannot list such mapped folders from
pyproject.toml alone while it also finds the code's packages, hence this file.
"""
from setuptools import find_packages, setup

CONTENT = ["game._content.scenarios", "game._content.levels", "game._content.assets"]

setup(packages=find_packages(include=["game", "game.*"]) + CONTENT)
