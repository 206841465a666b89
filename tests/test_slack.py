"""The Slack bot end to end: the real service (``create_app``) under uvicorn on loopback, the real store, and a
stand-in for Slack's Web API (``tests/slack_stub.py``) that records every call the bot makes.

Requests are signed as Slack signs them (v0 HMAC-SHA256 of ``v0:<timestamp>:<body>``) and sent over HTTP.
Lazy listeners answer on worker threads, so the tests poll the stand-in with a deadline instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlencode

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from hypothesis import HealthCheck, example, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from bot import blocks
from bot.listeners import build_app, parse_command
from bot.state import EventLedger
from ingest.catalogue import Catalogue
from minutebook.model import Action, ActionStatus, Citation
from minutebook.settings import Settings
from service.schemas import NOT_FOUND, Answer
from tests.conftest import REPO, free_port
from tests.fakes import HashEmbedder
from tests.slack_stub import BOT_USER, TEAM, Call, SlackStub

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHAIR_Q = "Who chaired the Improving Lives Select Commission meeting on 28 July 2020?"
EXEMPT_Q = "Which provider was awarded the overnight short breaks contract?"
EXEMPT_WORDS = ("Kestrelmoor", "2,418,600", "82.5%")
ASKER = "UASKER0001"


# ---------------------------------------------------------------------------------------------- fixtures


@dataclass
class Slack:
    """The running service, the stand-in Slack, and how to talk to the service as Slack does."""

    stub: SlackStub
    settings: Settings
    app: FastAPI
    base: str
    http: httpx.Client

    def post(self, body: str, content_type: str, *, timestamp: int | None = None, signature: str | None = None,
             retry: int | None = None) -> httpx.Response:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature or sign(body, ts),
        }
        if retry is not None:
            headers["X-Slack-Retry-Num"] = str(retry)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return self.http.post(f"{self.base}/slack/events", content=body.encode("utf-8"), headers=headers)

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None) -> httpx.Response:
        return self.post(event_body(event, event_id or new_id("Ev")), "application/json", retry=retry)

    def command(self, text: str, channel: str) -> httpx.Response:
        form = {"token": "t", "team_id": TEAM, "channel_id": channel, "channel_name": "scrutiny",
                "user_id": ASKER, "user_name": "asker", "command": "/minutebook", "text": text,
                "response_url": f"{self.stub.url}/response/{channel}", "trigger_id": new_id("trig"),
                "api_app_id": "AMINUTES"}
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def interact(self, payload: dict[str, Any]) -> httpx.Response:
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    def feedback(self) -> list[dict[str, Any]]:
        with Catalogue(self.settings.catalogue_path) as catalogue:
            return catalogue.feedback()


def sign(body: str, timestamp: str, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:12].upper()


def new_channel() -> str:
    return new_id("C")


def event_body(event: dict[str, Any], event_id: str) -> str:
    return json.dumps({
        "token": "t", "team_id": TEAM, "api_app_id": "AMINUTES", "type": "event_callback", "event_id": event_id,
        "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True, "enterprise_id": None}],
    })


def mention(stub: SlackStub, channel: str, question: str, thread_ts: str | None = None) -> dict[str, Any]:
    text = f"<@{BOT_USER}> {question}"
    msg = stub.add_message(channel, text, thread_ts=thread_ts)
    event = {"type": "app_mention", "user": ASKER, "text": text, "ts": msg["ts"], "channel": channel,
             "event_ts": msg["ts"]}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def message(stub: SlackStub, channel: str, text: str, *, thread_ts: str | None = None,
            channel_type: str = "channel") -> dict[str, Any]:
    msg = stub.add_message(channel, text, thread_ts=thread_ts)
    event = {"type": "message", "user": ASKER, "text": text, "ts": msg["ts"], "channel": channel,
             "event_ts": msg["ts"], "channel_type": channel_type}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def block_action(action_id: str, value: str, channel: str, stub: SlackStub, *, ephemeral: bool = False,
                 user: str = ASKER) -> dict[str, Any]:
    container: dict[str, Any] = {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral,
                                 "message_ts": stub.next_ts()}
    return {"type": "block_actions", "team": {"id": TEAM}, "user": {"id": user, "team_id": TEAM},
            "api_app_id": "AMINUTES", "token": "t", "container": container, "trigger_id": new_id("trig"),
            "channel": {"id": channel, "name": "scrutiny"},
            "response_url": f"{stub.url}/response/{channel}/{new_id('r')}",
            "actions": [{"type": "button", "action_id": action_id, "block_id": "minutebook_answer_actions",
                         "value": value, "action_ts": str(time.time())}]}


def button(call: Call, action_id: str) -> str:
    """The value of the button ``action_id`` in a message the bot posted."""
    for block in call.body["blocks"]:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return str(element["value"])
    raise AssertionError(f"no {action_id} button in {call.body['blocks']}")


def in_channel(channel: str) -> Any:
    return lambda c: c.body.get("channel") == channel


@pytest.fixture(scope="module")
def slack(fake_store: Path, fake_embedder: HashEmbedder) -> Iterator[Slack]:
    """The real service with the Slack secrets set, on a free loopback port, talking to the stand-in.

    The papers are embedded by the stand-in embedder: these tests are about Slack, not retrieval quality."""
    from entry.compose import build_app

    with SlackStub() as stub:
        env = {
            "MINUTEBOOK_STORE": str(fake_store),
            "SLACK_BOT_TOKEN": "xoxb-test-token",
            "SLACK_SIGNING_SECRET": SECRET,
            "MINUTEBOOK_SLACK_API_URL": stub.api_url,
            "MINUTEBOOK_INCLUDE_EXEMPT": "true",  # an entitled deployment: channels must still never see Part 2
            "MINUTEBOOK_PUBLIC_URL": "https://minutes.example",
        }
        with mock.patch.dict(os.environ, env):
            settings = Settings()
        assert settings.slack_api_url == stub.api_url and settings.include_exempt
        app = build_app(settings, fake_embedder)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(timeout=30) as http:
            deadline = time.monotonic() + 300
            while True:
                try:
                    if http.get(f"{base}/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or not thread.is_alive():
                    pytest.fail("the service did not become healthy")
                time.sleep(0.2)
            yield Slack(stub, settings, app, base, http)
        server.should_exit = True
        thread.join(timeout=30)


# ---------------------------------------------------------------------------------------------- signatures


def test_forged_signature_and_stale_timestamp_are_refused(slack: Slack) -> None:
    body = event_body(mention(slack.stub, new_channel(), CHAIR_Q), new_id("Ev"))
    before = len(slack.stub.calls)

    forged = slack.post(body, "application/json", signature=sign(body, str(int(time.time())), "not-the-secret"))
    assert forged.status_code == 401

    old = int(time.time()) - 301  # five minutes and a second: a replayed request
    stale = slack.post(body, "application/json", timestamp=old, signature=sign(body, str(old)))
    assert stale.status_code == 401

    unsigned = slack.http.post(f"{slack.base}/slack/events", content=body, headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 401
    assert len(slack.stub.calls) == before  # nothing reached a listener


def test_url_verification_echoes_the_challenge(slack: Slack) -> None:
    body = json.dumps({"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})
    resp = slack.post(body, "application/json")
    assert resp.status_code == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in resp.text


# ---------------------------------------------------------------------------------------------- malformed requests


def _raw(slack: Slack, body: bytes, headers: dict[str, str | bytes]) -> httpx.Response:
    return slack.http.post(f"{slack.base}/slack/events", content=body, headers=headers)


def _signed(body: bytes, content_type: str = "application/json", ts: str | None = None) -> dict[str, str | bytes]:
    ts = ts or str(int(time.time()))
    digest = hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def _assert_refused(resp: httpx.Response, status: int, words: str) -> None:
    assert resp.status_code == status, (resp.status_code, resp.text)
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json()["error"] in {"bad_request", "unauthorised"} and words in resp.json()["message"]


@pytest.mark.parametrize(("timestamp", "words"), [
    ("abc", "not a Unix time"), ("1e9", "not a Unix time"), ("-5", "not a Unix time"), ("", "missing"),
    ("99999999999999999999", "not a Unix time"), ("١٢٣", "not a Unix time"),
])
def test_a_missing_or_malformed_timestamp_is_401(slack: Slack, timestamp: str, words: str) -> None:
    body = b'{"type": "event_callback", "event": {"type": "app_mention"}}'
    headers: dict[str, str | bytes] = {"Content-Type": "application/json",
                                       "X-Slack-Request-Timestamp": timestamp.encode(),  # as sent: any bytes
                                       "X-Slack-Signature": "v0=" + "0" * 64}
    _assert_refused(_raw(slack, body, headers), 401, words)


@pytest.mark.parametrize("body", [b"not json {", b"[1, 2]", b"a=b&payload=%7Bx", b"\xff\xfe{", b""])
@pytest.mark.parametrize("content_type", ["application/json", "application/x-www-form-urlencoded"])
def test_unsigned_bodies_of_any_kind_are_401_before_they_are_parsed(slack: Slack, body: bytes,
                                                                     content_type: str) -> None:
    before = len(slack.stub.calls)
    _assert_refused(_raw(slack, body, {"Content-Type": content_type}), 401, "missing")
    forged = {**_signed(body, content_type), "X-Slack-Signature": "v0=" + "ab" * 32}
    _assert_refused(_raw(slack, body, forged), 401, "signature")
    assert len(slack.stub.calls) == before


@pytest.mark.parametrize(("body", "content_type", "words"), [
    (b"not json {", "application/json", "not valid JSON"),
    (b"[1, 2]", "application/json", "not a JSON object"),
    (b"null", "application/json", "not a JSON object"),
    (b"\xff\xfe{}", "application/json", "not UTF-8"),
    (b'{"token": "t"}', "application/json", "no type"),
    (b'{"type": "event_callback", "team_id": "T1"}', "application/json", "without an event"),
    (b'{"type": "event_callback", "event": "app_mention"}', "application/json", "without an event"),
    (b'{"type": "event_callback", "event": {"type": "app_mention", "user": [1]}}', "application/json",
     "neither an id nor an object"),
    (b'{"type": "event_callback", "event": {"type": "message"}, "authorizations": "x"}', "application/json",
     "not a list of objects"),
    (b'{"type": "url_verification"}', "application/json", "without a challenge"),
    (b"hello", "text/plain", "unexpected Content-Type"),
    (b"<xml/>", "", "unexpected Content-Type"),
    (b"a=b", "application/x-www-form-urlencoded", "slash command or carry a payload"),
    (b"payload=%7Bx", "application/x-www-form-urlencoded", "payload field is not valid JSON"),
    (b"payload=%5B1%5D", "application/x-www-form-urlencoded", "payload field is not a JSON object"),
    (b"payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A5%7D", "application/x-www-form-urlencoded",
     "not a list of objects"),
])
def test_signed_but_malformed_bodies_are_400(slack: Slack, body: bytes, content_type: str, words: str) -> None:
    before = len(slack.stub.calls)
    _assert_refused(_raw(slack, body, _signed(body, content_type)), 400, words)
    assert len(slack.stub.calls) == before  # no listener ran, no call to Slack


def test_an_oversized_body_is_400_without_being_read_whole(slack: Slack) -> None:
    from bot.http import MAX_BODY

    body = b'{"type": "event_callback", "event": {"type": "message", "text": "' + b"x" * MAX_BODY + b'"}}'
    _assert_refused(_raw(slack, body, _signed(body)), 400, "larger than")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds on the stream itself
        yield b'{"type": "event_callback", "event": {"type": "message", "text": "'
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"y" * 65536
        yield b'"}}'

    streamed = slack.http.post(f"{slack.base}/slack/events", content=chunks(), headers=_signed(b"whatever"))
    _assert_refused(streamed, 400, "larger than")


def test_an_unhandled_kind_of_request_is_a_json_404(slack: Slack) -> None:
    body = event_body({"type": "reaction_added", "user": ASKER, "item": {"type": "message"}}, new_id("Ev")).encode()
    resp = _raw(slack, body, _signed(body))
    assert resp.status_code == 404 and resp.json()["error"] == "not_found"


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["type", "event", "user", "team", "channel", "authorizations", "actions", "view", "text",
                         "ts", "event_id", "command", "container", "message", "enterprise", "callback_id", "id",
                         "payload", "challenge", "thread_ts", "value", "action_id", "trigger_id"])
        | st.text(max_size=8),
        inner, max_size=5),
    max_leaves=12,
)
_KINDS = st.sampled_from(["event_callback", "url_verification", "block_actions", "view_submission", "view_closed",
                          "shortcut", "app_rate_limited", "???"])


@examples(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(st.sampled_from(["event", "team", "user", "authorizations", "channel", "actions",
                                             "view", "event_id", "team_id", "api_app_id", "challenge"]),
                            _JSONISH, max_size=6),
       kind=_KINDS, as_form=st.booleans())
@example(data={"event": None}, kind="block_actions", as_form=False)  # Bolt's self-event check threw on a null event
@example(data={"actions": None}, kind="block_actions", as_form=True)  # Bolt routes a button by body["actions"][0]
@example(data={"actions": []}, kind="block_actions", as_form=True)
@example(data={"actions": [{}]}, kind="block_actions", as_form=False)  # Bolt matches a listener by action["action_id"]
def test_no_signed_body_of_any_shape_is_a_server_error(slack: Slack, data: dict[str, Any], kind: str,
                                                       as_form: bool) -> None:
    """Genuine signatures over bodies of random shape: every answer is 2xx or a JSON 4xx, never a 5xx."""
    if isinstance(data.get("event"), dict):
        data["event"].setdefault("channel", new_channel())  # never a thread of an earlier example's channel
    payload = {"type": kind, **data}
    if as_form:
        body, content_type = urlencode({"payload": json.dumps(payload)}).encode(), "application/x-www-form-urlencoded"
    else:
        body, content_type = json.dumps(payload).encode(), "application/json"
    resp = _raw(slack, body, _signed(body, content_type))
    assert resp.status_code < 500, (resp.status_code, resp.text, payload)
    if resp.status_code >= 400:
        assert resp.json()["error"] in {"bad_request", "unauthorised", "not_found"}


# ---------------------------------------------------------------------------------------------- mentions


def test_mention_is_answered_once_in_its_thread_even_when_slack_retries(slack: Slack,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="minutebook.bot")
    channel, event_id = new_channel(), new_id("Ev")
    event = mention(slack.stub, channel, CHAIR_Q)

    first = slack.event(event, event_id=event_id)
    assert first.status_code == 200
    early_retry = slack.event(event, event_id=event_id, retry=1)  # Slack retrying while the answer is written
    assert early_retry.status_code == 200

    posted = slack.stub.wait_for("chat.postMessage", in_channel(channel))
    late_retry = slack.event(event, event_id=event_id, retry=2)
    assert late_retry.status_code == 200

    # A barrier: a later, different event in another channel is answered; by then any duplicate would be too.
    other = new_channel()
    slack.event(mention(slack.stub, other, CHAIR_Q))
    slack.stub.wait_for("chat.postMessage", in_channel(other))

    posted = slack.stub.received("chat.postMessage", in_channel(channel))
    assert len(posted) == 1
    reply = posted[0].body
    assert reply["thread_ts"] == event["ts"]
    shown = posted[0].text()
    assert "Cusworth" in shown  # the chair, in the answer
    assert "Improving Lives Select Commission · 28 Jul 2020" in shown  # the meeting, in a citation line
    # the attendance record is cited at the meeting's page (an item of that name does not exist)
    assert "https://minutes.example/meetings/improving-lives-select-commission/2020-07-28#attendance" in shown
    assert {blocks.HELPFUL, blocks.NOT_HELPFUL} <= {e.get("action_id") for b in reply["blocks"]
                                                    for e in b.get("elements", [])}
    dropped = [r for r in caplog.records if "dropping repeated Slack event" in r.getMessage()]
    assert len(dropped) == 2 and all(event_id in r.getMessage() for r in dropped)


def test_thread_follow_up_uses_the_earlier_question_as_context(slack: Slack) -> None:
    channel = new_channel()
    first = mention(slack.stub, channel, CHAIR_Q)
    slack.event(first)
    slack.stub.wait_for("chat.postMessage", in_channel(channel))

    follow = message(slack.stub, channel, "And who sent apologies?", thread_ts=first["ts"])
    assert slack.event(follow).status_code == 200
    replies = slack.stub.wait_for("chat.postMessage", in_channel(channel), count=2)
    second = replies[1]
    assert second.body["thread_ts"] == first["ts"]
    # "who sent apologies?" alone finds another meeting; with the thread's question it is 28 July 2020.
    assert "Buckley" in second.text() and "28 Jul 2020" in second.text()


def test_thread_follow_up_after_a_restart_reads_the_thread_back(slack: Slack) -> None:
    """A fresh Bolt app (no memory) learns the thread from conversations.replies."""
    mb = slack.app.state.minutebook.public()
    fresh = build_app(slack.settings, lambda: mb)
    channel = new_channel()
    parent = slack.stub.add_message(channel, f"<@{BOT_USER}> {CHAIR_Q}")
    slack.stub.add_message(channel, "Councillor Cusworth chaired it.", user=BOT_USER, bot_id="BBOT000001",
                           thread_ts=parent["ts"])
    follow = message(slack.stub, channel, "And who sent apologies?", thread_ts=parent["ts"])
    from slack_bolt import BoltRequest

    body = event_body(follow, new_id("Ev"))
    ts = str(int(time.time()))
    resp = fresh.dispatch(BoltRequest(body=body, headers={"x-slack-request-timestamp": ts,
                                                          "x-slack-signature": sign(body, ts),
                                                          "content-type": "application/json"}))
    assert resp.status == 200
    reply = slack.stub.wait_for("chat.postMessage", in_channel(channel))[0]
    assert slack.stub.received("conversations.replies", in_channel(channel))
    assert reply.body["thread_ts"] == parent["ts"]
    assert "Buckley" in reply.text() and "28 Jul 2020" in reply.text()


def test_chatter_in_a_thread_the_bot_is_not_in_is_ignored(slack: Slack) -> None:
    channel = new_channel()
    parent = slack.stub.add_message(channel, "Lunch at one?")
    slack.event(message(slack.stub, channel, "Yes, see you there", thread_ts=parent["ts"]))
    slack.stub.wait_for("conversations.replies", in_channel(channel))
    # A barrier event in the same channel's other thread, then: nothing was posted for the chatter.
    barrier = mention(slack.stub, channel, CHAIR_Q)
    slack.event(barrier)
    posted = slack.stub.wait_for("chat.postMessage", in_channel(channel))
    assert [c.body["thread_ts"] for c in posted] == [barrier["ts"]]


def test_direct_message_is_answered_in_its_thread(slack: Slack) -> None:
    dm = new_id("D")
    event = message(slack.stub, dm, CHAIR_Q, channel_type="im")
    assert slack.event(event).status_code == 200
    reply = slack.stub.wait_for("chat.postMessage", in_channel(dm))[0]
    assert reply.body["thread_ts"] == event["ts"]
    assert "Cusworth" in reply.text()


def test_channel_answers_never_include_exempt_material(slack: Slack) -> None:
    mb = slack.app.state.minutebook
    private = mb.ask(EXEMPT_Q)  # the deployment is entitled: the API itself would answer from minute 58
    assert any(w in private.answer for w in EXEMPT_WORDS), "the trap is not set: the test would prove nothing"

    channel = new_channel()
    event = mention(slack.stub, channel, EXEMPT_Q)
    slack.event(event)
    reply = slack.stub.wait_for("chat.postMessage", in_channel(channel))[0]
    follow = message(slack.stub, channel, "Who won the contract award in minute 58?", thread_ts=event["ts"])
    slack.event(follow)
    slack.stub.wait_for("chat.postMessage", in_channel(channel), count=2)
    slack.command(EXEMPT_Q, channel)
    slack.stub.wait_for("chat.postEphemeral", in_channel(channel))

    said = " ".join(c.text() for c in slack.stub.calls if c.body.get("channel") == channel)
    assert reply.body["thread_ts"] == event["ts"]
    for word in (*EXEMPT_WORDS, "/2023-03-23/58"):
        assert word not in said


# ---------------------------------------------------------------------------------------------- slash command


def test_slash_command_acks_at_once_and_answers_ephemerally_then_shares(slack: Slack) -> None:
    channel = new_channel()
    started = time.perf_counter()
    resp = slack.command(CHAIR_Q, channel)
    elapsed = time.perf_counter() - started
    print(f"\nslash command ack: {elapsed * 1000:.1f} ms")
    assert resp.status_code == 200
    assert elapsed < 3.0
    assert "Looking in the papers" in resp.text

    eph = slack.stub.wait_for("chat.postEphemeral", in_channel(channel))[0]
    assert eph.body["user"] == ASKER
    assert "Cusworth" in eph.text() and "Improving Lives Select Commission · 28 Jul 2020" in eph.text()
    assert not slack.stub.received("chat.postMessage", in_channel(channel))  # nothing public yet

    share = block_action(blocks.SHARE, button(eph, blocks.SHARE), channel, slack.stub, ephemeral=True)
    assert slack.interact(share).status_code == 200
    shared = slack.stub.wait_for("chat.postMessage", in_channel(channel))[0]
    assert "Cusworth" in shared.text() and f"<@{ASKER}> asked" in shared.text()
    assert "thread_ts" not in shared.body
    assert blocks.SHARE not in shared.text()  # the shared copy has feedback buttons, not another share button
    gone = slack.stub.wait_for("response_url", lambda c: c.path.startswith(f"/response/{channel}/"))
    assert gone[0].body.get("delete_original") is True


def test_slash_commands_ack_at_once_while_many_answers_are_being_written(slack: Slack) -> None:
    """Twelve questions at once: every ack still comes back well inside Slack's 3 s; every answer arrives."""
    channel = new_channel()
    questions = [f"{CHAIR_Q} ({n})" for n in range(12)]
    acks: list[float] = []

    def send(q: str) -> None:
        started = time.perf_counter()
        resp = slack.command(q, channel)
        acks.append(time.perf_counter() - started)
        assert resp.status_code == 200

    senders = [threading.Thread(target=send, args=(q,)) for q in questions]
    for t in senders:
        t.start()
    for t in senders:
        t.join()
    print(f"\n12 concurrent slash commands: slowest ack {max(acks) * 1000:.1f} ms")
    assert len(acks) == 12 and max(acks) < 3.0
    slack.stub.wait_for("chat.postEphemeral", in_channel(channel), count=12)


def test_slash_command_falls_back_to_response_url_where_the_bot_is_not_a_member(slack: Slack) -> None:
    channel = new_channel()
    slack.stub.errors["chat.postEphemeral"] = "channel_not_found"
    try:
        slack.command(CHAIR_Q, channel)
        slack.stub.wait_for("chat.postEphemeral", in_channel(channel))
        via_url = slack.stub.wait_for("response_url", lambda c: c.path == f"/response/{channel}")[0]
    finally:
        del slack.stub.errors["chat.postEphemeral"]
    assert via_url.body.get("response_type") == "ephemeral" and "Cusworth" in via_url.text()


def test_actions_command_lists_outstanding_follow_ups_oldest_due_first(slack: Slack) -> None:
    channel = new_channel()
    resp = slack.command("actions", channel)
    assert resp.status_code == 200
    eph = slack.stub.wait_for("chat.postEphemeral", in_channel(channel))[0]
    mb = slack.app.state.minutebook.public()  # what the bot is given
    todo = blocks.open_actions(mb.actions())
    assert todo, "the register has no outstanding follow-ups to list"
    text = eph.text()
    assert f"{len(todo)} outstanding follow-up" in text
    sections = [b["text"]["text"] for b in eph.body["blocks"] if b["type"] == "section"][1:]
    assert len(sections) == min(len(todo), blocks.MESSAGE_MAX_ACTIONS)
    assert all(("*Overdue*" in s) != ("*Outstanding*" in s) for s in sections)
    dues = [dt.datetime.strptime(m.group(1), "%d %b %Y").date()
            for m in (re.search(r"due (\d{1,2} \w{3} \d{4})", s) for s in sections) if m]
    assert dues and dues == sorted(dues)  # oldest due first
    assert len(dues) == sum(a.due is not None for a in todo[: len(sections)])

    slack.command("actions children", channel)
    narrowed = slack.stub.wait_for("chat.postEphemeral", in_channel(channel), count=2)[1]
    assert "Scrutiny Panel" in narrowed.text() and "Improving Lives" not in narrowed.text()

    slack.command("actions no such committee", channel)
    unknown = slack.stub.wait_for("chat.postEphemeral", in_channel(channel), count=3)[2]
    assert "No committee matches" in unknown.text()


def test_help_is_the_ack_itself(slack: Slack) -> None:
    resp = slack.command("", new_channel())
    assert resp.status_code == 200 and "/minutebook actions" in resp.text


# ---------------------------------------------------------------------------------------------- home, feedback


def test_app_home_lists_outstanding_follow_ups(slack: Slack) -> None:
    user = new_id("U")
    slack.event({"type": "app_home_opened", "user": user, "channel": new_id("D"), "tab": "home",
                 "event_ts": slack.stub.next_ts()})
    published = slack.stub.wait_for("views.publish", lambda c: c.body.get("user_id") == user)[0]
    view = published.body["view"]
    assert view["type"] == "home"
    assert "Outstanding follow-ups" in published.text() and "outstanding follow-up" in published.text()
    assert len(view["blocks"]) <= 100


def test_feedback_buttons_store_feedback(slack: Slack) -> None:
    channel = new_channel()
    slack.event(mention(slack.stub, channel, CHAIR_Q))
    answer = slack.stub.wait_for("chat.postMessage", in_channel(channel))[0]
    before = len(slack.feedback())

    helpful = block_action(blocks.HELPFUL, button(answer, blocks.HELPFUL), channel, slack.stub)
    assert slack.interact(helpful).status_code == 200
    slack.stub.wait_for("response_url", lambda c: c.path.startswith(f"/response/{channel}/"))
    assert slack.interact(helpful).status_code == 200  # a double click: still one verdict (checked below)

    other = "UOTHER0001"
    not_helpful = block_action(blocks.NOT_HELPFUL, button(answer, blocks.NOT_HELPFUL), channel, slack.stub,
                               user=other)
    assert slack.interact(not_helpful).status_code == 200
    modal = slack.stub.wait_for("views.open", lambda c: c.body.get("trigger_id") == not_helpful["trigger_id"])[0]
    view = modal.body["view"]
    assert view["callback_id"] == blocks.FEEDBACK_MODAL
    submission = {
        "type": "view_submission", "team": {"id": TEAM}, "user": {"id": other, "team_id": TEAM},
        "api_app_id": "AMINUTES", "token": "t", "trigger_id": new_id("trig"),
        "view": {**view, "id": "VFEEDBACK1", "team_id": TEAM, "state": {"values": {
            blocks.REASON_BLOCK: {blocks.REASON_SELECT: {"type": "static_select",
                                                         "selected_option": {"value": "incomplete"}}},
            blocks.COMMENT_BLOCK: {blocks.COMMENT_INPUT: {"type": "plain_text_input",
                                                          "value": "It leaves out who was in attendance"}},
        }}},
    }
    resp = slack.interact(submission)
    assert resp.status_code == 200
    rows = _wait_feedback(slack, before + 2)

    mine = rows[before:]
    assert len(mine) == 2, mine  # the double click did not add a row
    assert [r["helpful"] for r in mine] == [True, False]
    assert mine[0]["user"] == ASKER and mine[0]["channel"] == channel and mine[0]["reason"] is None
    assert mine[1]["user"] == other and mine[1]["channel"] == channel
    assert mine[1]["reason"] == "Something is missing: It leaves out who was in attendance"
    assert all(r["question"] == CHAIR_Q and "Cusworth" in r["answer"] for r in mine)
    assert all(c["meeting_date"] == "2020-07-28" for c in mine[0]["citations"])


def _wait_feedback(slack: Slack, count: int, timeout: float = 60) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        rows = slack.feedback()
        if len(rows) >= count:
            return rows
        if time.monotonic() > deadline:
            raise AssertionError(f"{count} feedback rows not stored within {timeout} s: {len(rows)}")
        time.sleep(0.05)


# ---------------------------------------------------------------------------------------------- pure parts


def _citation(n: int, minute: str | None, resolution: str | None = None) -> Citation:
    return Citation(n=n, committee="Improving Lives Select Commission", meeting_date=dt.date(2023, 12, 5),
                    minute=minute, resolution=resolution, item_title="Attendance & apologies", document="x.md",
                    url=f"https://minutes.example/items/{minute}")


def test_citation_lines_and_not_found() -> None:
    answer = Answer(answer="It was noted [1][2]. Also <this> [3].", found=True,
                    citations=[_citation(1, "138", "2"), _citation(2, "138", "2"), _citation(3, None)])
    lines = blocks.citation_lines(answer.citations)
    assert lines[0] == ("[1][2] <https://minutes.example/items/138|Minute 138(2) · Improving Lives Select "
                        "Commission · 5 Dec 2023>")
    assert lines[1].startswith("[3] <https://minutes.example/items/None|Attendance &amp; apologies · ")
    shown = json.dumps(blocks.answer_blocks("q", answer, key="k"))
    assert "&lt;this&gt;" in shown
    missing = blocks.answer_blocks("q", Answer(answer="", found=False), key="k", shareable=True)
    assert missing[0]["text"]["text"] == NOT_FOUND == "I could not find this in the papers."
    assert [e["action_id"] for e in missing[-1]["elements"]] == [blocks.SHARE, blocks.HELPFUL, blocks.NOT_HELPFUL]
    assert len(blocks.button_value("k" * 32, '"' * 1000)) <= 2000


def test_parse_command_and_plain_text() -> None:
    assert parse_command("").kind == "help"
    assert parse_command("  actions  Improving   Lives ").arg == "Improving Lives"
    assert parse_command("actions").arg is None
    assert parse_command("What was resolved?").kind == "ask"
    assert blocks.plain("<@U123> what about <https://x.example|this> &amp; that?") == "what about this & that?"


def test_overdue_is_shown_for_past_due_outstanding_actions() -> None:
    action = Action(id="a", committee="C", meeting_date=dt.date(2020, 1, 1), minute="5", item_title="T",
                    text="That a report be submitted.", due=dt.date(2020, 6, 1))
    assert blocks.shown_status(action, dt.date(2020, 7, 1)) == ActionStatus.OVERDUE
    assert blocks.shown_status(action, dt.date(2020, 5, 1)) == ActionStatus.OUTSTANDING
    shown = blocks.actions_blocks([action], today=dt.date(2020, 7, 1), public_url="https://m.example")
    assert "*Overdue*" in json.dumps(shown) and "https://m.example/items/c/2020-01-01/5" in json.dumps(shown)


def test_event_ledger_is_shared_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "slack-events.sqlite3"
    one, two = EventLedger(path), EventLedger(path)
    assert one.claim("Ev1") and not two.claim("Ev1") and not one.claim("Ev1") and two.claim("Ev2")
    memory = EventLedger(None)
    assert memory.claim("Ev1") and not memory.claim("Ev1")
    one.close()
    two.close()


# ---------------------------------------------------------------------------------------------- Socket Mode


def test_socket_mode_requests_take_the_same_path_and_retries_are_dropped(slack: Slack) -> None:
    """Socket Mode's adapter (no signature: the WebSocket is authenticated) into the same listeners."""
    from slack_bolt.adapter.socket_mode.internals import run_bolt_app
    from slack_sdk.socket_mode.request import SocketModeRequest

    mb = slack.app.state.minutebook.public()
    app = build_app(slack.settings, lambda: mb)
    channel, event_id = new_channel(), new_id("Ev")
    payload = json.loads(event_body(mention(slack.stub, channel, CHAIR_Q), event_id))
    first = run_bolt_app(app, SocketModeRequest(type="events_api", envelope_id=new_id("env"), payload=payload))
    retry = run_bolt_app(app, SocketModeRequest(type="events_api", envelope_id=new_id("env"), payload=payload,
                                                retry_attempt=1, retry_reason="timeout"))
    assert first.status == 200 and retry.status == 200
    reply = slack.stub.wait_for("chat.postMessage", in_channel(channel))[0]
    assert reply.body["thread_ts"] == payload["event"]["ts"] and "Cusworth" in reply.text()
    other = new_channel()  # a barrier, as in the HTTP test
    run_bolt_app(app, SocketModeRequest(type="events_api", envelope_id=new_id("env"),
                                        payload=json.loads(event_body(mention(slack.stub, other, CHAIR_Q),
                                                                      new_id("Ev")))))
    slack.stub.wait_for("chat.postMessage", in_channel(other))
    assert len(slack.stub.received("chat.postMessage", in_channel(channel))) == 1


def test_minutebook_slack_without_app_token_exits_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MINUTEBOOK_SLACK_"))}
    env["SLACK_BOT_TOKEN"] = "xoxb-test-token"
    result = subprocess.run([sys.executable, "-m", "entry.cli", "slack", "--store", str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert result.returncode == 2, result.stderr
    assert "SLACK_APP_TOKEN is not set" in result.stderr
    assert not any(tmp_path.iterdir())  # nothing was opened or created


def test_manifest_matches_the_listeners() -> None:
    import yaml

    manifest = yaml.safe_load((REPO / "bot" / "manifest.yaml").read_text())
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/minutebook"]
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_mention", "message.im", "message.channels", "app_home_opened"} <= events
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history", "channels:history"} <= scopes
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
