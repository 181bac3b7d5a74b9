"""A classroom session in the game: the session opened, its settings applied, its journal kept.

``main.py --class CODE --student NAME [--hub URL]`` (the hub found on the LAN when no
address is given; or the « J'ai un code » screens) opens a
:class:`Classroom` on the context: the spec comes from the hub (or from the code alone when
there is none, or when it does not answer), the session's timers and the student's
accommodations are put in force, the ``join`` record is written, and the game starts on the
session's route (:data:`game.flow.CLASS`). The flow calls :meth:`Classroom.station_done` and
:meth:`Classroom.after_step`; a :class:`ClassroomWatcher` takes in a spec the hub changed
(the trainer gave more time) while the student plays.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import game.classroom.voice  # noqa: F401 - the projector's « vous » texts
from game import express
from game.app import Watcher
from game.classroom import accommodate
from game.classroom.answers import answers
from game.classroom.client import ClassClient
from game.classroom.code import ALPHABET, LENGTH, PROJECTOR_ROUTE, normalise
from game.classroom.journal import Journal, Outcome, Phase
from game.classroom.session import ClassSession, device_id, local_journal
from game.classroom.spec import SessionSpec, from_code
from game.hub.client import HubRefused, HubUnreachable
from game.i18n import define, tr
from game.scores.nicknames import is_offensive

if TYPE_CHECKING:
    from game.app import App
    from game.context import Context
    from game.scenario.models import Scenario
    from game.scene import Scene
    from game.tasks.base import TaskParams, TaskResult

NAME_MAX = 16  # as the kiosk's nickname (game.scenes.nickname.MAX_LEN)
ACCENTS = "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒàâäçéèêëîïôöùûüÿæœ"

define({
    "class_code_length": {"fr": "Un code a {n} lettres (tu en as tapé {got}).",
                          "en": "A code has {n} letters (you typed {got})."},
    "class_code_letters": {"fr": "Il n'y a pas de {letters} dans un code : regarde bien au "
                                 "tableau.",
                           "en": "A code has no {letters}: look again at the board."},
    "class_code_unknown": {"fr": "Ce code n'est pas celui d'une séance de ce jeu : "
                                 "redemande-le à ton formateur ou ta formatrice.",
                           "en": "This code is not a session of this game: ask your "
                                 "trainer for it again."},
    "class_closed": {"fr": "La séance {code} est terminée : ton formateur ou ta formatrice "
                           "l'a fermée. Demande-lui le code de la nouvelle séance.",
                     "en": "Session {code} is over: your trainer closed it. Ask for the new "
                           "session's code."},
    "class_name_empty": {"fr": "Écris ton prénom ou un pseudo.",
                         "en": "Type your first name or a nickname."},
    "class_name_letters": {"fr": "Seulement des lettres, des chiffres, l'espace, - et _.",
                           "en": "Only letters, digits, space, - and _."},
    "class_name_refused": {"fr": "Ce nom n'est pas accepté : choisis-en un autre.",
                           "en": "This name is not accepted: choose another one."},
    "class_cli_no_hub": {"fr": "aucun hub ne connaît la séance {code} sur le réseau local "
                               "(mDNS{why}) : donnez son adresse avec --hub (l'écran du "
                               "formateur l'affiche, par ex. --hub 192.168.1.20:8765), ou "
                               "jouez sans réseau avec --class-file FICHIER",
                         "en": "no hub on the local network knows session {code} (mDNS{why}): "
                               "give its address with --hub (the trainer's screen shows it, "
                               "e.g. --hub 192.168.1.20:8765), or play with no network with "
                               "--class-file FILE"},
    # the game's last words on the command line: where the results are (tu: a student;
    # vous: the projector's class)
    "class_end_file": {"fr": "Tes résultats sont dans {path} : donne ce fichier (ou la clé) à "
                             "ton formateur ou ta formatrice, qui le lit avec « class import ».",
                       "en": "Your results are in {path}: give this file (or the stick) to "
                             "your trainer, who reads it with « class import »."},
    "class_end_pc": {"fr": "Tes résultats sont sur ce PC, dans {path} : ton formateur ou ta "
                           "formatrice le copie sur une clé et le lit avec « class import ».",
                     "en": "Your results are on this PC, in {path}: your trainer copies it "
                           "onto a stick and reads it with « class import »."},
    "class_end_sent": {"fr": "Tes résultats sont arrivés au hub de ton formateur ou ta "
                             "formatrice ({url}) ; une copie reste sur ce PC : {path}.",
                       "en": "Your results reached your trainer's hub ({url}); a copy stays "
                             "on this PC: {path}."},
    "class_end_waiting": {"fr": "Le hub ({url}) n'a pas encore reçu tous tes résultats : ils "
                                "sont sur ce PC, dans {path}. Rejoins la séance encore une "
                                "fois pour les envoyer, ou donne ce fichier à ton formateur ou "
                                "ta formatrice (« class import »).",
                          "en": "The hub ({url}) has not received all your results yet: they "
                                "are on this PC, in {path}. Join the session once more to send "
                                "them, or give this file to your trainer (« class import »)."},
    "class_end_file_class": {"fr": "Les résultats de la classe sont dans {path} : lisez-le "
                                   "avec « class import ».",
                             "en": "The class's results are in {path}: read it with « class "
                                   "import »."},
    "class_end_pc_class": {"fr": "Les résultats de la classe sont sur ce PC, dans {path} : "
                                 "lisez-le avec « class import ».",
                           "en": "The class's results are on this PC, in {path}: read it "
                                 "with « class import »."},
    "class_end_sent_class": {"fr": "Les résultats de la classe sont au hub ({url}) : "
                                   "tableau de bord, débriefing et CSV.",
                             "en": "The class's results are on the hub ({url}): dashboard, "
                                   "debrief and CSV."},
    "class_end_waiting_class": {"fr": "Le hub ({url}) n'a pas encore reçu tous les résultats "
                                      "de la classe : ils sont sur ce PC, dans {path} ; "
                                      "lisez-le avec « class import ».",
                                "en": "The hub ({url}) has not received all the class's "
                                      "results yet: they are on this PC, in {path}; read it "
                                      "with « class import »."},
})


class ClassProblem(ValueError):
    """A session that cannot be played here; ``key`` and ``values`` say why, in words."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(tr(key, "en", **values))
        self.key, self.values = key, values

    def say(self, lang: str) -> str:
        return tr(self.key, lang, **self.values)


def allowed(ch: str) -> bool:
    """The kiosk nickname's characters: Latin letters, French accents, digits, space, - _."""
    return (ch.isascii() and ch.isalnum()) or ch in "-_ " or ch in ACCENTS


def check_student(name: str) -> str:
    """The name as kept (trimmed); raises :class:`ClassProblem` as the kiosk's filter would."""
    name = " ".join(name.split())
    if not name:
        raise ClassProblem("class_name_empty")
    if len(name) > NAME_MAX or not all(allowed(ch) for ch in name):
        raise ClassProblem("class_name_letters")
    if is_offensive(name):
        raise ClassProblem("class_name_refused")
    return name


def check_code(code: str) -> str:
    """The code in canonical form; raises :class:`ClassProblem` with a message a student reads."""
    text = normalise(code)
    wrong = sorted({ch for ch in text if ch not in ALPHABET})
    if wrong:
        raise ClassProblem("class_code_letters", letters=", ".join(wrong))
    if len(text) != LENGTH:
        raise ClassProblem("class_code_length", n=LENGTH, got=len(text))
    return text


@dataclass(frozen=True)
class Plan:
    """What the session plays on this scenario."""

    world_ids: list[str]
    stations: list[tuple[str, str]] | None
    decouverte: bool
    projector: bool


def plan(model: Scenario, spec: SessionSpec) -> Plan:
    """The worlds and stations a spec names in ``model``; raises :class:`ClassProblem`."""
    worlds = [w.id for w in model.worlds]
    if spec.world_id is not None and spec.world_id in worlds:
        chosen = [spec.world_id]
    elif spec.world == 0 or spec.route == "grand_tour":
        chosen = worlds
    elif spec.world <= len(worlds):
        chosen = [worlds[spec.world - 1]]
    else:
        raise ClassProblem("class_code_unknown")
    stations: list[tuple[str, str]] | None = None
    if spec.stations:  # station ids of the world, or "world/station" across worlds
        wanted = set(spec.stations)
        stations = [(w, s.id) for w in chosen for s in model.world(w).stations
                    if s.id in wanted or f"{w}/{s.id}" in wanted]
        stations = stations or None  # none of them here (another version): the whole world
    decouverte = spec.route == "decouverte"
    if decouverte and stations is None:
        if len(chosen) == len(worlds):
            stations = express.decouverte(model)
        else:
            stations = [(chosen[0], s.id) for s in model.world(chosen[0]).stations[:3]]
        chosen = list(dict.fromkeys(w for w, _ in stations))
    return Plan(chosen, stations, decouverte, spec.route == PROJECTOR_ROUTE)


def apply_spec(ctx: Context, spec: SessionSpec) -> None:
    """The session's timers and the student's accommodations, in force from now on."""
    accommodate.apply(ctx, spec)


class Classroom:
    """The game's side of a session: what the flow tells it becomes journal records."""

    def __init__(self, session: ClassSession, plan: Plan) -> None:
        self.session = session
        self.plan = plan
        self.ended = False
        self.notes: list[str] = []  # said on stderr and in the JSON line (the hub not there…)

    @property
    def spec(self) -> SessionSpec:
        return self.session.spec

    def station_done(self, ctx: Context, world_id: str, station_id: str, result: TaskResult,
                     elapsed_s: float) -> None:
        params: TaskParams = ctx.scenario.model.world(world_id).station(station_id).task
        self.session.step(world_id, station_id, params.type, result.score, result.stars,
                          elapsed_s, answers(params, result, ctx.lang))

    def after_step(self, ctx: Context, step: str) -> None:
        tour = ctx.tour
        if tour is None:
            return
        if step in ("probe_before", "probe_after"):  # the 1-5 answers; a skipped phase: none
            phase: Phase = "before" if step == "probe_before" else "after"
            given = tour.probe_before if phase == "before" else tour.probe_after
            self.session.beliefs(phase, {k: v for k, v in given.items()
                                         if not k.startswith("_")})
        elif step == "takeaway":
            self.end(ctx, "finished")
            accommodate.restore(ctx)  # the next one on this PC plays with the PC's settings

    def end(self, ctx: Context, outcome: Outcome) -> None:
        """The ``end`` record, once: the jobs liked and the offers the card showed."""
        if self.ended:
            return
        self.ended = True
        tour = ctx.tour
        if tour is None:
            self.session.end(outcome, 0, 0, [], [])
            return
        from game.takeaway import matching_offers

        liked = list(dict.fromkeys(s for _, s in tour.preferred))
        offers = [t.id for t in matching_offers(tour)]
        self.session.end(outcome, tour.score, tour.stars, liked, offers)

    def close(self, ctx: Context, wait_s: float) -> dict[str, Any]:
        """The game stops: a visit not finished is ``left``; what was sent, for the JSON line."""
        if not self.ended and ctx.tour is not None:
            self.end(ctx, "left")
        synced = self.session.flush(wait_s)
        self.session.stop()
        status = self.session.status()
        session = self.session
        kept = session.class_file.path if session.class_file is not None else None
        where = self.where(ctx.lang, synced and not status.closed)
        print(f"classroom: {where}")  # stdout's last words (then the JSON of --autoplay)
        return {"code": session.code, "student": session.student, "offline": session.offline,
                "journal": str(kept or session.journal.path),  # the file to hand over
                "local_journal": str(session.journal.path), "where": where,
                "synced": synced, "pushed": status.pushed, "waiting": status.waiting,
                "problem": status.problem, "notes": self.notes + session.problems}

    def where(self, lang: str, synced: bool) -> str:
        """Where the results are, in words: the file to hand over, or the hub that has them."""
        session = self.session
        path, url = session.journal.path, None
        if session.class_file is not None:
            key, path = "class_end_file", session.class_file.path
        elif session.client is None:
            key = "class_end_pc"
        else:
            key, url = ("class_end_sent" if synced else "class_end_waiting"), session.client.url
        return tr(key + ("_class" if self.plan.projector else ""), lang, path=path, url=url)


def open_class(ctx: Context, code: str, student: str, hub_url: str | None = None,
               class_file: Path | None = None, spec: SessionSpec | None = None) -> Classroom:
    """Open the session on ``ctx`` (spec from the hub, or the code alone) and write ``join``.

    Raises :class:`ClassProblem` for a code or a name the student must type again.
    """
    code = check_code(code)
    student = check_student(student)
    notes: list[str] = []
    client = ClassClient(hub_url, code) if hub_url else None
    if spec is None and client is not None:
        try:
            spec = client.spec(student)
        except HubRefused as err:
            if err.status in (401, 404):
                raise ClassProblem("class_code_unknown") from None
            if err.status == 410:
                raise ClassProblem("class_closed", code=code) from None
            notes.append(f"the hub refused the session ({err}): playing from the code")
        except HubUnreachable as err:
            notes.append(f"the hub did not answer ({err}): playing from the code; the "
                         "records are kept and sent when it answers")
    if spec is None:
        spec = from_code(code)
    chosen = plan(ctx.scenario.model, spec)
    data = ctx.settings.data_path
    session = ClassSession(spec=spec, student=student, device=device_id(data),
                           journal=Journal(local_journal(data, code)),
                           class_file=Journal(class_file) if class_file is not None else None,
                           client=client)
    session.resend_journal()
    if isinstance(ctx.classroom, Classroom):  # the last student on this PC: her pushes stop
        ctx.classroom.session.flush(0.5)
        ctx.classroom.session.stop()
    classroom = Classroom(session, chosen)
    classroom.notes = notes
    for note in notes:
        print(f"classroom: {note}", file=sys.stderr)
    ctx.classroom = classroom
    apply_spec(ctx, spec)
    session.join(ctx.lang)  # the projector too: the dashboard shows the class at once
    session.start()
    return classroom


def first_scene(ctx: Context) -> Scene:
    """The session's first screen: the probe, or the floor of its first world."""
    classroom: Classroom = ctx.classroom
    p = classroom.plan
    from game import flow  # flow imports the scenes that import this module

    return flow.begin_class(ctx, p.world_ids, p.stations, decouverte=p.decouverte,
                            projector=p.projector)


class ClassroomWatcher(Watcher):
    """Takes in the spec the hub sent while the student plays: the accommodations at once."""

    def tick(self, app: App, dt: float) -> None:
        classroom = app.ctx.classroom
        if classroom is None or classroom.ended:
            return
        changed = classroom.session.take_change()
        if changed is None:
            return
        apply_spec(app.ctx, changed)  # through ctx.apply_settings: the scenes are told
        app.settings_check()  # now: the task under way takes its new timer at this step


def check_args(args: Any) -> str | None:
    """What is wrong with ``--class CODE --student NAME …`` before anything starts, in words."""
    if not args.student:
        return "--class needs --student NAME (a first name or a nickname)"
    try:
        check_code(args.class_code)
        check_student(args.student)
    except ClassProblem as err:
        return f"--class: {err}"
    return None


def discover(ctx: Context, code: str, student: str) -> tuple[str, SessionSpec]:
    """The hub that knows ``code`` on the LAN (the address that worked last time too), as the
    « J'ai un code » screen finds it; raises :class:`ClassProblem` when none does."""
    from game.classroom.client import TIMEOUT_S
    from game.classroom.discover import LISTEN_S, Search

    print(f"classroom: looking for session {code} on the local network", file=sys.stderr)
    search = Search(code, student, ctx.settings.data_path).start()
    found = search.wait(LISTEN_S + TIMEOUT_S + 2.0)
    if found is not None:
        print(f"classroom: found the hub of session {code} at {found[0]}", file=sys.stderr)
        return found
    if search.closed:
        raise ClassProblem("class_closed", code=code)
    raise ClassProblem("class_cli_no_hub", code=code,
                       why=f": {search.lan_problem}" if search.lan_problem else "")


def start_from_args(ctx: Context, args: Any) -> Scene:
    """The session the command line names; its first screen (the title if it cannot open)."""
    try:
        hub_url, spec = None if args.class_file else args.hub, None
        if hub_url is None and not args.class_file:  # neither: the hub is on the LAN
            hub_url, spec = discover(ctx, check_code(args.class_code),
                                     check_student(args.student))
        open_class(ctx, args.class_code, args.student, hub_url=hub_url,
                   class_file=args.class_file, spec=spec)
    except ClassProblem as err:
        print(f"classroom: {err}", file=sys.stderr)
        return ctx.home()
    return first_scene(ctx)
