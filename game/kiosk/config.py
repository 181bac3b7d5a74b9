"""The kiosk's settings file (TOML): what an unattended event kiosk starts with.

``kiosk.toml`` in the data folder, or ``--config PATH``. Every key is optional; each one is
declared once, with its default, its check and its comment, on :class:`KioskConfig` (the
file's :data:`TEMPLATE` is written from it). A missing file, a syntax error, an unknown key
or a wrong value never stops the kiosk: the problem is reported in words and the default
used. A section (``[hub]``) is a sub-model field: declare a model, add a field, done.
Changes (the admin menu, ``kiosk-pin``) go through tomlkit, so the organiser's comments stay.
"""
from __future__ import annotations

import difflib
import json
import re
import textwrap
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Self

import tomlkit
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from tomlkit.items import Comment

from game.settings import TEXT_SCALES

CONFIG_NAME = "kiosk.toml"
LANGUAGES = ("fr", "en")
ROUTES = ("decouverte", "grand_tour", "choice")  # what a tap starts (choice: the world choice)
PIN_SCHEME = "pbkdf2-sha256$"


# --- the checks, each saying in words what a value must be -------------------------------
def _text(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("must be text in quotes")  # pydantic reports ValueError
    return value


def _flag(value: Any) -> Any:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")  # pydantic reports ValueError
    return value


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("must be a number")  # pydantic reports ValueError
    return float(value)


def between(low: float, high: float) -> AfterValidator:
    def check(value: float) -> float:
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g}")
        return value
    return AfterValidator(check)


def one_of(choices: tuple[Any, ...]) -> AfterValidator:
    def check(value: Any) -> Any:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(str(c) for c in choices)}")
        return value
    return AfterValidator(check)


def _window(value: str) -> str:
    if not re.fullmatch(r"\s*\d{3,5}\s*[xX]\s*\d{3,5}\s*", value):
        raise ValueError('must be a size like "1366x768"')
    return value.strip()


def _hashed(value: str) -> str:
    if value and not value.startswith(PIN_SCHEME):
        raise ValueError("is not a hashed code (never write the code itself here: run "
                         "python main.py kiosk-pin)")
    return value


Text = Annotated[str, BeforeValidator(_text)]
Flag = Annotated[bool, BeforeValidator(_flag)]
Number = Annotated[float, BeforeValidator(_number)]


class Section(BaseModel):
    """A model of settings: frozen, no unknown keys (the loader says them in words first)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def with_values(self, **values: Any) -> Self:
        """A copy with some values changed, checked like the file's."""
        return type(self).model_validate({**self.model_dump(), **values})


class HubSection(Section):
    """``[hub]``: the event hub this kiosk also pushes its scores to (docs/EVENT.md)."""

    url: Text = Field(default="", description="The hub's address, as it printed it.",
                      examples=["http://192.168.1.20:8765"])
    key: Text = Field(default="", description="The event key the hub showed once.")


class KioskConfig(Section):
    """The settings of ``kiosk.toml``: each one's default, check and comment, once."""

    event_name: Text = Field(
        default="", description="Shown on the attract loop and in the report.",
        examples=["Cap vers l'Industrie au Féminin - Dunkerque"])
    language: Annotated[Text, one_of(LANGUAGES)] = Field(
        default="fr",
        description='Language a new visitor starts in: "fr" or "en" (visitors can switch).')
    scenario: Text = Field(
        default="", description="A scenario folder (or its scenario.yaml); empty: the scenario "
        "shipped with the game.")
    fullscreen: Flag = Field(
        default=True, description="Full screen (true), or a window of the given size (false).")
    window: Annotated[Text, AfterValidator(_window)] = "1920x1080"
    inactivity_s: Annotated[Number, between(10.0, 3600.0)] = Field(
        default=45.0, description='Seconds without a touch before "Encore là ?", then seconds '
        "before a full reset.")
    countdown_s: Annotated[Number, between(3.0, 120.0)] = 15.0
    ask_gender: Flag = Field(
        default=True, description='The optional anonymous questions at the exit: age band, '
        '"je suis une fille / un garçon (une femme / un homme) / autre / je préfère ne pas '
        'dire", situation.')
    sound: Flag = Field(
        default=True, description="What a new visitor starts with (the title's settings change "
        "them for one visit).")
    high_contrast: Flag = False
    text_scale: Annotated[Number, one_of(TEXT_SCALES)] = 1.0
    timers: Flag = True
    route: Annotated[Text, one_of(ROUTES)] = Field(
        default="decouverte", description='What a tap on the attract loop starts: "decouverte" '
        '(three stations, about four minutes), "grand_tour" (every world, one after the '
        'other) or "choice" (the visitor chooses: the découverte, one world or the grand tour).')
    leaderboard: Flag = Field(
        default=True, description="After the results, the optional nickname and the "
        "leaderboard, on every route (false: straight to the take-away card).")
    admin_pin: Annotated[Text, AfterValidator(_hashed)] = Field(
        default="", description="The organiser's code, hashed with a salt: python main.py "
        "kiosk-pin sets it (or the kiosk asks for one).")
    fallback_dir: Text = Field(
        default="", description="Where finished games the score file refuses wait, imported "
        "at the next start (relative to this file); empty: the system's temp folder.")
    cards_dir: Text = Field(
        default="", description="Windowed play only (a kiosk saves no card: its visitors "
        "scan the QR code): where « Enregistrer la carte » saves take-away cards (relative to "
        "this file); empty: the folder cartes beside the scores. The admin menu shows it.")
    hub: HubSection = Field(  # read by game.hub.link
        default=HubSection(), description="The event hub this kiosk also pushes its scores to "
        "(docs/EVENT.md): its address and key, both.")

    @property
    def window_size(self) -> tuple[int, int]:
        w, h = (int(v) for v in self.window.lower().split("x"))
        return (w, h)


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
    values, problems = read_section(KioskConfig, raw, "")
    return KioskConfig(**values), problems


def read_section(model: type[Section], raw: dict[str, Any],
                 prefix: str = "") -> tuple[dict[str, Any], list[str]]:
    """The good values of ``raw`` for ``model``; a problem in words for each other one."""
    known = model.model_fields
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in raw.items():
        info = known.get(key)
        if info is None:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f" (did you mean '{prefix}{close[0]}'?)" if close else ""
            problems.append(f"unknown setting '{prefix}{key}'{hint}: ignored")
            continue
        sub = _section_type(info)
        if sub is not None:
            if not isinstance(value, dict):
                problems.append(f"{prefix}{key} must be a section [{prefix}{key}]; ignored")
                continue
            sub_values, sub_problems = read_section(sub, value, f"{prefix}{key}.")
            values[key], problems = sub(**sub_values), problems + sub_problems
            continue
        try:
            values[key] = getattr(model.model_validate({key: value}), key)
        except ValidationError as err:
            problems.append(f"{prefix}{key} = {value!r}: {_why(err)}; "
                            f"using {_show(info.default)}")
    return values, problems


def _why(err: ValidationError) -> str:
    first = err.errors()[0]
    cause = first.get("ctx", {}).get("error")
    return str(cause) if cause is not None else str(first["msg"])


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else f"{value:g}"


# --- the file, written and changed ---------------------------------------------------------
HEADER = """\
# Cap Industrie: settings of an event kiosk (python main.py --kiosk).
# Every line is optional; a missing or wrong one gets its default (the game says which).
# Remove the '#' in front of a line to use it.
"""


def _section_type(info: Any) -> type[Section] | None:
    sub = info.annotation
    return sub if isinstance(sub, type) and issubclass(sub, Section) else None


def _commented(model: type[Section]) -> list[str]:
    """Each setting of ``model``: its comment, then ``# key = example``; sections (tables)
    after the plain keys, as TOML wants them, each under a commented-out ``# [name]``."""
    lines: list[str] = []
    sections: list[tuple[str, Any, type[Section]]] = []
    for name, info in model.model_fields.items():
        sub = _section_type(info)
        if sub is not None:
            sections.append((name, info, sub))
            continue
        if info.description:
            lines += ["", *(f"# {line}" for line in textwrap.wrap(info.description, 96))]
        example = info.examples[0] if info.examples else info.default
        lines.append("# " + tomlkit.dumps({name: example}).strip())
    for name, info, sub in sections:
        lines.append("")
        lines += [f"# {line}" for line in textwrap.wrap(info.description or "", 96)]
        lines += [f"# [{name}]", *(line for line in _commented(sub) if line)]
    return lines


def template(model: type[Section] = KioskConfig) -> str:
    """The commented-out settings file (valid TOML that sets nothing)."""
    text = HEADER + "\n".join(_commented(model)) + "\n"
    tomlkit.parse(text)  # a description that breaks the file fails here, in the tests
    return text


TEMPLATE = template()


def _example_of(item: Comment) -> str | None:
    """The key that a commented-out line such as ``# language = "fr"`` shows, if it is one."""
    text = item.as_string().strip().removeprefix("#")
    try:
        parsed = tomlkit.parse(text)
    except Exception:  # an ordinary comment is not TOML
        return None
    return next(iter(parsed)) if len(parsed) == 1 else None


def with_keys(text: str, values: dict[str, Any]) -> str:
    """``text`` (a settings file) with some top-level settings set: a key already there changes
    in place (its comment stays), a commented-out example of it (``# sound = true``) becomes
    the key, any other is added before the first section. Comments and layout stay."""
    doc = tomlkit.parse(text)
    examples = {name: item.as_string() for _, item in doc.body
                if isinstance(item, Comment) and (name := _example_of(item)) is not None}
    uncomment: list[tuple[str, str]] = []
    for name, value in values.items():
        if name in doc:
            doc[name] = value
        elif name in examples and examples[name].endswith("\n"):
            uncomment.append((examples[name], tomlkit.dumps({name: value})))
        else:
            doc.add(name, value)
    out = tomlkit.dumps(doc)
    if uncomment:
        lines = out.splitlines(keepends=True)
        for example, line in uncomment:  # the example's own line, as tomlkit read it
            at = lines.index(example)
            lines[at] = line
        out = "".join(lines)
    tomlkit.parse(out)  # still a valid file, or an error here rather than a broken kiosk
    return out


def set_keys(path: Path, values: dict[str, Any]) -> None:
    """Change some settings in the file, keeping its comments and other lines.

    A missing file starts from :data:`TEMPLATE`. Written to a temporary file then renamed, so
    a power cut leaves the old file or the new one, never half of one.
    """
    text = path.read_text(encoding="utf-8-sig") if path.is_file() else TEMPLATE
    out = with_keys(text, values)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(out, encoding="utf-8")
    tmp.replace(path)
