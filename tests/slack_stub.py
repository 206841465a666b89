"""A stand-in for Slack's Web API on loopback, for the bot's tests (like bolt-python's mock_web_api_server).

A real ``http.server`` in a thread: it records every request (path, method, body, headers) and answers
``{"ok": true, ...}`` as Slack would: ``auth.test`` names the bot, ``chat.postMessage`` gives each message a
``ts`` and keeps it so ``conversations.replies`` can read a thread back, and anything under ``/response/``
stands for a ``response_url``. Tests put users' messages in with :meth:`SlackStub.add_message` and make a
method fail with :attr:`SlackStub.errors`.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse

BOT_USER, BOT_ID, TEAM = "UBOT000001", "BBOT000001", "T0MINUTES"


@dataclass
class Call:
    """One request the stand-in received."""

    path: str
    method: str  # the Web API method ("chat.postMessage"), or "response_url"
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)

    def text(self) -> str:
        """Everything the call would show a person: its text and its blocks, as one string."""
        return json.dumps(self.body, ensure_ascii=False)


class SlackStub:
    """The stand-in server. ``url`` is its base; ``api_url`` what ``MINUTEBOOK_SLACK_API_URL`` should be."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel -> messages
        self.errors: dict[str, str] = {}  # Web API method -> the error it answers with
        self._lock = threading.Lock()
        self._seq = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                status, payload = stub._handle(self.path, raw, dict(self.headers.items()))
                data = payload.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="slack-stub", daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.api_url = f"{self.url}/api/"

    def __enter__(self) -> SlackStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ------------------------------------------------------------------ the fake Slack

    def next_ts(self) -> str:
        with self._lock:
            self._seq += 1
            return f"{int(time.time())}.{self._seq:06d}"

    def add_message(self, channel: str, text: str, *, user: str = "UASKER0001", ts: str | None = None,
                    thread_ts: str | None = None, bot_id: str | None = None) -> dict[str, Any]:
        """Put a message in a channel, as if someone had posted it; returns it (with its ``ts``)."""
        msg: dict[str, Any] = {"type": "message", "user": user, "text": text, "ts": ts or self.next_ts()}
        if thread_ts:
            msg["thread_ts"] = thread_ts
        if bot_id:
            msg["bot_id"] = bot_id
        with self._lock:
            self.messages.setdefault(channel, []).append(msg)
        return msg

    def _handle(self, path: str, raw: str, headers: dict[str, str]) -> tuple[int, str]:
        body = _parse(raw, headers.get("Content-Type", ""))
        route = urlparse(path).path
        method = "response_url" if route.startswith("/response/") else route.rsplit("/", 1)[-1]
        with self._lock:
            self.calls.append(Call(route, method, body, headers))
        if method == "response_url":
            return 200, "ok"
        if method in self.errors:
            return 200, json.dumps({"ok": False, "error": self.errors[method]})
        return 200, json.dumps({"ok": True, **self._result(method, body)})

    def _result(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"url": "https://minutes.example/", "team": "Minutes", "user": "minutebook", "team_id": TEAM,
                    "user_id": BOT_USER, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            msg = self.add_message(str(body.get("channel")), str(body.get("text", "")), user=BOT_USER,
                                   thread_ts=body.get("thread_ts"), bot_id=BOT_ID)
            return {"channel": body.get("channel"), "ts": msg["ts"], "message": msg}
        if method == "chat.postEphemeral":
            return {"message_ts": self.next_ts()}
        if method == "conversations.replies":
            channel, ts = str(body.get("channel")), str(body.get("ts"))
            with self._lock:
                thread = [m for m in self.messages.get(channel, []) if m["ts"] == ts or m.get("thread_ts") == ts]
            return {"messages": sorted(thread, key=lambda m: float(m["ts"])), "has_more": False}
        if method in ("views.publish", "views.open"):
            return {"view": {"id": "V" + self.next_ts().replace(".", ""), **(body.get("view") or {})}}
        return {}

    # ------------------------------------------------------------------ what the tests read

    def received(self, method: str, where: Callable[[Call], bool] = lambda c: True) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and where(c)]

    def wait_for(self, method: str, where: Callable[[Call], bool] = lambda c: True, *, count: int = 1,
                 timeout: float = 120.0) -> list[Call]:
        """Poll until ``count`` calls of ``method`` matching ``where`` have arrived; fail at the deadline."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.received(method, where)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.body.get("channel")) for c in self.calls]
                raise AssertionError(f"{count} {method} call(s) not received within {timeout} s; got {seen}")
            time.sleep(0.02)


def _parse(raw: str, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        data = json.loads(raw)
        return data if isinstance(data, dict) else {"_": data}
    body: dict[str, Any] = dict(parse_qsl(raw, keep_blank_values=True))
    for k in ("blocks", "view", "attachments"):  # sent as JSON strings in form bodies
        if isinstance(body.get(k), str):
            with contextlib.suppress(ValueError):
                body[k] = json.loads(body[k])
    return body
