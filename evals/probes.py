"""Questions written from a store's own papers (``minutebook probes``): a check of any council's minutes that needs
no one to write a question set first.

Each meeting the papers minute gives the questions a member asks of every meeting, phrased plainly, with the answer
the parse read: who chaired it, who sent apologies, who declared an interest, and what it decided on each item it
resolved (by the item's title). The expected citations and facts come from the parse, so a probe that fails shows an
answer the papers hold and the answerer does not give: a layout whose record it reads but cannot quote, a title
whose words it does not find, a decision it refuses. A probe cannot find a parse that is wrong; ``score-parse`` and
hand-written sets do that.

The set is written in the evaluation format (``../shared/evals/README.md``) and scored like any other by
``minutebook eval``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from index.nodes import ATTENDANCE_TITLE
from minutebook.model import Meeting, MinuteItem, ParsedDocument

# items minuted at every meeting, whose titles say nothing of a subject ("Apologies", "Minutes of the last meeting",
# "Exclusion of the press and public"): asked of by their own probes (apologies, declarations) or not at all
ROUTINE_TITLE = re.compile(r"(?i)apolog|declar|\bminutes?\b|interests?\b|urgent|exclusion|press\s+and\s+public|"
                           r"next\s+meeting|chair|vice|announcement|welcome|questions|petitions|any\s+other|close|"
                           r"matters\s+arising|attendance|substitut|exempt|confidential|part\s+(?:2|two|ii)\b")
RECORD_TITLE = re.compile(r"(?i)apolog|attendance|present|sederunt|chair|convener|welcome")
# the words of a file name up to the kind of body ("eastmere-county-council-planning-...": "eastmere county council")
_BODY_END = re.compile(r"^(.*?\b(?:council|authority|board|trust|commission|panel|partnership|npa|ccg|icb))\b")
SUBJECT_WORDS = 2  # a title needs this many words of four letters or more to name a subject


def council_of(source: str, meeting: Meeting) -> str:
    """How a member names the council: the parse's, else the paper's file name up to its body's kind."""
    if meeting.council:
        return meeting.council
    stem = re.sub(r"[-_]+", " ", PurePath(source).stem)
    stem = re.sub(r"\s*\d{4}\s+\d{2}\s+\d{2}.*$", "", stem)  # the meeting's date at the end
    found = _BODY_END.match(stem)
    return (found.group(1) if found else " ".join(stem.split()[:3])).strip()


def _when(meeting: Meeting) -> str:
    return f"{meeting.date:%B %Y}"


def _citation(meeting: Meeting, item: MinuteItem | None) -> dict[str, Any]:
    if item is None:
        return {"meeting_date": meeting.date.isoformat(), "minute": None, "item_title": ATTENDANCE_TITLE,
                "resolution": None}
    return {"meeting_date": meeting.date.isoformat(), "minute": item.number, "item_title": item.title,
            "resolution": None}


def _surnames(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n.split()[-1] for n in names if n.split()))


def meeting_probes(source: str, meeting: Meeting) -> Iterator[dict[str, Any]]:
    """The probes of one meeting's minutes, without ids."""
    if not meeting.items:
        return
    council = council_of(source, meeting)
    # "Dunmoor National Park Authority – Planning Committee" names its council already
    # and "Parish Council" of Wenbury Parish Council is the council itself
    body = meeting.committee if council.lower() in meeting.committee.lower() else \
        council if meeting.committee.lower() in council.lower() else f"{council} {meeting.committee}"
    of = f"the {body} in {_when(meeting)}"
    # the record of attendance, or a minute of it: apologies, the chair's election, those present
    record = [_citation(meeting, None)] + [_citation(meeting, i) for i in meeting.items if RECORD_TITLE.search(i.title)]
    if meeting.chair:
        yield {"kind": "attendance", "question": f"who chaired {of}?",
               "expected": {"citations": record, "facts": _surnames([meeting.chair])}}
    if meeting.apologies:
        yield {"kind": "attendance", "question": f"who sent apologies to {of}?",
               "expected": {"citations": record, "facts": _surnames(meeting.apologies)[:3]}}
    declared = _surnames([d.member for d in meeting.declarations])
    if declared:
        items = [i for i in meeting.items if re.search(r"(?i)declar|interest", i.title)]
        yield {"kind": "declaration", "question": f"who declared an interest at {of}?",
               "expected": {"citations": [_citation(meeting, i) for i in items] or record,
                            "facts": declared[:3]}}
    for item in meeting.items:
        title = " ".join(item.title.split())
        if not item.resolutions or item.exempt or ROUTINE_TITLE.search(title):
            continue
        if len(re.findall(r"[A-Za-z]{4,}", title)) < SUBJECT_WORDS:
            continue
        yield {"kind": "resolved", "question": f"what did {of} decide about {title.lower()}?",
               "expected": {"citations": [_citation(meeting, item)], "facts": []}}


def probes(documents: list[ParsedDocument]) -> list[dict[str, Any]]:
    """Probe questions for every meeting the papers minute (each meeting once, from the first paper printing it), in
    the evaluation format, with ids ``probe-001`` ...."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for doc in documents:
        for meeting in doc.meetings:
            if meeting.key in seen or not meeting.has_minutes:
                continue
            seen.add(meeting.key)
            out.extend(meeting_probes(doc.source, meeting))
    return [{"id": f"probe-{n:03d}", **q} for n, q in enumerate(out, 1)]
