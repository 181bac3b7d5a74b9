"""Self-voicing: said off the frame, cut by the next line, logged one a line, silent without an
engine."""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from game.speech import Speech


class FakeEngine:
    """Speaks each text for a while (busy), records what it was asked."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.stopped = 0
        self.props: dict[str, Any] = {"voices": []}
        self.busy_until = 0.0
        self.event = threading.Event()

    def say(self, text: str) -> None:
        self.said.append(text)
        self.busy_until = time.monotonic() + 0.3
        self.event.set()

    def stop(self) -> None:
        self.stopped += 1
        self.busy_until = 0.0

    def startLoop(self, use_driver_loop: bool = True) -> None:  # pyttsx3's name
        pass

    def iterate(self) -> None:
        pass

    def endLoop(self) -> None:  # pyttsx3's name
        pass

    def isBusy(self) -> bool:  # pyttsx3's name
        return time.monotonic() < self.busy_until

    def setProperty(self, name: str, value: Any) -> None:  # pyttsx3's name
        self.props[name] = value

    def getProperty(self, name: str) -> Any:  # pyttsx3's name
        return self.props.get(name)


def wait_for(condition: Any, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_lines_are_spoken_in_order_and_a_new_line_cuts_the_old_one() -> None:
    engine = FakeEngine()
    speech = Speech(enabled=True, engine_factory=lambda: engine)
    speech.say("Bonjour, je suis Samia.")
    assert wait_for(lambda: engine.said == ["Bonjour, je suis Samia."])
    speech.say("Je suis soudeuse.")
    assert wait_for(lambda: len(engine.said) == 2)
    assert engine.said[1] == "Je suis soudeuse." and engine.stopped >= 1
    speech.close()


def test_say_never_waits_for_the_engine() -> None:
    slow = threading.Event()

    def factory() -> FakeEngine:
        slow.wait(2.0)  # an engine that takes its time to start
        return FakeEngine()

    speech = Speech(enabled=True, engine_factory=factory)
    started = time.monotonic()
    for i in range(50):
        speech.say(f"ligne {i}")
    assert time.monotonic() - started < 1.0  # generous: say() only queues
    slow.set()
    speech.close()


def test_the_log_holds_each_utterance_with_time_and_language(tmp_path: Path) -> None:
    log = tmp_path / "speech.log"
    speech = Speech(enabled=True, lang="en", log_path=log, engine_factory=lambda: None)
    speech.say("Hello, I am Samia.")
    speech.say("Hello, I am Samia.")  # the same words twice in a row are said once
    speech.say_all("Which mask?", "Auto-darkening", "Sunglasses")
    speech.close()
    lines = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(lang, text) for _, lang, text in lines] == [
        ("en", "Hello, I am Samia."), ("en", "Which mask? Auto-darkening. Sunglasses.")]
    assert all("T" in stamp for stamp, _, _ in lines)  # an ISO date and time


def test_without_an_engine_the_game_goes_on_and_the_setting_can_say_so() -> None:
    speech = Speech(enabled=True, engine_factory=lambda: None)
    assert speech.probe() is False and speech.available is False
    speech.say("rien")  # no exception, nothing blocks
    speech.close()


def test_switched_off_it_says_and_logs_nothing(tmp_path: Path) -> None:
    log = tmp_path / "speech.log"
    engine = FakeEngine()
    speech = Speech(enabled=False, log_path=log, engine_factory=lambda: engine)
    speech.say("silence")
    speech.close()
    assert engine.said == [] and log.read_text() == ""


def test_a_french_voice_is_chosen_when_the_system_has_one() -> None:
    class Voice:
        def __init__(self, id_: str, languages: list[bytes]) -> None:
            self.id, self.languages, self.name = id_, languages, id_

    engine = FakeEngine()
    engine.props["voices"] = [Voice("en-gb", [b"\x05en-gb"]), Voice("roa/fr", [b"\x05fr"])]
    speech = Speech(enabled=True, lang="fr", engine_factory=lambda: engine)
    speech.say("Bonjour")
    assert wait_for(lambda: engine.said)
    assert engine.props.get("voice") == "roa/fr"
    speech.close()
