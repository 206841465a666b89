"""The HTTP service: ``create_app(settings, open_minutebook)``.

The store is opened once, in the lifespan, by ``open_minutebook`` (given by the
composition root, ``entry.compose``); ``/healthz`` answers 200 once it is open
and the embedding model is loaded. What a caller may see is the opened minute
book's audience: the routes never check exemption themselves. When ``MINUTEBOOK_API_KEYS`` is set,
every data endpoint needs a key (``X-API-Key: <key>`` or ``Authorization:
Bearer <key>``); ``/healthz`` and the OpenAPI docs stay open (they hold no
papers), and ``/slack/events`` is authenticated by Slack's signature instead.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager, asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline

from minutebook.model import Action, ActionStatus, DocumentKind
from minutebook.settings import Settings
from service import errors, web
from service.core import Minutebook
from service.links import absolute, absolute_citations, base_url, meeting_path, node_path
from service.schemas import QUESTION_CHARS, Answer, AskRequest, ErrorBody, IsoDate

DateQ = Annotated[IsoDate | None, Query(description="YYYY-MM-DD")]
CommitteeQ = Annotated[
    str | None, Query(description="Only this committee (any case); unknown: 422 naming the committees known.")
]
KindQ = Annotated[
    DocumentKind | None, Query(description="Only papers (or sections) of this kind: " + ", ".join(DocumentKind))
]


def _minutebook(request: Request) -> Minutebook:
    mb: Minutebook | None = request.app.state.minutebook
    if mb is None:
        raise HTTPException(503, "the store is not open yet")
    return mb


def require_key(
    request: Request,
    x_api_key: Annotated[str | None, Header()] = None,
    authorization: Annotated[str | None, Header()] = None,
) -> None:
    """When API keys are configured, the request must carry one (X-API-Key, or Authorization: Bearer)."""
    keys = request.app.state.settings.api_key_set
    if not keys:
        return
    given = x_api_key or (authorization[7:] if authorization and authorization.startswith("Bearer ") else None)
    if not given:
        missing = "an API key is required (X-API-Key: <key>, or Authorization: Bearer <key>)"
        raise HTTPException(401, missing, {"WWW-Authenticate": "Bearer"})
    if not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
        raise HTTPException(401, "this API key is not valid", {"WWW-Authenticate": "Bearer"})


MB = Annotated[Minutebook, Depends(_minutebook)]


OpenMinutebook = Callable[[], AbstractContextManager[Minutebook]]


def create_app(settings: Settings, open_minutebook: OpenMinutebook) -> FastAPI:
    """The minutebook API over the minute book ``open_minutebook`` opens (once, for the app's lifetime)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        # the thread pool that sync routes run in: bounded, so a burst queues instead of thrashing the cores
        anyio.to_thread.current_default_thread_limiter().total_tokens = max(1, settings.request_threads)
        with open_minutebook() as mb:  # start-up work (the model, BM25, the store's facts) is done in here
            app.state.stats = mb.stats()
            app.state.minutebook = mb
            yield
            app.state.minutebook = None

    app = FastAPIOffline(  # /docs and /redoc with their scripts served from the package, not a CDN
        swagger_ui_parameters={"validatorUrl": None},  # and no call to the online validator
        title="minutebook",
        summary="Answers from committee papers, cited to the minute and resolution.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.minutebook = None
    app.state.settings = settings
    errors.install(app)

    web.install(app, settings)  # the pages first: at the addresses both serve, a browser gets the page
    def error(why: str) -> dict[str, Any]:
        return {"model": ErrorBody, "description": why}

    api = APIRouter(
        dependencies=[Depends(require_key)],
        responses={
            401: error("No API key, or one that is not valid (when the deployment sets MINUTEBOOK_API_KEYS)."),
            422: error("A parameter or body that is not valid, or a committee or kind that is not known."),
            503: error("The store is not open yet, or cannot be read."),
        },
    )
    missing: dict[int | str, dict[str, Any]] = {404: error("Nothing of that id that this deployment may show.")}

    @app.get("/healthz", tags=["service"])
    async def healthz(request: Request) -> JSONResponse:
        """Ready (200) once the store is open and warm. Answered on the event loop from what start-up counted, so
        it never waits behind the thread pool where questions are answered."""
        if request.app.state.minutebook is None:
            return JSONResponse({"status": "starting"}, status_code=503)
        return JSONResponse({"status": "ok", **request.app.state.stats})

    unreadable: dict[int | str, dict[str, Any]] = {400: error("A body that cannot be decoded at all (not UTF-8).")}

    @api.post("/ask", response_model=Answer, tags=["answers"], responses=unreadable)
    def ask(body: AskRequest, mb: MB, request: Request) -> Answer:
        """Answer a question from the papers, every sentence cited to its minute and resolution."""
        answer = mb.ask(body.question, committee=body.committee, date_from=body.date_from, date_to=body.date_to)
        cited = absolute_citations(answer.citations, base_url(settings, request))  # links to where it is served
        return answer.model_copy(update={"citations": cited})

    @api.get("/search", tags=["answers"])
    def search(
        mb: MB,
        request: Request,
        q: Annotated[
            str,
            Query(
                min_length=1,
                max_length=QUESTION_CHARS,
                pattern=r"\S",
                description=f"What to look for: at most {QUESTION_CHARS:,} characters, not only spaces.",
            ),
        ],
        committee: CommitteeQ = None,
        date_from: DateQ = None,
        date_to: DateQ = None,
        kind: KindQ = None,
        k: int = Query(10, ge=1, le=settings.max_k, description="How many hits."),  # the bound is the deployment's
    ) -> dict[str, Any]:
        """Ranked hits, each a citable place in the papers."""
        hits = mb.search(
            q, k=k, committee=committee, date_from=date_from, date_to=date_to, doc_kind=kind.value if kind else None
        )
        out = [
            {
                "score": round(h.score, 6),
                **h.citation.model_dump(mode="json", exclude={"n", "quote", "url"}),
                "kind": h.node.doc_kind,
                "text": h.node.body,
                "url": absolute(base_url(settings, request), node_path(h.node)),
            }
            for h in hits
        ]
        return {"query": q, "hits": out}

    @api.get("/meetings", tags=["minute book"])
    def meetings(
        mb: MB, request: Request, committee: CommitteeQ = None, date_from: DateQ = None, date_to: DateQ = None
    ) -> dict[str, Any]:
        """Meetings in the papers, newest first."""
        rows = mb.meetings(committee, date_from, date_to)
        base = base_url(settings, request)
        return {"meetings": [{"id": s.key, **s.model_dump(mode="json"), "url": absolute(base, meeting_path(s.key))}
                             for s in rows]}

    @api.get("/meetings/{meeting_id:path}", tags=["minute book"], responses=missing)
    def meeting(meeting_id: str, mb: MB) -> dict[str, Any]:
        """One meeting: attendance, declarations, minute items with resolutions, agenda."""
        m = mb.meeting(meeting_id)
        return {"id": m.key, **m.model_dump(mode="json")}

    @api.get("/items/{item_id:path}", tags=["minute book"], responses=missing)
    def item(item_id: str, mb: MB) -> dict[str, Any]:
        """The full minute (or agenda item) with its resolutions: where a citation's ``url`` points (a browser
        asking for HTML gets the minute's page)."""
        rec = mb.item(item_id)
        body = {"id": rec.key, "kind": rec.kind, "committee": rec.meeting.committee,
                "meeting_date": rec.meeting.date.isoformat(), "meeting_id": rec.meeting.key,
                "document": rec.document, **rec.item.model_dump(mode="json")}
        return body

    @api.get("/actions", tags=["follow-ups"])
    def actions(
        mb: MB,
        committee: CommitteeQ = None,
        status: ActionStatus | None = None,
        as_of: DateQ = None,
    ) -> dict[str, list[Action]]:
        """Follow-ups arising from resolutions, with their status and the evidence for it."""
        return {"actions": mb.actions(committee=committee, status=status, as_of=as_of)}

    app.include_router(api)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with the committees the open store knows as the ``committee`` values (any other is a 422)."""
    from fastapi.openapi.utils import get_openapi

    if app.openapi_schema is not None:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
    mb: Minutebook | None = app.state.minutebook
    if mb is None:
        return schema  # not kept: asked again once the store is open
    known = mb.committees()
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            for param in operation.get("parameters", []):
                if param.get("name") == "committee":
                    param["schema"] = {"anyOf": [{"type": "string", "enum": known}, {"type": "null"}]}
    ask = schema.get("components", {}).get("schemas", {}).get("AskRequest", {}).get("properties", {})
    if "committee" in ask:
        ask["committee"]["anyOf"] = [{"type": "string", "enum": known}, {"type": "null"}]
    app.openapi_schema = schema
    return schema
