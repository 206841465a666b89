"""Whether a bid to an outside funder succeeded, where the papers record only the bid.

"Did the warm homes bid get the £31m in the end", "did the lottery bid for the play area come through", "was the
heritage bid successful": the outcome is the funder's, decided after the meeting, and minutes that record the bid
being made, submitted or endorsed ("RESOLVED that the Board endorses the bid and authorises the Director to submit
it, and that a progress report be made if the bid is successful") print none. The items the answer quotes must say
how the bid went (successful, awarded, turned down), not only that it was made or what would follow if it succeeds.
Where the meeting is the funder deciding the applications ("RESOLVED that the following applications for assistance
from the Welsh Church Fund be approved"), its resolution is how they went.
"""

from __future__ import annotations

import re

from service.answer_types import item_texts
from service.evidence import sentences
from service.papers import Asked, Papers
from service.schemas import Answer

_BID = r"(?:bids?|submissions?|expressions?\s+of\s+interest|(?:funding|grant|lottery)\s+applications?)"
# how people ask whether it succeeded: "did the bid get the £31m", "did it come through", "was the bid successful"
BID_OUTCOME_ASKED = re.compile(
    rf"\b(?:did|has|have|had)\b[^?]{{0,80}}?\b{_BID}\b[^?]{{0,60}}?\b(?:get|got|win|won|succeed\w*|secure[ds]?|"
    r"land(?:ed)?|come\s+(?:off|through|good)|pay\s+off|paid\s+off|go\s+through|went\s+through)\b"
    # (what the bid was for may come between: "was the parks team's bid to host concerts at the park successful")
    rf"|\b(?:was|were|is|are)\b[^?]{{0,80}}?\b{_BID}\b[^?]{{0,80}}?\b(?:successful|unsuccessful|approved|accepted|"
    r"turned\s+down|rejected|funded)\b",
    re.I,
)
# how minutes say how it went: "the bid had been successful", "£45,000 had been awarded", "was not successful"
_OUTCOME_SAID = re.compile(
    r"\b(?:(?:had\s+been|has\s+been|was|were|been)\s+(?:not\s+)?(?:successful|unsuccessful|awarded|approved|"
    r"accepted|rejected|turned\s+down|declined|allocated|offered|granted|confirmed)|successful|unsuccessful|"
    r"secured|won|grant\s+offer|"
    # the meeting deciding the applications itself, as a fund's grant-making body does: "RESOLVED that the following
    # applications for assistance from the Welsh Church Fund be approved"
    r"(?<=\bapplications)\b[^.;]{0,120}?\bbe\s+(?:approved|granted|refused|declined|rejected)|"
    r"(?<=\bapplication)\b[^.;]{0,120}?\bbe\s+(?:approved|granted|refused|declined|rejected))\b",
    re.I,
)
# what would follow if it succeeds is no outcome: "a report be made if the bid is successful"
_CONDITIONAL = re.compile(r"\b(?:if|should|once|when|whether|subject\s+to|in\s+the\s+event\s+(?:of|that))\b"
                          r"[^.;]{0,40}$", re.I)


def bid_outcome_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """The outcome of a bid asked for, and no sentence of the items quoted says how it went."""
    if route in ("attendance", "declarations", "venue") or not answer.citations \
            or not BID_OUTCOME_ASKED.search(asked.question):
        return None
    for c in answer.citations:
        for text in (c.quote, *item_texts(papers, asked, c)):
            for s in sentences(text):
                if any(not _CONDITIONAL.search(s[:m.start()]) for m in _OUTCOME_SAID.finditer(s)):
                    return None
    return "The papers record the bid, not its outcome."
