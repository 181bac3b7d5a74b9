"""Projector mode, after a station: the in-game debrief drawn for the back of a room.

The same screen as a player's (game.scenes.debrief), its questions at a 40 px em and its
answers and explanations at 34 px at least (1920×1080), where a PC's are 28 and 22 or 28:
the list pages on (the arrows) rather than shrink.
"""
from __future__ import annotations

from game.scenes import projector  # noqa: F401 - declares proj_class_score
from game.scenes.debrief import DebriefScene


class ProjectorDebriefScene(DebriefScene):
    # type-scale sizes (×0.75: the em in px at 1920×1080)
    label_size = 54  # 40 px
    detail_sizes = (46, 50)  # 34 px, 37 px when that adds no page
    body_sizes = (54, 50, 46, 42)  # the side's « what a pro does », as large as fits
    score_key = "proj_class_score"
