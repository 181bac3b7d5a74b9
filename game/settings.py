"""Settings of one run: from the command line, a kiosk config file, or the settings screen."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.paths import default_data_dir

if TYPE_CHECKING:  # pydantic loads after the first frame (game/accommodations.py)
    from game.accommodations import Accommodations

__all__ = ["TEXT_SCALES", "Accommodations", "Settings", "default_data_dir"]


def __getattr__(name: str) -> Any:
    """``game.settings.Accommodations`` is loaded on first use (it needs pydantic)."""
    if name == "Accommodations":
        from game.accommodations import Accommodations

        return Accommodations
    raise AttributeError(f"module 'game.settings' has no attribute {name!r}")

CARDS_FOLDER = "cartes"  # saved take-away cards, beside the scores, unless cards_dir says
TEXT_SCALES = (1.0, 1.15, 1.3)  # the text-size setting's steps


#: the settings an accommodation may change (kept before the first one, restored after)
_ACCOMMODATED = ("more_time", "timers", "fewer_choices", "text_scale", "self_voicing")


@dataclass
class Settings:
    lang: str = "fr"
    timers: bool = True
    fullscreen: bool = False
    window: tuple[int, int] = (1280, 720)
    data_dir: Path | None = None
    text_scale: float = 1.0
    high_contrast: bool = False
    sound: bool = True
    ambience: bool = True  # the world's factory sound under the game (game/ambience.py)
    music: bool = False  # the optional music
    ask_gender: bool = True  # the optional anonymous context at the exit (age, gender, situation)
    dev: bool = False  # F5 reloads the scenario
    save_autoplay: bool = False  # the bot's game is saved (mode autoplay, off the boards)
    fallback_dir: Path | None = None  # refused games' journal; None: the system's temp folder
    cards_dir: Path | None = None  # « Enregistrer la carte »; None: cartes/ in the data folder
    # kiosk mode (see game/kiosk/)
    kiosk: bool = False
    #: the route Play starts at once ("decouverte", "grand_tour"); None: the world choice (a
    #: kiosk: its kiosk.toml's route, the découverte by default)
    route: str | None = None
    #: the nickname and the leaderboard after the results: None, where the route has them
    #: (not the découverte); True on every route (a kiosk's leaderboard = true); False: never
    board: bool | None = None
    event_name: str = ""  # the take-away card shows it
    # accessibility (docs/ACCESSIBILITY.md)
    self_voicing: bool = False  # the game speaks what appears (V toggles it)
    speech_rate: int = 175  # words per minute (game.speech.RATES)
    reduced_motion: bool = False  # no typewriter, shakes, slides, confetti or pulsing glows
    readable_text: bool = False  # wider letter and line spacing, text aligned left
    more_time: float = 1.0  # every task timer x1.5 or x2 (timers off is `timers`)
    hold_free: bool = False  # tap-tap instead of drags, a toggle instead of a hold, assisted weld
    fewer_choices: bool = False  # one wrong option fewer per question (quiz, sort, match, dialogue)
    #: the student's accommodations in force (classroom); see accommodate()
    accommodations: Accommodations | None = None  # None: none was ever given
    _before: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def accommodate(self, acc: Accommodations) -> None:
        """Put a student's accommodations in force at once, over the settings as they were
        before any accommodation; ``Accommodations()`` gives those settings back. A context
        takes it in with ``ctx.accommodate`` (text size, voice), which calls this.
        """
        if self._before is None:
            self._before = {name: getattr(self, name) for name in _ACCOMMODATED}
        for name, value in self._before.items():
            setattr(self, name, value)
        self.accommodations = acc
        if acc.more_time is not None:
            self.more_time = acc.more_time
        if acc.no_timer:
            self.timers = False
        if acc.fewer_choices:
            self.fewer_choices = True
        if acc.larger_text:
            self.text_scale = max(self.text_scale, TEXT_SCALES[-1])
        if acc.read_aloud:
            self.self_voicing = True
        if not acc.any:
            self._before = None

    @property
    def data_path(self) -> Path:
        return self.data_dir or default_data_dir()

    @property
    def cards_path(self) -> Path:
        """Where saved take-away cards go (the kiosk's admin menu shows it)."""
        return self.cards_dir or self.data_path / CARDS_FOLDER
