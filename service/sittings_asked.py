"""Which sitting of a meeting a question asks about: a meeting adjourned part-way through its business and
reconvened on a later day is minuted as one meeting, the later day's attendance printed under that sitting's heading
("RECONVENED MEETING - THURSDAY 4 NOVEMBER 2027, 10.00 am" over its sederunt and apologies). A question about the later
sitting ("who sent apologies for the reconvened sitting", "who was at the resumed meeting") is answered from that
part of the minutes, not from the record of the first day. Minutes that note the later day in the item it resumed
("The meeting reconvened on Thursday 20 February 2031 at 10.00 am. All members present on 13 February were present,
except Councillor Forsyth, who had submitted apologies.") are read there: the note, and the sentences after it that say
who was there or away."""

from __future__ import annotations

import re

from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import APOLOGY_LABELS, LATER_SITTING_ASKED, RESUMED_SAID, SITTING_HEADINGS, alternation
from service.evidence import sentences

# the later day's heading: "Reconvened meeting", "Resumed sitting", "Meeting reconvened on ..."; not "Adjournment",
# which heads the clerk's account of the first day's end
_LATER_SITTING = re.compile(rf"^\W*{alternation(SITTING_HEADINGS[1:])}\b", re.I)
_ASKED = re.compile(LATER_SITTING_ASKED.form, re.I)


def later_sitting(meeting: Meeting, question: str, *, day_asked: bool = False) -> MinuteItem | None:
    """The part of the meeting's minutes recording its later sitting, where the question asks about that sitting (in
    words, or by its day: ``day_asked``) and the minutes print one; else None."""
    if not day_asked and not _ASKED.search(question):
        return None
    return next((i for i in meeting.items if not i.number and _LATER_SITTING.match(i.title)), None)


# the note in running text that the meeting took up again: "The meeting reconvened on Thursday 20 February 2031", "It
# was reconvened on Monday 27 February 2034"
_RESUMED = re.compile(RESUMED_SAID.form, re.I)
# a sentence saying who was there or away at that sitting: "All members present on 13 February were present, except
# Councillor Forsyth", "Apologies were received from ...", "Councillor Lennox was absent"
_WHO_SAID = re.compile(rf"\b(?:present|absent|absence|attend\w*|{alternation(APOLOGY_LABELS)}|apolog\w*|except)\b",
                       re.I)
# (a sentence opening with it, or a run of marks setting it off where the sentence before ran on into it)
_DIVIDER = re.compile(rf"(?:^|[-–—=*#_~]{{2,}})[-–—=*#_~\s]*(?:{alternation(SITTING_HEADINGS[1:])})\b", re.I)
PROSE_LINES = 3  # sentences read after the note of the sitting's start


def sitting_noted(meeting: Meeting, question: str, *, day_asked: bool = False) -> tuple[MinuteItem, list[str]] | None:
    """Where the question asks about the later sitting (in words, or by its day: ``day_asked``) and the minutes print
    no heading for it: the item noting in its text that the meeting reconvened, and the note with the sentences after
    it that say who was there or away (None where no item notes it, or none says who was there)."""
    if not day_asked and not _ASKED.search(question):
        return None
    for item in meeting.items:
        lines = sentences(" ".join(item.text.split()))
        # (or the later sitting's heading printed as a divider in it: "--- Reconvened meeting, Tuesday 3 April ---")
        start = next((n for n, s in enumerate(lines) if _RESUMED.search(s) or _DIVIDER.search(s)), None)
        if start is None:
            continue
        said = [s for s in lines[start + 1:start + 1 + PROSE_LINES] if _WHO_SAID.search(s)]
        if said:
            # (from the divider, where the sentence before it ran on into it: "... until Tuesday 14 February. ===
            # Resumed meeting ...")
            divider = _DIVIDER.search(lines[start])
            return item, [lines[start][divider.start():] if divider else lines[start], *said]
    return None


def sat_again(meeting: Meeting, question: str) -> bool:
    """Does the question ask about a later sitting, and do the minutes of ``meeting`` record one (under its heading,
    or noted in the item it resumed)? A question asking "who didn't come back when it reconvened" of a body names the
    meeting that was adjourned, not its latest."""
    return later_sitting(meeting, question) is not None or sitting_noted(meeting, question) is not None
