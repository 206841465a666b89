"""The bot's one code path: :func:`register_listeners` puts every listener on a Bolt ``App``.

HTTP mode (``bot.http``) and Socket Mode (``entry.socket``) both build their app with :func:`build_app`, so the
same listeners answer in either. Every listener acknowledges at once; the work (asking the papers, posting)
runs in Bolt lazy listeners on worker threads. The minute book the bot is given is the public one
(``Minutebook.public()``, chosen by the composition root): a Slack workspace is never treated as entitled to
exempt (Part 2) business, and the bot has no say in it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot import blocks
from bot.state import AnswerCache, AnswerRecord, EventLedger, ThreadMemory
from minutebook.errors import MinutebookError
from minutebook.settings import Settings
from service.schemas import Answer

if TYPE_CHECKING:
    from service.core import Minutebook

log = logging.getLogger("minutebook.bot")

COMMAND = "/minutebook"
CONTEXT_QUESTIONS = 4  # earlier questions of a thread passed to ask()
STARTING = "minutebook is still opening the papers. Try again in a minute."
FAILED = "Sorry, something went wrong looking that up. The error has been logged."

MinutebookGetter = Callable[[], "Minutebook | None"]


def web_client(settings: Settings) -> WebClient:
    """The Web API client: the bot token from the environment, ``slack_api_url`` when set (tests, proxies)."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    kwargs: dict[str, Any] = {}
    if settings.slack_api_url:
        kwargs["base_url"] = settings.slack_api_url.rstrip("/") + "/"
    client = WebClient(token=token, timeout=15, **kwargs)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    return client


def build_app(settings: Settings, minutebook: MinutebookGetter) -> App:
    """A Bolt app with every listener registered. Makes no network call: Slack need not be reachable yet.

    The bot user's id (to ignore its own messages) comes from ``auth.test`` on the first event, not at start.
    """
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    app = App(
        name="minutebook",
        client=web_client(settings),
        signing_secret=secret,
        token_verification_enabled=False,
        # Ack functions and lazy listeners share this pool: sized so slow answers never delay an ack.
        listener_executor=ThreadPoolExecutor(max_workers=32, thread_name_prefix="minutebook-slack"),
        logger=logging.getLogger("minutebook.bot.bolt"),
    )
    register_listeners(app, minutebook, settings)
    return app


def register_listeners(
    app: App,
    minutebook: MinutebookGetter,
    settings: Settings,
    *,
    ledger: EventLedger | None = None,
) -> None:
    """Register the retry filter and every listener of the bot on ``app``: the one code path of both modes."""
    if ledger is None:
        store = settings.store
        ledger = EventLedger(store / "slack-events.sqlite3" if store.is_dir() else None)
    bot = _Bot(settings, minutebook, ledger)

    app.use(bot.drop_retried_events)
    app.command(COMMAND)(ack=bot.ack_command, lazy=[bot.answer_command])
    app.event("app_mention")(ack=_ack, lazy=[bot.answer_mention])
    app.event("message")(ack=_ack, lazy=[bot.answer_message])
    app.event("app_home_opened")(ack=_ack, lazy=[bot.publish_home])
    app.action(blocks.SHARE)(ack=_ack, lazy=[bot.share])
    app.action(blocks.HELPFUL)(ack=_ack, lazy=[bot.rate_helpful])
    app.action(blocks.NOT_HELPFUL)(ack=_ack, lazy=[bot.ask_reason])
    app.view_submission(blocks.FEEDBACK_MODAL)(ack=_ack, lazy=[bot.reason_given])
    app.view_closed(blocks.FEEDBACK_MODAL)(ack=_ack, lazy=[bot.reason_skipped])


def _ack(ack: Callable[..., Any]) -> None:
    ack()


@dataclass
class Command:
    """What ``/minutebook <text>`` asks for."""

    kind: str  # "help", "actions" or "ask"
    arg: str | None = None


def parse_command(text: str | None) -> Command:
    """``actions [committee]``, ``help`` or empty, or else a question."""
    words = " ".join((text or "").split())
    head, _, rest = words.partition(" ")
    if not words or head.lower() in {"help", "?"}:
        return Command("help")
    if head.lower() in {"actions", "action", "follow-ups", "followups"}:
        return Command("actions", rest or None)
    return Command("ask", words)


class _Bot:
    """The listeners, sharing the getter of the opened minute book and the bot's memory."""

    def __init__(self, settings: Settings, minutebook: MinutebookGetter, ledger: EventLedger) -> None:
        self.settings = settings
        self._minutebook = minutebook
        self.ledger = ledger
        self.answers = AnswerCache()
        self.threads = ThreadMemory()
        self._asking = threading.BoundedSemaphore(4)  # answers are CPU-bound: a few at a time

    # ------------------------------------------------------------------ retries

    def drop_retried_events(self, req: BoltRequest, next: Callable[[], BoltResponse]) -> BoltResponse:
        """Acknowledge, and do nothing else for, an event already taken on (Slack's retries carry its event_id).

        Runs after Bolt's signature check, so a forged request cannot claim an id.
        """
        event_id = req.body.get("event_id") if req.body.get("type") == "event_callback" else None
        if event_id and not self.ledger.claim(str(event_id)):
            retry = (req.headers.get("x-slack-retry-num") or ["?"])[0]
            log.info("dropping repeated Slack event %s (retry %s)", event_id, retry)
            return BoltResponse(status=200, body="")
        return next()

    # ------------------------------------------------------------------ asking

    def minutebook(self) -> Minutebook | None:
        return self._minutebook()

    def ask(self, question: str, context: Sequence[str] = ()) -> Answer | str:
        """An answer, or a message saying why there is none."""
        mb = self.minutebook()
        if mb is None:
            return STARTING
        try:
            with self._asking:
                return mb.ask(question, context=list(context)[-CONTEXT_QUESTIONS:])
        except MinutebookError as e:
            return f"I could not ask that: {e}"

    def _post_answer(self, client: WebClient, channel: str, thread_ts: str, question: str,
                     context: Sequence[str]) -> None:
        result = self.ask(question, context)
        if isinstance(result, str):
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=result,
                                    blocks=blocks.notice_blocks(blocks.escape(result)))
            return
        key = self.answers.put(question, result)
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=blocks.answer_text(result),
                                blocks=blocks.answer_blocks(question, result, key=key),
                                unfurl_links=False, unfurl_media=False)
        self.threads.add(channel, thread_ts, question)

    def _record(self, key: str, question: str) -> AnswerRecord | str:
        """The answer behind a button; asked again if it has left the cache."""
        record = self.answers.get(key)
        if record is not None:
            return record
        result = self.ask(question)
        if isinstance(result, str):
            return result
        record = AnswerRecord(question, result)
        self.answers.remember(key, record)
        return record

    # ------------------------------------------------------------------ slash command

    def ack_command(self, ack: Callable[..., Any], command: dict[str, Any]) -> None:
        cmd = parse_command(command.get("text"))
        if cmd.kind == "help":
            ack(text=blocks.HELP, blocks=blocks.notice_blocks(blocks.HELP))
        elif cmd.kind == "ask":
            ack(text=f"Looking in the papers for: {blocks.escape(cmd.arg or '')}")
        else:
            ack()

    def answer_command(self, command: dict[str, Any], client: WebClient, respond: Callable[..., Any]) -> None:
        cmd = parse_command(command.get("text"))
        if cmd.kind == "help":
            return
        channel, user = command["channel_id"], command["user_id"]
        try:
            if cmd.kind == "actions":
                text, body = self._actions_message(cmd.arg)
            else:
                result = self.ask(cmd.arg or "")
                if isinstance(result, str):
                    text, body = result, blocks.notice_blocks(blocks.escape(result))
                else:
                    key = self.answers.put(cmd.arg or "", result)
                    text = blocks.answer_text(result)
                    body = blocks.answer_blocks(cmd.arg or "", result, key=key, shareable=True)
        except Exception:
            log.exception("slash command failed")
            text, body = FAILED, blocks.notice_blocks(FAILED)
        try:
            client.chat_postEphemeral(channel=channel, user=user, text=text, blocks=body)
        except SlackApiError as e:  # e.g. a DM or a channel the bot is not in: the command's response_url works
            log.info("chat.postEphemeral failed (%s); responding through response_url", e.response.get("error"))
            respond(text=text, blocks=body, response_type="ephemeral")

    def _actions_message(self, committee: str | None) -> tuple[str, list[blocks.Block]]:
        mb = self.minutebook()
        if mb is None:
            return STARTING, blocks.notice_blocks(STARTING)
        if committee:
            found = _match_committee(committee, mb.committees())
            if found is None:
                known = ", ".join(mb.committees()) or "none yet"
                msg = f"No committee matches “{committee}”. Known: {known}."
                return msg, blocks.notice_blocks(blocks.escape(msg))
            committee = found
        actions = mb.actions(committee=committee)
        body = blocks.actions_blocks(actions, today=dt.date.today(), public_url=self.settings.public_url,
                                     committee=committee)
        return blocks.actions_text(actions, committee), body

    # ------------------------------------------------------------------ mentions, threads, DMs

    def answer_mention(self, event: dict[str, Any], context: dict[str, Any], client: WebClient) -> None:
        channel, ts = event["channel"], event["ts"]
        thread_ts = event.get("thread_ts") or ts
        question = blocks.plain(event.get("text", ""))
        if not question:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=blocks.HELP,
                                    blocks=blocks.notice_blocks(blocks.HELP))
            return
        earlier: list[str] = []
        if event.get("thread_ts") and event["thread_ts"] != ts:
            earlier = self._thread_questions(client, context, channel, event["thread_ts"], ts, need_ours=False) or []
        self._guarded(client, channel, thread_ts, lambda: self._post_answer(client, channel, thread_ts, question,
                                                                             earlier))

    def answer_message(self, event: dict[str, Any], context: dict[str, Any], client: WebClient) -> None:
        """A direct message, or a further message in a channel thread the bot answered in."""
        if event.get("subtype") or event.get("bot_id") or not event.get("user"):
            return  # edits, joins, bots (this one included)
        bot_user = context.get("bot_user_id")
        if bot_user and event["user"] == bot_user:
            return
        channel, ts, text = event["channel"], event["ts"], event.get("text", "")
        thread_ts = event.get("thread_ts")
        is_dm = event.get("channel_type") == "im"
        if not is_dm and (not thread_ts or (bot_user and f"<@{bot_user}" in text)):
            return  # plain channel chatter, or a mention (answered by app_mention)
        question = blocks.plain(text)
        if not question:
            return
        earlier: list[str] = []
        if thread_ts and thread_ts != ts:
            found = self._thread_questions(client, context, channel, thread_ts, ts, need_ours=not is_dm)
            if found is None:
                return  # a thread the bot takes no part in
            earlier = found
        reply_to = thread_ts or ts
        self._guarded(client, channel, reply_to, lambda: self._post_answer(client, channel, reply_to, question,
                                                                            earlier))

    def _thread_questions(self, client: WebClient, context: dict[str, Any], channel: str, thread_ts: str,
                          before_ts: str, *, need_ours: bool) -> list[str] | None:
        """Earlier questions of a thread; None when ``need_ours`` and the bot has not answered in it."""
        known = self.threads.questions(channel, thread_ts)
        if known is not None:
            return known
        if need_ours and self.threads.known_not_ours(channel, thread_ts):
            return None
        try:
            messages = client.conversations_replies(channel=channel, ts=thread_ts, limit=200).get("messages") or []
        except SlackApiError as e:
            log.info("conversations.replies failed (%s); treating the thread as new", e.response.get("error"))
            return None if need_ours else []
        bot_user, bot_id = context.get("bot_user_id"), context.get("bot_id")

        def by_bot(m: dict[str, Any]) -> bool:
            return bool((bot_user and m.get("user") == bot_user) or (bot_id and m.get("bot_id") == bot_id))

        if need_ours and not any(by_bot(m) for m in messages):
            self.threads.mark_not_ours(channel, thread_ts)
            return None
        questions = [blocks.plain(m.get("text", "")) for m in messages
                     if not by_bot(m) and not m.get("bot_id") and float(m.get("ts", 0)) < float(before_ts)]
        questions = [q for q in questions if q]
        self.threads.adopt(channel, thread_ts, questions)
        return questions

    def _guarded(self, client: WebClient, channel: str, thread_ts: str, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception:
            log.exception("answering in %s failed", channel)
            with contextlib.suppress(SlackApiError):
                client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=FAILED)

    # ------------------------------------------------------------------ App Home

    def publish_home(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        mb = self.minutebook()
        if mb is None:
            view = {"type": "home", "blocks": blocks.notice_blocks(STARTING)}
        else:
            view = blocks.home_view(mb.actions(), today=dt.date.today(), public_url=self.settings.public_url)
        client.views_publish(user_id=event["user"], view=view)

    # ------------------------------------------------------------------ buttons

    def share(self, body: dict[str, Any], action: dict[str, Any], client: WebClient,
              respond: Callable[..., Any]) -> None:
        """Post an ephemeral answer in the channel for everyone, then take the ephemeral copy away."""
        value, user, channel = json.loads(action["value"]), body["user"]["id"], _channel(body)
        record = self._record(value["k"], value["q"])
        if isinstance(record, str):
            respond(text=record, response_type="ephemeral", replace_original=False)
            return
        text = blocks.answer_text(record.answer)
        shared = blocks.answer_blocks(record.question, record.answer, key=value["k"], shared_by=user)
        try:
            if channel is None:
                raise LookupError("no channel in the payload")
            client.chat_postMessage(channel=channel, text=text, blocks=shared, unfurl_links=False,
                                    unfurl_media=False)
        except (SlackApiError, LookupError) as e:  # not a member of the channel: the response_url can still post
            log.info("chat.postMessage for share failed (%s); responding in channel", e)
            respond(text=text, blocks=shared, response_type="in_channel", replace_original=False)
        try:
            respond(delete_original=True)
        except Exception as e:  # the shared copy is what matters
            log.info("could not remove the ephemeral answer: %s", e)

    def rate_helpful(self, body: dict[str, Any], action: dict[str, Any], respond: Callable[..., Any]) -> None:
        value = json.loads(action["value"])
        if self._feedback(value["k"], value["q"], True, None, body["user"]["id"], _channel(body)):
            _quietly(respond, text="Thanks: recorded as helpful.", response_type="ephemeral", replace_original=False)

    def ask_reason(self, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        """"Not helpful": a modal asks for an optional reason; the verdict is recorded on submit or close."""
        value, user, channel = json.loads(action["value"]), body["user"]["id"], _channel(body)
        meta = {"k": value["k"], "q": value["q"], "c": channel}
        try:
            client.views_open(trigger_id=body["trigger_id"], view=blocks.feedback_modal(meta))
        except (SlackApiError, KeyError) as e:  # the trigger expired: record the verdict without a reason
            log.info("views.open failed (%s); recording feedback without a reason", e)
            self._feedback(value["k"], value["q"], False, None, user, channel)

    def reason_given(self, body: dict[str, Any], view: dict[str, Any]) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        reason = blocks.modal_reason(view.get("state", {}).get("values", {}))
        self._feedback(meta.get("k", ""), meta.get("q", ""), False, reason, body["user"]["id"], meta.get("c"))

    def reason_skipped(self, body: dict[str, Any], view: dict[str, Any]) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        self._feedback(meta.get("k", ""), meta.get("q", ""), False, None, body["user"]["id"], meta.get("c"))

    def _feedback(self, key: str, question: str, helpful: bool, reason: str | None, user: str,
                  channel: str | None) -> bool:
        """Store a verdict (once per user and answer); False when it was not stored."""
        mb = self.minutebook()
        if mb is None or not question:
            return False
        record = self._record(key, question)
        if isinstance(record, str) or not self.answers.first_rating(key, user):
            return False
        mb.record_feedback(record.question, record.answer.answer, helpful, reason=reason, user=user,
                           channel=channel, citations=record.answer.citations)
        return True


def _channel(body: dict[str, Any]) -> str | None:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def _quietly(respond: Callable[..., Any], **kwargs: Any) -> None:
    try:
        respond(**kwargs)
    except Exception as e:
        log.info("response_url reply failed: %s", e)


def _match_committee(name: str, committees: Sequence[str]) -> str | None:
    """The committee called ``name``, in any case; else the only one whose name contains it."""
    want = " ".join(name.split()).lower()
    exact = [c for c in committees if c.lower() == want]
    if exact:
        return exact[0]
    partial = [c for c in committees if want in c.lower()]
    return partial[0] if len(partial) == 1 else None


__all__ = ["COMMAND", "Command", "build_app", "parse_command", "register_listeners", "web_client"]
