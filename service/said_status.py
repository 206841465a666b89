"""Where a follow-up stands when the register holds no action for it: the status its quoted words state.

A question about a follow-up ("has the defib been checked?", "the bus shelter on Fore St, fixed yet?") is often
answered from the minutes' own words: a matters-arising note, an action log's row, "Cllr X to look at the track".
The register (:mod:`ingest.actions`) holds actions arising from decisions, so it may hold none for those words, and
the answer then said nothing of where the matter stands. The words say it themselves: "now been checked",
"Outstanding", "Arranged 18 July", "A note will be added". Of the answer's quotes, the line or sentence that best
covers the question's subject is read, and in it the last word of status counts (a tracker's row ends with the
present status; a note ends "Completed." or "Carried forward."). With no such word, a promise or an ask still to be
met is outstanding, or scheduled where it fixes a date.
"""

from __future__ import annotations

import datetime as dt
import re

from minutebook import vocabulary as v
from minutebook.dates import find_dates
from minutebook.model import ActionStatus, Citation
from service.drafting import when
from service.evidence import sentences
from service.followups import GENERIC
from service.papers import Asked, Papers
from service.schemas import Answer

DONE = re.compile(r"\b" + v.alternation(v.STATUS_DONE).replace("{done}", v.alternation(v.DONE_VERBS)), re.I)
PENDING = v.compiled(v.STATUS_PENDING, r"\b{}\b")
SCHEDULED = v.compiled(v.STATUS_SCHEDULED, r"\b{}")
PROMISED = re.compile(
    r"\b" + v.alternation(v.STATUS_PROMISED).replace("{owner}", v.alternation(v.ACTION_OWNERS)), re.I
)
# "has the co-opted councillor signed his acceptance of office?": the question's own past participle, which the
# papers' "Cllr Hickman signed the Declaration" says was done
ASKED_DONE = re.compile(r"\b(?:has|have|had|did)\s+(?:[\w'’-]+\s+){0,6}?(?:been\s+)?(?P<verb>[a-z]{3,}ed)\b", re.I)
NOT_DONE_BEFORE = r"(?<!\bto\s)(?<!\bbe\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)"
# a yes-or-no question of whether something has happened, beyond the follow-up words the router knows
STATUS_ASKED = re.compile(
    r"\b(?:has|have)\s+(?:[\w'’-]+\s+){1,8}?(?:been\s+[a-z]+|[a-z]+(?:ed|en|ne|wn)|found|got|had|done|put|made|"
    r"paid|sent|set\s+up)\b|\bsorted\b|\bany\s+(?:news|update|progress)\b"
    r"|\bwhen\s+(?:will|is|are|do|does)\s+(?:[\w'’-]+\s+){0,6}?(?:get|have|see|receive|due|coming|come)\b"
    # what is to happen, and when: "is the seat going to be looked at again", "the visit to the control room,
    # when's that" (not the next meeting, whose own route says when)
    r"|\b(?:is|are)\s+(?:[\w'’-]+\s+){1,16}?going\s+to\s+be\b"
    r"|\bwhen['’]?s\s+(?:the|that|this|it|our|their)\b(?![^?]*\bnext\s+(?:meeting|one|mtg)\b)",
    re.I,
)
SUBJECT_MATCH = 0.3  # least share of the question's subject a quoted line must hold to speak for it
CITED = re.compile(r"\s*\[(\d+)\]\s*$")  # an answer's sentence ends in its citation's marker
SHOWN = 220  # characters of the line quoted with the status


def status_asked(question: str) -> bool:
    """Does the question ask whether something has been done ("has the defib been checked?", "sorted?")?"""
    return bool(STATUS_ASKED.search(question))


def with_said_status(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the status its quotes state for the subject asked about, said in a sentence of its own;
    unchanged where it has a status already, or no quoted line on the subject says where it stands."""
    if answer.status is not None or not answer.found:
        return answer
    subject = [t for t in asked.terms if t not in GENERIC]
    if not subject:
        return answer
    # an answer's line mostly repeats its quote: each sentence of each citation is weighed once
    weighed = {(n, line): c for n, c, text in _said(answer) for line in sentences(text)}
    lines = [(cover, c.meeting_date, n, line, c) for (n, line), c in weighed.items()
             if (cover := papers.cover(asked, line, subject)) >= SUBJECT_MATCH]
    # the line most on the subject that says where it stands ("Minute 113 – Allotments." says nothing of it; the
    # next line, "Cllr Faulkner Smith to look at the track.", does)
    said_of = ((status, n, line, c) for *_, n, line, c in sorted(lines, key=lambda x: (-x[0], -x[1].toordinal()))
               if (status := stated(line, c.meeting_date, asked.question)) is not None)
    status, n, line, cite = next(said_of, (None, 0, "", None))
    if status is None or cite is None:
        return answer
    shown = line if len(line) <= SHOWN else line[:SHOWN].rsplit(" ", 1)[0] + " …"
    said = f"Status: {status.value} — {when(cite.meeting_date)}: “{shown}” [{n}]"
    return answer.model_copy(update={"answer": f"{answer.answer}\n{said}", "status": status})


def _said(answer: Answer) -> list[tuple[int, Citation, str]]:
    """What the answer says, each sentence with its citation: its own lines ending "[n]", and the quotes cited."""
    out = [(n, c, c.quote or "") for n, c in enumerate(answer.citations, 1)]
    for line in answer.answer.split("\n"):
        if (m := CITED.search(line)) and 0 < (n := int(m.group(1))) <= len(answer.citations):
            out.append((n, answer.citations[n - 1], line[:m.start()]))
    return out


def stated(line: str, held: dt.date, question: str = "") -> ActionStatus | None:
    """The status ``line`` states, of a meeting held on ``held``: its last word of status, else a promise's."""
    marks = [(m.start(), ActionStatus.COMPLETED) for m in DONE.finditer(line)]
    marks += [(m.start(), ActionStatus.OUTSTANDING) for m in PENDING.finditer(line)]
    marks += [(m.start(), ActionStatus.SCHEDULED) for m in SCHEDULED.finditer(line)]
    for verb in {m.group("verb").lower() for m in ASKED_DONE.finditer(question)}:
        marks += [(m.start(), ActionStatus.COMPLETED)
                  for m in re.finditer(rf"{NOT_DONE_BEFORE}\b{verb}\b", line, re.I)]  # fmt: skip
    if marks:
        return max(marks, key=lambda m: m[0])[1]
    if not PROMISED.search(line):
        return None
    # a promise that fixes its date ("would be held on the 16th February, 2018", "to the June 2024 meeting")
    fixed = [f for f in find_dates(line, held) if (f.explicit_year or f.day_given) and f.date > held]
    return ActionStatus.SCHEDULED if fixed else ActionStatus.OUTSTANDING
