"""Pages from templates: the Jinja2 environment, the context every page shares, and HTML error pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from minutebook.errors import InvalidQueryError, MinutebookError, NotFoundError, StoreError
from minutebook.model import Citation
from minutebook.settings import Settings
from service.links import citation_path

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

NAV = [("ask", "/", "Ask"), ("search", "/search", "Search"), ("meetings", "/meetings", "Meetings"),
       ("actions", "/actions", "Follow-ups"), ("papers", "/papers", "Papers")]


def day(d: dt.date | str | None) -> str:
    """"28 July 2020": how the papers write a date."""
    if d is None or d == "":
        return ""
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    return f"{d.day} {d:%B %Y}"


def when(stamp: str) -> str:
    """An ISO timestamp as a reader wants it: "29 November 2026, 07:12 UTC"."""
    t = dt.datetime.fromisoformat(stamp)
    return f"{day(t.date())}, {t:%H:%M} {t.tzname() or ''}".strip()


def place(c: Citation) -> str:
    """"Minute 83, resolution 3": the citable place, or the item's title where the minute has no number."""
    if not c.minute:
        return c.item_title
    return f"Minute {c.minute}" + (f", resolution {c.resolution}" if c.resolution else "")


def query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes``; empty values are left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


class Ui:
    """The pages' renderer: one per app, built by ``service.web.install`` with the deployment's settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html"]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters |= {"day": day, "when": when, "place": place}
        self.env.globals |= {"citation_path": citation_path, "query": query, "nav": NAV}

    def page(self, request: Request, template: str, *, section: str = "", status: int = 200,
             title: str = "", **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(
            request=request, section=section, title=title, keys_required=bool(self.settings.api_key_set),
            **context,
        )
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def error(self, request: Request, err: MinutebookError) -> HTMLResponse:
        status = 404 if isinstance(err, NotFoundError) else 422 if isinstance(err, InvalidQueryError) else \
            503 if isinstance(err, StoreError) else 500
        heading = {404: "Not found", 422: "That cannot be asked", 503: "The papers are not available"}.get(
            status, "Something went wrong")
        return self.page(request, "error.html", status=status, title=heading, heading=heading, message=str(err))

F = TypeVar("F", bound=Callable[..., Response])


def html_errors(ui: Ui) -> Callable[[F], F]:
    """A page's own errors (unknown meeting, bad filter) as an HTML page with the status the API would give."""

    def decorate(fn: F) -> F:
        @wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Response:
            try:
                return fn(*args, **kwargs)
            except MinutebookError as err:
                request = kwargs.get("request") or next(a for a in args if isinstance(a, Request))
                return ui.error(request, err)

        return wrapper  # type: ignore[return-value]

    return decorate
