"""The kiosk settings file: defaults, clear messages for every mistake, changes that keep
comments."""
from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

import pytest
from pydantic import BaseModel

from game.cli import parse
from game.kiosk import prepare
from game.kiosk.config import TEMPLATE, KioskConfig, load, set_keys
from game.scenario.loader import DEFAULT_SCENARIO


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    loaded = load(tmp_path / "kiosk.toml")
    assert not loaded.found and loaded.config == KioskConfig() and not loaded.problems
    c = loaded.config
    assert (c.fullscreen, c.language, c.inactivity_s, c.countdown_s) == (True, "fr", 45.0, 15.0)


def test_the_template_is_valid_and_all_commented(tmp_path: Path) -> None:
    loaded = load(write(tmp_path / "kiosk.toml", TEMPLATE))
    assert loaded.found and not loaded.problems and loaded.config == KioskConfig()


def test_good_values_are_read(tmp_path: Path) -> None:
    loaded = load(write(tmp_path / "k.toml", 'event_name = "Lens 2026"\nlanguage = "en"\n'
                        'fullscreen = false\nwindow = "1366x768"\ninactivity_s = 60\n'
                        'countdown_s = 20.5\nask_gender = false\n'))
    c = loaded.config
    assert not loaded.problems
    assert (c.event_name, c.language, c.fullscreen, c.window_size) == ("Lens 2026", "en", False,
                                                                        (1366, 768))
    assert (c.inactivity_s, c.countdown_s, c.ask_gender) == (60.0, 20.5, False)


def test_a_syntax_error_names_the_line_and_falls_back_to_defaults(tmp_path: Path) -> None:
    loaded = load(write(tmp_path / "k.toml", 'language = "en"\ninactivity_s = \n'))
    assert loaded.config == KioskConfig()
    [problem] = loaded.problems
    assert "k.toml" in problem and "line 2" in problem and "default" in problem


def test_each_wrong_value_is_said_and_only_it_gets_its_default(tmp_path: Path) -> None:
    loaded = load(write(tmp_path / "k.toml", 'inactivty_s = 30\nlanguage = "de"\n'
                        'countdown_s = "dix"\nfullscreen = "yes"\ninactivity_s = 2\n'
                        'window = "big"\nadmin_pin = "1234"\nevent_name = "Amiens"\n'))
    text = "\n".join(loaded.problems)
    assert "unknown setting 'inactivty_s' (did you mean 'inactivity_s'?)" in text
    assert "language = 'de': must be one of fr, en; using \"fr\"" in text
    assert "countdown_s = 'dix': must be a number" in text
    assert "fullscreen = 'yes': must be true or false" in text
    assert "inactivity_s = 2: must be between 10 and 3600" in text
    assert "window = 'big'" in text
    assert "never write the code itself" in text
    assert len(loaded.problems) == 7
    assert loaded.config.event_name == "Amiens"
    assert loaded.config == KioskConfig(event_name="Amiens")


def test_set_keys_changes_lines_and_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    set_keys(path, {"language": "en"})  # a new file starts from the template
    text = path.read_text(encoding="utf-8")
    assert "language = \"en\"" in text and "# Cap Industrie" in text
    assert text.count("language =") == 1  # the example line was replaced, not duplicated
    set_keys(path, {"language": "fr", "event_name": "Saint-Quentin \"2026\"", "inactivity_s": 50})
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"language": "fr", "event_name": "Saint-Quentin \"2026\"", "inactivity_s": 50}
    assert not list(tmp_path.glob("*.tmp"))


def args_for(tmp_path: Path, *extra: str) -> argparse.Namespace:
    return parse(["--kiosk", "--data-dir", str(tmp_path), *extra])


def test_a_kiosk_is_full_screen_unless_the_file_says_windowed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = args_for(tmp_path)
    prepare(args)
    assert args.fullscreen and args.lang == "fr" and args.scenario == DEFAULT_SCENARIO
    assert "no settings file yet" in capsys.readouterr().err  # said, not fatal
    write(tmp_path / "kiosk.toml", 'fullscreen = false\nwindow = "1366x768"\nlanguage = "en"\n'
                                   'scenario = "mon-scenario"\ntimers = false\n')
    args = args_for(tmp_path)
    prepare(args)
    assert not args.fullscreen and args.window == (1366, 768) and args.lang == "en"
    assert args.scenario == tmp_path / "mon-scenario"  # relative to the settings file
    assert args.no_timers
    args = args_for(tmp_path, "--window", "1280x720", "--scenario", "autre")
    prepare(args)
    assert args.window == (1280, 720) and args.scenario == Path("autre")  # options win


def test_a_named_config_that_does_not_exist_is_said(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    args = args_for(tmp_path, "--config", str(tmp_path / "nope.toml"))
    prepare(args)
    assert "nope.toml: no such file" in capsys.readouterr().err
    assert args.fullscreen


def test_a_broken_scenario_in_the_file_falls_back_to_the_shipped_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from game.kiosk import find
    from game.run import create

    broken = tmp_path / "broken"
    broken.mkdir()
    write(broken / "scenario.yaml", "format: 1\nid: x\n")
    write(tmp_path / "kiosk.toml", 'scenario = "broken"\n')
    app, ctx, _ = create(parse(["--kiosk", "--headless", "--data-dir", str(tmp_path)]))
    try:
        kiosk = find(app)
        assert kiosk is not None and ctx.scenario.model.id == "cap-industrie"
        assert any("shipped scenario is used" in p for p in kiosk.config_problems)
        assert "shipped scenario is used" in capsys.readouterr().err
    finally:
        ctx.scores.close()


def test_set_keys_keeps_the_organisers_comments_layout_and_sections(tmp_path: Path) -> None:
    path = write(tmp_path / "kiosk.toml", '# Lens, stand 4\nlanguage = "fr"  # the hall\n\n'
                 '# sound = true\n\n[hub]\n# the hall\'s server\nurl = "http://10.0.0.2"\n')
    set_keys(path, {"language": "en", "sound": False, "countdown_s": 20})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Lens, stand 4\nlanguage = \"en\"  # the hall\n")
    assert "sound = false" in text and "# sound" not in text  # the example became the key
    assert text.index("countdown_s = 20") < text.index("[hub]")  # a new key, not in [hub]
    assert "# the hall's server" in text
    data = tomllib.loads(text)
    assert data["hub"] == {"url": "http://10.0.0.2"} and data["countdown_s"] == 20


def test_every_setting_of_the_template_can_be_set(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    values = {"event_name": "Amiens", "language": "en", "scenario": "x", "fullscreen": False,
              "window": "1366x768", "inactivity_s": 60.0, "countdown_s": 10.0,
              "ask_gender": False, "sound": False, "high_contrast": True, "text_scale": 1.3,
              "timers": False, "fallback_dir": "en-attente", "cards_dir": "cartes-amiens",
              "route": "grand_tour", "leaderboard": False}
    assert set(values) | {"admin_pin", "hub"} == set(KioskConfig.model_fields)  # hub: a section
    set_keys(path, values)
    loaded = load(path)
    assert not loaded.problems and loaded.config == KioskConfig(**values)
    assert "# admin_pin" in path.read_text(encoding="utf-8")  # still only an example


def test_the_route_a_tap_starts_is_one_the_kiosk_knows(tmp_path: Path) -> None:
    assert KioskConfig().route == "decouverte" and KioskConfig().leaderboard is True
    loaded = load(write(tmp_path / "kiosk.toml", 'route = "tour"\nleaderboard = "yes"\n'))
    assert loaded.config.route == "decouverte" and loaded.config.leaderboard is True
    assert any("route = 'tour': must be one of decouverte, grand_tour, choice" in p
               for p in loaded.problems), loaded.problems
    assert any("leaderboard" in p and "true or false" in p for p in loaded.problems)


def test_a_change_is_checked_like_the_file() -> None:
    c = KioskConfig().with_values(language="en")
    assert c.language == "en" and KioskConfig().language == "fr"
    with pytest.raises(ValueError, match="must be one of fr, en"):
        KioskConfig().with_values(language="de")


def test_a_section_is_a_sub_model_checked_the_same_way() -> None:
    from game.kiosk.config import Flag, Section, from_dict, read_section

    class Hub(Section):
        enabled: Flag = False

    class WithHub(KioskConfig):
        hub: Hub = Hub()

    values, problems = read_section(WithHub, {"hub": {"enabled": "oui", "urll": 1},
                                              "language": "en"}, "")
    assert values["hub"] == Hub() and values["language"] == "en"
    assert problems == ["hub.enabled = 'oui': must be true or false; using false",
                        "unknown setting 'hub.urll': ignored"]
    _, problems = read_section(WithHub, {"hub": 3}, "")
    assert problems == ["hub must be a section [hub]; ignored"]
    # not declared
    assert from_dict({"classroom": {}})[1] == ["unknown setting 'classroom': ignored"]
    # (the real [hub] section is declared since the hub landed: game.kiosk.config.HubSection)


def test_the_template_documents_a_section_after_the_plain_keys(tmp_path: Path) -> None:
    from pydantic import Field

    from game.kiosk.config import Flag, Section, template

    class Hub(Section):
        enabled: Flag = Field(default=False, description="Send the games to the hall's hub.")

    class WithHub(KioskConfig):
        hub: Hub = Field(default=Hub(), description="The hall's hub.")

    text = template(WithHub)
    assert text.index("# admin_pin") < text.index("# [hub]") < text.index("# enabled = false")
    assert tomllib.loads(text) == {}  # all commented out
    path = write(tmp_path / "kiosk.toml", text)
    set_keys(path, {"language": "en"})
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"language": "en"}


def test_every_setting_is_in_the_organisers_guide() -> None:
    """An organiser reads docs/KIOSK.md's table, not config.py: a key missing there is unknown."""
    guide = (Path(__file__).resolve().parents[2] / "docs" / "KIOSK.md").read_text(encoding="utf-8")
    rows = [line for line in guide.splitlines() if line.startswith("| `")]
    for key, field in KioskConfig.model_fields.items():
        name = f"`[{key}]`" if isinstance(field.default, BaseModel) else f"`{key}`"
        assert any(name in row.split(" | ")[0] for row in rows), f"{name} is not in docs/KIOSK.md"
