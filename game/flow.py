"""The game's flow in one place: what follows what, for every route.

    title → world choice → [probe before] → floor of each world of the route
          (each station: dialogue → task → debrief → back to the floor)
          → [probe after] → results → nickname → leaderboard → take-away card → home

A classroom session (``game.classroom``) follows :data:`CLASS`: the journal's records are
written at its steps (a station done, a probe answered, the card left) from here.

A route is data: the steps that follow the world choice, in order. A step whose scene has
nothing to show (no myths to ask about) is passed over. Scenes never name the scene that
comes next; they ask this module (``flow.after(ctx, "results")``), so a new route — a
three-station discovery, a classroom session without the leaderboard — is a new
:class:`Route`, not edits in five scenes.

The scene modules import this module; this one imports a scene's module in the function that
makes the scene, so the title's first frame waits for no other screen's code (the card's QR
codes, the floor's maps): each loads when a player first goes there.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from game.classroom.code import PROJECTOR_ROUTE
from game.progress import Tour

if TYPE_CHECKING:
    from game.context import Context
    from game.scene import Scene
    from game.tasks.base import TaskResult

Step = Literal["probe_before", "floors", "one_more", "probe_after", "results", "nickname",
               "leaderboard", "takeaway"]


@dataclass(frozen=True)
class Route:
    """A way through the game: which worlds, then which steps after the world choice."""

    id: str
    steps: tuple[Step, ...]


_FULL: tuple[Step, ...] = ("probe_before", "floors", "probe_after", "results", "nickname",
                           "leaderboard", "takeaway")
GRAND_TOUR = Route("grand_tour", _FULL)  # every world of the scenario, one after the other
ONE_WORLD = Route("world", _FULL)  # the world the player chose
#: the kiosk's visit of about four minutes: three stations (game.express), « Encore un
#: poste ? », the after question, results and the take-away card
#: (the nickname and the leaderboard only where the settings ask: a kiosk's leaderboard = true)
DECOUVERTE = Route("decouverte", ("probe_before", "floors", "one_more", "probe_after", "results",
                                  "nickname", "leaderboard", "takeaway"))
#: a classroom session (issue 11): the worlds or stations the session names, no nickname
#: and no leaderboard (a class is not a contest), results then the take-away card
CLASS = Route("class", ("probe_before", "floors", "probe_after", "results", "takeaway"))
CLASS_DECOUVERTE = Route("class_decouverte", ("probe_before", "floors", "one_more",
                                              "probe_after", "results", "takeaway"))
#: projector mode: the trainer plays with the class on one screen; a quiz waits for the show
#: of hands (game.scenes.projector), and so do the before/after statements
#: (game.scenes.projector_probe); the journal shows the class as one group
PROJECTOR = Route(PROJECTOR_ROUTE, ("probe_before", "floors", "probe_after", "results",
                                "takeaway"))
ROUTES: dict[str, Route] = {r.id: r for r in (GRAND_TOUR, ONE_WORLD, DECOUVERTE, CLASS,
                                              CLASS_DECOUVERTE, PROJECTOR)}
CLASS_ROUTES = frozenset({CLASS.id, CLASS_DECOUVERTE.id, PROJECTOR.id})


def title_home(ctx: Context) -> Scene:
    """The first screen of a game on a PC (a kiosk's is its attract loop)."""
    from game.scenes import title

    return title.TitleScene(ctx, allow_quit=not ctx.settings.kiosk)


def join_class(ctx: Context) -> Scene:
    """The title's « J'ai un code »: the session code, then the name, then the hub."""
    from game.scenes import class_code

    return class_code.ClassCodeScene(ctx)


def class_name(ctx: Context, code: str, offline: bool) -> Scene:
    """After a good code: the student's first name or nickname."""
    from game.scenes import class_join

    return class_join.ClassNameScene(ctx, code, offline=offline)


def trainer_class(ctx: Context) -> Scene:
    """The title's « Mode classe » (a trainer): a session made, the hub started, the code."""
    from game.scenes import class_mode

    return class_mode.ClassModeScene(ctx)


def choose_world(ctx: Context) -> Scene:
    """The world choice (the title's Play, or its « Choisis un univers » on a kiosk)."""
    from game.scenes import world_select

    return world_select.WorldSelectScene(ctx)


def default_route(ctx: Context) -> str | None:
    """The route the title's Play starts at once: the découverte (``--route decouverte``, a
    kiosk's default: a visit of about four minutes, one tap away) or the grand tour; None:
    the world choice."""
    chosen = ctx.settings.route
    return chosen if chosen in (DECOUVERTE.id, GRAND_TOUR.id) else None


def play(ctx: Context) -> Scene:
    """After the title's Play: the default route, or the world choice."""
    route_id = default_route(ctx)
    if route_id is None:
        return choose_world(ctx)
    every = [w.id for w in ctx.scenario.model.worlds] if route_id == GRAND_TOUR.id else []
    return begin(ctx, route_id, every)


def begin(ctx: Context, route_id: str, world_ids: list[str]) -> Scene:
    """After the world choice: start (or widen) the player's tour, then its first step."""
    from game import express

    if ctx.tour is None and route_id == DECOUVERTE.id:
        stations = express.decouverte(ctx.scenario.model)
        ctx.tour = Tour(ctx.scenario.model, list(dict.fromkeys(w for w, _ in stations)),
                        ctx.wallclock(), stations=stations, express=True, route=route_id)
    elif ctx.tour is None:  # its route given as it is made: the context's voice follows it
        ctx.tour = Tour(ctx.scenario.model, list(world_ids), ctx.wallclock(), route=route_id)
    else:  # back at the choice after a world: the tour goes on with the new worlds
        ctx.tour.world_ids += [w for w in world_ids if w not in ctx.tour.world_ids]
    return _start(ctx)


def begin_class(ctx: Context, world_ids: list[str], stations: list[tuple[str, str]] | None,
                decouverte: bool = False, projector: bool = False) -> Scene:
    """A classroom session's game (game.classroom.play): its worlds, or only the stations the
    trainer chose; the découverte's shorter tasks when the session is one; the projector's
    show of hands."""
    ctx.tour = Tour(ctx.scenario.model, list(world_ids), ctx.wallclock(), stations=stations,
                    express=decouverte, route=(PROJECTOR.id if projector else
                                               CLASS_DECOUVERTE.id if decouverte else CLASS.id))
    return _start(ctx)


def _start(ctx: Context) -> Scene:
    from game import beliefs

    tour = _tour(ctx)
    first = tour.next_world() or tour.worlds[0]
    tour.current_world = first.id
    if not tour.probe_items:  # the same items before and after, whatever is added later
        tour.probe_items = beliefs.items_for(ctx.scenario.model, tour.world_ids,
                                             tour.myths_in_play(), _rotation(ctx))
    return _first_from(ctx, 0)


def _rotation(ctx: Context) -> int | None:
    """The découverte asks each visitor a subset of the before/after items, rotated by the
    games saved so far (game.beliefs.per_visit: balanced over the games whose answers are
    kept, and across restarts); None on the other routes: every item."""
    from game.scores.records import ScoreStoreError

    if route(ctx).id != DECOUVERTE.id:
        return None
    try:
        return ctx.scores.count_games() if ctx.scores is not None else 0
    except ScoreStoreError:  # an unreadable score file: the first subset, and no error
        return 0


def after(ctx: Context, step: Step) -> Scene:
    """The scene of the first step after ``step`` in the tour's route that has one."""
    if ctx.classroom is not None and route(ctx).id in CLASS_ROUTES:
        ctx.classroom.after_step(ctx, step)  # beliefs after a probe, the end after the card
    if step == "takeaway":
        keep_interests(ctx)
    steps = route(ctx).steps
    if step not in steps:  # a screen of another route (a nickname asked on the découverte)
        order = list(STEPS)
        later = [i for i, s in enumerate(steps) if order.index(s) > order.index(step)]
        return _first_from(ctx, later[0]) if later else ctx.home()
    return _first_from(ctx, steps.index(step) + 1)


INTERESTS_KEPT = "flow.interests_kept"  # ctx.cache: what keep_interests last stored


def keep_interests(ctx: Context) -> None:
    """The card shown, then left: the jobs the player liked and the offers it showed go with
    her saved game (the score file, then the hub's board of the jobs most liked)."""
    tour = ctx.tour
    if ctx.scores is None or tour is None or tour.game_id is None:
        return
    from game.takeaway import matching_offers

    kept = (tour.game_id, tuple(tour.preferred), tuple(t.id for t in matching_offers(tour)))
    if ctx.cache.get(INTERESTS_KEPT) == kept:
        return  # said already: no second record for the hub
    if ctx.scores.set_interests(kept[0], list(kept[1]), list(kept[2])):
        ctx.cache[INTERESTS_KEPT] = kept


def visitor_gone(ctx: Context) -> None:
    """A kiosk reset (she walked away): hearts she ticked on the card are not lost."""
    if ctx.tour is not None and ctx.tour.preferred:
        keep_interests(ctx)


def after_world(ctx: Context) -> Scene:
    """A world's stations are done: the next world of the route, or what follows the floors."""
    from game.scenes import floor

    tour = _tour(ctx)
    following = tour.next_world()
    if following is not None:
        tour.current_world = following.id
        return floor.FloorScene(ctx, following.id)
    return after(ctx, "floors")


def finish(ctx: Context) -> Scene:
    """« Terminer ma visite »: straight to the after question, results and card, with what
    was done."""
    tour = _tour(ctx)
    tour.finished_early = True
    steps = route(ctx).steps
    return _first_from(ctx, steps.index("floors") + 1)


def add_station(ctx: Context, station: tuple[str, str]) -> Scene:
    """« Encore un poste » : the route gains ``station``; its world's floor."""
    from game.scenes import floor

    tour = _tour(ctx)
    tour.stations = [*(tour.stations or []), station]
    if station[0] not in tour.world_ids:
        tour.world_ids.append(station[0])
    tour.current_world = station[0]
    return floor.FloorScene(ctx, station[0])


# --- a station: dialogue → task → debrief → back to the floor ----------------------------
def open_station(ctx: Context, world_id: str, station_id: str) -> Scene:
    """The station's role model introduces her job (pushed over the floor)."""
    from game.scenes import dialogue

    return dialogue.DialogueScene(ctx, world_id, station_id)


def after_dialogue(ctx: Context, world_id: str, station_id: str) -> Scene:
    from game.scenes import task

    if route(ctx).id == PROJECTOR.id:  # the class votes (or watches a volunteer)
        return projector_station(ctx, world_id, station_id)
    return task.TaskScene(ctx, world_id, station_id)


def projector_station(ctx: Context, world_id: str, station_id: str) -> Scene:
    """A station's task on the projector: voted question by question when it can be, else a
    screen that says why, then the task played at the screen (:func:`volunteer_task`)."""
    from game.scenes import projector, projector_note

    params = ctx.scenario.model.world(world_id).station(station_id).task
    questions = projector.votes_of(ctx, params)
    if questions:
        return projector.ProjectorQuizScene(ctx, world_id, station_id, questions)
    return projector_note.ProjectorNoteScene(ctx, world_id, station_id,
                                             gesture=projector.by_gesture(params))


def volunteer_task(ctx: Context, world_id: str, station_id: str) -> Scene:
    """Projector mode, a task that cannot be voted: played at the screen, as usual."""
    from game.scenes import task

    return task.TaskScene(ctx, world_id, station_id)


def after_task(ctx: Context, world_id: str, station_id: str, result: TaskResult,
               elapsed_s: float) -> Scene:
    """The feedback; leaving it goes back to the floor below."""
    from game.scenes import debrief

    if ctx.classroom is not None and route(ctx).id in CLASS_ROUTES:
        ctx.classroom.station_done(ctx, world_id, station_id, result, elapsed_s)
    if route(ctx).id == PROJECTOR.id:  # read from the back of a room
        from game.scenes import projector_debrief

        return projector_debrief.ProjectorDebriefScene(ctx, world_id, station_id, result,
                                                       elapsed_s)
    return debrief.DebriefScene(ctx, world_id, station_id, result, elapsed_s)


# --- the route's steps --------------------------------------------------------------------
def route(ctx: Context) -> Route:
    """The route of the game under way (a screen shown on its own follows one world's)."""
    return ROUTES.get(ctx.tour.route, ONE_WORLD) if ctx.tour is not None else ONE_WORLD


def _tour(ctx: Context) -> Tour:
    if ctx.tour is None:
        raise RuntimeError("no game under way: the flow starts at the world choice")
    return ctx.tour


def _first_from(ctx: Context, index: int) -> Scene:
    steps = route(ctx).steps
    for step in steps[index:]:
        scene = STEPS[step](ctx)
        if scene is not None:
            return scene
    return ctx.home()


def _probe(ctx: Context, phase: str) -> Scene:
    """The before/after question: on the player's screen, or the class's show of hands."""
    if route(ctx).id == PROJECTOR.id:
        from game.scenes import projector_probe

        return projector_probe.ProjectorProbeScene(ctx, phase)
    from game.scenes import probe

    return probe.ProbeScene(ctx, phase)


def _probe_before(ctx: Context) -> Scene | None:
    tour = _tour(ctx)
    return _probe(ctx, "before") if tour.probe_items and not tour.probe_before else None


def _probe_after(ctx: Context) -> Scene | None:
    tour = _tour(ctx)
    return _probe(ctx, "after") if tour.probe_items and not tour.probe_after else None


def _floors(ctx: Context) -> Scene | None:
    from game.scenes import floor

    tour = _tour(ctx)
    return floor.FloorScene(ctx, tour.current_world or tour.worlds[0].id)


def _one_more(ctx: Context) -> Scene | None:
    from game.scenes import one_more

    tour = _tour(ctx)
    following = None if tour.finished_early else one_more.next_station(ctx)
    return one_more.OneMoreScene(ctx, following) if following is not None else None


def _results(ctx: Context) -> Scene | None:
    from game.scenes import results

    return results.ResultsScene(ctx)


def _board(ctx: Context) -> bool:
    """The nickname and the leaderboard end this game: as the settings say (a kiosk's
    ``leaderboard``), else on every route that has them but the découverte."""
    wanted = ctx.settings.board
    return wanted if wanted is not None else route(ctx).id != DECOUVERTE.id


def _nickname(ctx: Context) -> Scene | None:
    from game.scenes import nickname

    return nickname.NicknameScene(ctx) if _board(ctx) else None


def _leaderboard(ctx: Context) -> Scene | None:
    from game.scenes import leaderboard

    return leaderboard.LeaderboardScene(ctx, finishing=True) if _board(ctx) else None


def _takeaway(ctx: Context) -> Scene | None:
    from game.scenes import takeaway

    keep_interests(ctx)  # the offers the card shows, kept even if she walks away from it
    return takeaway.TakeawayScene(ctx)


#: each step's scene (None: nothing to show, pass over it)
STEPS: dict[Step, Callable[[Context], Scene | None]] = {
    "probe_before": _probe_before,
    "floors": _floors,
    "one_more": _one_more,
    "probe_after": _probe_after,
    "results": _results,
    "nickname": _nickname,
    "leaderboard": _leaderboard,
    "takeaway": _takeaway,
}
