"""Who declared the interest an answer quotes, where the quote leaves the member out.

A declarations table prints the member in one cell and the matter and the nature of the interest in others ("J.
Hebblethwaite" / "Minute 3 - Notice of Motion - Tarnside Relief Road" / "Owns a farm on the line of ..."); a
question that does not say "declare" ("did any councillor own land there?", "was anyone a director of the bus
company?") is answered by the quoted sentences, which may quote the matter and the nature but not the member's cell.
The meeting's declaration records say whose they are: the answer is given the line naming the member, from the same
minute, cited.
"""

from __future__ import annotations

import re

from minutebook.model import Declaration, Meeting
from service.evidence import sentences
from service.figure_sequels import cited_as
from service.papers import Asked, Papers
from service.schemas import Answer

CITED_MOST = 3  # the answer's quotes looked at


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _surname(member: str) -> str:
    words = re.findall(r"[A-Za-z][\w'’-]+", member)
    return words[-1] if words else ""


QUOTE_LEAST = 20  # characters: a cell or sentence of a declaration, not a word common to many


def declared_in(quote: str, meeting: Meeting | None) -> list[Declaration]:
    """The meeting's declaration records whose text holds ``quote``."""
    flat = _flat(quote)
    if meeting is None or len(flat) < QUOTE_LEAST:
        return []
    return [d for d in meeting.declarations if d.member and flat in _flat(d.text)]


def with_declarer(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the line naming the member whose declaration it quotes, where no quote names them."""
    if not answer.found or not answer.citations:
        return answer
    quoted = " ".join(_flat(c.quote) for c in answer.citations)
    citations = list(answer.citations)
    lines: list[str] = []
    seen: set[str] = set()
    for c in answer.citations[:CITED_MOST]:
        h = asked.hit_citing(c)
        meeting = papers.meeting_of(h, asked.filters.audience) if h is not None else None
        if meeting is None or not meeting.declarations:
            continue
        for d in declared_in(c.quote, meeting):
            name = _surname(d.member)
            if not name or name in seen or re.search(rf"\b{re.escape(name.lower())}\b", quoted):
                continue
            item = next((i for i in meeting.items if i.title == c.item_title), None)
            if item is None:
                continue
            line = next((s.strip() for s in [*item.text.split("\n"), *sentences(item.text)]
                         if re.search(rf"\b{re.escape(name)}\b", s) and _flat(s) in _flat(d.text)), None)
            if line is None:
                continue
            seen.add(name)
            cite = c.model_copy(update={"quote": line, "resolution": None, "n": len(citations) + 1})
            citations.append(cite)
            lines.append(f"{cited_as(cite)}, declared by: {line} [{cite.n}]")
    if not lines:
        return answer
    return answer.model_copy(update={"answer": "\n".join([answer.answer, *lines]), "citations": citations})
