"""Members the minutes name by their initials, which a key at their head gives ("Members' initials used in these
minutes: BJ  Cllr Bethan Jenkins ..."; "Cllr Jane Smith (JS)"): an answer quoting "apologies had been received from
Cllr BJ (work commitments) and Cllr AO (illness)" says whom BJ and AO are by quoting the key's entries for them,
cited where the key is printed. The key's forms are minutebook.vocabulary's (INITIALS_KEYED, NAME_THEN_INITIALS); an
entry counts only where its letters are its name's own initials, so "Present: Cllrs GE (Chair)" or "PCSO Huw Bevan"
is never read as one."""

from __future__ import annotations

import re

from minutebook.errors import NotFoundError
from minutebook.model import Citation, Meeting, MinuteItem, meeting_key
from minutebook.vocabulary import HONORIFICS, INITIALS_KEYED, NAME_THEN_INITIALS
from service.links import citation_url
from service.papers import Asked, Papers
from service.schemas import Answer

_KEYED = re.compile(INITIALS_KEYED.form, re.M)
_NAME_FIRST = re.compile(NAME_THEN_INITIALS.form)
_HONORIFIC = re.compile(rf"^(?:{HONORIFICS.form})\.?\s+", re.I)
_INITIALS = re.compile(r"(?<![\w&/-])[A-Z]{2,4}(?![\w&/-])")
MOST = 8  # entries added to one answer at most


def own_initials(initials: str, name: str) -> bool:
    """Are ``initials`` the name's own ("BJ": "Cllr Bethan Jenkins"; "GHE": "Gwyn Huw Evans"; "GE" too)?"""
    words = re.findall(r"[A-Za-z][\w'’-]*", _HONORIFIC.sub("", name.strip()))
    if len(words) < 2:
        return False
    letters = [w[0].upper() for w in words]
    return initials in ("".join(letters), letters[0] + letters[-1])


def initials_key(text: str) -> dict[str, str]:
    """The key ``text`` prints of members' initials: initials -> the entry as printed ("BJ  Cllr Bethan Jenkins")."""
    key: dict[str, str] = {}
    for m in _KEYED.finditer(text):
        name = re.sub(r"\s+(?:\(.*)?$", "", m.group("name"))
        while name and not own_initials(m.group("ini"), name) and len(name.split()) > 2:
            name = name.rsplit(None, 1)[0]  # "Cllr Bethan Jenkins AO" read on into the next entry
        if own_initials(m.group("ini"), name):
            key.setdefault(m.group("ini"), text[m.start("ini"):m.start("name") + len(name)])
    for m in _NAME_FIRST.finditer(text):
        if own_initials(m.group("ini"), m.group("name")):
            key.setdefault(m.group("ini"), m.group(0))
    return key


def _where(papers: Papers, meeting: Meeting, entry: str) -> Citation | None:
    """The citation of a key's entry where the minutes print it: their header or record, else an item."""
    flat = " ".join(entry.split())
    if flat in " ".join(f"{meeting.header_text}\n{meeting.attendance_text}".split()):
        return papers.record_citation(meeting, entry)
    item: MinuteItem | None = next((i for i in meeting.items if flat in " ".join(i.text.split())), None)
    return papers.item_citation(meeting, item, entry) if item is not None else None


def with_initials_named(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the key's entry for each member its quotes name by initials the meeting's key gives, where
    the answer does not already say whom they are."""
    if not answer.found or not any(_INITIALS.search(c.quote) for c in answer.citations):
        return answer
    meetings: list[Meeting] = []
    for key in dict.fromkeys(meeting_key(c.committee, c.meeting_date) for c in answer.citations):
        try:
            meetings.append(papers.meeting(key, asked.filters.audience))
        except NotFoundError:
            continue
    citations = list(answer.citations)
    lines: list[str] = []
    said = answer.answer
    for meeting in meetings:
        quotes = [c.quote for c in answer.citations
                  if c.meeting_date == meeting.date and c.committee == meeting.committee]
        if not quotes:
            continue
        keyed = initials_key("\n".join([meeting.header_text, meeting.attendance_text,
                                        *(i.text for i in meeting.items[:2])]))
        named = dict.fromkeys(i for q in quotes for i in _INITIALS.findall(q) if i in keyed)
        for initials in list(named)[:MOST]:
            entry = keyed[initials]
            if entry in said or " ".join(entry.split()) in said:
                continue
            cite = _where(papers, meeting, entry)
            if cite is None:
                continue
            cite = cite.model_copy(update={"n": len(citations) + 1, "url": citation_url(papers.public_url, cite)})
            citations.append(cite)
            lines.append(f"{' '.join(entry.split())} [{cite.n}]")
            said += entry
    if not lines:
        return answer
    return answer.model_copy(update={"answer": "\n".join([answer.answer, *lines]), "citations": citations})
