"""A problem found in content, reported as ``file:line:column: message``."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mark:
    file: Path
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class Problem:
    mark: Mark
    message: str
    hint: str = ""
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{display_path(self.mark.file)}:{self.mark.line}:{self.mark.column}"
        text = f"{where}: {self.severity}: {self.message}" if self.severity != "error" \
            else f"{where}: {self.message}"
        return f"{text}\n    hint: {self.hint}" if self.hint else text


def display_path(path: Path) -> str:
    """Relative to the working directory when inside it, so editors can jump there."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class ContentError(Exception):
    """Content could not be loaded; ``problems`` says everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _kind(problem: Problem) -> tuple[str, str]:
    """Problems alike but for their names and numbers (the same mistake made again)."""
    return problem.severity, _NAMES.sub("#", problem.message)


_NAMES = re.compile(r"'[^']*'|\"[^\"]*\"|\d[\d,.]*")


def condensed(problems: list[Problem], shown: int | None = None) -> list[str]:
    """Each problem as printed, but at most ``shown`` of a kind, then « … and N more like this ».

    A file with thousands of copies of one mistake stays readable (and quick to print).
    """
    from game import limits

    keep = limits.SAME_KIND_SHOWN if shown is None else shown
    totals = Counter(_kind(p) for p in problems)
    seen: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    for p in problems:
        kind = _kind(p)
        seen[kind] += 1
        if seen[kind] <= keep:
            lines.append(str(p))
        elif seen[kind] == keep + 1:
            lines.append(f"… and {limits.count_text(totals[kind] - keep)} more like this")
    return lines
