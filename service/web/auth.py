"""Who may read the pages: the API's rule (``MINUTEBOOK_API_KEYS``), with the key kept in a cookie after a sign-in form.

When no keys are configured the pages are open, as the API is. Otherwise a page needs a configured key in the
``minutebook_key`` cookie (set by ``POST /signin``), or the API's own ``X-API-Key`` / ``Authorization: Bearer``
headers; without one a browser is sent to the sign-in form and brought back afterwards.
"""

from __future__ import annotations

import hmac
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service.web.render import Ui

COOKIE = "minutebook_key"


class SignInRequired(Exception):
    """A page asked for without a valid key: the browser goes to the sign-in form, then back to ``next``."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def _given(request: Request) -> str | None:
    auth = request.headers.get("authorization") or ""
    bearer = auth[7:] if auth.startswith("Bearer ") else None
    return request.cookies.get(COOKIE) or request.headers.get("x-api-key") or bearer


def valid(keys: frozenset[str], given: str | None) -> bool:
    return bool(given) and any(hmac.compare_digest(given.encode(), k.encode()) for k in keys)  # type: ignore[union-attr]


def signed_in(request: Request) -> bool:
    keys: frozenset[str] = request.app.state.settings.api_key_set
    return not keys or valid(keys, _given(request))


def require_reader(request: Request) -> None:
    """A dependency of every page that shows papers."""
    if not signed_in(request):
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(path)


def to_sign_in(_: Request, err: Exception) -> Response:
    """The handler for :class:`SignInRequired`: see the sign-in form, then come back."""
    assert isinstance(err, SignInRequired)
    return RedirectResponse(f"/signin?next={quote(err.next_path, safe='')}", status_code=303)


def safe_next(path: str | None) -> str:
    """Only a path on this site (never ``//elsewhere`` or a full URL): no open redirect."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def add_routes(router: APIRouter, ui: Ui) -> None:
    @router.get("/signin", response_class=HTMLResponse)
    def signin_form(request: Request, next: str = "/") -> HTMLResponse:
        return ui.page(request, "signin.html", title="Sign in", next=safe_next(next), failed=False)

    @router.post("/signin", response_class=HTMLResponse, response_model=None)
    async def signin(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        key = (form.get("key") or [""])[0].strip()
        target = safe_next((form.get("next") or ["/"])[0])
        keys: frozenset[str] = request.app.state.settings.api_key_set
        if keys and not valid(keys, key):
            return ui.page(request, "signin.html", title="Sign in", next=target, failed=True, status=401)
        response = RedirectResponse(target, status_code=303)
        if keys:
            response.set_cookie(COOKIE, key, httponly=True, samesite="lax", secure=request.url.scheme == "https")
        return response

    @router.post("/signout", response_model=None)
    def signout() -> Response:
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(COOKIE)
        return response
