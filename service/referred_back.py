"""What a later meeting says of an earlier minute it names: the matters-arising update.

Clerks report progress on the last meeting's actions under "Matters arising", each by the minute it arose from:
"Minute 17 (Gallows Lane) - the CCTV camera was put up on 2 September 2024. Action completed.", "- *Bus shelter
(PH67c):* The side panel was replaced by Shelterwise Ltd on 4th February. ... Complete.". The update is the words
from the reference to the next one (or the end of its point), in a later meeting of the same body; where several
updates name the same minute (its parts "PH67a", "PH67c"), the one on what the question asks about.
"""

from __future__ import annotations

import datetime as dt
import re

from index.nodes import IndexNode
from minutebook.model import Action, item_key, meeting_key
from service.drafting import label
from service.papers import Asked, Papers
from service.said_status import latest_paper, stated
from service.schemas import Answer

UPDATE_SENTENCES = 3  # an update is a point of a few sentences
# a sentence that starts the next point of a matters-arising list: a bullet, a lettered or numbered point, or the next
# minute's reference
NEXT_POINT = re.compile(r"^\s*(?:[-*•]|\(?[a-z]\)\s|\d+[.)]\s|minute\b)", re.I)


def referred_back(papers: Papers, asked: Asked, action: Action) -> list[tuple[int, IndexNode, str]]:
    """The sentences of the first later meeting (of the action's body) that updates the action's minute by naming
    it, on what the question asks about, each with the passage it is printed in; none where no later minute does."""
    return updates_of(papers, asked, action.committee, action.meeting_date, action.minute)


def updates_of(papers: Papers, asked: Asked, committee: str, held: dt.date, minute: str | None) \
        -> list[tuple[int, IndexNode, str]]:
    """The sentences of the first later meeting of ``committee`` that update its minute ``minute`` of ``held`` by
    naming it, on what the question asks about, each with the passage it is printed in."""
    if not minute:
        return []
    code = bool(re.search(r"[a-z]", minute, re.I))  # "PH67": a code printed alone ("(PH67c)") names it
    for summary in papers.meetings(committee, held + dt.timedelta(days=1), None):
        if summary.committee != committee:
            continue
        meeting = papers.catalogue.meeting(summary.key, asked.filters.audience)
        best: tuple[float, list[tuple[int, IndexNode, str]]] | None = None
        for item in meeting.items:
            named = [flat(r.text)[:30] for r in item.references if r.minute == minute
                     and r.meeting_date in (None, held)]
            naming = re.compile(rf"\b{re.escape(minute)}[a-z]?\b", re.I) if code else None
            if not named and not (naming and naming.search(item.text)):
                continue
            nodes = papers.index.item_nodes(item_key(meeting.key, item.number, item.title), asked.filters.audience)
            for segment in papers.segments(nodes):
                lines = segment.lines
                for j, line in enumerate(lines):
                    if not (any(n and n in flat(line.text) for n in named) or (naming and naming.search(line.text))):
                        continue
                    point = [line]
                    for more in lines[j + 1:j + UPDATE_SENTENCES]:
                        if NEXT_POINT.match(more.text):
                            break
                        point.append(more)
                    said = [(0, node, node.body[a:b]) for x in point for node, a, b in segment.pieces(x.start, x.end)]
                    cover = papers.cover(asked, " ".join(s for _, _, s in said))
                    if said and cover > 0 and (best is None or cover > best[0]):
                        best = (cover, said)
        if best is not None:
            return best[1]
    return []


def flat(text: str) -> str:
    return " ".join(text.lower().split())


def with_update(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the later update on a minute it quotes, where a later meeting's matters arising names that
    minute, says something of what is asked, and states where it stands ("the CCTV camera was put up on 2 September
    2024. Action completed."): its sentences, cited, and the status they state. Unchanged where none does."""
    if not answer.found or answer.status is not None:
        return answer
    quoted = {c.quote for c in answer.citations}
    seen: set[tuple[object, ...]] = set()
    for c in answer.citations:
        key = (c.committee, c.meeting_date, c.minute)
        if not c.minute or key in seen:
            continue
        seen.add(key)
        said = [x for x in updates_of(papers, asked, c.committee, c.meeting_date, c.minute) if x[2] not in quoted]
        if not said:
            continue
        latest = latest_paper(papers, c.committee)
        statuses = [st for _, node, s in said if (st := stated(s, node.meeting_date, asked.question, latest=latest))]
        if not statuses:
            continue
        citations = list(answer.citations)
        lines = [answer.answer]
        for _, node, s in said:
            cite = node.quoting(s).model_copy(update={"n": len(citations) + 1})
            citations.append(cite)
            lines.append(f"{label(cite.minute, None, cite.item_title, cite.meeting_date)} ({cite.item_title}): {s} "
                         f"[{cite.n}]")
        lines.append(f"Status: {statuses[-1].value}.")
        return answer.model_copy(update={"answer": "\n".join(lines), "citations": citations, "status": statuses[-1]})
    return answer


def with_whole_point(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the rest of each matters-arising point it quotes the start of ("Minute 20 (HVO trial) - the
    trial had been extended ... so the results were not yet available." goes on "The Waste and Fleet Manager would now
    report them to the January meeting."): the point's later sentences, up to the next point, cited."""
    if not answer.found:
        return answer
    quoted = {flat(c.quote) for c in answer.citations}
    citations = list(answer.citations)
    lines = [answer.answer]
    for c in answer.citations:
        if not c.minute or not NEXT_POINT.match(c.quote) or not re.match(r"\W*minute\b", c.quote, re.I):
            continue  # only a point that opens with the minute it updates
        key = item_key(meeting_key(c.committee, c.meeting_date), c.minute, c.item_title)
        for segment in papers.segments(papers.index.item_nodes(key, asked.filters.audience)):
            at = next((j for j, line in enumerate(segment.lines) if flat(line.text) == flat(c.quote)), None)
            if at is None:
                continue
            for more in segment.lines[at + 1:at + UPDATE_SENTENCES]:
                if NEXT_POINT.match(more.text) or flat(more.text) in quoted:
                    break
                for node, a, b in segment.pieces(more.start, more.end):
                    cite = node.quoting(node.body[a:b]).model_copy(update={"n": len(citations) + 1})
                    citations.append(cite)
                    quoted.add(flat(cite.quote))
                    lines.append(f"{label(cite.minute, None, cite.item_title, cite.meeting_date)} ({cite.item_title}): "
                                 f"{cite.quote} [{cite.n}]")
    if len(citations) == len(answer.citations):
        return answer
    return answer.model_copy(update={"answer": "\n".join(lines), "citations": citations})
