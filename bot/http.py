"""HTTP mode: the bot at ``POST /slack/events`` of the FastAPI service (events, the slash command, interactivity).

Mounted on the service's app by the composition root (``entry.compose``) when ``SLACK_BOT_TOKEN`` and
``SLACK_SIGNING_SECRET`` are set, with the public minute book. Requests
are checked against the signing secret by Bolt: a bad signature or a timestamp more than five minutes off is
answered 401 before any listener runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.fastapi import SlackRequestHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool

from bot.listeners import build_app
from minutebook.settings import Settings

if TYPE_CHECKING:
    from service.core import Minutebook

SLACK_PATH = "/slack/events"


class ThreadedSlackRequestHandler(SlackRequestHandler):
    """slack-bolt's FastAPI handler, with Bolt's (blocking) dispatch moved off the event loop.

    ``App.dispatch`` waits for the listener's ack and, once, for ``auth.test``; run in the event loop it would
    stall every other request of the service meanwhile.
    """

    async def handle(self, req: Request, addition_context_properties: dict[str, Any] | None = None) -> Response:
        if req.method != "POST":
            return await super().handle(req, addition_context_properties)
        body = await req.body()
        bolt_req = to_bolt_request(req, body, addition_context_properties)
        bolt_resp = await run_in_threadpool(self.app.dispatch, bolt_req)
        return to_starlette_response(bolt_resp)


def mount_slack(app: FastAPI, settings: Settings, minutebook: Callable[[], Minutebook | None]) -> None:
    """Add ``POST /slack/events`` to ``app``. ``minutebook`` is called per request (the store opens later) and
    gives the public minute book."""
    bolt = build_app(settings, minutebook)
    handler = ThreadedSlackRequestHandler(bolt)
    app.state.slack_app = bolt

    @app.post(SLACK_PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        return await handler.handle(request)
