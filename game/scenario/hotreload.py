"""F5 in a ``--dev`` game: reload the scenario and its maps from disk, keep the player's place.

A watcher (see ``App.watchers``): on F5 it runs every check (as ``validate`` does). When
the new content can be played, it replaces the old: the drawn floors (``ctx.cache``
keys ``floor:<world>``) and pictures are forgotten, the tour keeps what still exists,
and the player stands where she was — same world, same spot on the floor if it is still
floor, the same station's dialogue or task if she was in one. The problems found are
shown over the game (Escape, Enter or a tap closes them); when the content cannot be
played, the game goes on with the old content. Nothing here ever raises into the loop.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pygame

from game import beliefs, i18n
from game.actions import Action, Back, Confirm, Key, Press
from game.app import Actor, Watcher
from game.scenario.analysis import Analysis, analyse
from game.scenario.problems import Mark, Problem

RELOAD_KEY = pygame.K_F5
BANNER_S = 2.5  # the "reloaded" banner stays this long
MAX_SHOWN = 9  # problems listed on screen; the rest are counted (validate lists them all)
i18n.define({
    "reload_errors": {"fr": "Le scénario a des erreurs", "en": "The scenario has errors"},
    "reload_kept": {"fr": "Le jeu continue avec l'ancien contenu.",
                    "en": "The game goes on with the old content."},
    "reload_close": {"fr": "F5 : recharger · Échap : fermer", "en": "F5: reload · Esc: close"},
    "reload_done": {"fr": "Scénario rechargé", "en": "Scenario reloaded"},
    "reload_warnings": {"fr": {"one": "{n} avertissement", "other": "{n} avertissements"},
                        "en": {"one": "{n} warning", "other": "{n} warnings"}},
    "reload_more": {"fr": {"one": "+ {n} autre : python main.py validate",
                           "other": "+ {n} autres : python main.py validate"},
                    "en": {"one": "+ {n} more: python main.py validate",
                           "other": "+ {n} more: python main.py validate"}},
})


def install(app: Any, args: argparse.Namespace) -> HotReload:
    watcher = HotReload(Path(args.scenario))
    app.watchers.append(watcher)
    return watcher


class HotReload(Watcher):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []  # shown over the game while not empty
        self.kept_old = False  # the new content could not be played
        self.banner_s = 0.0
        self.warnings = 0

    # --- the watcher protocol ----------------------------------------------------------
    def observe(self, app: Any, action: Action, by: Actor) -> bool:
        if isinstance(action, Key) and action.key == RELOAD_KEY:
            self.reload(app)
            return True
        if self.problems and isinstance(action, (Back, Confirm, Press)):
            self.problems = []  # the first tap or key closes the list, and only that
            return True
        return False

    def tick(self, app: Any, dt: float) -> None:
        self.banner_s = max(0.0, self.banner_s - dt)

    def frame_interval(self, app: Any) -> float | None:
        return 0.0 if self.banner_s > 0 else None  # the banner goes when its time is up

    def draw(self, app: Any, surface: pygame.Surface) -> None:
        tr = app.ctx.tr
        if self.problems:
            self._draw_problems(app, surface)
        elif self.banner_s > 0:
            text = tr("reload_done") + (f" — {tr('reload_warnings', n=self.warnings)}"
                                        if self.warnings else "")
            self._banner(app, surface, text)

    # --- reloading ------------------------------------------------------------------------
    def reload(self, app: Any) -> Analysis:
        """Check the scenario on disk; swap it in when it can be played."""
        result = analyse(self.path, deep=True)
        errors = result.errors
        self.warnings = len(result.warnings)
        self.kept_old = not result.playable
        if result.playable and result.loaded is not None:
            try:
                swap(app, result.loaded)
            except Exception as err:  # e.g. a picture pygame cannot read
                self.kept_old = True
                errors = [*errors, Problem(Mark(self.path, 1, 1), f"the reloaded scenario could "
                                           f"not be shown ({type(err).__name__}: {err})",
                                           "run python main.py validate on it")]
        elif _showing_errors(app):
            from game.scenes.errors import ContentErrorScene

            app.stack[:] = [ContentErrorScene(app.ctx, result.problems)]
            app.stack[-1].enter()
            self.kept_old = False
            errors = []
        self.problems = errors
        self.banner_s = BANNER_S if not errors else 0.0
        return result

    # --- drawing ---------------------------------------------------------------------------
    def _draw_problems(self, app: Any, surface: pygame.Surface) -> None:
        from game.ui import draw, theme

        pal = app.ctx.palette

        t = app.ctx.text
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*pal.ink, 170))
        surface.blit(veil, (0, 0))
        box = pygame.Rect(100, 80, 1720, 920)
        draw.panel(surface, pal, box, pal.white, radius=24)
        pygame.draw.rect(surface, pal.error, pygame.Rect(box.x, box.y, box.w, 14),
                         border_top_left_radius=24, border_top_right_radius=24)
        tr = app.ctx.tr
        title = t.render(f"{tr('reload_errors')} ({len(self.problems)})", theme.TEXT_LARGE,
                         pal.ink)
        surface.blit(title, (box.x + 40, box.y + 36))
        sub = (tr("reload_kept") + "   " if self.kept_old else "") + tr("reload_close")
        surface.blit(t.render(sub, theme.TEXT_SMALL, pal.muted), (box.x + 40, box.y + 110))
        y = box.y + 170
        shown = 0
        for p in self.problems[:MAX_SHOWN]:
            line = t.render(str(p), theme.TEXT_SMALL - 2, pal.ink, width=box.w - 80)
            if y + line.get_height() > box.bottom - 60:
                break
            surface.blit(line, (box.x + 40, y))
            y += line.get_height() + 14
            shown += 1
        if shown < len(self.problems):
            more = t.render(tr("reload_more", n=len(self.problems) - shown), theme.TEXT_SMALL,
                            pal.muted)
            surface.blit(more, (box.x + 40, box.bottom - 52))

    def _banner(self, app: Any, surface: pygame.Surface, text: str) -> None:
        from game.ui import draw, theme

        pal = app.ctx.palette

        label = app.ctx.text.render(text, theme.TEXT_BODY, pal.ink)
        rect = label.get_rect(midtop=(surface.get_width() // 2, 24)).inflate(60, 30)
        draw.panel(surface, pal, rect, pal.safety, radius=rect.h // 2)
        surface.blit(label, label.get_rect(center=rect.center))


def _showing_errors(app: Any) -> bool:
    return app.ctx.loaded_scenario is None


# --- putting the player back where she was ----------------------------------------------


def swap(app: Any, loaded: Any) -> None:
    """Play ``loaded`` from now on, the player kept where she was when that place remains."""
    from game.assets import Images

    ctx = app.ctx
    old_scenario, old_stack, old_images = ctx.loaded_scenario, list(app.stack), ctx.images
    dropped = {k: v for k, v in ctx.cache.items() if k.startswith("floor:")}
    try:
        ctx.scenario = loaded
        for key in dropped:
            del ctx.cache[key]
        ctx.images = Images()  # pictures edited on disk are read again
        if ctx.tour is not None and not keep_tour(ctx.tour, loaded.model):
            ctx.tour = None
        stack = rebuild(ctx, old_stack)
    except Exception:
        ctx.loaded_scenario, ctx.images = old_scenario, old_images
        ctx.cache.update(dropped)
        raise
    app.stack[:] = stack
    app.stack[-1].enter()


def keep_tour(tour: Any, model: Any) -> bool:
    """The tour's progress on what still exists; False when none of its worlds remains."""
    worlds = {w.id: {s.id for s in w.stations} for w in model.worlds}
    myths = {m.id for m in model.myths}
    tour.scenario = model
    tour.world_ids = [w for w in tour.world_ids if w in worlds]
    tour.results = {k: r for k, r in tour.results.items() if k[1] in worlds.get(k[0], ())}
    if tour.current_world not in worlds:
        tour.current_world = tour.world_ids[0] if tour.world_ids else None
    heard = getattr(tour, "myths_heard", None)
    if isinstance(heard, set):
        tour.myths_heard = {m for m in heard if m in myths}
    items = getattr(tour, "probe_items", None)
    if isinstance(items, list) and items:  # the same items, with the edited texts
        asked_worlds = [i.world_id for i in items if i.world_id]
        myths_asked = [i.myth_id for i in items if i.myth_id]
        fresh = {i.id: i for i in beliefs.items_for(model, asked_worlds, myths_asked)}
        tour.probe_items = [fresh.get(i.id, i) for i in items]
    preferred = getattr(tour, "preferred", None)
    if isinstance(preferred, list):
        tour.preferred = [k for k in preferred if k[1] in worlds.get(k[0], ())]
    return bool(tour.world_ids)


def rebuild(ctx: Any, old: list[Any]) -> list[Any]:
    """The new scene stack: the floor (and station) she was on, or the screen she was on."""
    from game.scenes.dialogue import DialogueScene
    from game.scenes.floor import FloorScene
    from game.scenes.task import TaskScene
    from game.scenes.world_select import WorldSelectScene

    floors = [i for i, s in enumerate(old) if isinstance(s, FloorScene)]
    if ctx.tour is None or not floors:
        if ctx.tour is not None and not any(s.__class__.__name__ == "ContentErrorScene"
                                            for s in old):
            return old  # results, nickname, card...: they show the tour, which is kept
        stack = [ctx.home()]
        if any(isinstance(s, WorldSelectScene) for s in old):
            stack.append(WorldSelectScene(ctx))
        return stack
    fi = floors[-1]
    before: Any = old[fi]
    worlds = {w.id: w for w in ctx.scenario.model.worlds}
    world_id = before.world.id
    same_world = world_id in worlds and world_id in ctx.tour.world_ids
    if not same_world:
        following = ctx.tour.next_world() or worlds[ctx.tour.world_ids[0]]
        world_id = following.id
        ctx.tour.current_world = world_id
    floor = FloorScene(ctx, world_id)
    stack = [*old[:fi], floor]
    if not same_world:
        return stack
    x, y = before.walker.x, before.walker.y
    if floor.info.walkable(*floor.info.tile_of(x, y)):
        floor.walker.x, floor.walker.y = x, y
        floor.walker.facing = before.walker.facing
        floor.camera.follow(x, y)
    stations = {s.id for s in worlds[world_id].stations}
    if before.inside in stations:
        floor.inside = before.inside  # standing in it: it must not open again by itself
    above = old[fi + 1] if fi + 1 < len(old) else None
    station = getattr(getattr(above, "station", None), "id", None)
    if isinstance(station, str) and station in stations:
        if isinstance(above, DialogueScene):
            stack.append(DialogueScene(ctx, world_id, station))
        elif isinstance(above, TaskScene):
            stack.append(TaskScene(ctx, world_id, station))
    return stack
