"""The admin menu behind its code: figures, export, report, leaderboard, scenario, language,
quit."""
from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path

import pygame
import pytest

from game.kiosk.admin import dialogs
from game.kiosk.admin.keypad import LOCK_S, TRIES
from game.kiosk.lockdown import AdminShortcut
from game.kiosk.media import Destination
from game.scores.records import GameRecord, TaskRecord
from tests.kiosk.conftest import FAST_HASH, PIN


def type_code(h, code: str) -> None:  # type: ignore[no-untyped-def]
    for d in code:
        h.tap_button(f"d:{d}")
    h.tap_button("ok")


def open_menu(h) -> None:  # type: ignore[no-untyped-def]
    h.app.dispatch(AdminShortcut())
    assert h.app.top.name == "PinScene"
    type_code(h, PIN)
    assert h.app.top.name == "AdminMenuScene"


def finished_game(h, score: int, nickname: str | None = None, minutes: float = 4) -> int:  # type: ignore[no-untyped-def]
    now = h.ctx.wallclock().astimezone()
    return h.ctx.scores.save_game(GameRecord(
        h.ctx.scenario.model.id, nickname, now - timedelta(minutes=minutes), now, score, 8,
        ["soudure"], "fr", "kiosk", gender="girl",
        tasks=[TaskRecord("soudure", "epi", "quiz", 90, 3, 20.0)]))


def test_the_right_code_opens_the_menu_and_a_wrong_one_does_not(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.app.dispatch(AdminShortcut())
    type_code(h, "1111")
    assert h.app.top.name == "PinScene" and h.app.top.message == "Code incorrect."
    for d in PIN:  # digits from a keyboard too (they arrive as text)
        h.post(pygame.TEXTINPUT, text=d)
    h.step()
    assert h.app.top.code == PIN
    h.key(pygame.K_RETURN)
    assert h.app.top.name == "AdminMenuScene"


@pytest.mark.slow
def test_five_wrong_codes_lock_the_pad_for_a_minute(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.app.dispatch(AdminShortcut())
    for _ in range(TRIES):
        type_code(h, "0000")
    type_code(h, PIN)  # even the right code waits
    assert h.app.top.name == "PinScene" and "Trop d'essais" in h.app.top.message
    h.wait(LOCK_S + 1)
    assert h.kiosk.attract  # nobody touched the pad: back to the loop meanwhile
    h.app.dispatch(AdminShortcut())
    type_code(h, PIN)
    assert h.app.top.name == "AdminMenuScene"


def test_cancel_and_resume_go_back_to_a_fresh_attract_loop(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    h.app.dispatch(AdminShortcut())
    h.tap_button("cancel")
    assert h.kiosk.attract and h.ctx.autoplay is not None
    open_menu(h)
    h.tap_button("resume")
    assert h.kiosk.attract


def test_without_a_code_only_the_keyboard_opens_it(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"admin_pin": ""})
    h.app.dispatch(AdminShortcut())
    assert h.app.top.name == "AdminMenuScene"
    h.tap_button("resume")
    h.kiosk.open_admin(keyboard=False)  # the long press: maybe a visitor's
    pad = h.app.top
    assert pad.name == "PinScene" and pad.message == ""  # the pad as ever, no help on it
    type_code(h, PIN)
    assert h.app.top is pad and pad.message == "Code incorrect."  # no code set: none opens it


@pytest.mark.parametrize("stored", ["", FAST_HASH], ids=["no code set", "a code set"])
def test_the_pad_tells_whoever_holds_the_corner_nothing_but_the_code(make_kiosk, stored) -> None:  # type: ignore[no-untyped-def]
    """The shortcut and the kiosk-pin command are the organiser's: in the menu, after the code."""
    h = make_kiosk({"admin_pin": stored})
    h.kiosk.open_admin(keyboard=False)
    pad = h.app.top
    shown = " ".join([pad.message, *(b.label for b in pad.buttons.items)])
    assert not any(secret in shown for secret in ("Ctrl", "kiosk-pin", "main.py"))
    assert all(b.enabled for b in pad.buttons.items)
    if stored:
        type_code(h, PIN)
        said = " ".join(value for _, value, _ in h.app.top._lines())
        assert "Ctrl+Alt+A" in said and "kiosk-pin" in said


@pytest.mark.slow
def test_the_figures_are_todays(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    for score in (300, 200):
        finished_game(h, score)
    h.tap((960, 500))
    h.wait(61)  # a visitor who walked away
    open_menu(h)
    f = h.app.top.figures
    assert f.games_finished == 2 and f.walked_away == 1
    assert f.players == 3  # a visit, and two games played outside kiosk visits
    h.app.draw()


def test_clearing_the_board_keeps_the_games_for_the_report(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    finished_game(h, 300, "LÉA")
    open_menu(h)
    h.tap_button("clear")
    assert h.app.top.name == "ConfirmScene"
    h.tap_button("no")
    assert h.ctx.scores.leaderboard("today")
    h.tap_button("clear")
    h.tap_button("yes")
    assert h.app.top.name == "AdminMenuScene" and "1 partie" in h.app.top.message
    assert h.ctx.scores.leaderboard("today") == []
    assert h.app.top.figures.games_finished == 1


def test_export_and_report_go_to_the_chosen_folder(make_kiosk, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "media" / "CLE-USB"
    stick.mkdir(parents=True)
    monkeypatch.setattr(dialogs, "destinations",
                        lambda data: [Destination(stick, True), Destination(data, False)])
    h = make_kiosk()
    finished_game(h, 250, "INÈS")
    open_menu(h)
    h.tap_button("export")
    assert h.app.top.name == "DestinationScene"
    h.tap_button("dest:0")
    [folder] = stick.iterdir()
    text = (folder / "scores.csv").read_text(encoding="utf-8-sig")
    assert "INÈS" in text and h.app.top.message_ok
    h.tap_button("back")
    h.tap_button("report")
    h.tap_button("dest:0")
    [report] = [p for p in stick.iterdir() if "bilan" in p.name]
    assert (report / "bilan.html").is_file() and (report / "summary.csv").is_file()


def test_a_folder_that_cannot_be_written_is_said_not_fatal(make_kiosk, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "pulled-out"
    monkeypatch.setattr(dialogs, "destinations", lambda data: [Destination(gone / "x", True)])
    gone.write_text("a file where a folder should be")
    h = make_kiosk()
    open_menu(h)
    h.tap_button("export")
    h.tap_button("dest:0")
    assert not h.app.top.message_ok and "Échec" in h.app.top.message
    assert h.app.running and h.kiosk.incidents == 0


def test_language_and_scenario_switch_and_are_kept(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    open_menu(h)
    h.tap_button("lang")
    assert h.ctx.lang == "en" and h.kiosk.config.language == "en"
    h.tap_button("scenario")
    names = [b.data.name for b in h.app.top.buttons.items if b.id.startswith("sc:")]
    assert "cap-industrie" in names
    h.tap_button(f"sc:{names.index('cap-industrie')}")
    assert h.app.top.name == "AdminMenuScene"
    saved = tomllib.loads(h.kiosk.config_path.read_text(encoding="utf-8"))
    assert saved["language"] == "en" and saved["scenario"].endswith("cap-industrie")
    assert saved["admin_pin"].startswith("pbkdf2-sha256$")
    h.tap_button("resume")
    assert h.kiosk.attract and h.ctx.lang == "en"


def test_quit_asks_then_ends_the_kiosk(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    open_menu(h)
    h.tap_button("quit")
    h.tap_button("no")
    assert h.app.running
    h.tap_button("quit")
    h.tap_button("yes")
    h.step()
    assert not h.app.running and h.kiosk.quitting


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A kiosk started with no kiosk.toml at all, as on its first morning."""
    from game.cli import parse
    from game.kiosk import find, pin
    from game.kiosk.crash import close_log
    from game.run import create
    from tests.kiosk.conftest import KioskHarness

    monkeypatch.setattr(pin, "ITERATIONS", 1000)  # the real count is slow on purpose
    data = tmp_path / "fresh"
    app, ctx, clock = create(parse(["--headless", "--kiosk", "--data-dir", str(data)]))
    app.draw_every = 7
    kiosk = find(app)
    assert kiosk is not None and not kiosk.pin.has_pin
    h = KioskHarness(app, ctx, clock, kiosk)
    yield h
    ctx.scores.close()
    close_log(kiosk.log)


def test_without_a_code_the_menu_asks_for_one_twice_before_anything_else(fresh) -> None:  # type: ignore[no-untyped-def]
    h = fresh
    h.key(pygame.K_a, mod=pygame.KMOD_LCTRL | pygame.KMOD_LALT)
    menu = h.app.top
    assert menu.name == "AdminMenuScene" and menu.setup
    ids = {b.id for b in menu.buttons.items}
    assert ids == {f"d:{d}" for d in "0123456789"} | {"del", "ok", "resume"}  # no quit, no setting
    type_code(h, "12")
    assert "4 à 8 chiffres" in menu.message and menu.setup
    type_code(h, "2580")
    type_code(h, "2581")
    assert "diffèrent" in menu.message and menu.setup
    assert not h.kiosk.config_path.exists()  # nothing written yet
    for d in "2580":  # from a real keyboard too
        h.post(pygame.TEXTINPUT, text=d)
    h.step()
    h.key(pygame.K_RETURN)
    type_code(h, "2580")
    assert not menu.setup and "quit" in {b.id for b in menu.buttons.items}
    saved = tomllib.loads(h.kiosk.config_path.read_text(encoding="utf-8"))
    assert saved["admin_pin"].startswith("pbkdf2-sha256$") and "2580" not in saved["admin_pin"]
    h.tap_button("resume")
    h.app.dispatch(AdminShortcut())
    assert h.app.top.name == "PinScene"  # from now on the code is asked
    type_code(h, "2580")
    assert h.app.top.name == "AdminMenuScene" and not h.app.top.setup


@pytest.mark.slow
def test_without_a_code_arrows_and_enter_never_quit(fresh) -> None:  # type: ignore[no-untyped-def]
    import random

    h = fresh
    rng = random.Random(3)
    keys = [pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_RETURN,
            pygame.K_TAB, pygame.K_ESCAPE, pygame.K_SPACE]
    for _ in range(400):
        if h.kiosk.attract or h.app.top.name != "AdminMenuScene":
            h.key(pygame.K_a, mod=pygame.KMOD_LCTRL | pygame.KMOD_LALT)
        h.key(rng.choice(keys))
        assert h.app.running and "ConfirmScene" not in h.names
    assert not h.kiosk.pin.has_pin and not h.kiosk.config_path.exists()


def test_a_nickname_already_on_the_board_can_be_hidden(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    finished_game(h, 300, "LÉA")
    rude = finished_game(h, 250, "KRÉTIN")  # not in the list: the organiser decides
    open_menu(h)
    h.tap_button("board")
    assert h.app.top.name == "BoardScene"
    rows = {b.data.nickname: b.id for b in h.app.top.buttons.items if b.id.startswith("row:")}
    assert set(rows) == {"LÉA", "KRÉTIN"}
    h.tap_button(rows["KRÉTIN"])
    assert h.app.top.name == "ConfirmScene"
    h.tap_button("yes")
    assert h.app.top.name == "BoardScene" and "masqué" in h.app.top.message
    assert [b.data.nickname for b in h.app.top.buttons.items if b.id.startswith("row:")] == ["LÉA"]
    board = h.ctx.scores.leaderboard("today")
    assert [(r.nickname, r.score) for r in board] == [("LÉA", 300), (None, 250)]  # score stays
    assert h.ctx.scores.get_game(rude).nickname is None
    h.tap_button("back")
    assert h.app.top.name == "AdminMenuScene"


def test_games_the_file_refuses_are_counted_in_the_menu_and_the_log(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    h = make_kiosk()
    store = h.ctx.scores
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the score file
    now = h.ctx.wallclock().astimezone()
    game_id = store.keep_game(GameRecord(h.ctx.scenario.model.id, None, now - timedelta(minutes=4),
                                         now, 300, 3, ["soudure"], "fr", "kiosk"))
    assert game_id is not None and game_id < 0
    open_menu(h)
    lines = {label: value for label, value, _ in h.app.top._lines()}
    assert "1 partie(s) en attente" in lines and "locked" in lines["1 partie(s) en attente"]
    log = h.kiosk.log_path.read_text(encoding="utf-8")
    assert "kept pending and retried" in log and "locked" in log
    other.execute("ROLLBACK")
    other.close()
    assert store.retry_pending() == 1
    h.app.top.refresh()
    assert not any("en attente" in label for label, _, _ in h.app.top._lines())


def test_the_menu_shows_where_saved_cards_go_and_how_many(make_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk({"cards_dir": "cartes-amiens"})
    folder = tmp_path / "data" / "cartes-amiens"  # beside kiosk.toml, as the file says
    assert h.ctx.settings.cards_path == folder
    folder.mkdir()
    for name in ("carte-20260504-101010.png", "carte-20260504-101011.png", "notes.txt"):
        (folder / name).write_bytes(b"png")
    open_menu(h)
    lines = {label: value for label, value, _ in h.app.top._lines()}
    assert lines["2 cartes enregistrées dans"].startswith(f"{folder} (jeu en fenêtre")


def test_without_a_setting_cards_go_to_cartes_beside_the_scores(make_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    open_menu(h)
    lines = {label: value for label, value, _ in h.app.top._lines()}
    assert lines["0 carte enregistrée dans"].startswith(f"{tmp_path / 'data' / 'cartes'} (")


@pytest.mark.parametrize("lang, joined", [("fr", " : "), ("en", ": ")])
def test_a_destination_is_labelled_in_the_languages_own_way(make_kiosk, monkeypatch, tmp_path,
                                                            lang: str, joined: str) -> None:  # type: ignore[no-untyped-def]
    """« Clé USB : /media/… », "USB stick: /media/…": the labelled string, not a « : » of its
    own (which put a French space before the colon in English)."""
    stick = tmp_path / "media" / "CLE"
    stick.mkdir(parents=True)
    monkeypatch.setattr(dialogs, "destinations", lambda data: [Destination(stick, True)])
    h = make_kiosk({"language": lang})
    open_menu(h)
    h.tap_button("export")
    label = h.app.top.buttons.get("dest:0").label
    kind = h.ctx.tr("admin_removable")
    assert label == f"{kind}{joined}{stick}"
