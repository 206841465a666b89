"""Which sitting of a meeting a question asks about: a meeting adjourned part-way through its business and
reconvened on a later day is minuted as one meeting, the later day's attendance printed under that sitting's heading
("RECONVENED MEETING - THURSDAY 4 NOVEMBER 2027, 10.00 am" over its sederunt and apologies). A question about the later
sitting ("who sent apologies for the reconvened sitting", "who was at the resumed meeting") is answered from that
part of the minutes, not from the record of the first day."""

from __future__ import annotations

import re

from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import LATER_SITTING_ASKED, SITTING_HEADINGS, alternation

# the later day's heading: "Reconvened meeting", "Resumed sitting", "Meeting reconvened on ..."; not "Adjournment",
# which heads the clerk's account of the first day's end
_LATER_SITTING = re.compile(rf"^\W*{alternation(SITTING_HEADINGS[1:])}\b", re.I)
_ASKED = re.compile(LATER_SITTING_ASKED.form, re.I)


def later_sitting(meeting: Meeting, question: str) -> MinuteItem | None:
    """The part of the meeting's minutes recording its later sitting, where the question asks about that sitting and
    the minutes print one; else None."""
    if not _ASKED.search(question):
        return None
    return next((i for i in meeting.items if not i.number and _LATER_SITTING.match(i.title)), None)
