"""A problem found in content, reported as ``file:line:column: message``."""
from __future__ import annotations

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
