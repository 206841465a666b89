"""The minutes of a meeting's private part, asked of a later meeting ("were the exempt minutes from 17 april
confirmed?"): the later meeting confirms them after the press and public are excluded, under an item of their own
("5. EXEMPT MINUTES: Of the meeting held on 17 April 2015 (for confirmation)"), apart from its open minutes (item 3,
"The Committee confirmed the minutes of the meeting held on 17 April 2015"). The open minutes' approval does not
answer it. An audience entitled to exempt business is answered from the item (:mod:`service.minutes_taken_up`); the
public, from what the papers open to them print: the agenda's listing of the item, and that it was taken in private.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from index.nodes import NodeKind
from minutebook.dates import find_dates
from minutebook.vocabulary import OPEN_MINUTES_TOO, PRIVATE_MINUTES
from service.drafting import Draft, not_found, when
from service.papers import Asked, Papers
from service.schemas import Answer

PRIVATE = re.compile(PRIVATE_MINUTES.form, re.I)
OPEN_TOO = re.compile(OPEN_MINUTES_TOO.form, re.I)
# the agenda's listing of them is in the meeting's open papers, whose own words may only name the date
UNPUBLISHED = "That item was taken in private: the papers open to you do not say what was done with those minutes."


def private_listed(papers: Papers, asked: Asked, named: Callable[[dt.date], bool], draft: Draft | None = None
                   ) -> Answer:
    """The agenda's listing of the private minutes of a date ``named`` accepts, with the note that the item was taken
    in private, after what ``draft`` says already (the open minutes' item, asked with them); a refusal where no open
    paper lists them and nothing is said."""
    for h in asked.hits:
        node = h.node
        if node.kind != NodeKind.AGENDA or not PRIVATE.search(node.citation.item_title):
            continue
        meeting = papers.meeting(node.meeting_key, asked.filters.audience)
        agenda = next((a for a in meeting.agenda if a.title == node.citation.item_title), None)
        text = " ".join((agenda.text if agenda is not None else "").split())
        if not any(f.date != meeting.date and named(f.date) for f in find_dates(f"{node.citation.item_title} {text}",
                                                                              meeting.date)):
            continue
        quote = text or node.citation.item_title
        draft = draft or papers.draft()
        draft.say(f"{meeting.committee}, {when(meeting.date)} (agenda: {node.citation.item_title}): {quote}",
                  node.citation.model_copy(update={"quote": quote}))
        draft.say(UNPUBLISHED)
        return draft.done()
    if draft is not None and draft.parts:
        return draft.done()
    return not_found("The papers open to you do not say what was done with those minutes, which are confirmed in "
                     "private.")
