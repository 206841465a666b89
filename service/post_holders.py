"""Who holds a post the minutes name someone by ("who is the legal services manager that told the committee about the
late replies"): the minute says "The Legal Service Manager reported ...", and only the meeting's record of attendance
names the holder ("The following Officers were in attendance: R. Edgecombe, Legal Services Manager"). The answer is
the minute's sentence and the record's line naming the post."""

from __future__ import annotations

import re

from index.nodes import IndexNode
from minutebook.errors import NotFoundError
from minutebook.vocabulary import POST_ASKED
from service.drafting import Draft
from service.papers import Asked, Papers
from service.record_parts import post_lines
from service.records import record_lines

# "who is the legal services manager that ...", "who's the finance director who presented ...", "who was the planning
# officer at ...": a post asked for by its holder (not "who did the clerk write to": the clerk is no answer)
HOLDER_ASKED = re.compile(r"^\s*(?:and\s+)?who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|their|its|our)\s+"
                          r"(?:[\w&'’-]+\s+){0,4}?" + POST_ASKED.form + r"\b", re.I)


# who chaired, and who held a post at another time ("who was the chair before cllr harvey", "who took over as clerk
# after"), are not the holder the record names: the meeting's chair, on the day
NOT_THE_RECORDS = re.compile(r"\b(?:chair\w*|vice|mayor|provost|conven[eo]r|presid\w*)\b|\b(?:before|after|until|since|"
                             r"previous\w*|former\w*|succeed\w*|replac\w*|took\s+over|take\s+over|used\s+to)\b", re.I)


def holders_named(papers: Papers, asked: Asked, kept: list[tuple[int, IndexNode, str]], draft: Draft) -> None:
    """Say the record's lines naming the post the question asks the holder of, for the meeting the answer's first
    sentence comes from, where the answer does not quote them already."""
    if not kept or not HOLDER_ASKED.search(asked.question) or NOT_THE_RECORDS.search(asked.question):
        return
    node = kept[0][1]
    try:
        meeting = papers.meeting(node.meeting_key, asked.filters.audience)
    except NotFoundError:
        return
    said = " ".join(" ".join(text.split()) for _, _, text in kept)
    for piece in post_lines(meeting.attendance_text or "", asked.plan.corrected):
        for line in record_lines(piece):
            if " ".join(line.split()) not in said:
                draft.say(line, papers.record_citation(meeting, line))
