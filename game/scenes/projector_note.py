"""Projector mode, a station the class cannot vote on: the screen says why, in words, then
the task itself is played at the screen by a volunteer while the others advise."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context

import pygame

from game import flow
from game.i18n import define
from game.scene import Pop, Replace, Transition
from game.scenes.base import ButtonScene, paint_paper
from game.scenes.projector import trainer_note
from game.ui import draw, theme
from game.ui.theme import hex_color
from game.ui.widgets import Button

define({
    "proj_no_vote": {"fr": "Pas de vote à main levée pour ce poste",
                     "en": "No show of hands for this station"},
    "proj_gesture": {"fr": "Ce poste se joue au geste (à la souris, au doigt ou au clavier) : "
                           "un vote ne dit pas comment on le fait. Une ou un volontaire le joue "
                           "devant la classe ; les autres la ou le conseillent à voix haute.",
                     "en": "This station is played by a gesture (mouse, finger or keys): a "
                           "vote cannot say how it is done. A volunteer plays it in front of "
                           "the class; the others advise aloud."},
    "proj_too_many": {"fr": "Ce poste a trop de réponses (ou des images sans texte) pour les "
                            "lire à voix haute et compter les mains : on le joue à l'écran, "
                            "ensemble.",
                      "en": "This station has too many answers (or pictures without text) to "
                            "read them aloud and count hands: it is played on screen, "
                            "together."},
    "proj_note_gesture": {"fr": "Invitez une ou un volontaire au clavier ou à la souris, puis "
                                "« Jouer le poste ». Le score va au tableau de bord.",
                          "en": "Invite a volunteer to the keyboard or mouse, then « Play the "
                                "station ». The score goes to the dashboard."},
    "proj_note_too_many": {"fr": "« Jouer le poste », puis jouez-le à l'écran en demandant "
                                 "l'avis de la classe. Le score va au tableau de bord.",
                           "en": "« Play the station », then play it on screen, asking the "
                                 "class for its advice. The score goes to the dashboard."},
    "proj_play": {"fr": "Jouer le poste", "en": "Play the station"},
})

NOTE = pygame.Rect(350, 945, 860, 120)  # the trainer's note, between the two buttons


class ProjectorNoteScene(ButtonScene):
    """Why this station is not voted, before it is played at the screen."""

    still_buttons = True

    def __init__(self, ctx: Context, world_id: str, station_id: str, gesture: bool) -> None:
        super().__init__(ctx)
        self.world = ctx.scenario.model.world(world_id)
        self.station = self.world.station(station_id)
        self.gesture = gesture  # else: too many answers to count

    def frame_interval(self) -> float | None:
        return None

    def enter(self) -> None:
        self.layout()

    def layout(self) -> None:
        self.buttons.set([
            Button("play", pygame.Rect(1240, 940, 620, 110), self.ctx.tr("proj_play"),
                   size=theme.TEXT_LARGE),
            Button("back", pygame.Rect(60, 960, 260, 90), self.ctx.tr("back"),
                   style="secondary")])
        self.buttons.focus = 0

    def why(self) -> str:
        return self.ctx.tr("proj_gesture" if self.gesture else "proj_too_many")

    def note(self) -> str:
        """What the trainer does now, in « vous » (game.scenes.projector.trainer_note)."""
        return self.ctx.tr("proj_note_gesture" if self.gesture else "proj_note_too_many")

    def spoken(self) -> list[str]:
        return [self.station.title.get(self.ctx.lang), self.ctx.tr("proj_no_vote"), self.why(),
                self.note()]

    def paint_background(self, surface: pygame.Surface) -> None:
        pal, t, lang = self.ctx.palette, self.ctx.text, self.ctx.lang
        accent = hex_color(self.world.accent)
        paint_paper(surface, pal, accent)
        head = t.render(f"{self.station.title.get(lang)} · {self.station.job.both(lang)}",
                        theme.TEXT_BODY, draw.blend(accent, pal.ink, 0.45))
        surface.blit(head, head.get_rect(midtop=(theme.LOGICAL_W // 2, 60)))
        self.title(surface, self.ctx.tr("proj_no_vote"), y=200)
        body = t.render(self.why(), theme.TEXT_LARGE, pal.ink, width=1500, align="center")
        box = body.get_rect(midtop=(theme.LOGICAL_W // 2, 360)).inflate(80, 60)
        draw.panel(surface, pal, box, pal.white, radius=24, shadow=6)
        surface.blit(body, body.get_rect(center=box.center))
        trainer_note(surface, self.ctx, NOTE, self.note())

    def on_button(self, button: Button) -> Transition | None:
        if button.id == "play":
            return Replace(flow.volunteer_task(self.ctx, self.world.id, self.station.id))
        return Pop()

    def on_back(self) -> Transition | None:
        return Pop()

    def bot_choice(self) -> str | None:
        return "play"
