"""The kiosk's interface texts (and the nickname refusal), French first, English complete.

Importing this module declares them (:func:`game.i18n.define`).
"""
from __future__ import annotations

from game.i18n import define

KIOSK_STRINGS: dict[str, dict[str, str]] = {
    # the attract loop
    "kiosk_touch": {"fr": "Touche l'écran pour jouer", "en": "Touch the screen to play"},
    "kiosk_demo": {"fr": "Démo", "en": "Demo"},
    "kiosk_top_today": {"fr": "Meilleurs scores du jour", "en": "Today's best scores"},
    "kiosk_be_first": {"fr": "Sois la première ou le premier au classement !",
                       "en": "Be the first on today's board!"},
    "kiosk_play_fr": {"fr": "Jouer en français", "en": "Jouer en français"},
    "kiosk_play_en": {"fr": "Play in English", "en": "Play in English"},
    # inactivity
    "kiosk_still_there": {"fr": "Encore là ?", "en": "Still there?"},
    "kiosk_stops_in": {"fr": "Sans réponse, la partie s'arrête dans",
                       "en": "With no answer, the game stops in"},
    "kiosk_seconds": {"fr": "secondes", "en": "seconds"},
    "kiosk_continue": {"fr": "Je continue", "en": "I'm still playing"},
    # crash guard
    "kiosk_oops": {"fr": "Oups, un petit souci technique !",
                   "en": "Oops, a small technical hitch!"},
    "kiosk_oops_text": {"fr": "Ce n'est pas de ta faute. Le jeu redémarre tout seul…",
                        "en": "It's not your fault. The game restarts by itself…"},
    # nickname filter
    "nickname_refused": {"fr": "Ce pseudo n'est pas possible ici. "
                               "Choisis-en un autre, s'il te plaît !",
                         "en": "That nickname can't be used here. Please choose another one!"},
    # admin: PIN
    "admin_title": {"fr": "Espace organisateur", "en": "Organiser area"},
    "admin_pin": {"fr": "Code administrateur", "en": "Admin code"},
    "admin_pin_wrong": {"fr": "Code incorrect.", "en": "Wrong code."},
    "admin_pin_locked": {"fr": "Trop d'essais. Réessayez dans {s} s.",
                         "en": "Too many tries. Try again in {s} s."},
    "admin_cancel": {"fr": "Annuler", "en": "Cancel"},
    "admin_new_pin": {"fr": "Choisissez un code (4 à 8 chiffres)",
                      "en": "Choose a code (4 to 8 digits)"},
    "admin_new_pin_again": {"fr": "Tapez-le une seconde fois", "en": "Type it once more"},
    "admin_new_pin_why": {"fr": "Aucun code n'est défini : choisissez-en un avant tout le reste. "
                                "Il sera demandé à chaque ouverture de ce menu.",
                          "en": "No code is set: choose one before anything else. It will be "
                                "asked for each time this menu opens."},
    "admin_new_pin_short": {"fr": "Le code doit avoir de 4 à 8 chiffres.",
                            "en": "The code must have 4 to 8 digits."},
    "admin_new_pin_differ": {"fr": "Les deux codes diffèrent : recommencez.",
                             "en": "The two codes differ: start again."},
    "admin_new_pin_saved": {"fr": "Code enregistré.", "en": "Code saved."},
    "admin_erase": {"fr": "Retour arrière", "en": "Backspace"},  # the pad's ⌫: one digit back
    # admin: menu
    "admin_today": {"fr": "Aujourd'hui, {day}", "en": "Today, {day}"},
    "admin_players": {"fr": "Joueuses et joueurs", "en": "Players"},
    "admin_games": {"fr": "Parties terminées", "en": "Games finished"},
    "admin_time": {"fr": "Temps de jeu moyen / médian", "en": "Time played, mean / median"},
    "admin_walkaways": {"fr": "Parties abandonnées", "en": "Games walked away from"},
    "admin_incidents": {"fr": "Incidents depuis le démarrage", "en": "Incidents since start-up"},
    "admin_store": {"fr": "Scores enregistrés dans", "en": "Scores kept in"},
    "admin_store_memory": {"fr": "EN MÉMOIRE SEULEMENT : perdus à l'arrêt ({why})",
                           "en": "IN MEMORY ONLY: lost when the game stops ({why})"},
    "admin_pending": {"fr": "{n} partie(s) en attente", "en": "{n} game(s) waiting"},
    "admin_pending_why": {"fr": "gardées en mémoire et en copie, réessayées ({why})",
                          "en": "kept in memory and copied, retried ({why})"},
    "admin_config": {"fr": "Réglages", "en": "Settings"},
    # how the menu opens and how its code is set: said here, after the code, never on the pad
    "admin_open": {"fr": "Ouvrir ce menu", "en": "Opening this menu"},
    "admin_open_how": {"fr": "appui de 3 s en haut à gauche, ou Ctrl+Alt+A",
                       "en": "a 3-second press top left, or Ctrl+Alt+A"},
    "admin_code": {"fr": "Code organisateur", "en": "Organiser's code"},
    "admin_code_how": {"fr": "se change avec python main.py kiosk-pin (docs/KIOSK.md)",
                       "en": "changed with python main.py kiosk-pin (docs/KIOSK.md)"},
    "admin_config_problems": {"fr": "{n} problème(s) dans le fichier de réglages (voir le journal)",
                              "en": "{n} problem(s) in the settings file (see the log)"},
    "admin_export": {"fr": "Exporter les scores (CSV)", "en": "Export scores (CSV)"},
    "admin_report": {"fr": "Bilan de l'événement", "en": "Event impact report"},
    "admin_clear": {"fr": "Vider le classement du jour", "en": "Clear today's leaderboard"},
    "admin_board": {"fr": "Masquer un pseudo", "en": "Hide a nickname"},
    "admin_board_title": {"fr": "Pseudos du classement du jour",
                          "en": "Nicknames on today's board"},
    "admin_board_hint": {"fr": "Touchez un pseudo pour le masquer : "
                               "le score reste, en « Anonyme ».",
                         "en": "Touch a nickname to hide it: the score stays, as “Anonymous”."},
    "admin_board_empty": {"fr": "Aucun pseudo au classement du jour.",
                          "en": "No nickname on today's board."},
    "admin_hide_title": {"fr": "Masquer « {name} » ?", "en": "Hide “{name}”?"},
    "admin_hide_text": {"fr": "Le pseudo est effacé ; la partie reste au classement sous "
                              "« Anonyme » et comptée dans le bilan.",
                        "en": "The nickname is erased; the game stays on the board as "
                              "“Anonymous” and counts in the report."},
    "admin_hidden": {"fr": "« {name} » est masqué.", "en": "“{name}” is hidden."},
    "admin_scenario": {"fr": "Scénario : {name}", "en": "Scenario: {name}"},
    "admin_language": {"fr": "Langue : Français", "en": "Language: English"},
    "admin_resume": {"fr": "Reprendre le jeu", "en": "Back to the game"},
    "admin_quit": {"fr": "Quitter le jeu", "en": "Quit the game"},
    "admin_min_s": {"fr": "{m} min {s:02d} s", "en": "{m} min {s:02d} s"},
    # admin: destinations
    "admin_where": {"fr": "Où enregistrer ?", "en": "Save where?"},
    "admin_where_hint": {"fr": "Branchez une clé USB puis touchez « Actualiser ».",
                         "en": "Plug in a USB stick, then touch “Refresh”."},
    "admin_refresh": {"fr": "Actualiser", "en": "Refresh"},
    "admin_back": {"fr": "Retour", "en": "Back"},
    "admin_data_folder": {"fr": "Dossier des données", "en": "Data folder"},
    "admin_removable": {"fr": "Support amovible", "en": "Removable drive"},
    "admin_saved": {"fr": "Enregistré dans {path}", "en": "Saved in {path}"},
    "admin_save_failed": {"fr": "Échec de l'enregistrement : {why}", "en": "Could not save: {why}"},
    # admin: confirmations and choices
    "admin_clear_title": {"fr": "Vider le classement du jour ?",
                          "en": "Clear today's leaderboard?"},
    "admin_clear_text": {"fr": "Les scores du jour disparaissent des classements. Ils restent "
                               "comptés dans le bilan de l'événement.",
                         "en": "Today's scores leave the leaderboards. They still count in the "
                               "event report."},
    "admin_cleared": {"fr": "{n} partie(s) retirée(s) du classement.",
                      "en": "{n} game(s) taken off the leaderboard."},
    "admin_quit_title": {"fr": "Quitter le jeu ?", "en": "Quit the game?"},
    "admin_quit_text": {"fr": "La borne revient au bureau de l'ordinateur.",
                        "en": "The kiosk goes back to the computer's desktop."},
    "admin_yes": {"fr": "Oui", "en": "Yes"},
    "admin_no": {"fr": "Non", "en": "No"},
    "admin_choose_scenario": {"fr": "Choisir le scénario", "en": "Choose the scenario"},
    "admin_scenario_bad": {"fr": "Ce scénario contient des erreurs ({n}) : lancez python main.py "
                                 "validate pour les voir.",
                           "en": "This scenario has errors ({n}): run python main.py validate to "
                                 "see them."},
}

# The event impact report (an HTML page and CSV files; French first).
REPORT_STRINGS: dict[str, dict[str, str]] = {
    "report_title": {"fr": "Bilan de l'événement", "en": "Event impact report"},
    "report_all_days": {"fr": "Tous les jours enregistrés", "en": "Every day recorded"},
    "report_generated": {"fr": "Généré le {when} par Cap Industrie",
                         "en": "Generated on {when} by Cap Industrie"},
    "report_players": {"fr": "Joueuses et joueurs", "en": "Players"},
    "report_players_note_visits": {"fr": "parties commencées à la borne",
                                   "en": "games started at the kiosk"},
    "report_players_note_games": {"fr": "parties terminées (pas de relevé des visites)",
                                  "en": "finished games (no visit records)"},
    "report_games": {"fr": "Parties terminées", "en": "Games finished"},
    "report_mean": {"fr": "Temps de jeu moyen", "en": "Mean time played"},
    "report_median": {"fr": "Temps de jeu médian", "en": "Median time played"},
    "report_walkaways": {"fr": "Parties abandonnées", "en": "Games walked away from"},
    "report_who": {"fr": "Qui a joué", "en": "Who played"},
    "report_who_note": {"fr": "Questions facultatives et anonymes (parties terminées) : posées "
                              "à la sortie depuis la version 6 du fichier des scores, en début "
                              "de partie avant. « Filles » compte aussi les femmes, « Garçons » "
                              "les hommes.",
                        "en": "Optional anonymous questions (finished games): asked at the exit "
                              "since version 6 of the score file, at the start before. « Girls » "
                              "also counts women, « Boys » men."},
    "report_who_none": {"fr": "La question n'a pas été posée ou personne n'y a répondu.",
                        "en": "The question was not asked, or nobody answered it."},
    "report_girl": {"fr": "Filles", "en": "Girls"},
    "report_boy": {"fr": "Garçons", "en": "Boys"},
    "report_unsaid": {"fr": "Préfère ne pas dire", "en": "Prefer not to say"},
    "report_none": {"fr": "Sans réponse", "en": "No answer"},
    "report_myths": {"fr": "Idées reçues : avant et après le jeu",
                     "en": "Stereotypes: before and after the game"},
    "report_myths_note": {"fr": "Chaque joueuse ou joueur dit, avant le premier poste puis à la "
                                "fin, si elle ou il est d'accord avec l'idée reçue.",
                          "en": "Each player says, before the first station and again at the "
                                "end, whether they agree with the statement."},
    "report_myths_none": {"fr": "Aucune réponse au questionnaire ce jour-là.",
                          "en": "No answers to the questionnaire that day."},
    "report_before": {"fr": "Avant", "en": "Before"},
    "report_after": {"fr": "Après", "en": "After"},
    "report_agree": {"fr": "D'accord", "en": "Agree"},
    "report_unsure": {"fr": "Ne sait pas", "en": "Not sure"},
    "report_disagree": {"fr": "Pas d'accord", "en": "Disagree"},
    "report_answers": {"fr": "{n} réponses", "en": "{n} answers"},
    "report_jobs": {"fr": "Métiers les plus découverts", "en": "Jobs most explored"},
    "report_jobs_note": {"fr": "Nombre de parties terminées ayant joué au moins un poste de ce "
                               "métier.",
                         "en": "Finished games that played at least one station of this job."},
    "report_liked": {"fr": "Métiers les plus aimés", "en": "Jobs most liked"},
    "report_liked_note": {"fr": "Nombre de parties terminées dont la joueuse ou le joueur a "
                                "coché ce métier comme aimé sur sa carte à emporter.",
                          "en": "Finished games whose player ticked this job as liked on the "
                                "take-away card."},
    "report_trainings": {"fr": "Formations les plus proposées", "en": "Training offers most shown"},
    "report_trainings_note": {"fr": "Nombre de parties terminées dont la carte à emporter "
                                    "proposait cette formation (pour les métiers aimés, puis "
                                    "les mieux réussis).",
                              "en": "Finished games whose take-away card showed this offer "
                                    "(for the jobs liked, then those done best)."},
    "report_hours": {"fr": "Fréquentation par heure", "en": "Players per hour"},
    "report_none_yet": {"fr": "Pas encore de données.", "en": "No data yet."},
    "report_method": {"fr": "Aucune donnée personnelle : seuls un pseudo facultatif (non repris "
                            "ici), la date, les scores et les réponses anonymes sont enregistrés.",
                      "en": "No personal data: only an optional nickname (not shown here), the "
                            "date, scores and anonymous answers are recorded."},
    "report_sources": {"fr": "Données : {files}", "en": "Data: {files}"},
    "report_mean_score": {"fr": "Score moyen", "en": "Mean score"},
}

define(KIOSK_STRINGS)
define({"admin_cards": {"fr": {"one": "{n} carte enregistrée dans",
                               "other": "{n} cartes enregistrées dans"},
                        "en": {"one": "{n} card saved in", "other": "{n} cards saved in"}},
        # a kiosk saves none (its visitors scan the QR code): the folder is windowed play's
        "admin_cards_windowed": {"fr": "{path} (jeu en fenêtre ; la borne n'en enregistre pas)",
                                 "en": "{path} (windowed play; the kiosk saves none)"}})
define(REPORT_STRINGS)
