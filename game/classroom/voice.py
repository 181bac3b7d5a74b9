"""On the projector the whole class plays on one screen: the results and the take-away card
speak to it as « vous », not « tu » (a trainer's test: « Bravo, tu as terminé ! » projected
to thirty students).

Each text here is the « vous » form of the interface text of the same key
(:meth:`game.context.Context.tr` takes ``key@vous`` when the route is the projector's);
English says "you" either way and keeps its words. Imported with the classroom
(game.classroom.play), before any projector session can start.
"""
from __future__ import annotations

from game.context import VOUS
from game.i18n import Entry, define

FORMS: dict[str, Entry] = {
    "results": {"fr": "Bravo, vous avez terminé !", "en": "Well done, you finished!"},
    "minds_changed": {
        "fr": {"one": "Vous avez changé d'avis sur {n} idée reçue",
               "other": "Vous avez changé d'avis sur {n} idées reçues"},
        "en": {"one": "You changed your mind about {n} myth",
               "other": "You changed your mind about {n} myths"}},
    "card_title": {"fr": "Votre carte métiers", "en": "Your jobs card"},
    "like_hint": {"fr": "Touchez le cœur des métiers qui vous plaisent",
                  "en": "Tap the heart of the jobs you like"},
    "card_keep_title": {"fr": "Gardez votre carte", "en": "Keep your card"},
    "card_keep_text": {"fr": "Scannez ce code avec votre téléphone : vos métiers, les "
                             "formations et leurs liens, même sans internet.",
                       "en": "Scan this code with your phone: your jobs, the training and "
                             "their links, even offline."},
    "card_saved_in": {"fr": "Votre carte est enregistrée dans le dossier « {folder} » du jeu.",
                      "en": "Your card is saved in the game's « {folder} » folder."},
    "card_text_jobs": {"fr": "Les métiers que vous avez rencontrés :",  # in its QR code
                       "en": "The jobs you met:"},
    "card_not_saved": {"fr": "La carte n'a pas pu être enregistrée : scannez plutôt le code.",
                       "en": "The card could not be saved: scan the code instead."},
}
define({f"{key}{VOUS}": entry for key, entry in FORMS.items()})
