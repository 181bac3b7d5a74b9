"""Simulated students: the journal records a PC would send, from the scenario, at a skill.

The game side (« J'ai un code ») writes the same records; these let the hub's tests play a
whole class without 30 games: quiz stations answer the scenario's real questions (right with
probability ``skill``), the other task types give a score only, as a weld pass does.
"""
from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from uuid import UUID

from game.classroom import journal
from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
from game.scenario.models import Scenario

MYTHS = ("metier-homme", "costaud", "sale")  # when the scenario has no probe: statements
_SCENARIO: list[Scenario] = []


def scenario() -> Scenario:
    if not _SCENARIO:
        _SCENARIO.append(load_scenario(DEFAULT_SCENARIO).model)
    return _SCENARIO[0]


def _explanation(question: object) -> str | None:
    """The question's explanation, or its right choice's (what the game shows after)."""
    explain = getattr(question, "explain", None)
    if explain is None:
        explain = next((c.explain for c in getattr(question, "choices", [])
                        if c.correct and c.explain), None)
    return explain.get("fr")[:600] if explain is not None else None


def play(code: str, name: str, world_id: str, skill: float, seed: int,
         start: datetime | None = None, offline: bool = False,
         scale: bool = True) -> list[journal.AnyRecord]:
    """Every record of one student's session, in order."""
    rng = random.Random(seed)
    device = UUID(int=rng.getrandbits(128), version=4)
    at = start or datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def base() -> dict[str, object]:
        nonlocal at
        at += timedelta(seconds=rng.randint(20, 90))
        return {"uuid": UUID(int=rng.getrandbits(128), version=4), "session": code,
                "student": name, "device": device, "at": at}

    def belief(myth: str) -> journal.BeliefAnswer:
        value: str | int = rng.randint(1, 5) if scale else rng.choice(
            ["agree", "disagree", "unsure"])
        return journal.BeliefAnswer(statement_id=myth, value=value)

    probe = getattr(scenario(), "probe", None)
    statements = [st.id for st in getattr(probe, "statements", None) or []] or list(MYTHS)
    out: list[journal.AnyRecord] = [
        journal.JoinRec(kind="join", lang="fr", offline=offline, **base()),  # type: ignore[arg-type]
        journal.BeliefsRec(kind="beliefs", phase="before",  # type: ignore[arg-type]
                           answers=[belief(m) for m in statements], **base())]
    world = scenario().world(world_id)
    for station in world.stations:
        answers = []
        task = station.task
        if task.type == "quiz":
            for q in task.questions:
                ok = rng.random() < skill
                if q.kind == "truefalse":
                    right = ["Vrai" if q.answer else "Faux"]
                    chosen = right if ok else ["Faux" if q.answer else "Vrai"]
                else:
                    right = [c.text.get("fr") for c in q.choices if c.correct]
                    wrong = [c.text.get("fr") for c in q.choices if not c.correct]
                    chosen = right if ok or not wrong else [rng.choice(wrong)]
                answers.append(journal.AnswerRec(
                    item_id=q.id, prompt=q.prompt.get("fr"), chosen=chosen, right=right,
                    correct=chosen == right,
                    explanation=_explanation(q)))
            score = round(100 * sum(a.correct for a in answers) / len(answers))
        else:
            score = max(0, min(100, round(rng.gauss(100 * skill, 10))))
        out.append(journal.StepRec(
            kind="step", world_id=world_id, station_id=station.id, task_type=task.type,
            score=score, stars=3 if score >= 85 else 2 if score >= 60 else 1 if score >= 30 else 0,
            duration_s=round(rng.uniform(30, 200), 1), answers=answers,
            **base()))  # type: ignore[arg-type]
    out.append(journal.BeliefsRec(kind="beliefs", phase="after",  # type: ignore[arg-type]
                                  answers=[belief(m) for m in statements], **base()))
    liked = [s.id for s in world.stations if rng.random() < 0.4]
    steps = [r for r in out if isinstance(r, journal.StepRec)]
    out.append(journal.EndRec(kind="end", outcome="finished",  # type: ignore[arg-type]
                              score=sum(s.score for s in steps), stars=sum(s.stars for s in steps),
                              liked_jobs=liked, **base()))
    return out
