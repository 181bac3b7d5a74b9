"""What the take-away card shows: the jobs met, and the training offers that fit the player."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from game.i18n import date_words, define, tr
from game.progress import Tour
from game.scenario import actions
from game.scenario.models import Action, Station, Training, World

MAX_OFFERS = 3
#: Of the card's slots, at most this many go to dated actions (an info session, an open day).
MAX_ACTIONS = 2


@dataclass(frozen=True)
class StationMet:
    """One station the player did, with its own result (the card shows each one's stars)."""

    station: Station
    stars: int
    score: int


@dataclass(frozen=True)
class JobMet:
    """A job title met, at one station or several: ``station`` is where the heart and the
    offers come from (the liked one, else the best), ``stations`` each with its own stars."""

    world: World
    station: Station
    stars: int
    score: int
    liked: bool
    stations: tuple[StationMet, ...] = ()


def jobs_met(tour: Tour) -> list[JobMet]:
    """One line per job title met, in the order met. A job met at several stations lists
    each station with its own result; its ``stars`` and ``score`` are its best station's,
    which only orders the offers: the card shows every station's own stars."""
    best: dict[str, JobMet] = {}
    for world in tour.worlds:
        for station in world.stations:
            r = tour.result(world.id, station.id)
            if r is None:
                continue
            key = station.job.both("fr")
            liked = (world.id, station.id) in tour.preferred
            done = StationMet(station, r.stars, r.score)
            old = best.get(key)
            if old is None:
                best[key] = JobMet(world, station, r.stars, r.score, liked, (done,))
            elif (liked, r.score) > (old.liked, old.score):
                best[key] = JobMet(world, station, r.stars, r.score, liked or old.liked,
                                   (*old.stations, done))
            else:
                best[key] = replace(old, stations=(*old.stations, done))
    return list(best.values())


def matching_offers(tour: Tour, limit: int = MAX_OFFERS) -> list[Training]:
    """Offers for the jobs the player liked first, then for those she did best."""
    jobs = sorted(jobs_met(tour), key=lambda j: (not j.liked, -j.score, -j.stars))
    out: list[Training] = []
    for job in jobs:
        for training_id in job.station.trainings:
            training = tour.scenario.training(training_id)
            if training not in out:
                out.append(training)
                break  # one offer per job first, so the card shows several jobs' paths
    if len(out) < limit:
        for job in jobs:
            for training_id in job.station.trainings:
                training = tour.scenario.training(training_id)
                if training not in out:
                    out.append(training)
    return out[:limit]


def matching_actions(tour: Tour, today: date) -> list[Action]:
    """The scenario's dated actions (info sessions, immersions, open days) that fit the jobs
    met and are not past their ``valid_until``, soonest first."""
    met = jobs_met(tour)
    worlds = {job.world.id for job in met}
    trainings = {t for job in met for t in job.station.trainings}
    return actions.matching(tour.scenario, worlds, trainings, today)


def card_slots(offers: list[Training], found: list[Action], lang: str, limit: int = MAX_OFFERS
               ) -> list[tuple[str, str, str, str | None]]:
    """What each slot of the card's right column shows: (badge, title, text, url).

    The soonest matching actions (up to :data:`MAX_ACTIONS`, soonest first) take the last
    slots, so the card always ends on real, dated next steps when there are some; the first
    offer keeps its slot."""
    dated = found[:max(0, min(MAX_ACTIONS, limit - (1 if offers else 0)))]
    slots = [(o.level_in(lang), o.title.get(lang), o.summary.get(lang), o.url)
             for o in offers[:limit - len(dated)]]
    for a in dated:
        text = a.where(lang)
        if a.summary is not None:
            text += f" — {a.summary.get(lang)}"
        slots.append((date_words(a.date, lang), a.title.get(lang), text, a.url))
    return slots


def toggle_liked(tour: Tour, world_id: str, station_id: str) -> None:
    key = (world_id, station_id)
    if key in tour.preferred:
        tour.preferred.remove(key)
    else:
        tour.preferred.append(key)


# --- the card as text, for its one QR code ---------------------------------------------------
define({
    "card_text_jobs": {"fr": "Les métiers que j'ai rencontrés :",
                       "en": "The jobs I met:"},
    "card_text_offers": {"fr": "Pour y aller :", "en": "How to get there:"},
    "card_text_more_jobs": {"fr": {"one": "… et {n} autre métier",
                                   "other": "… et {n} autres métiers"},
                            "en": {"one": "… and {n} more job", "other": "… and {n} more jobs"}},
})
#: The card's text is at most this many bytes (UTF-8), so its QR code stays a version a phone
#: reads off a screen at 1366×768: version 21 at most (error correction L), 4 logical px a
#: module in the card's 440 px (see game/ui/qr.py).
MAX_CARD_BYTES = 900
LIKED = "♥"


def stars_text(stars: int) -> str:
    """Three stars as text, the earned ones filled: ★★☆."""
    stars = max(0, min(3, stars))
    return "★" * stars + "☆" * (3 - stars)


def job_line(job: JobMet, lang: str) -> str:
    """One job of the card as text: its name, a heart when liked, each station's own stars
    (in the order done; the screen names the stations, the code stays short)."""
    heart = f" {LIKED}" if job.liked else ""
    stars = " ".join(stars_text(s.stars) for s in job.stations)
    return "• " + tr("labelled", lang, label=f"{job.station.job.both(lang)}{heart}", value=stars)


def card_text(jobs: list[JobMet], slots: list[tuple[str, str, str, str | None]], lang: str,
              heading: str, limit: int = MAX_CARD_BYTES, jobs_heading: str | None = None
              ) -> str:
    """What the card's QR code carries, as plain text (offline: no server, no link to the
    game): a heading, the jobs met with each station's stars, then each offer and its link.

    The offers always come, with their links; jobs that would pass ``limit`` bytes are
    counted instead (« … et 4 autres métiers »); offers whose titles alone pass it keep only
    their badge and link. ``jobs_heading``: the jobs' heading as the screen says it (the
    projector's class: « Les métiers que vous avez rencontrés »)."""
    head = [heading, "", jobs_heading or tr("card_text_jobs", lang)]
    offers = ["", tr("card_text_offers", lang),
              *(f"• {_titled(badge, title)}" + (f"\n  {url}" if url else "")
                for badge, title, _text, url in slots)]
    if jobs and _size([*head, _more(len(jobs), lang), *offers]) > limit:
        offers = ["", tr("card_text_offers", lang),
                  *(f"• {badge}" + (f" {url}" if url else "") for badge, _t, _x, url in slots)]
    lines: list[str] = []
    for i, job in enumerate(jobs):
        rest = len(jobs) - i - 1
        candidate = [*lines, job_line(job, lang), *([_more(rest, lang)] if rest else [])]
        if _size([*head, *candidate, *offers]) > limit:
            lines.append(_more(len(jobs) - i, lang))
            break
        lines.append(job_line(job, lang))
    return "\n".join([*head, *lines, *offers])


def _more(n: int, lang: str) -> str:
    return tr("card_text_more_jobs", lang, n=n)


def _size(lines: list[str]) -> int:
    return len("\n".join(lines).encode("utf-8"))


def _titled(badge: str, title: str) -> str:
    """« Bac pro Technicien… », not « Bac pro — Bac pro Technicien… »."""
    return title if title.lower().startswith(badge.lower()) else f"{badge} — {title}"


def card_file(folder: Path, when: datetime) -> Path:
    """A new file name for a saved card in ``folder`` (made if missing): the time it was
    saved, and a number when two are saved in the same second."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"carte-{when:%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.png"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.png"
    return path


def cards_saved(folder: Path) -> int:
    """How many cards the folder holds (the admin menu says it); 0 when there is none yet."""
    try:
        return sum(1 for p in folder.glob("carte-*.png") if p.is_file())
    except OSError:
        return 0
