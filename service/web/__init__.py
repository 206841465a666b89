"""The web pages for members and officers, served by the API's own app: ``install(app, settings)``.

Module map: ``render`` (templates, shared context, HTML errors), ``routing`` (addresses shared with the API:
HTML for browsers, JSON for programs), ``auth`` (the API-key rule with a sign-in cookie), ``visible`` (what the
audience left out), ``highlight`` (quoted and matched words marked), ``pages`` (ask, search, meetings, items,
papers), ``register`` (follow-ups and their CSV). Templates and the stylesheet live beside them.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from minutebook.settings import Settings
from service.web import auth, pages, register
from service.web.render import STATIC, Ui
from service.web.routing import PageRoute


def install(app: FastAPI, settings: Settings) -> None:
    """Add the pages to ``app``. Call it before the API's routes are included: at an address both serve, a
    browser's request must reach the page first."""
    ui = Ui(settings)
    reader = [Depends(auth.require_reader)]
    shared = APIRouter(route_class=PageRoute, dependencies=reader, include_in_schema=False)
    own = APIRouter(dependencies=reader, include_in_schema=False)
    pages.add_routes(shared, own, ui)
    register.add_routes(shared, own, ui)
    open_ = APIRouter(include_in_schema=False)
    auth.add_routes(open_, ui)
    app.include_router(shared)
    app.include_router(own)
    app.include_router(open_)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(auth.SignInRequired, auth.to_sign_in)
