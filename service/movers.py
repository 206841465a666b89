"""Who moved a decision, where the question asks it and the answer quotes only the decision.

Minutes print a motion's or a nomination's mover and seconder beside what was decided, often in a sentence or a line
of its own just before it ("Cllr Tong proposed Cllr Holiday, seconded by Cllr Hardcastle. Cllr Holiday accepted and
... it was resolved that Cllr Holiday remain as Vice Chairman"; "Proposed by Councillor X Seconded by Councillor Y,
and" over "Resolved: that the Minutes ... be signed as correct"). A question asking who moved it ("who put him
forward", "by whose motion", "who seconded it") is answered with the decision and that line, cited to the same minute.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import HONORIFICS, MOVER_ASKED, MOVER_SAID, OFFICES
from service.answer_types import item_texts
from service.drafting import label
from service.evidence import records_decision, sentences
from service.papers import Asked, Papers
from service.schemas import Answer

_ASKED = re.compile(MOVER_ASKED.form, re.I)
_SAID = re.compile(MOVER_SAID.form, re.I)
_SOMEONE = re.compile(rf"\b(?:{HONORIFICS.form}|{OFFICES.form})\b", re.I)  # the mover named: "Cllr Tong", "the Mayor"
BEFORE_MOST = 3  # sentences back from the decision quoted that its mover's line may stand
CITED_MOST = 3  # the answer's quotes looked behind


def mover_asked(question: str) -> bool:
    return bool(_ASKED.search(question))


def names_mover(text: str) -> bool:
    """Does ``text`` say who moved, nominated or seconded something, by name or office?"""
    return bool(_SAID.search(text)) and bool(_SOMEONE.search(text))


def with_mover(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the line naming who moved each decision it quotes, where the question asks who moved it and the
    line is not quoted yet; unchanged where none is printed within a few sentences before the decision."""
    if not answer.found or not mover_asked(asked.question):
        return answer
    citations = list(answer.citations)
    lines: list[str] = []
    said = {" ".join(c.quote.split()) for c in citations}
    movers: set[str] = set()  # the mover lines of the decisions quoted, and the items they are in
    items: set[tuple[object, ...]] = set()
    # (a quote naming a mover may be another decision's: "Proposed by ..." over the minute's first resolution, where
    # the second is asked of; each decision quoted has its own line)
    for c in [c for c in answer.citations if not names_mover(c.quote)][:CITED_MOST]:
        first = " ".join(c.quote.split())[:60]
        for text in item_texts(papers, asked, c):
            parts = sentences(text)
            k = next((k for k, s in enumerate(parts) if first and first in " ".join(s.split())), None)
            if k is None:
                continue
            line = next((parts[j] for j in range(k, max(-1, k - BEFORE_MOST - 1), -1)
                         if names_mover(parts[j]) and (j < k or not first.startswith(" ".join(parts[j].split())[:60]))),
                        None)
            if line is not None:
                movers.add(" ".join(line.split()))
                items.add((c.meeting_date, c.minute, c.item_title))
            if line is None or " ".join(line.split()) in said:
                break
            said.add(" ".join(line.split()))
            cite = c.model_copy(update={"quote": line, "resolution": None, "n": len(citations) + 1})
            citations.append(cite)
            lines.append(f"{label(cite.minute, None, cite.item_title, cite.meeting_date)} ({cite.item_title}): "
                         f"{' '.join(line.split())} [{cite.n}]")
            break
    if not lines:
        return answer
    found = answer.model_copy(update={"answer": "\n".join([answer.answer, *lines]), "citations": citations})
    # a mover's line the route quoted for a decision not quoted (the minute's first resolution's, where its second is
    # asked of) names someone who did not move what is asked
    stray = {c.n for c in answer.citations if names_mover(c.quote) and not records_decision(c.quote)
             and (c.meeting_date, c.minute, c.item_title) in items and " ".join(c.quote.split()) not in movers}
    return without_citations(found, stray)


# an agenda's word on a motion to come ("The Mayor will move, and the Deputy Mayor will second:-", "Councillor X to
# move"): who was to move it, not who did
_TO_COME = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to)\s+(?:move|second|propose|nominate)\b|"
                      r"\bto\s+be\s+(?:moved|seconded|proposed)\b", re.I)


_DONE_ASKED = re.compile(r"\b(?:moved|seconded|proposed|nominated|put\s+forward|actually|really)\b", re.I)


def minuted_mover(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the minute's record of who moved and seconded ("The Mayor moved and Councillor Ormerod
    seconded that ...") in place of the agenda's word on who would ("The Mayor will move, and the Deputy Mayor will
    second:-"), where the question asks who moved or seconded and the minutes of the same item record it."""
    if not answer.found or not mover_asked(asked.question) or not _DONE_ASKED.search(asked.question):
        return answer  # "going by the agenda, who seconds the motion": the agenda's plan is what is asked
    for c in answer.citations:
        if not _TO_COME.search(c.quote):
            continue
        h = asked.hit_citing(c)
        meeting = papers.meeting_of(h, asked.filters.audience) if h is not None else None
        if meeting is None:
            continue
        for item in (i for i in meeting.items if i.title == c.item_title):
            line = next((s for s in sentences(item.text) if names_mover(s) and not _TO_COME.search(s)), None)
            if line is None:
                continue
            cite = papers.item_citation(meeting, item, line).model_copy(update={"n": c.n})
            named = label(cite.minute, None, cite.item_title, cite.meeting_date)
            said = f"{named} ({cite.item_title}): {' '.join(line.split())} [{c.n}]" if cite.minute \
                else f"{named}: {' '.join(line.split())} [{c.n}]"
            lines = answer.answer.splitlines()
            at = next((k for k, text in enumerate(lines) if f"[{c.n}]" in text), 0)
            first = at  # a quote over several lines: the lines back to the last one ending in another's marker
            while first > 0 and not re.search(r"\[\d+\]\s*$", lines[first - 1]):
                first -= 1
            kept = [*lines[:first], said, *(text for text in lines[at + 1:] if f"[{c.n}]" not in text)]
            citations = [cite if x.n == c.n else x for x in answer.citations]
            return answer.model_copy(update={"answer": "\n".join(kept), "citations": citations})
    return answer


def without_citations(answer: Answer, dropped: set[int]) -> Answer:
    """``answer`` less the citations numbered ``dropped`` and the lines quoting only them, the rest numbered on."""
    if not dropped:
        return answer
    kept = [c for c in answer.citations if c.n not in dropped]
    renumber = {c.n: k for k, c in enumerate(kept, 1)}
    lines = [re.sub(r"\[(\d+)\]", lambda m: f"[{renumber[int(m.group(1))]}]" if int(m.group(1)) in renumber else "",
                    line).rstrip()
             for line in answer.answer.splitlines()
             if not (marks := {int(n) for n in re.findall(r"\[(\d+)\]", line)}) or marks - dropped]
    return answer.model_copy(update={"answer": "\n".join(lines),
                                     "citations": [c.model_copy(update={"n": renumber[c.n]}) for c in kept]})
