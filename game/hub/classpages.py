"""The trainer's pages on the hub: the index, the login form, the dashboard, its files.

Everything the browser needs is served from here (``game/hub/static``): no CDN, the page
works in a room with no internet. The HTML is small and built with escaping; the
dashboard's script draws the data it polls from ``/api/class/{code}/dashboard``.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from game.classroom.code import BadCode, decode, normalise
from game.hub.classauth import COOKIE_S, cookie_name
from game.hub.classstrings import CLASS_STRINGS
from game.i18n import tr

if TYPE_CHECKING:
    from game.hub.classapi import ClassSide

STATIC = Path(__file__).parent / "static"
FILES = {"class.css": "text/css; charset=utf-8", "class.js": "text/javascript; charset=utf-8"}
MAX_FORM = 4096
HEADERS = {"Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
           "X-Frame-Options": "DENY", "Cache-Control": "no-store",
           "Referrer-Policy": "no-referrer"}


def lang_of(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in ("fr", "en"):
        return asked
    return "en" if request.headers.get("accept-language", "").lower().startswith("en") else "fr"


def _page(lang: str, title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="/class-static/class.css">'
            f"</head><body>{body}</body></html>")
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _login(lang: str, code: str | None, message: str | None = None, status: int = 200
           ) -> HTMLResponse:
    action = f"/class/{code}/login" if code else "/class/login"
    code_field = "" if code else (
        f'<label>{escape(tr("c_code", lang))}<input name="code" autocomplete="off" '
        'maxlength="12" required autofocus></label>')
    other = "en" if lang == "fr" else "fr"
    here = f"/class/{code}" if code else "/"
    body = (f'<main class="login"><h1>{escape(tr("c_hub", lang))}</h1>'
            + (f'<p class="code-big">{escape(code)}</p>' if code else "")
            + f'<p>{escape(tr("c_index_help", lang))}</p>'
            + (f'<p class="error" role="alert">{escape(message)}</p>' if message else "")
            + f'<form method="post" action="{action}?lang={lang}">{code_field}'
            f'<label>{escape(tr("c_secret", lang))}<input name="secret" type="password" '
            f'autocomplete="current-password" required{"" if not code else " autofocus"}>'
            f'</label><button type="submit">{escape(tr("c_open", lang))}</button></form>'
            f'<p><a href="{here}?lang={other}">{escape(tr("c_other_lang", lang))}</a></p></main>')
    return _page(lang, tr("c_hub", lang), body, status)


def _dashboard(lang: str, code: str) -> HTMLResponse:
    strings = {k: v for k, v in CLASS_STRINGS.items()}
    data = json.dumps(strings, ensure_ascii=False).replace("</", "<\\/")
    body = (f'<div id="app" data-code="{escape(code)}" data-lang="{lang}">'
            f'<p class="loading">{escape(tr("c_title", lang))}…</p></div>'
            f'<script type="application/json" id="strings">{data}</script>'
            '<script src="/class-static/class.js" defer></script>')
    return _page(lang, f'{tr("c_title", lang)} · {code}', body)


async def _form(request: Request) -> dict[str, str]:
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_FORM:
            return {}
    fields = parse_qs(raw.decode("utf-8", errors="replace"))
    return {k: v[0] for k, v in fields.items() if v}


def _code_or_none(text: str) -> str | None:
    code = normalise(text)
    try:
        decode(code)
    except BadCode:
        return None
    return code


def page_routes(side: ClassSide) -> list[BaseRoute]:
    async def index(request: Request) -> Response:
        return _login(lang_of(request), None)

    async def page(request: Request) -> Response:
        lang = lang_of(request)
        code = _code_or_none(request.path_params["code"])
        if code is None or await run_in_threadpool(side.store.get, code) is None:
            text = code or request.path_params["code"][:12]
            return _page(lang, tr("c_hub", lang), f'<main class="login"><p class="error">'
                         f'{escape(tr("c_unknown", lang, code=text))}</p>'
                         f'<p><a href="/">{escape(tr("c_hub", lang))}</a></p></main>', 404)
        if not side.trainer(request, code):
            return _login(lang, code)
        return _dashboard(lang, code)

    async def login(request: Request) -> Response:
        lang = lang_of(request)
        form = await _form(request)
        code = _code_or_none(request.path_params.get("code") or form.get("code", ""))
        session = await run_in_threadpool(side.store.get, code) if code else None
        if code is None or session is None:
            return _login(lang, None, tr("c_unknown", lang, code=form.get("code", "")[:12]), 404)
        if side.gate.locked_s(code) > 0:
            return _login(lang, code, tr("c_locked", lang), 429)
        ok = await run_in_threadpool(side.gate.login, code, form.get("secret", ""),
                                     session.pin_hash)
        if not ok:
            locked = side.gate.locked_s(code) > 0
            return _login(lang, code, tr("c_locked" if locked else "c_wrong", lang), 401)
        reply = RedirectResponse(f"/class/{quote(code)}?lang={lang}", status_code=303)
        reply.set_cookie(cookie_name(code), side.gate.cookie(code), max_age=COOKIE_S,
                         httponly=True, samesite="strict", path="/")
        return reply

    async def logout(request: Request) -> Response:
        code = normalise(request.path_params["code"])
        reply = RedirectResponse(f"/class/{quote(code)}", status_code=303)
        reply.delete_cookie(cookie_name(code), path="/")
        return reply

    async def static(request: Request) -> Response:  # the dashboard's own two files
        name = request.path_params["name"]
        if name not in FILES:
            return Response("not found", status_code=404)
        return Response((STATIC / name).read_bytes(), media_type=FILES[name],
                        headers={"Cache-Control": "no-cache"})

    return [
        Route("/", index, methods=["GET"]),
        Route("/class/login", login, methods=["POST"]),
        Route("/class/{code}", page, methods=["GET"]),
        Route("/class/{code}/login", login, methods=["POST"]),
        Route("/class/{code}/logout", logout, methods=["POST"]),
        Route("/class-static/{name}", static, methods=["GET"]),
        Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
    ]
