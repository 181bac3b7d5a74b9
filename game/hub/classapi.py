"""The classroom's routes on the hub: the students' two endpoints and the trainer's side.

Students (docs/classroom-protocol.md; the code is the key, in the path and ``X-Class-Code``):

- ``GET /api/class/{code}?student=NAME`` → her :class:`~game.classroom.spec.SessionSpec`;
- ``POST /api/class/{code}/records`` ``{"records": […]}`` → ``{"stored", "duplicates"}``;

401 without the header or with another code, 404 an unknown session, 410 a closed one,
422 a bad batch (``error``, ``index``, ``uuid``): nothing of a refused request is stored.

Trainer (the hub key as ``Authorization: Bearer KEY``, or the cookie the login form gives):

- ``GET /api/class/{code}/dashboard[?stuck=MIN]``: everything the dashboard draws;
- ``POST /api/class/{code}/accommodations`` ``{"student", "accommodations"}``;
- ``POST /api/class/{code}/close``;
- ``GET /class/{code}/report.csv`` and ``/class/{code}/eleves.csv`` (as ``class report``;
  ``?lang=en``: in English, as the dashboard asks when it is in English).

The pages themselves (login, dashboard) are in :mod:`game.hub.classpages`.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from game.classroom import debrief, journal
from game.classroom import report as csv_report
from game.classroom.code import PROJECTOR_ROUTE, normalise
from game.classroom.names import for_scenario
from game.classroom.sessions import Session, SessionStore, utc_text
from game.classroom.spec import StudentAccommodations
from game.hub.classauth import TrainerGate, cookie_name
from game.hub.wire import MAX_RECORDS, Refused

if TYPE_CHECKING:
    from game.hub.server import Hub

CODE_HEADER = "x-class-code"
MAX_STUCK_MIN = 120.0


class ClassSide:
    """What the classroom's routes share: the sessions, the trainer's gate, the hub."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.store = SessionStore(hub.db, now=lambda: utc_text(hub.now()))
        self.gate = TrainerGate(hub.key)

    def session(self, code: str) -> Session:
        found = self.store.get(normalise(code))
        if found is None:
            raise Refused(404, f"no class session {code} on this hub")
        return found

    def student_session(self, request: Request) -> Session:
        """The path's session once the student's header matches it (401, 404, 410)."""
        code = normalise(request.path_params["code"])
        header = request.headers.get(CODE_HEADER)
        if header is None or normalise(header) != code:
            raise Refused(401, "the session code is missing or wrong (X-Class-Code: CODE)")
        session = self.session(code)
        if not session.open:
            raise Refused(410, f"the session {code} is closed: the trainer ended it")
        return session

    def trainer(self, request: Request, code: str) -> bool:
        return (self.hub.key.bearer_ok(request.headers.get("authorization"))
                or self.gate.cookie_ok(code, request.cookies.get(cookie_name(code))))

    def trainer_session(self, request: Request) -> Session:
        code = normalise(request.path_params["code"])
        if not self.trainer(request, code):
            raise Refused(401, "for the trainer: the hub key or the session's PIN")
        return self.session(code)

    def debrief(self, session: Session, stuck_min: float = debrief.STUCK_MIN
                ) -> debrief.Debrief:
        names = for_scenario(session.scenario_path)
        return debrief.build(self.store.records(session.code), now=self.hub.now(),
                             accommodations=self.store.all_accommodations(session.code),
                             seen=self.store.last_seen(session.code),
                             order=session.planned(names.order), stuck_min=stuck_min)


def _records(session: Session, body: bytes) -> list[journal.AnyRecord]:
    try:
        raw = json.loads(body)
    except ValueError:
        raise Refused(400, "the body is not JSON") from None
    items = raw.get("records") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise Refused(422, 'the body must be {"records": [record, …]} with at least one')
    if len(items) > MAX_RECORDS:
        raise Refused(422, f"at most {MAX_RECORDS} records per request (got {len(items)})")
    records = []
    for index, item in enumerate(items):
        uuid = str(item.get("uuid")) if isinstance(item, dict) else None
        try:
            record = journal.parse(item)
        except ValidationError as err:
            raise Refused(422, journal.problem(err), index, uuid) from None
        if record.session != session.code:
            raise Refused(422, f"session: this record is for {record.session}, not "
                          f"{session.code}", index, uuid)
        records.append(record)
    return records


def class_routes(hub: Hub, body: Callable[[Request], Any]) -> list[BaseRoute]:
    """The routes; ``body`` reads a request's body within the hub's size limit."""
    side = ClassSide(hub)

    def json_endpoint(work: Callable[[Request, bytes], Any], reads_body: bool = False,
                      first: Callable[[Request], Any] | None = None) -> Callable[[Request], Any]:
        async def handle(request: Request) -> Response:
            try:
                if first is not None:  # refused before the body is read
                    await run_in_threadpool(first, request)
                raw = await body(request) if reads_body else b""
                result = await run_in_threadpool(work, request, raw)
            except Refused as err:
                return JSONResponse(err.body(), status_code=err.status)
            except Exception as err:  # a sick database: the PC retries
                return JSONResponse({"error": f"the hub cannot store or read now: {err}"},
                                    status_code=503)
            return result if isinstance(result, Response) else JSONResponse(result)

        return handle

    def spec(request: Request, raw: bytes) -> dict[str, Any]:
        session = side.student_session(request)
        student = request.query_params.get("student", "")
        acc = side.store.accommodations(session.code, student) if student.strip() else None
        return session.spec(acc).model_dump(mode="json")

    def push(request: Request, raw: bytes) -> dict[str, Any]:
        session = side.student_session(request)
        got = side.store.store(_records(session, raw), "push")
        return {"stored": got.stored, "duplicates": got.duplicates}

    def dashboard(request: Request, raw: bytes) -> dict[str, Any]:
        session = side.trainer_session(request)
        try:
            stuck = float(request.query_params.get("stuck", debrief.STUCK_MIN))
        except ValueError:
            raise Refused(400, "stuck must be a number of minutes") from None
        stuck = min(max(stuck, 0.5), MAX_STUCK_MIN)
        names = for_scenario(session.scenario_path)
        return {"session": {**session.spec().model_dump(mode="json"),
                            "created": session.created_utc, "closed": session.closed_utc,
                            "pin": session.pin_hash is not None},
                "now": hub.now().isoformat(), "stuck_min": stuck,
                **debrief.to_json(side.debrief(session, stuck), names.to_json())}

    def accommodations(request: Request, raw: bytes) -> dict[str, Any]:
        session = side.trainer_session(request)
        try:
            data = json.loads(raw)
            student = " ".join(str(data["student"]).split())
            acc = StudentAccommodations.model_validate(data.get("accommodations", {}))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise Refused(422, f'give {{"student": NAME, "accommodations": {{…}}}}: {err}'
                          ) from None
        if not 1 <= len(student) <= 40:
            raise Refused(422, "student: a name of 1 to 40 characters")
        side.store.set_accommodations(session.code, [(student, acc)])
        return {"student": student, "accommodations": acc.model_dump(mode="json")}

    def close(request: Request, raw: bytes) -> dict[str, Any]:
        session = side.trainer_session(request)
        side.store.close(session.code)
        return {"code": session.code, "open": False}

    def csv_file(which: str) -> Callable[[Request, bytes], Response]:
        def serve(request: Request, raw: bytes) -> Response:
            session = side.trainer_session(request)
            names = for_scenario(session.scenario_path)
            d = side.debrief(session)
            make = csv_report.questions_csv if which == "report" else csv_report.students_csv
            lang = "en" if request.query_params.get("lang") == "en" else "fr"  # the page's
            name = ({"fr": "classe-", "en": "class-"}[lang] + session.code
                    + ("" if which == "report" else {"fr": "-eleves", "en": "-students"}[lang]))
            text = make(session.code, d, names, lang, projector=session.route == PROJECTOR_ROUTE)
            return Response(text.encode("utf-8"),
                            media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}.csv"',
                                     "Cache-Control": "no-store"})

        return serve

    from game.hub.classpages import page_routes

    return [
        Route("/api/class/{code}", json_endpoint(spec), methods=["GET"]),
        Route("/api/class/{code}/records",
              json_endpoint(push, reads_body=True, first=side.student_session),
              methods=["POST"]),
        Route("/api/class/{code}/dashboard", json_endpoint(dashboard), methods=["GET"]),
        Route("/api/class/{code}/accommodations",
              json_endpoint(accommodations, True, first=side.trainer_session),
              methods=["POST"]),
        Route("/api/class/{code}/close", json_endpoint(close), methods=["POST"]),
        Route("/class/{code}/report.csv", json_endpoint(csv_file("report")), methods=["GET"]),
        Route("/class/{code}/eleves.csv", json_endpoint(csv_file("eleves")), methods=["GET"]),
        *page_routes(side),
    ]
