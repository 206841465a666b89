"""Block Kit for the bot: pure functions from answers and follow-ups to Slack blocks and views.

Nothing here talks to Slack or to the store. Slack's limits are kept here: a section's text is at most
3,000 characters, a message at most 50 blocks, a Home tab at most 100, a button's value at most 2,000.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

from minutebook.model import Action, ActionStatus, Citation, item_key, meeting_key
from service.schemas import NOT_FOUND, Answer, item_url

Block = dict[str, Any]

# action_id / callback_id values: the listeners match on these.
SHARE = "minutebook_share"
HELPFUL = "minutebook_helpful"
NOT_HELPFUL = "minutebook_not_helpful"
FEEDBACK_MODAL = "minutebook_feedback"
REASON_BLOCK, REASON_SELECT = "reason_block", "reason_select"
COMMENT_BLOCK, COMMENT_INPUT = "comment_block", "comment_input"

REASONS = {
    "wrong": "The answer is wrong",
    "citation": "A citation points to the wrong minute",
    "incomplete": "Something is missing",
    "not_found": "It is in the papers but was not found",
    "other": "Something else",
}

SECTION_MAX = 3000
MESSAGE_MAX_CITATIONS = 10
MESSAGE_MAX_ACTIONS = 40
HOME_MAX_ACTIONS = 90
QUESTION_IN_VALUE_MAX = 1200  # keeps a button's JSON value under Slack's 2,000 characters

HELP = (
    "*Ask the committee papers.*\n"
    "• `/minutebook <question>`: an answer only you can see, with a button to share it in the channel\n"
    "• `/minutebook actions [committee]`: outstanding and overdue follow-ups, oldest due first\n"
    "• mention me in a channel, or send me a direct message: I answer in the thread, and a further "
    "message in that thread carries on the conversation\n"
    "Every answer cites the minute and resolution it comes from. Exempt (Part 2) business is never shown here."
)


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_LINK = re.compile(r"<(?:[^|>]*\|)?([^>]*)>")
_MENTION = re.compile(r"<[@!#][^>]*>")


def plain(text: str) -> str:
    """A user's Slack message as plain words: mentions dropped, links to their labels, entities undone."""
    text = _MENTION.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def day(d: dt.date) -> str:
    """5 Dec 2023."""
    return f"{d.day} {d:%b %Y}"


def _clip(text: str, limit: int = SECTION_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def citation_label(c: Citation) -> str:
    """Minute 138(2) · Improving Lives Select Commission · 5 Dec 2023 (the item's title when it has no number)."""
    return f"{_where(c.minute, c.resolution, c.item_title)} · {c.committee} · {day(c.meeting_date)}"


def _where(minute: str | None, resolution: str | None, title: str) -> str:
    if not minute:
        return title
    return f"Minute {minute}" + (f"({resolution})" if resolution else "")


def citation_line(c: Citation, numbers: Sequence[int] = ()) -> str:
    """A citation as one mrkdwn line, linked to its item page when it has one: ``[1] <url|Minute 83(3) · …>``."""
    label = escape(citation_label(c)).replace("|", "¦")
    marks = "".join(f"[{n}]" for n in (numbers or [c.n]))
    linked = c.url and c.url.startswith(("https://", "http://"))  # a path (no MINUTEBOOK_PUBLIC_URL) leads nowhere
    return f"{marks} <{c.url}|{label}>" if linked else f"{marks} {label}"


def citation_lines(citations: Sequence[Citation]) -> list[str]:
    """One line per place cited, in order of first citation: markers citing the same place share a line."""
    places: dict[tuple[str, str | None], tuple[Citation, list[int]]] = {}
    for c in citations:
        places.setdefault((citation_label(c), c.url), (c, []))[1].append(c.n)
    return [citation_line(c, numbers) for c, numbers in places.values()]


def answer_text(answer: Answer) -> str:
    """The plain-text fallback Slack shows in notifications and to screen readers."""
    return _clip(answer.answer if answer.found else NOT_FOUND, 3000)


def button_value(key: str, question: str, **extra: Any) -> str:
    """What a button carries: the cached answer's key, and the question to ask again if the cache has lost it."""
    limit = QUESTION_IN_VALUE_MAX
    while True:
        value = json.dumps({"k": key, "q": question[:limit], **extra}, ensure_ascii=False)
        if len(value) <= 1900 or limit == 0:
            return value
        limit //= 2


def answer_blocks(
    question: str,
    answer: Answer,
    *,
    key: str,
    shareable: bool = False,
    shared_by: str | None = None,
) -> list[Block]:
    """The answer, then its citations as context lines, then the buttons (share, helpful, not helpful)."""
    blocks: list[Block] = []
    if shared_by:
        blocks.append(_context(f"<@{shared_by}> asked: _{escape(_clip(question, 2000))}_"))
    if answer.found:
        blocks.append(_section(escape(answer.answer)))
        if answer.status is not None:
            blocks.append(_context(f"Status: *{answer.status.value}*"))
        lines = citation_lines(answer.citations)
        blocks.extend(_context(line) for line in lines[:MESSAGE_MAX_CITATIONS])
        if len(lines) > MESSAGE_MAX_CITATIONS:
            blocks.append(_context(f"and {len(lines) - MESSAGE_MAX_CITATIONS} more places in the papers"))
    else:
        blocks.append(_section(NOT_FOUND))
    value = button_value(key, question)
    buttons: list[Block] = []
    if shareable:
        buttons.append(_button("Share in channel", SHARE, value, style="primary"))
    buttons.append(_button("Helpful", HELPFUL, value))
    buttons.append(_button("Not helpful", NOT_HELPFUL, value))
    blocks.append({"type": "actions", "block_id": "minutebook_answer_actions", "elements": buttons})
    return blocks


def notice_blocks(text: str) -> list[Block]:
    """A one-section message: help, errors, "the store is starting"."""
    return [_section(text)]


# ---------------------------------------------------------------------------------------------- follow-ups


def shown_status(action: Action, today: dt.date) -> ActionStatus:
    """The register's status, except that an outstanding action whose due date has passed is shown overdue."""
    if action.status == ActionStatus.OUTSTANDING and action.due is not None and action.due < today:
        return ActionStatus.OVERDUE
    return action.status


def open_actions(actions: Sequence[Action]) -> list[Action]:
    """Outstanding and overdue follow-ups, in the register's order (oldest due first)."""
    return [a for a in actions if a.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)]


def action_url(public_url: str, action: Action) -> str:
    """The service's page for the minute the action arises from, at its resolution."""
    url = item_url(public_url, item_key(meeting_key(action.committee, action.meeting_date), action.minute,
                                        action.item_title))
    return f"{url}#r{action.resolution}" if action.resolution else url


def action_block(action: Action, today: dt.date, public_url: str | None) -> Block:
    status = shown_status(action, today)
    due = f"due {day(action.due)}" if action.due else "no due date"
    flag = ":red_circle: *Overdue*" if status == ActionStatus.OVERDUE else ":large_yellow_circle: *Outstanding*"
    where = _where(action.minute, action.resolution, action.item_title)
    label = escape(f"{where} · {action.committee} · {day(action.meeting_date)}").replace("|", "¦")
    owner = f"\nOwner: {escape(action.owner)}" if action.owner else ""
    link = f"<{action_url(public_url, action)}|{label}>" if public_url else label
    text = f"{flag} · {due} · {link}\n{escape(_clip(action.text, 2500))}{owner}"
    return _section(_clip(text))


def actions_blocks(
    actions: Sequence[Action],
    *,
    today: dt.date,
    public_url: str | None,
    committee: str | None = None,
    limit: int = MESSAGE_MAX_ACTIONS,
) -> list[Block]:
    """Outstanding and overdue follow-ups, oldest due first, with a count line; at most ``limit`` of them."""
    todo = open_actions(actions)
    where = f" of the {escape(committee)}" if committee else ""
    if not todo:
        return [_section(f"No outstanding follow-ups{where} in the papers.")]
    overdue = sum(shown_status(a, today) == ActionStatus.OVERDUE for a in todo)
    head = f"*{len(todo)} outstanding follow-up{'s' if len(todo) != 1 else ''}{where}* ({overdue} overdue), " \
           "oldest due first"
    blocks: list[Block] = [_section(head), {"type": "divider"}]
    blocks.extend(action_block(a, today, public_url) for a in todo[:limit])
    if len(todo) > limit:
        blocks.append(_context(f"and {len(todo) - limit} more: `/minutebook actions <committee>` narrows the list"))
    return blocks


def actions_text(actions: Sequence[Action], committee: str | None = None) -> str:
    todo = open_actions(actions)
    return f"{len(todo)} outstanding follow-ups" + (f" of the {committee}" if committee else "")


def home_view(actions: Sequence[Action], *, today: dt.date, public_url: str | None) -> dict[str, Any]:
    """The App Home tab: the outstanding follow-ups of every committee."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Outstanding follow-ups"}},
        _context(f"From the committee papers, as at {day(today)}. Ask me with `/minutebook <question>`."),
    ]
    blocks += actions_blocks(actions, today=today, public_url=public_url, limit=HOME_MAX_ACTIONS)
    return {"type": "home", "blocks": blocks}


# ---------------------------------------------------------------------------------------------- feedback


def feedback_modal(metadata: dict[str, Any]) -> dict[str, Any]:
    """The "Not helpful" modal: an optional reason and comment. ``metadata`` comes back on submit or close."""
    options = [{"text": {"type": "plain_text", "text": label}, "value": value} for value, label in REASONS.items()]
    return {
        "type": "modal",
        "callback_id": FEEDBACK_MODAL,
        "notify_on_close": True,
        "private_metadata": json.dumps(metadata, ensure_ascii=False)[:3000],
        "title": {"type": "plain_text", "text": "Not helpful"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            _section("Thanks: this answer is recorded as not helpful. Saying why (optional) helps us fix it."),
            {"type": "input", "block_id": REASON_BLOCK, "optional": True,
             "label": {"type": "plain_text", "text": "What was wrong?"},
             "element": {"type": "static_select", "action_id": REASON_SELECT, "options": options,
                         "placeholder": {"type": "plain_text", "text": "Choose a reason"}}},
            {"type": "input", "block_id": COMMENT_BLOCK, "optional": True,
             "label": {"type": "plain_text", "text": "Anything else?"},
             "element": {"type": "plain_text_input", "action_id": COMMENT_INPUT, "multiline": True,
                         "max_length": 1000}},
        ],
    }


def modal_reason(state_values: dict[str, Any]) -> str | None:
    """The reason given in the feedback modal ("The answer is wrong: it gives the 2022 date"), or None."""
    chosen = (state_values.get(REASON_BLOCK, {}).get(REASON_SELECT, {}) or {}).get("selected_option") or {}
    comment = ((state_values.get(COMMENT_BLOCK, {}).get(COMMENT_INPUT, {}) or {}).get("value") or "").strip()
    label = REASONS.get(str(chosen.get("value")), "") if chosen else ""
    parts = [p for p in (label, comment) if p]
    return ": ".join(parts) if parts else None


# ---------------------------------------------------------------------------------------------- helpers


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text)}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(text)}]}


def _button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    button: Block = {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": action_id,
                     "value": value}
    if style:
        button["style"] = style
    return button
