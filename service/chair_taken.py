"""Who took the chair at a meeting, as its minutes say beside the attendance record: the minute appointing the
chair ("It was moved ... that Councillor Gillian Thwaite be appointed Chair of the Authority for 2025/26"), and the
lines naming who stood in for a chair or vice-chair away ("With the absence of the Vice Chairman ... RESOLVED to
elect Councillor Beck as Vice Chairman for the meeting", "In the absence of the Chair, Cllr Roe took the chair"), and,
where nothing names the chair, the line saying who opened the meeting ("The Mayor welcomed everyone to the
meeting")."""

from __future__ import annotations

import re

from ingest.attendance import chair_elected
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import CHAIR_MARKS, CHAIR_STOOD_IN, DECLARATIONS_TITLE, ITEM_ROLES, PRESIDING_ACT
from service.evidence import sentences
from service.record_parts import Part, sections

CHAIR_ELECTION = re.compile(ITEM_ROLES["chair_election"].form, re.I)  # "Appointment of Chair and Vice-Chair"
CHAIR_ITEM = re.compile(ITEM_ROLES["chair_election"].form + r"|\bchair", re.I)  # and "Chairman's remarks"
IN_THE_CHAIR = re.compile(CHAIR_MARKS[1].form, re.I)  # "Cllr Fanshawe in the Chair."
STOOD_IN = re.compile(CHAIR_STOOD_IN.form, re.I)
DECLARATIONS = re.compile(DECLARATIONS_TITLE.form, re.I)
VICE_ASKED = re.compile(r"\b(?:vice|deputy)\b", re.I)
# "Councillor Abdul Rashid be appointed Vice-Chair", "Cllr Hale was elected Deputy Chairman"
VICE_ELECTED = re.compile(r"\b(?:elect|appoint)\w*\s+(?:as\s+)?(?:the\s+)?(?:vice|deputy)[\s-]*chair\w*", re.I)
# "That Councillor Pryce chair the joint meeting", "Mr Lobban to preside", "would take the chair": the appointment
# said with a verb (minutes of joint and special meetings, which appoint a chair for the one meeting)
CHAIR_VERB = re.compile(r"\b(?:chair|preside(?:\s+over)?|take\s+the\s+chair)\s+(?:the|this|that|for\s+the)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting|hearing)\b|\bto\s+(?:chair|preside)\b", re.I)
MOST = 2  # lines quoted of each kind
PRESIDED = re.compile(PRESIDING_ACT.form, re.I)  # "The Mayor welcomed everyone to the meeting"
# who opens a meeting without chairing it ("The Clerk welcomed members"), and a chair not named ("The Chairman
# welcomed everyone": says there was one, not who)
NOT_PRESIDING = re.compile(r"^\W*(?:the\s+)?(?:(?:\w+\s+)?(?:clerk|officer|secretary|manager|director|"
                           r"chair(?:man|woman|person)?)\s+(?:welcomed|opened|declared)\b)", re.I)
OPENING_ITEMS = 3  # the items a meeting's opening is minuted in


def chair_lines(m: Meeting, question: str) -> list[tuple[MinuteItem, str]]:
    """The minutes' lines saying who took the chair at ``m`` (and, asked of a vice-chair, who was made one), each
    with the item that prints it: lines standing someone in for an absent chair first, then the minute electing the
    chair at this meeting. Where the attendance record names no chair, the first item about the chair is read
    whole: its lines saying who was elected or in the chair, else its opening lines."""
    # (not a declaration's words: "Personal interest in item 9 ... as acted as Chairman for the meeting" of another)
    stood = [(i, s) for i in m.items if not DECLARATIONS.search(i.title) for s in sentences(i.text)
             if STOOD_IN.search(s)][:MOST]
    record_names_chair = bool(re.search(r"\bchair", present_part(m.attendance_text), re.I))
    vice = bool(VICE_ASKED.search(question))
    elected: list[tuple[MinuteItem, str]] = []
    for item in m.items:
        if not (CHAIR_ELECTION.search(item.title) or (not record_names_chair and CHAIR_ITEM.search(item.title))):
            continue
        lines = sentences(item.text)
        picked = [s for s in lines if chair_elected(s) or IN_THE_CHAIR.search(s) or (vice and VICE_ELECTED.search(s))]
        if not picked and CHAIR_ELECTION.search(item.title):
            # the appointment said with "chair" as its verb ("RESOLVED: That Councillor Pryce ... chair the joint
            # meeting", "that Mr Lobban preside"): the item's lines naming the chair say who was appointed
            picked = [s for s in lines if CHAIR_VERB.search(s)][:MOST]
        if not picked and not record_names_chair:
            picked = lines[:MOST]  # "Appointment of Chairman: Councillor Thomas ..."
        elected = [(item, s) for s in picked[:MOST + vice]]
        if elected or not record_names_chair:
            break
    if not stood and not elected and not record_names_chair:
        # "The Mayor welcomed everyone to the meeting": minutes naming no chair say who presided by who opened it
        return [(i, s) for i in m.items[:OPENING_ITEMS] for s in sentences(i.text)
                if PRESIDED.search(s) and not NOT_PRESIDING.search(s)][:1]
    return [*stood, *((i, s) for i, s in elected if (i, s) not in stood)]


AWAY_SAID = re.compile(r"\bapolog\w*|\babsent\b|\babsence\b", re.I)


def present_part(record: str) -> str:
    """The attendance record less its parts naming those away, and each line cut where it starts saying who was
    away: a chair named among the apologies ("Apologies were received from John O'Brien, Chair of the Integrated Care
    Board") did not chair the meeting; one named before them, on a line run on ("Mr B Lobban in the Chair 175
    Apologies for absence were intimated ..."), did."""
    kept = "\n".join(record[p.start:p.end] for p in sections(record) if p.part != Part.ABSENT)
    return "\n".join(line[:m.start()] if (m := AWAY_SAID.search(line)) else line for line in kept.splitlines())
