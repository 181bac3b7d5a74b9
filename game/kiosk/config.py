"""The kiosk's settings file (TOML): what an unattended event kiosk starts with.

``kiosk.toml`` in the data folder, or ``--config PATH``. Every key is optional; see
:data:`TEMPLATE` (and docs/KIOSK.md). A missing file, a syntax error, an unknown key or a
wrong value never stops the kiosk: the problem is reported in words and the default used.
"""
from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from game.settings import TEXT_SCALES

CONFIG_NAME = "kiosk.toml"
LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class KioskConfig:
    event_name: str = ""
    language: str = "fr"
    scenario: str = ""  # empty: the shipped scenario; else a folder or a scenario.yaml
    fullscreen: bool = True
    window: str = "1920x1080"  # when fullscreen is false
    inactivity_s: float = 45.0  # no input for this long: the "Encore là ?" countdown
    countdown_s: float = 15.0  # then this long before the reset to the attract loop
    ask_gender: bool = True  # the anonymous "je suis…" question of the probe
    sound: bool = True
    high_contrast: bool = False
    text_scale: float = 1.0
    timers: bool = True
    admin_pin: str = ""  # a salted hash written by `python main.py kiosk-pin`, never the code

    @property
    def window_size(self) -> tuple[int, int]:
        w, h = (int(v) for v in self.window.lower().split("x"))
        return (w, h)


# key -> (accepted types, lowest, highest) for numbers
_RANGES: dict[str, tuple[float, float]] = {
    "inactivity_s": (10.0, 3600.0),
    "countdown_s": (3.0, 120.0),
}


@dataclass
class Loaded:
    """A config, where it came from, and what was wrong with the file (in words)."""

    config: KioskConfig
    path: Path
    found: bool
    problems: list[str] = field(default_factory=list)


def default_path(data_dir: Path) -> Path:
    return data_dir / CONFIG_NAME


def load(path: Path) -> Loaded:
    """Read ``path``; never raises. Problems name the file, the key and what was used instead."""
    if not path.is_file():
        return Loaded(KioskConfig(), path, False)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        return Loaded(KioskConfig(), path, True,
                      [f"{path}: not a valid TOML file ({err}); every setting has its default"])
    except OSError as err:
        return Loaded(KioskConfig(), path, True,
                      [f"{path}: cannot be read ({err}); every setting has its default"])
    config, problems = from_dict(raw)
    return Loaded(config, path, True, [f"{path}: {p}" for p in problems])


def from_dict(raw: dict[str, Any]) -> tuple[KioskConfig, list[str]]:
    """A config from parsed TOML, and the problems found (each value checked on its own)."""
    defaults = KioskConfig()
    known = {f.name: f for f in fields(KioskConfig)}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in raw.items():
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(f"unknown setting '{key}'{hint}: ignored")
            continue
        default = getattr(defaults, key)
        checked, problem = _check(key, value, default)
        if problem:
            problems.append(f"{key} = {value!r}: {problem}; using {_show(default)}")
        else:
            values[key] = checked
    return replace(defaults, **values), problems


def _check(key: str, value: Any, default: Any) -> tuple[Any, str | None]:
    if isinstance(default, bool):
        return (value, None) if isinstance(value, bool) else (None, "must be true or false")
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None, "must be a number"
        low, high = _RANGES.get(key, (float("-inf"), float("inf")))
        if key == "text_scale" and float(value) not in TEXT_SCALES:
            return None, f"must be one of {', '.join(str(s) for s in TEXT_SCALES)}"
        if not low <= value <= high:
            return None, f"must be between {low:g} and {high:g}"
        return float(value), None
    if not isinstance(value, str):
        return None, "must be text in quotes"
    if key == "language" and value not in LANGUAGES:
        return None, f"must be one of {', '.join(LANGUAGES)}"
    if key == "window" and not re.fullmatch(r"\s*\d{3,5}\s*[xX]\s*\d{3,5}\s*", value):
        return None, "must be a size like \"1366x768\""
    if key == "admin_pin" and value and not value.startswith("pbkdf2-sha256$"):
        return None, ("is not a hashed code (never write the code itself here: run "
                      "python main.py kiosk-pin)")
    return value.strip() if key == "window" else value, None


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else f"{value:g}"


def toml_value(value: Any) -> str:
    """A TOML literal for a setting (a JSON string is a valid TOML basic string)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def set_keys(path: Path, values: dict[str, Any]) -> None:
    """Change some settings in the file, keeping its comments and other lines.

    A missing file starts from :data:`TEMPLATE`. Written to a temporary file then renamed, so
    a power cut leaves the old file or the new one, never half of one.
    """
    text = path.read_text(encoding="utf-8-sig") if path.is_file() else TEMPLATE
    lines = text.splitlines()
    for key, value in values.items():
        line = f"{key} = {toml_value(value)}"
        active = re.compile(rf"^\s*{re.escape(key)}\s*=")
        example = re.compile(rf"^\s*#\s?{re.escape(key)}\s*=")
        at = next((i for i, s in enumerate(lines) if active.match(s)), None)
        if at is None:
            at = next((i for i, s in enumerate(lines) if example.match(s)), None)
        if at is not None:
            lines[at] = line
        else:
            first_table = next((i for i, s in enumerate(lines) if s.lstrip().startswith("[")),
                               len(lines))
            lines.insert(first_table, line)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


TEMPLATE = """\
# Cap Industrie: settings of an event kiosk (python main.py --kiosk).
# Every line is optional; a missing or wrong one gets its default (the game says which).
# Remove the '#' in front of a line to use it.

# Shown on the attract loop and in the report.
# event_name = "Cap vers l'Industrie au Féminin - Dunkerque"

# Language a new visitor starts in: "fr" or "en" (visitors can switch).
# language = "fr"

# A scenario folder (or its scenario.yaml); empty: the scenario shipped with the game.
# scenario = ""

# Full screen (true), or a window of the given size (false).
# fullscreen = true
# window = "1920x1080"

# Seconds without a touch before "Encore là ?", then seconds before a full reset.
# inactivity_s = 45
# countdown_s = 15

# The anonymous "je suis une fille / un garçon / je préfère ne pas dire" question.
# ask_gender = true

# sound = true
# high_contrast = false
# text_scale = 1.0
# timers = true

# The organiser's code, hashed with a salt. Set it with: python main.py kiosk-pin
# admin_pin = ""
"""
