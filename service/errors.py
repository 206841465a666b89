"""minutebook's errors as HTTP responses: the one place a status code is chosen.

Every error is JSON ``{"error": <kind>, "message": <one line>}``; a traceback is never sent.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from minutebook.errors import (
    BackendError,
    InvalidQueryError,
    MinutebookError,
    NotFoundError,
    StoreError,
    StoreLockedError,
)

log = logging.getLogger("minutebook.service")

STATUS: list[tuple[type[MinutebookError], int, str]] = [
    (InvalidQueryError, 422, "invalid_query"),
    (NotFoundError, 404, "not_found"),
    (StoreLockedError, 503, "store_locked"),
    (StoreError, 503, "store_unavailable"),
    (BackendError, 502, "backend_failed"),
    (MinutebookError, 500, "error"),
]


def _body(kind: str, message: str, status: int, **extra: object) -> JSONResponse:
    return JSONResponse({"error": kind, "message": message, **extra}, status_code=status)


def install(app: FastAPI) -> None:
    """Register the handlers that turn errors into JSON responses."""

    @app.exception_handler(MinutebookError)
    async def domain(_: Request, err: MinutebookError) -> JSONResponse:
        status, kind = next((s, k) for cls, s, k in STATUS if isinstance(err, cls))
        return _body(kind, str(err), status)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, err: RequestValidationError) -> JSONResponse:
        problems = [
            "the body is not JSON"
            + (f" ({e['ctx']['error']})" if isinstance(e.get("ctx"), dict) and e["ctx"].get("error") else "")
            if e.get("type") == "json_invalid"
            else f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'request'}: {e.get('msg')}"
            for e in err.errors()
        ]
        return _body("invalid_request", "; ".join(problems), 422, problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http(_: Request, err: StarletteHTTPException) -> JSONResponse:
        kind = {401: "unauthorised", 404: "not_found", 405: "method_not_allowed"}.get(err.status_code, "http_error")
        return JSONResponse({"error": kind, "message": str(err.detail)}, status_code=err.status_code,
                            headers=getattr(err, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, err: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=err)
        return _body("internal_error", "something went wrong on our side; the error has been logged", 500)
