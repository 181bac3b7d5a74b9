"""The pause menu, from the floor and from a task: each item does what it says."""
from __future__ import annotations

from game.actions import Back
from game.progress import StationResult
from tests.scenes.test_wayfinding import floor_of


def open_task(h, floor):  # type: ignore[no-untyped-def]
    from game import flow
    from game.scene import Push

    sid = floor.next_station()
    h.app.transition(Push(flow.after_dialogue(h.ctx, floor.world.id, sid)))
    h.step(2)
    assert h.app.top.name == "TaskScene"
    return h.app.top


def test_escape_on_the_floor_pauses_and_continue_comes_back(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h)
    h.act(*floor.buttons.tap("menu"))
    pause = h.app.top
    assert pause.name == "PauseScene"
    assert [b.id for b in pause.buttons.items] == [
        "continue", "sound", "help", "ambience", "settings", "music",
        "quit"]  # nothing done: nothing to finish
    h.act(*pause.buttons.tap("continue"))
    assert h.app.top is floor


def test_help_shows_this_screens_controls(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h)
    h.act(Back())
    pause = h.app.top
    h.act(*pause.buttons.tap("help"))
    assert any("Poste suivant" in line for line in pause.spoken())
    h.act(Back())  # Escape closes the help, not the menu
    assert h.app.top is pause and not pause.helping
    h.act(Back())
    task = open_task(h, floor)
    h.act(Back())
    pause = h.app.top
    h.act(*pause.buttons.tap("help"))
    assert any("chrono" in line for line in pause.spoken())
    del task


def test_sound_and_settings_from_the_pause(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor_of(h)
    h.act(Back())
    pause = h.app.top
    h.ctx.settings.sound, h.ctx.settings.music = True, False
    pause.layout()
    h.act(*pause.buttons.tap("music"))
    assert h.ctx.settings.music and pause.buttons.get("music").label == "Musique : Oui"
    h.act(*pause.buttons.tap("ambience"))
    assert not h.ctx.settings.ambience
    assert pause.buttons.get("ambience").label == "Bruits de l'usine : Non"
    h.act(*pause.buttons.tap("sound"))
    assert not h.ctx.settings.sound and pause.buttons.get("sound").label == "Sons : Non"
    assert not pause.buttons.get("music").enabled  # all sound is off: the rest waits
    h.act(*pause.buttons.tap("settings"))
    assert h.app.top.name == "SettingsScene"
    h.act(*h.app.top.buttons.tap("done"))
    assert h.app.top is pause


def test_finish_my_visit_from_the_pause_keeps_what_was_done(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h)
    h.ctx.tour.probe_myths = []
    h.ctx.tour.record(StationResult(floor.world.id, floor.planned[0].id, "quiz", 80, 2, 9.0))
    h.act(Back())
    pause = h.app.top
    assert pause.notes()["quit"] == "Ta progression sera perdue."
    h.act(*pause.buttons.tap("finish"))
    assert h.app.top.name == "ResultsScene" and len(h.ctx.tour.results) == 1


def test_escape_in_a_task_pauses_its_timer_and_leaving_asks_first(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h)
    task = open_task(h, floor)
    task.rules.first_move()
    h.step(30)
    h.act(Back())
    pause = h.app.top
    assert pause.name == "PauseScene" and pause.where == "task"
    elapsed = task.rules.elapsed
    h.step(120)
    assert task.rules.elapsed == elapsed  # paused: the timer waits
    assert pause.notes()["quit"].startswith("Ta progression sera perdue")
    h.act(*pause.buttons.tap("continue"))
    assert h.app.top is task
    h.act(*task.chrome.tap("back"))  # the task's own Menu button pauses too
    assert h.app.top.name == "PauseScene"
    h.act(*h.app.top.buttons.tap("quit"))
    assert h.app.top is floor and not h.ctx.tour.results


def test_the_pause_in_english(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app("--lang", "en", autoplay=False)
    floor_of(h)
    h.act(Back())
    labels = [b.label for b in h.app.top.buttons.items]
    assert labels == ["Continue", "Sounds: On", "Help: the controls", "Factory sounds: On",
                      "Settings", "Music: Off", "Leave the game"]


def test_escape_in_her_words_asks_before_leaving_her(make_app) -> None:  # type: ignore[no-untyped-def]
    """Issue 9: Escape in the dialogue went straight back to the floor; now it pauses, as on
    the floor and in a task, and leaving her is one more deliberate tap."""
    from game.scene import Push
    from game.scenes.dialogue import DialogueScene

    h = make_app(autoplay=False)
    floor = floor_of(h)
    h.app.transition(Push(DialogueScene(h.ctx, floor.world.id, floor.next_station())))
    h.step(2)
    dialogue = h.app.top
    h.act(*dialogue.buttons.tap("next"))
    h.act(*dialogue.buttons.tap("next"))
    where = (dialogue.walker.mode, dialogue.walker.index)
    h.act(Back())
    pause = h.app.top
    assert pause.name == "PauseScene" and pause.where == "dialogue"
    assert pause.buttons.get("quit").label == "Quitter ce poste"
    assert pause.notes()["quit"] == "Tu pourras revenir lui parler."
    h.act(*pause.buttons.tap("help"))
    assert any("question" in line for line in pause.spoken())
    h.act(Back())
    h.act(*pause.buttons.tap("continue"))
    assert h.app.top is dialogue and (dialogue.walker.mode, dialogue.walker.index) == where
    assert dialogue.buttons.get("back").label == "Menu"
    h.act(*dialogue.buttons.tap("back"))  # her screen's Menu button pauses too
    assert h.app.top.name == "PauseScene"
    h.act(*h.app.top.buttons.tap("quit"))
    assert h.app.top is floor
