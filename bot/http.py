"""HTTP mode: the bot at ``POST /slack/events`` of the FastAPI service (events, the slash command, interactivity).

Mounted on the service's app by the composition root (``entry.compose``) when ``SLACK_BOT_TOKEN`` and
``SLACK_SIGNING_SECRET`` are set, with the public minute book.

Every request passes :func:`check_request` before Bolt sees it: the body is read up to :data:`MAX_BODY` bytes,
the signature is checked over those raw bytes (v0 HMAC-SHA256 of ``v0:<timestamp>:<body>``) before anything is
parsed, and only then is the body parsed and its shape checked. A missing, malformed or stale timestamp or a bad
signature is 401; a body that is too large, not UTF-8, not the JSON or form Slack sends, or not shaped like a
Slack request is 400. Both are JSON ``{"error", "message"}`` like every error of the service, so nothing a caller
sends reaches Bolt in a form it would throw on.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from slack_bolt.adapter.fastapi import SlackRequestHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool

from bot.listeners import build_app
from minutebook.settings import Settings

if TYPE_CHECKING:
    from service.core import Minutebook

SLACK_PATH = "/slack/events"
MAX_BODY = 256 * 1024  # Slack's payloads are a few kilobytes; a view submission stays well under this
MAX_SKEW_S = 5 * 60  # a timestamp further than this from now is a replay (Slack's own rule)
_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"


class SlackRequestError(Exception):
    """A request that is not a genuine, well-formed Slack request: 401 (not Slack's) or 400 (malformed)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def response(self) -> JSONResponse:
        kind = "unauthorised" if self.status == 401 else "bad_request"
        return JSONResponse({"error": kind, "message": self.message}, status_code=self.status)


def verify_signature(secret: str, headers: Mapping[str, str], body: bytes, now: float | None = None) -> None:
    """Raise :class:`SlackRequestError` 401 unless ``body`` carries Slack's signature made within five minutes."""
    stamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if not stamp or not signature:
        raise SlackRequestError(401, "missing X-Slack-Request-Timestamp or X-Slack-Signature")
    if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12:
        raise SlackRequestError(401, "X-Slack-Request-Timestamp is not a Unix time in seconds")
    if abs((time.time() if now is None else now) - int(stamp)) > MAX_SKEW_S:
        raise SlackRequestError(401, "X-Slack-Request-Timestamp is more than five minutes from now")
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", errors="replace")):
        raise SlackRequestError(401, "the request's signature does not match the signing secret")


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """The body of a signed request as Slack sends it, checked for the shape Bolt routes on (400 if not)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise SlackRequestError(400, "the body is not UTF-8 text") from None
    media = content_type.split(";")[0].strip().lower()
    if media == _JSON:
        data = _json_object(text, "the body")
        _check_json_shape(data)
        return data
    if media == _FORM:
        form = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
        if "payload" in form:  # interactivity: buttons, modals
            payload = _json_object(form["payload"], "the payload field")
            if not isinstance(payload.get("type"), str):
                raise SlackRequestError(400, "the payload has no type")
            _check_fields(payload)
            return payload
        if "command" in form or "ssl_check" in form:  # a slash command, or Slack checking the certificate
            return form
        raise SlackRequestError(400, "a form body must be a slash command or carry a payload")
    raise SlackRequestError(400, f"unexpected Content-Type {media or 'none'!r}: Slack sends {_JSON} or {_FORM}")


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise SlackRequestError(400, f"{what} is not valid JSON") from None
    if not isinstance(data, dict):
        raise SlackRequestError(400, f"{what} is not a JSON object")
    return data


# The fields Bolt reads to route a request and build its context, and the types it assumes of them.
_OBJECT_OR_ID = ("team", "user", "channel", "enterprise")
_OBJECTS = ("event", "view", "container", "message", "previous_message", "item", "assistant_thread",
            "function_data")


def _check_fields(data: dict[str, Any], depth: int = 0) -> None:
    """Raise 400 where a field Bolt reads has a type Slack never sends (Bolt would throw on it)."""
    for key in _OBJECT_OR_ID:
        if data.get(key) is not None and not isinstance(data[key], dict | str):
            raise SlackRequestError(400, f"{key!r} is neither an id nor an object")
    for key in _OBJECTS:  # present means an object: Bolt reads ``body.get("event", {}).get(...)``, so null throws
        if key in data and not isinstance(data[key], dict):
            raise SlackRequestError(400, f"{key!r} is not an object")
    for key in ("authorizations", "actions"):
        value = data.get(key)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
            raise SlackRequestError(400, f"{key!r} is not a list of objects")
    # a button press Bolt routes by its first action (``body["actions"][0]``): a block action that carries "actions",
    # or a legacy message action with a callback id, must carry at least one
    kind = data.get("type")
    if ((kind == "block_actions" and "actions" in data) or (kind == "interactive_message" and "callback_id" in data)) \
            and not data.get("actions"):
        raise SlackRequestError(400, "an action payload without its actions")
    # and Bolt matches a block action's listeners by ``action["action_id"]`` (and ``block_id``): every action Slack
    # sends carries its ids as strings
    if kind == "block_actions" and any(not isinstance(a.get("action_id"), str) for a in data.get("actions") or []):
        raise SlackRequestError(400, "a block action without its action_id")
    if depth < 3:
        for key in ("event", "view", "message", "previous_message", "team", "user", "channel"):
            if isinstance(data.get(key), dict):
                _check_fields(data[key], depth + 1)
        for value in data.get("authorizations") or []:
            _check_fields(value, depth + 1)


def _check_json_shape(data: dict[str, Any]) -> None:
    kind = data.get("type")
    if not isinstance(kind, str):
        raise SlackRequestError(400, "the request has no type")
    if kind == "url_verification" and not isinstance(data.get("challenge"), str):
        raise SlackRequestError(400, "url_verification without a challenge")
    if kind == "event_callback":
        event = data.get("event")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            raise SlackRequestError(400, "event_callback without an event (an object with a type)")
    _check_fields(data)


async def read_limited(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refusing (400) one longer than ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise SlackRequestError(400, f"the body is larger than {limit} bytes" if declared.isdigit()
                                else "Content-Length is not a number")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise SlackRequestError(400, f"the body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class ThreadedSlackRequestHandler(SlackRequestHandler):
    """slack-bolt's FastAPI handler behind :func:`check_request`, with Bolt's (blocking) dispatch moved off the
    event loop.

    ``App.dispatch`` waits for the listener's ack and, once, for ``auth.test``; run in the event loop it would
    stall every other request of the service meanwhile.
    """

    def __init__(self, app: Any, secret: str) -> None:
        super().__init__(app)
        self.secret = secret

    async def handle(self, req: Request, addition_context_properties: dict[str, Any] | None = None) -> Response:
        try:
            body = await read_limited(req)
            verify_signature(self.secret, req.headers, body)
            parse_body(req.headers.get("content-type", ""), body)
            try:
                bolt_req = to_bolt_request(req, body, addition_context_properties)
            except Exception:  # Bolt reading a field of a type Slack never sends
                raise SlackRequestError(400, "the body is not shaped like a Slack request") from None
        except SlackRequestError as err:
            return err.response()
        bolt_resp = await run_in_threadpool(self.app.dispatch, bolt_req)
        if bolt_resp.status >= 400 and bolt_resp.status != 401:
            return _json_error(bolt_resp.status, bolt_resp.body)
        return to_starlette_response(bolt_resp)


def _json_error(status: int, body: str) -> JSONResponse:
    """Bolt's own error answers (no listener for the request, Slack's API unreachable) as the service's JSON."""
    if status == 404:
        return JSONResponse({"error": "not_found", "message": "no listener for this kind of Slack request"}, 404)
    if status >= 500:
        return JSONResponse({"error": "backend_failed", "message": "the Slack bot could not handle the request "
                             "(Slack's API may be unreachable); the error has been logged"}, 502)
    return JSONResponse({"error": "bad_request", "message": body or "Bolt refused the request"}, status)


def mount_slack(app: FastAPI, settings: Settings, minutebook: Callable[[], Minutebook | None]) -> None:
    """Add ``POST /slack/events`` to ``app``. ``minutebook`` is called per request (the store opens later) and
    gives the public minute book."""
    bolt = build_app(settings, minutebook)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    handler = ThreadedSlackRequestHandler(bolt, secret)
    app.state.slack_app = bolt

    @app.post(SLACK_PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        return await handler.handle(request)
