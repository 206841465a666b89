"""Who took the chair at a meeting, as its minutes say beside the attendance record: the minute appointing the
chair ("It was moved ... that Councillor Gillian Thwaite be appointed Chair of the Authority for 2025/26"), and the
lines naming who stood in for a chair or vice-chair away ("With the absence of the Vice Chairman ... RESOLVED to
elect Councillor Beck as Vice Chairman for the meeting", "In the absence of the Chair, Cllr Roe took the chair")."""

from __future__ import annotations

import re

from ingest.attendance import chair_elected
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import CHAIR_MARKS, CHAIR_STOOD_IN, DECLARATIONS_TITLE, ITEM_ROLES
from service.evidence import sentences

CHAIR_ELECTION = re.compile(ITEM_ROLES["chair_election"].form, re.I)  # "Appointment of Chair and Vice-Chair"
CHAIR_ITEM = re.compile(ITEM_ROLES["chair_election"].form + r"|\bchair", re.I)  # and "Chairman's remarks"
IN_THE_CHAIR = re.compile(CHAIR_MARKS[1].form, re.I)  # "Cllr Fanshawe in the Chair."
STOOD_IN = re.compile(CHAIR_STOOD_IN.form, re.I)
DECLARATIONS = re.compile(DECLARATIONS_TITLE.form, re.I)
VICE_ASKED = re.compile(r"\b(?:vice|deputy)\b", re.I)
# "Councillor Abdul Rashid be appointed Vice-Chair", "Cllr Hale was elected Deputy Chairman"
VICE_ELECTED = re.compile(r"\b(?:elect|appoint)\w*\s+(?:as\s+)?(?:the\s+)?(?:vice|deputy)[\s-]*chair\w*", re.I)
MOST = 2  # lines quoted of each kind


def chair_lines(m: Meeting, question: str) -> list[tuple[MinuteItem, str]]:
    """The minutes' lines saying who took the chair at ``m`` (and, asked of a vice-chair, who was made one), each
    with the item that prints it: lines standing someone in for an absent chair first, then the minute electing the
    chair at this meeting. Where the attendance record names no chair, the first item about the chair is read
    whole: its lines saying who was elected or in the chair, else its opening lines."""
    # (not a declaration's words: "Personal interest in item 9 ... as acted as Chairman for the meeting" of another)
    stood = [(i, s) for i in m.items if not DECLARATIONS.search(i.title) for s in sentences(i.text)
             if STOOD_IN.search(s)][:MOST]
    record_names_chair = bool(re.search(r"\bchair", m.attendance_text, re.I))
    vice = bool(VICE_ASKED.search(question))
    elected: list[tuple[MinuteItem, str]] = []
    for item in m.items:
        if not (CHAIR_ELECTION.search(item.title) or (not record_names_chair and CHAIR_ITEM.search(item.title))):
            continue
        lines = sentences(item.text)
        picked = [s for s in lines if chair_elected(s) or IN_THE_CHAIR.search(s) or (vice and VICE_ELECTED.search(s))]
        if not picked and not record_names_chair:
            picked = lines[:MOST]  # "Appointment of Chairman: Councillor Thomas ..."
        elected = [(item, s) for s in picked[:MOST + vice]]
        if elected or not record_names_chair:
            break
    return [*stood, *((i, s) for i, s in elected if (i, s) not in stood)]
