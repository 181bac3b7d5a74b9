"""What every scene is given: content, settings, stores, clock, caches. No globals."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from game.assets import Images
from game.audio import Sounds
from game.autoplay import Autoplay
from game.classroom.code import PROJECTOR_ROUTE
from game.clock import Clock
from game.i18n import STRINGS, tr
from game.input import Controls
from game.progress import Tour
from game.settings import Settings
from game.speech import Speech
from game.ui.motion import Motion
from game.ui.text import TextCache
from game.ui.theme import Palette, palette_for

VOUS = "@vous"  # the suffix of a text's form for the class (game.classroom.voice)
TU_VOICE, VOUS_VOICE = "tu", "vous"  # how the game speaks: to one player, or to a class

if TYPE_CHECKING:
    from game.accommodations import Accommodations
    from game.scenario.loader import LoadedScenario
    from game.scene import Scene
    from game.scores.store import ScoreStore


@dataclass
class Context:
    #: None only when the scenario failed to load: the content-error screen runs then (and F5
    #: in ``--dev`` may load a fixed one); every other screen reads :attr:`scenario`
    loaded_scenario: LoadedScenario | None
    settings: Settings
    clock: Clock
    make_home: Callable[[Context], Scene]  # the first screen: the title (game.flow) or attract
    scores: ScoreStore | None = None
    rng: random.Random = field(default_factory=random.Random)
    autoplay: Autoplay | None = None
    text: TextCache = field(default_factory=TextCache)
    images: Images = field(default_factory=Images)
    controls: Controls = field(default_factory=Controls)
    sounds: Sounds = field(default_factory=Sounds)
    speech: Speech = field(default_factory=Speech)  # self-voicing (off unless the setting says)
    _tour: Tour | None = field(default=None, repr=False)  # see :attr:`tour`
    cache: dict[str, Any] = field(default_factory=dict)  # drawn maps and the like, kept
    wallclock: Callable[[], datetime] = datetime.now  # dates of games (a soak run fakes it)
    hub: Any = None  # game.hub.sync.Sync when this device pushes to a hub (--hub, [hub])
    classroom: Any = None  # game.classroom.play.Classroom during a classroom session (--class)
    settings_version: int = 0  # apply_settings counts; the app then calls Scene.settings_changed
    _voice: str = field(default=TU_VOICE, repr=False)
    #: the interface texts said otherwise in the voice spoken (key -> its ``key@vous``)
    _forms: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def tour(self) -> Tour | None:
        """The current player's game; None on the title screen."""
        return self._tour

    @tour.setter
    def tour(self, tour: Tour | None) -> None:
        """A new game (or none): the game speaks to the class on the projector's route, else
        to one player; chosen here, once, for every text of that game."""
        self._tour = tour
        self.voice = VOUS_VOICE if tour is not None and tour.route == PROJECTOR_ROUTE else TU_VOICE

    @property
    def voice(self) -> str:
        """« tu » (a player) or « vous » (the class on the projector): :meth:`tr` says so."""
        return self._voice

    @voice.setter
    def voice(self, voice: str) -> None:
        self._voice = voice
        self._forms = ({key.removesuffix(VOUS): key for key in STRINGS if key.endswith(VOUS)}
                       if voice == VOUS_VOICE else {})

    @property
    def motion(self) -> Motion:
        """How much things move: every animation asks (the reduced-motion setting stills them)."""
        return Motion(reduced=self.settings.reduced_motion)

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def palette(self) -> Palette:
        """The colours every drawing reads at draw time (the high-contrast setting swaps it)."""
        return palette_for(self.settings.high_contrast)

    @property
    def scenario(self) -> LoadedScenario:
        """The scenario being played: a clear error on the content-error path, where there is
        none (a screen reached from it by mistake), not an AttributeError on None."""
        if self.loaded_scenario is None:
            raise RuntimeError("no scenario loaded: it has errors (python main.py validate); "
                               "only the content-error screen runs without one")
        return self.loaded_scenario

    @scenario.setter
    def scenario(self, loaded: LoadedScenario) -> None:
        self.loaded_scenario = loaded  # the admin's choice, or F5's reload
        loaded.language = self._language

    def __post_init__(self) -> None:
        if self.loaded_scenario is not None:  # its pictures in the language played
            self.loaded_scenario.language = self._language

    def _language(self) -> str:
        return self.settings.lang

    def current_tour(self) -> Tour:
        """The player's game, for the scenes that only exist during one: a clear error when
        there is none (a scene reached from the title screen by mistake), not an AttributeError."""
        if self.tour is None:
            raise RuntimeError("no game in progress: this screen needs ctx.tour "
                               "(start a tour first)")
        return self.tour

    def home(self) -> Scene:
        """A new first screen: where a reset leads."""
        return self.make_home(self)

    def play(self, sound: str) -> None:
        """A short sound: tap, success, error, star, complete, countdown (muted by the setting)."""
        self.sounds.enabled = self.settings.sound
        self.sounds.play(sound)

    def apply_settings(self) -> None:
        """After the settings changed: the text cache, sound and voice take them now, and the
        app tells every scene of the stack (:meth:`Scene.settings_changed`) before the next
        drawing (the palette follows the setting by itself)."""
        self.settings_version += 1
        self.text.scale = self.settings.text_scale
        self.text.readable = self.settings.readable_text
        self.sounds.enabled = self.settings.sound
        self.speech.enabled = self.settings.self_voicing
        self.speech.lang = self.settings.lang
        self.speech.rate = self.settings.speech_rate

    def accommodate(self, acc: Accommodations) -> None:
        """A student's accommodations, in force from now on (game.settings.Settings.accommodate):
        text size and reading aloud at once, timers and choices from the next task."""
        self.settings.accommodate(acc)
        self.apply_settings()

    def say(self, *parts: str) -> None:
        """Self-voicing: speak these pieces as one line (nothing when the setting is off)."""
        self.speech.lang = self.settings.lang
        self.speech.say_all(*parts)

    def tr(self, key: str, **values: object) -> str:
        """The interface text ``key`` in the :attr:`voice` spoken: on the projector, where
        the whole class plays on one screen, its « vous » form when it has one (``key@vous``:
        game.classroom.voice)."""
        return tr(self._forms.get(key, key), self.lang, **values)
