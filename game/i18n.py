"""The interface's own texts, one mechanism for all of them (the scenario carries its content).

Each module that shows texts declares them once with :func:`define` (a registry filled at
import); :func:`tr` looks a key up and refuses, loudly, a key or a language it does not
know instead of showing French in an English game. A text may have plural forms (CLDR
categories such as ``one`` and ``other``), chosen by Babel from the value ``n``; numbers in
texts are written the way the language writes them (:func:`number`, :func:`percent`, Babel).
"""
from __future__ import annotations

import threading
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Babel's locale data loads when a number or a plural is first written
    from datetime import date

    from babel import Locale

if TYPE_CHECKING:
    from game.scenario.text import LocalText

LANGUAGES = ("fr", "en")  # every interface text exists in each of these

Text = str | Mapping[str, str]  # a text, or its plural forms by CLDR category
Entry = Mapping[str, Text]  # language -> text

STRINGS: dict[str, dict[str, Text]] = {}


def define(table: Mapping[str, Entry]) -> None:
    """Declare interface texts; each must be given in every language of :data:`LANGUAGES`."""
    for key, entry in table.items():
        if key in STRINGS and STRINGS[key] != entry:
            raise ValueError(f"the interface text '{key}' is defined twice, differently")
        missing = [lang for lang in LANGUAGES if lang not in entry]
        if missing:
            raise ValueError(f"the interface text '{key}' has no {', '.join(missing)} version")
        STRINGS[key] = dict(entry)


def tr(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` put in (``n`` also picks the plural)."""
    entry = STRINGS.get(key)
    if entry is None:
        raise KeyError(f"no interface text '{key}' (declare it with game.i18n.define)")
    text = entry.get(lang)
    if text is None:
        raise KeyError(f"the interface text '{key}' has no '{lang}' version")
    if not isinstance(text, str):
        n = values.get("n")
        if not isinstance(n, (int, float)):
            raise KeyError(f"the interface text '{key}' has plural forms: give it n=")
        text = text.get(plural(n, lang)) or text["other"]
    # whole numbers read the same in both languages; decimals go through number() first
    return text.format(**values) if values else text


def local(key: str, **values: object) -> LocalText:
    """The interface text ``key`` in every language, as the value a task's feedback carries.

    A value may differ by language: a :class:`~game.scenario.text.LocalText` (a bin's label)
    or a callable given the language (a number written the language's way) is put in per
    language; ``n`` also picks each language's plural form.
    """
    from game.scenario.text import LocalText

    def each(lang: str) -> dict[str, object]:
        return {k: v.get(lang) if isinstance(v, LocalText) else v(lang) if callable(v) else v
                for k, v in values.items()}

    return LocalText({lang: tr(key, lang, **each(lang)) for lang in LANGUAGES})


@lru_cache(maxsize=1024)
def plural(n: float, lang: str) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (fr: 0 and 1 are ``one``)."""
    return str(_locale(lang).plural_form(abs(n)))


@cache
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(lang)


@lru_cache(maxsize=1024)  # Babel takes a tenth of a millisecond a number; a frame writes a dozen
def number(value: float, lang: str, places: int = 0, fixed: bool = False) -> str:
    """``value`` rounded half up to ``places`` decimals, written as ``lang`` writes numbers
    (decimal comma in French); trailing zeros dropped unless ``fixed``; never "-0"."""
    q = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if not q:
        q = abs(q)
    from babel.numbers import format_decimal

    decimals = ("0" if fixed else "#") * places
    pattern = "0" + ("." + decimals if places else "")
    return _spaces(format_decimal(q, pattern, locale=lang, decimal_quantization=True))


def percent(share: float, lang: str) -> str:
    """A share 0..1 as a whole percentage (« 25 % » in French, "25%" in English)."""
    return _percent(round(100 * share), lang)


@lru_cache(maxsize=256)  # a share shown live (a gauge's time in the zone) is written each frame
def _percent(whole: int, lang: str) -> str:
    from babel.numbers import format_percent

    return _spaces(format_percent(Decimal(whole) / 100, locale=lang))


def warm(first: str) -> None:
    """Have Babel read its data for every language now, ``first`` first: the first plural or
    number it writes costs some 40 ms (it unpickles the locale's CLDR data), and that was the
    first tap's frame (the world choice counts its stations)."""
    for lang in (first, *(other for other in LANGUAGES if other != first)):
        if lang in LANGUAGES:
            plural(1, lang)
            number(0.5, lang, places=1)
            percent(0.5, lang)


def warm_behind(first: str) -> threading.Thread:
    """:func:`warm` on a thread of its own (while the start's work goes on: the splash)."""
    thread = threading.Thread(target=warm, args=(first,), name="babel-warm", daemon=True)
    thread.start()
    return thread


def date_words(day: date, lang: str) -> str:
    """A date as a visitor reads it: « 1er février 2027 », "1 February 2027" (a badge of
    « 01/02 » was read as « 1 of 2 »)."""
    from babel.dates import format_date

    words = format_date(day, "d MMMM y", locale="en_GB" if lang == "en" else lang)
    return _spaces("1er" + words[1:] if lang == "fr" and day.day == 1 else words)


def _spaces(text: str) -> str:
    """Babel's (narrow) no-break spaces as plain ones: on screen, game.ui.text.typeset is the
    one place that decides which spaces do not break (digit groups, a number and its unit);
    the CSV files and the report's pages get plain spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


define({
    "tagline": {"fr": "Découvre les métiers de l'industrie et les femmes qui les font",
                "en": "Discover industrial jobs and the women who do them"},
    "play": {"fr": "Jouer", "en": "Play"},
    "leaderboard": {"fr": "Classement", "en": "Leaderboard"},
    "quit": {"fr": "Quitter", "en": "Quit"},
    "language": {"fr": "English", "en": "Français"},
    "choose_world": {"fr": "Choisis un univers", "en": "Choose a world"},
    "stations_n": {"fr": {"one": "{n} poste", "other": "{n} postes"},
                   "en": {"one": "{n} station", "other": "{n} stations"}},
    "done_n": {"fr": {"one": "{d}/{n} poste fait", "other": "{d}/{n} postes faits"},
               "en": {"one": "{d}/{n} station done", "other": "{d}/{n} stations done"}},
    "back": {"fr": "Retour", "en": "Back"},
    "continue": {"fr": "Continuer", "en": "Continue"},
    "next": {"fr": "Suivant", "en": "Next"},
    "validate": {"fr": "Valider", "en": "Check"},
    "to_work": {"fr": "Au travail !", "en": "Let's get to work!"},
    "ask_her": {"fr": "Tu peux lui demander :", "en": "You can ask her:"},
    "age": {"fr": "{age} ans", "en": "aged {age}"},
    "time_left": {"fr": "{s} s", "en": "{s} s"},
    "score": {"fr": "Score", "en": "Score"},
    "points": {"fr": "{n} pts", "en": "{n} pts"},
    "your_score": {"fr": "Ton score : {n}", "en": "Your score: {n}"},
    "why": {"fr": "Ce que fait une pro, et pourquoi", "en": "What a pro does, and why"},
    "timed_out": {"fr": "Temps écoulé !", "en": "Time's up!"},
    "results": {"fr": "Bravo, tu as terminé !", "en": "Well done, you finished!"},
    "jobs_met": {"fr": "Les métiers rencontrés", "en": "The jobs you met"},
    "myths_busted": {"fr": "Idées reçues démontées", "en": "Myths busted"},
    "total": {"fr": "Total", "en": "Total"},
    # a label and its value: the colon and its space belong to each language (the French
    # space before « : » is set narrow and unbreakable where text is drawn: ui/text.py)
    "labelled": {"fr": "{label} : {value}", "en": "{label}: {value}"},
    "nickname_title": {"fr": "Ton pseudo pour le classement",
                       "en": "Your nickname for the leaderboard"},
    "erase": {"fr": "Retour arrière", "en": "Backspace"},  # one letter back (widgets.backspace)
    "several_answers": {"fr": "Plusieurs réponses possibles", "en": "Several answers possible"},
    "start_here": {"fr": "Pose la torche ici", "en": "Put the torch here"},
    "travel_speed": {"fr": "Vitesse d'avance", "en": "Travel speed"},
    "aim": {"fr": "Position sur le joint", "en": "Aim at the joint"},
    "slow": {"fr": "lent", "en": "slow"},
    "fast": {"fr": "rapide", "en": "fast"},
    "full_tour": {"fr": "Le grand tour : les {n} univers", "en": "The full tour: all {n} worlds"},
    "next_world": {"fr": "Univers suivant", "en": "Next world"},
    "probe_title_before": {"fr": "Avant de commencer : qu'en penses-tu ?",
                           "en": "Before you start: what do you think?"},
    "probe_title_after": {"fr": "Et maintenant, qu'en penses-tu ?",
                          "en": "And now, what do you think?"},
    "gender_question": {"fr": "Tu es :", "en": "You are:"},  # under « statistiques anonymes »
    "gender_note": {"fr": "Facultatif : aucune donnée personnelle n'est gardée.",
                    "en": "Optional: no personal data is kept."},
    "gender_girl": {"fr": "Une fille", "en": "A girl"},
    "gender_boy": {"fr": "Un garçon", "en": "A boy"},
    "gender_unsaid": {"fr": "Je préfère ne pas dire", "en": "I'd rather not say"},
    "card_title": {"fr": "Ta carte métiers", "en": "Your jobs card"},
    "like_hint": {"fr": "Touche le cœur des métiers qui te plaisent",
                  "en": "Tap the heart of the jobs you like"},
    "offers_title": {"fr": "Pour y aller : des formations", "en": "How to get there: training"},
    "offers_dates_title": {"fr": "Pour y aller : formations et rendez-vous",
                           "en": "How to get there: training and dates"},
    "offers_examples": {"fr": "Exemples de formations proposés par le programme, "
                              "à vérifier auprès des organismes.",
                        "en": "Examples of training chosen by the programme; "
                              "check with the training bodies."},
    "no_offers": {"fr": "Pas encore de formation liée à ces métiers.",
                  "en": "No training linked to these jobs yet."},
    "save_card": {"fr": "Enregistrer la carte", "en": "Save the card"},
    "settings": {"fr": "Réglages", "en": "Settings"},
    "set_language": {"fr": "Langue", "en": "Language"},
    "set_text_size": {"fr": "Taille du texte", "en": "Text size"},
    "set_contrast": {"fr": "Contraste élevé", "en": "High contrast"},
    "set_sound": {"fr": "Sons", "en": "Sounds"},
    "set_timers": {"fr": "Minuteurs des épreuves", "en": "Task timers"},
    "set_preview": {"fr": "Aperçu : voici la taille du texte des dialogues et des questions.",
                    "en": "Preview: this is the size of the dialogue and question text."},
    "on": {"fr": "Oui", "en": "On"},
    "off": {"fr": "Non", "en": "Off"},
    "skip": {"fr": "Passer", "en": "Skip"},
    "ok": {"fr": "OK", "en": "OK"},
    "anonymous": {"fr": "Anonyme", "en": "Anonymous"},
    "today": {"fr": "Aujourd'hui", "en": "Today"},
    "all_time": {"fr": "Depuis toujours", "en": "All time"},
    "no_scores": {"fr": "Pas encore de score : à toi de jouer !",
                  "en": "No scores yet: your turn to play!"},
    "finish": {"fr": "Terminer", "en": "Finish"},
    "leave_title": {"fr": "Quitter la partie ?", "en": "Leave the game?"},
    "leave_text": {"fr": "Ta progression sera perdue.", "en": "Your progress will be lost."},
    "yes_leave": {"fr": "Oui, quitter", "en": "Yes, leave"},
    "no_stay": {"fr": "Non, continuer", "en": "No, keep playing"},
    # the leave question and « Encore un poste ? » both offer it
    "finish_visit": {"fr": "Terminer ma visite", "en": "Finish my visit"},
    "menu": {"fr": "Menu", "en": "Menu"},
    "walk_hint": {"fr": "Touche un poste lumineux ou marche avec les flèches",
                  "en": "Tap a glowing station or walk with the arrow keys"},
    "see_results": {"fr": "Voir mes résultats", "en": "See my results"},
    "content_errors": {"fr": "Le scénario contient des erreurs", "en": "The scenario has errors"},
    "content_errors_hint": {"fr": "Corrigez-les puis relancez le jeu "
                                  "(python main.py validate CHEMIN).",
                            "en": "Fix them and start the game again "
                                  "(python main.py validate PATH)."},
    "rank": {"fr": "Rang", "en": "Rank"},
    "player": {"fr": "Joueur·euse", "en": "Player"},
    "you": {"fr": "toi", "en": "you"},
    "true": {"fr": "Vrai", "en": "True"},
    "false": {"fr": "Faux", "en": "False"},
    "right": {"fr": "Juste", "en": "Right"},
    "wrong": {"fr": "Faux", "en": "Wrong"},
    "station_done": {"fr": "Poste fait", "en": "Station done"},
    "press_start": {"fr": "Touche pour commencer", "en": "Tap to start"},
    # accessibility: what self-voicing says
    "voice_on": {"fr": "Lecture à voix haute activée. Touche V pour l'arrêter.",
                 "en": "Reading aloud is on. Press V to stop it."},
    "voice_off": {"fr": "Lecture à voix haute désactivée.", "en": "Reading aloud is off."},
    "said_right": {"fr": "juste", "en": "right"},
    "said_wrong": {"fr": "à revoir", "en": "not quite"},
    "said_selected": {"fr": "choisi", "en": "chosen"},
    "said_disabled": {"fr": "pas encore possible", "en": "not available yet"},
    "said_stars": {"fr": {"one": "{n} étoile sur 3", "other": "{n} étoiles sur 3"},
                   "en": {"one": "{n} star out of 3", "other": "{n} stars out of 3"}},
})
