"""One address for people and programs: a page route that answers only requests asking for HTML.

``/meetings``, ``/items/{id}``, ``/search`` and ``/actions`` are both API endpoints and pages. A browser asks for
``text/html`` and gets the page; a program (``Accept: application/json``, ``*/*`` or none) falls through to the
API's route at the same address. So a citation's ``url`` opens as a page in a browser and as JSON in code.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from fastapi.routing import APIRoute
from starlette.routing import Match


def wants_html(scope: MutableMapping[str, Any]) -> bool:
    accept = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"accept"), "")
    return "text/html" in accept and "application/json" not in accept


class PageRoute(APIRoute):
    """An API route that matches only when the client asks for HTML."""

    def matches(self, scope: MutableMapping[str, Any]) -> tuple[Match, MutableMapping[str, Any]]:
        match, child = super().matches(scope)
        if match is Match.NONE or wants_html(scope):
            return match, child
        return Match.NONE, {}
