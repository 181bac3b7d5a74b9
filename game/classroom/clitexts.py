"""What ``main.py class …`` says, French first (``--lang en`` for English), and how it asks.

Every line a trainer reads is declared here once, in both languages (game.i18n); the JSON
last lines that scripts read (``{"code": ...}``) are not texts and stay as they are.
Refusals that other modules word in English (the scenario choice) are put in French here.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TextIO

from game.i18n import define, tr

YES = ("o", "oui", "y", "yes")

define({
    # argparse's help
    "cli_about": {"fr": "Séances en classe (voir docs/CLASSE.md) : en créer une, la suivre avec "
                        "main.py hub, en tirer le rapport.",
                  "en": "Classroom sessions (see docs/CLASS.en.md): make one, follow it with "
                        "main.py hub, report."},
    "cli_h_data": {"fr": "le dossier de données du hub (par défaut : celui du hub sur ce PC)",
                   "en": "the hub's data folder (default: the hub's own)"},
    "cli_h_db": {"fr": "postgresql://… (par défaut : le fichier SQLite hub.db)",
                 "en": "postgresql://… (default: SQLite hub.db)"},
    "cli_h_lang": {"fr": "langue des messages : fr (par défaut) ou en",
                   "en": "language of the messages: fr (default) or en"},
    "cli_h_new": {"fr": "créer une séance et afficher son code",
                  "en": "make a session and print its code"},
    "cli_h_world": {"fr": "l'identifiant du monde, par exemple soudure",
                    "en": "the world's id, e.g. soudure"},
    "cli_h_route": {"fr": "world (par défaut), decouverte, grand_tour ou projector",
                    "en": "world (default), decouverte, grand_tour or projector"},
    "cli_h_stations": {"fr": "seulement ces postes : a,b,c", "en": "only these stations: a,b,c"},
    "cli_h_timers": {"fr": "minuteurs activés (sans, par défaut)",
                     "en": "timers on (off by default)"},
    "cli_h_bonus": {"fr": "bonus de vitesse (avec --timers)", "en": "speed bonus (needs --timers)"},
    "cli_h_title": {"fr": "affiché au tableau de bord, par exemple \"2nde MSPC\"",
                    "en": "shown on the dashboard, e.g. \"2nde MSPC\""},
    "cli_h_pin": {"fr": "4 à 8 chiffres pour ouvrir le tableau de bord",
                  "en": "4 to 8 digits for the dashboard"},
    "cli_h_scenario": {"fr": "dossier du scénario", "en": "scenario folder"},
    "cli_h_list": {"fr": "toutes les séances, ouvertes ou closes",
                   "en": "every session, open or closed"},
    "cli_h_close": {"fr": "clore la séance, définitivement : les PC des élèves ne peuvent plus "
                          "envoyer de résultats",
                    "en": "close the session, for good: the students' PCs can no longer send "
                          "results"},
    "cli_h_purge": {"fr": "supprimer la séance et tous les résultats de ses élèves (demande "
                          "confirmation)",
                    "en": "delete the session and every record of its students (asks first)"},
    "cli_h_yes": {"fr": "ne pas demander confirmation (pour un script)",
                  "en": "do not ask first (for a script)"},
    "cli_h_forget": {"fr": "sur un PC élève : effacer ses fichiers de séance "
                           "(classroom/CODE.jsonl)",
                     "en": "on a student's PC: delete its session files "
                           "(classroom/CODE.jsonl)"},
    "cli_h_forget_dir": {"fr": "le dossier de données du jeu sur ce PC (par défaut : le sien)",
                         "en": "the game's data folder on this PC (default: its own)"},
    "cli_h_all": {"fr": "toutes les séances gardées sur ce PC", "en": "every session kept here"},
    "cli_h_roster": {"fr": "aménagements depuis une liste CSV",
                     "en": "accommodations from a CSV list"},
    "cli_h_import": {"fr": "les fichiers des élèves, ou des dossiers qui les contiennent (une clé "
                           "USB, le dossier de données d'un PC élève)",
                     "en": "students' journal files, or folders holding them (a USB stick, a "
                           "student PC's data folder)"},
    "cli_h_report": {"fr": "les résultats en CSV", "en": "the results as CSV"},
    "cli_h_csv": {"fr": "FICHIER.csv (+ FICHIER-eleves.csv)", "en": "FILE.csv (+ FILE-eleves.csv)"},
    # what the commands say
    "cli_db": {"fr": "impossible d'ouvrir la base du hub {where} : {err}",
               "en": "cannot open the hub's database {where}: {err}"},
    "cli_code_len": {"fr": "{text} : un code de séance a 6 lettres (ici {n})",
                     "en": "{text}: a session code has 6 letters (got {n})"},
    "cli_code_letters": {"fr": "{text} : un code de séance n'a pas de {letters}",
                         "en": "{text}: a session code has no {letters}"},
    "cli_no_session": {"fr": "aucune séance {code} dans ce dossier de données (class list les "
                             "montre)",
                       "en": "no session {code} in this data folder (class list shows them)"},
    "cli_title_long": {"fr": "--title a {n} caractères, {most} au plus",
                       "en": "--title has {n} characters, at most {most}"},
    "cli_pin": {"fr": "--pin : 4 à 8 chiffres", "en": "--pin must be 4 to 8 digits"},
    "cli_bonus": {"fr": "--speed-bonus demande --timers (sans minuteur, pas de vitesse)",
                  "en": "--speed-bonus needs --timers (no timer, no speed)"},
    "cli_scenario_errors": {"fr": "le scénario {path} a des erreurs (main.py validate les dit "
                                  "toutes) :\n{err}",
                            "en": "the scenario {path} has errors (main.py validate says them "
                                  "all):\n{err}"},
    "cli_scenario_read": {"fr": "impossible de lire le scénario {path} : {err}",
                          "en": "cannot read the scenario {path}: {err}"},
    "cli_made": {"fr": "séance {code}{title} : {what}, parcours {route}, {stations} ; minuteurs "
                       "{timers}, bonus de vitesse {bonus}",
                 "en": "session {code}{title}: {what}, route {route}, {stations}; timers "
                       "{timers}, speed bonus {bonus}"},
    "cli_every_world": {"fr": "tous les mondes", "en": "every world"},
    "cli_decouverte": {"fr": "découverte", "en": "découverte"},
    "cli_every_station": {"fr": "tous les postes", "en": "every station"},
    "cli_on": {"fr": "activés", "en": "on"},
    "cli_off": {"fr": "désactivés", "en": "off"},
    "cli_kept": {"fr": "gardée dans {where}", "en": "kept in {where}"},
    "cli_next": {"fr": "les élèves tapent le code {code} ; suivez la classe avec main.py hub "
                       "--host{flags} et ouvrez http://127.0.0.1:8765/class/{code} ({opener} "
                       "l'ouvre)",
                 "en": "students type the code {code}; follow the class with main.py hub "
                       "--host{flags} and open http://127.0.0.1:8765/class/{code} ({opener} "
                       "opens it)"},
    "cli_the_pin": {"fr": "le PIN", "en": "the PIN"},
    "cli_the_key": {"fr": "la clé du hub", "en": "the hub key"},
    "cli_none": {"fr": "aucune séance dans {where} (class new en crée une)",
                 "en": "no session in {where} (class new makes one)"},
    "cli_open": {"fr": "ouverte", "en": "open"},
    "cli_closed_at": {"fr": "close le {at}", "en": "closed {at}"},
    "cli_row": {"fr": "{students} {records}", "en": "{students} {records}"},
    "cli_closed": {"fr": "séance {code} close, définitivement : les PC des élèves ne peuvent plus "
                         "y envoyer de résultats (class import prend encore leurs fichiers)",
                   "en": "session {code} closed, for good: the students' PCs can no longer push "
                         "to it (class import still takes their files)"},
    "cli_purge_ask": {"fr": "Supprimer définitivement la séance {code}{title} : {students}, "
                            "{records} et leurs aménagements ? Rien ne pourra être "
                            "récupéré. [o/N] ",
                      "en": "Delete the session {code}{title} for good: {students}, "
                            "{records} and their accommodations? Nothing can be "
                            "recovered. [y/N] "},
    "cli_purge_kept": {"fr": "rien n'est supprimé (répondez o pour supprimer ; --yes pour un "
                             "script)",
                       "en": "nothing deleted (answer y to delete; --yes for a script)"},
    "cli_purged": {"fr": "séance {code} supprimée : {records} et les aménagements de ses "
                         "élèves, effacés de ce PC",
                   "en": "session {code} purged: {records} and its students' accommodations "
                         "deleted from this PC"},
    "cli_purge_rest": {"fr": "reste à effacer : sur chaque PC élève, main.py class forget {code} "
                             "(son fichier classroom/{code}.jsonl) ; sur les clés USB, les "
                             "fichiers cap-classe-{code}-*.jsonl ; les CSV exportés",
                       "en": "still to delete: on each student's PC, main.py class forget {code} "
                             "(its classroom/{code}.jsonl file); on the USB sticks, the "
                             "cap-classe-{code}-*.jsonl files; the CSV files exported"},
    "cli_forget_ask": {"fr": "Effacer de ce PC les résultats de {what} ({files}) ? Si ce PC a "
                             "joué sans réseau, remettez d'abord son fichier à la formatrice. "
                             "[o/N] ",
                       "en": "Delete from this PC the results of {what} ({files})? If this PC "
                             "played with no network, hand its file to the trainer first. "
                             "[y/N] "},
    "cli_forget_what": {"fr": "la séance {codes}", "en": "the session {codes}"},
    "cli_forget_nothing": {"fr": "rien à effacer : aucun fichier de séance{which} dans {where}",
                           "en": "nothing to delete: no session file{which} in {where}"},
    "cli_forget_need": {"fr": "class forget : donnez un CODE (ou --all pour toutes les séances)",
                        "en": "class forget: give a CODE (or --all for every session)"},
    "cli_forgot": {"fr": "effacé : {path}", "en": "deleted: {path}"},
    "cli_forget_fail": {"fr": "impossible d'effacer {path} : {err}",
                        "en": "cannot delete {path}: {err}"},
    "cli_roster_set": {"fr": "aménagements réglés pour {students} de {code}",
                       "en": "accommodations set for {students} of {code}"},
    "cli_roster_skipped": {"fr": " ({rows})", "en": " ({rows})"},
    "cli_folder": {"fr": "{folder} : {files}", "en": "{folder}: {files}"},
    "cli_folder_none": {"fr": " (*.jsonl ici ou dans son dossier classroom/)",
                        "en": " (*.jsonl here or in its classroom/ folder)"},
    "cli_unknown_session": {"fr": "séance {code} inconnue de ce dossier de données (créée sur "
                                  "un autre PC ?) : rien n'est importé de ses résultats "
                                  "({records})",
                            "en": "{records} of session {code}, which this data folder does "
                                  "not have (was it made on another PC?): not imported"},
    "cli_imported": {"fr": "{imported}, {dup} déjà là, {bad}",
                     "en": "{imported}, {dup} already there, {bad}"},
    "cli_of_unknown": {"fr": ", {records} de séances inconnues",
                       "en": ", {records} of unknown sessions"},
    "cli_write_fail": {"fr": "impossible d'écrire {path} : {err}",
                       "en": "cannot write {path}: {err}"},
    "cli_report": {"fr": "{students}, {stations}, {questions}",
                   "en": "{students}, {stations}, {questions}"},
    "cli_report_files": {"fr": "{first} (une ligne par élève et par question) et {second} (une "
                               "ligne par élève)",
                         "en": "{first} (a row per student and question) and {second} (a row "
                               "per student)"},
})

#: counted nouns, their plural chosen by the count (French: 0 and 1 take the singular)
define({
    "n_students": {"fr": {"one": "{n} élève", "other": "{n} élèves"},
                   "en": {"one": "{n} student", "other": "{n} students"}},
    "n_records": {"fr": {"one": "{n} résultat", "other": "{n} résultats"},
                  "en": {"one": "{n} record", "other": "{n} records"}},
    "n_imported": {"fr": {"one": "{n} résultat importé", "other": "{n} résultats importés"},
                   "en": {"one": "{n} record imported", "other": "{n} records imported"}},
    "n_bad": {"fr": {"one": "{n} ligne abîmée sautée", "other": "{n} lignes abîmées sautées"},
              "en": {"one": "{n} bad line skipped", "other": "{n} bad lines skipped"}},
    "n_rows": {"fr": {"one": "{n} ligne ignorée", "other": "{n} lignes ignorées"},
               "en": {"one": "{n} row skipped", "other": "{n} rows skipped"}},
    "n_files": {"fr": {"one": "{n} fichier de séance", "other": "{n} fichiers de séance"},
                "en": {"one": "{n} journal file", "other": "{n} journal files"}},
    "n_stations": {"fr": {"one": "{n} poste", "other": "{n} postes"},
                   "en": {"one": "{n} station", "other": "{n} stations"}},
    "n_questions": {"fr": {"one": "{n} question", "other": "{n} questions"},
                    "en": {"one": "{n} question", "other": "{n} questions"}},
})

#: the scenario choice's refusals (game.classroom.choice words them in English), in French
_CHOICE_FR: tuple[tuple[str, str], ...] = (
    (r"--route (.+): choose one of (.+)", r"--route \1 : choisissez parmi \2"),
    (r"--route (.+) plays one world: give --world \(one of (.+)\)",
     r"--route \1 joue un seul monde : donnez --world (parmi \2)"),
    (r"the grand tour visits every world: leave out --world \(or use --route world\)",
     "le grand tour visite tous les mondes : retirez --world (ou prenez --route world)"),
    (r"the découverte picks its stations across the worlds: leave out --world \(or choose "
     r"them with --stations\)",
     "la découverte prend ses postes dans plusieurs mondes : retirez --world (ou choisissez-les "
     "avec --stations)"),
    (r"--world (.+): the scenario '(.+)' has no such world; choose one of (.+)",
     r"--world \1 : le scénario « \2 » n'a pas ce monde ; choisissez parmi \3"),
    (r"--world (.+) is the scenario's world number (\d+): a session code can name the first "
     r"(\d+) only", r"--world \1 est le monde n° \2 du scénario : un code de séance ne nomme "
                    r"que les \3 premiers"),
    (r"--stations is empty: give station ids separated by commas, or leave it out for every "
     r"station", "--stations est vide : donnez des identifiants de postes séparés par des "
                 "virgules, ou retirez-le pour tous les postes"),
    (r"--stations: the world '(.+)' has no station '(.+)'; its stations are (.+)",
     r"--stations : le monde « \1 » n'a pas de poste « \2 » ; ses postes sont \3"),
    (r"--stations: '(.+)' is a station of several worlds; write it as (.+)",
     r"--stations : « \1 » est un poste de plusieurs mondes ; écrivez \2"),
    (r"--stations: no station '(.+)' in the scenario '(.+)'; write world/station, e.g. (.+)",
     r"--stations : pas de poste « \1 » dans le scénario « \2 » ; écrivez monde/poste, par "
     r"exemple \3"),
)


def choice_text(text: str, lang: str) -> str:
    """A refusal of game.classroom.choice in ``lang`` (as it is when no pattern fits)."""
    if lang != "fr":
        return text
    for pattern, french in _CHOICE_FR:
        if re.fullmatch(pattern, text):
            return re.sub(pattern, french, text).replace(" or ", " ou ")
    return text


class Say:
    """Prints the command's texts in one language, each line tagged ``class:``."""

    def __init__(self, lang: str, ask: Callable[[str], str] | None = None) -> None:
        self.lang = lang
        self._ask = ask  # None: input(), looked up when asking (tests replace it)

    def text(self, key: str, /, **values: object) -> str:
        return tr(key, self.lang, **values)

    def count(self, noun: str, n: int) -> str:
        """``n`` and the noun ``n_<noun>`` agreeing with it: « 1 élève », « 25 élèves »."""
        return tr(f"n_{noun}", self.lang, n=n)

    def out(self, key: str, /, **values: object) -> None:
        print(f"class: {self.text(key, **values)}")

    def err(self, key: str, /, **values: object) -> None:
        self.line(self.text(key, **values), sys.stderr)

    @staticmethod
    def line(text: str, to: TextIO | None = None) -> None:
        print(f"class: {text}", file=to or sys.stdout)

    def confirm(self, key: str, /, **values: object) -> bool:
        """Ask ``key`` (a yes/no question); no answer (no terminal, Ctrl-D) is no."""
        try:
            answer = (self._ask or input)(self.text(key, **values))
        except (EOFError, KeyboardInterrupt):
            print()
            return False
        return answer.strip().casefold() in YES
