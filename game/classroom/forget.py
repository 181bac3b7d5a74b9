"""``main.py class forget CODE… | --all``: a student's PC deletes what it kept of a session.

A PC that played a session keeps its journal, ``classroom/CODE.jsonl`` in the game's data
folder (the student's name and answers), after the trainer's ``class purge`` deleted the
session on the hub: this is the clean-up the guide's « Effacer » step runs on each PC. The
files the student wrote to a stick (``cap-classe-CODE-*.jsonl``) are the trainer's to delete;
a copy in the data folder itself goes too. Asks first unless ``--yes``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from game.classroom.clitexts import Say
from game.classroom.places import PREFIX
from game.classroom.session import JOURNAL_DIR


def session_files(data_dir: Path, codes: list[str] | None) -> list[Path]:
    """The files of ``codes`` (None: every session) this PC keeps in ``data_dir``."""
    folder = data_dir / JOURNAL_DIR
    found: list[Path] = []
    for code in codes if codes is not None else sorted(
            {p.stem for p in folder.glob("*.jsonl")}):
        found.append(folder / f"{code}.jsonl")
        found += sorted(data_dir.glob(f"{PREFIX}{code}-*.jsonl"))
    return [p for p in found if p.is_file()]


def forget(a: argparse.Namespace) -> int:
    from game.classroom.cli import checked_code
    from game.settings import default_data_dir

    say: Say = a.say
    if not a.codes and not a.all:
        say.line(say.text("cli_forget_need"))
        return 2
    codes: list[str] = []
    for text in a.codes:
        code = checked_code(text, say)
        if code is None:
            return 2
        codes.append(code)
    data_dir: Path = a.data_dir or default_data_dir()
    files = session_files(data_dir, None if a.all and not codes else codes)
    if not files:
        which = f" {', '.join(codes)}" if codes else ""
        say.out("cli_forget_nothing", which=which, where=data_dir / JOURNAL_DIR)
        return 0
    named = sorted({p.stem.split("-")[2] if p.name.startswith(PREFIX) else p.stem
                    for p in files})
    if not a.yes and not say.confirm("cli_forget_ask", what=say.text(
            "cli_forget_what", codes=", ".join(named)), files=", ".join(map(str, files))):
        say.out("cli_purge_kept")
        return 1
    failed = 0
    for path in files:
        try:
            path.unlink()
        except OSError as err:
            say.err("cli_forget_fail", path=path, err=err.strerror or err)
            failed += 1
        else:
            say.out("cli_forgot", path=path)
    return 1 if failed else 0
