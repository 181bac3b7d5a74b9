"""The hub's interface texts (admin menu line, big screen), French first, English complete.

Importing this module declares them (game.i18n.define).
"""
from __future__ import annotations

from datetime import datetime

from game.i18n import define, tr

HUB_STRINGS: dict[str, dict[str, str]] = {
    "hub_admin": {"fr": "Hub de l'événement", "en": "Event hub"},
    "hub_connected": {"fr": "connecté · {n} en attente · dernière synchro {at}",
                      "en": "connected · {n} waiting · last sync {at}"},
    "hub_trying": {"fr": "connexion en cours · {n} en attente", "en": "connecting · {n} waiting"},
    "hub_offline": {"fr": "HORS LIGNE · {n} en attente (gardés ici) · {why}",
                    "en": "OFFLINE · {n} waiting (kept here) · {why}"},
    "hub_never": {"fr": "jamais", "en": "never"},
    "hub_refused": {"fr": " · {n} refusé(s) par le hub", "en": " · {n} refused by the hub"},
    "board_title": {"fr": "Le classement de l'événement", "en": "The event's leaderboard"},
    "board_today": {"fr": "Meilleurs scores du jour", "en": "Today's best scores"},
    "board_players": {"fr": "visiteuses et visiteurs", "en": "visitors"},
    "board_stations": {"fr": "postes faits", "en": "stations done"},
    "board_kiosks": {"fr": "bornes", "en": "kiosks"},
    "board_jobs": {"fr": "Les métiers les plus découverts", "en": "The jobs most discovered"},
    "board_liked": {"fr": "Les métiers les plus aimés", "en": "The jobs most liked"},
    "board_offline": {"fr": "hors ligne", "en": "offline"},
    "board_offline_since": {"fr": "hors ligne depuis {at} : dernier classement reçu",
                            "en": "offline since {at}: the last board received"},
    "board_waiting": {"fr": "En attente du hub…", "en": "Waiting for the hub…"},
    "board_empty": {"fr": "À toi de jouer : le classement t'attend !",
                    "en": "Your turn to play: the board is waiting for you!"},
    "board_updated": {"fr": "mis à jour à {at}", "en": "updated at {at}"},
}
define(HUB_STRINGS)


def admin_line(status: object | None, lang: str) -> tuple[str, str, bool]:
    """The admin menu's line about the hub: (label, value, is it a warning)."""
    label = tr("hub_admin", lang)
    if status is None:
        return label, "–", False
    waiting = int(getattr(status, "waiting", 0))
    last: datetime | None = getattr(status, "last_sync", None)
    at = last.strftime("%H:%M:%S") if last else tr("hub_never", lang)
    connected = getattr(status, "connected", None)
    if connected:
        text, warn = tr("hub_connected", lang, n=waiting, at=at), False
    elif connected is None:
        text, warn = tr("hub_trying", lang, n=waiting), False
    else:
        text, warn = tr("hub_offline", lang, n=waiting, why=getattr(status, "problem", "")), True
    refused = int(getattr(status, "refused", 0))
    if refused:
        text += tr("hub_refused", lang, n=refused)
    return label, f"{getattr(status, 'url', '')} · {text}", warn
