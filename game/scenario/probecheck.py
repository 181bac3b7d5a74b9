"""What ``validate`` says about the before/after question (``probe:``, see game/beliefs.py).

Errors: a statement id used twice (its answers would mix). Warnings: a myth or a world the
scenario lacks (the item is asked, but the report cannot link it), and wordings out of
balance (more than one statement more on one side: a player who agrees with everything
would look convinced, or not).
"""
from __future__ import annotations

from game.scenario.crosscheck import Positions, suggest
from game.scenario.loader import LoadedScenario
from game.scenario.problems import Problem


def check_probe(loaded: LoadedScenario, view: Positions) -> list[Problem]:
    probe = loaded.model.probe
    if probe is None:
        return []
    myths = [m.id for m in loaded.model.myths or []]
    worlds = [w.id for w in loaded.model.worlds or []]
    out: list[Problem] = []
    seen: set[str] = set()
    for i, st in enumerate(probe.statements):
        at = ("probe", "statements", i)
        if st.id in seen:
            out.append(Problem(view.mark((*at, "id")), f"probe statement id '{st.id}' is used "
                               "twice: their answers would be counted as one",
                               "give each statement its own id"))
        seen.add(st.id)
        if st.myth is not None and st.myth not in myths:
            out.append(Problem(view.mark((*at, "myth")), f"no myth has the id '{st.myth}'",
                               suggest(st.myth, myths), "warning"))
    for field in ("capable", "interest"):
        for world_id in getattr(probe, field):
            if world_id not in worlds:
                out.append(Problem(view.mark(("probe", field, world_id)), f"no world has the "
                                   f"id '{world_id}': this item is never asked",
                                   suggest(world_id, worlds), "warning"))
    stereo = sum(1 for s in probe.statements if s.wording == "stereotype")
    counter = len(probe.statements) - stereo
    if abs(stereo - counter) > 1:
        out.append(Problem(view.mark(("probe", "statements")), f"{stereo} statement(s) worded "
                           f"as the stereotype and {counter} as its opposite",
                           "word about half of them each way (wording: stereotype / counter)",
                           "warning"))
    return out
