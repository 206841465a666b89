"""What goes on from a figure quoted: the sentence after it saying what the sum is for or what became of the rest of
the count, and the reason asked for.

A figure answer quotes the sentence printing the figure; the clerk often gives the rest in the next sentence, which
points back to it ("The Town Clerk presented the draft budget, which proposed a precept of £148,300 ..." / "She said
that this would pay for a second seasonal ranger ..."; "18 of the 24 on-call firefighters had been appointed" / "The
remaining six were expected to complete their training by November"), and a question asking "and why" is answered by
the sentence giving the reason, a little after the figure in the same item ("Members asked about the shortfall. The
Town Clerk said that it reflected eleven plots left vacant after the flooding"). Both are added, cited to the same
minute.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import FIGURE_GOES_ON, FIGURE_REASON, FIGURE_REST
from service.answer_types import item_texts
from service.drafting import label
from service.evidence import asks_money, has_money, has_quantity, sentences, stems
from service.facts import figure_first
from service.papers import Asked, Papers
from service.question_parts import question_parts
from service.schemas import Answer, Citation

GOES_ON = re.compile(FIGURE_GOES_ON.form, re.I)
REST = re.compile(FIGURE_REST.form, re.I)  # "The remaining six were expected ...": the rest of a count quoted
REASON = re.compile(FIGURE_REASON.form, re.I)
WHY_PART = re.compile(r"^\W*(?:and\s+|so\s+)?(?:why|how\s+come)\b|\band\s+why\b|\bwhat\s+(?:was|were)\s+the\s+"
                      r"(?:reasons?|cause)\b", re.I)
# a figure asked by its noun ("band d amount?", "what figure did they set", "the total?", "number appointed so far?")
FIGURE_NOUN = re.compile(r"\b(?:amount|figure|sum|total|cost|price|rate|charge|fee|number|how\s+(?:much|many|far))\b",
                         re.I)
# a reason pointing back to the figure before it: "it reflected ...", "this was due to ...", "which arose from ..."
POINTS_BACK = re.compile(r"\b(?:it|this|that|these|which)\s+(?:had\s+|has\s+)?(?:reflect(?:s|ed)|(?:was|were|is)\s+"
                         r"(?:due|owing|attributable|the\s+result)|ar(?:ose|ises)|result(?:s|ed)|been\s+caused)\b",
                         re.I)
CITED_MOST = 3  # the answer's quotes looked at
REASON_AHEAD = 8  # sentences after the figure that the reason may stand in


def _flat(text: str) -> str:
    return " ".join(text.split())


def _at(parts: list[str], quote: str) -> int | None:
    """Where in ``parts`` the quote ends: the last sentence of it."""
    first, flat = _flat(quote)[:60], _flat(quote)
    k = next((k for k, s in enumerate(parts) if first and first in _flat(s)), None)
    if k is None:
        return None
    while k + 1 < len(parts) and _flat(parts[k + 1])[:40] in flat:
        k += 1
    return k


def cited_as(cite: Citation) -> str:
    """"Minute 4, 29 January 2036 (Proposed police precept)", or the title and date where the minute has no number."""
    named = label(cite.minute, None, cite.item_title, cite.meeting_date)
    return f"{named} ({cite.item_title})" if cite.minute else named


def why_asked(question: str) -> bool:
    return any(WHY_PART.search(p) for p in [question, *question_parts(question)])


def reason_after(papers: Papers, asked: Asked, answer: Answer) -> bool:
    """Is the reason for a figure ``answer`` quotes given a sentence or two after it in the same item (what
    :func:`with_sequel` adds where asked "why")?"""
    return any(quote is not None for quote in _reasons(papers, asked, answer))


def _item_texts(papers: Papers, asked: Asked, cite: Citation) -> list[str]:
    """The whole text of the item ``cite`` quotes, then its agenda entry's: a council web page keeps an item's account
    of the discussion apart from its decision (service.answer_types.item_texts reads the minute's), and a figure's
    sentence is quoted from the account."""
    h = asked.hit_citing(cite)
    meeting = papers.meeting_of(h, asked.filters.audience) if h is not None else None
    agenda = meeting.agenda if meeting is not None else []
    return [*item_texts(papers, asked, cite), *(a.text for a in agenda if a.title == cite.item_title and not a.exempt)]


def _figures_read(papers: Papers, asked: Asked, answer: Answer) -> list[tuple[Citation, list[str], int]]:
    """Each quote printing a figure (of the first few), with its item's sentences and where in them the quote ends."""
    out = []
    for c in answer.citations[:CITED_MOST]:
        if not (has_money(c.quote) or has_quantity(c.quote)):
            continue
        for text in _item_texts(papers, asked, c):
            parts = sentences(text)
            k = _at(parts, c.quote)
            if k is not None:
                out.append((c, parts, k))
                break
    return out


def _reason(asked: Asked, parts: list[str], k: int, quoted: str) -> str | None:
    """The sentence after the figure's (``parts[k]``) that gives its reason: a reason's words, naming what the question
    asks of or pointing back to the figure ("it reflected ...")."""
    terms = set(asked.terms)
    return next((s for s in parts[k + 1:k + 1 + REASON_AHEAD] if REASON.search(s)
                 and (terms & set(stems(s)) or POINTS_BACK.search(s)) and _flat(s) not in quoted), None)


def _reasons(papers: Papers, asked: Asked, answer: Answer) -> list[str | None]:
    quoted = " ".join(_flat(c.quote) for c in answer.citations)
    return [_reason(asked, parts, k, quoted) for _, parts, k in _figures_read(papers, asked, answer)]


def with_sequel(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the sentence going on from a figure it quotes, and the reason for it where asked."""
    if not answer.found or not answer.citations:
        return answer
    why = why_asked(asked.question)
    figure = asks_money(asked.question) or figure_first(asked.question) or bool(FIGURE_NOUN.search(asked.question))
    if not (why or figure):
        return answer
    quoted = " ".join(_flat(c.quote) for c in answer.citations)
    reasoned = why and bool(REASON.search(quoted))
    added: list[tuple[Citation, str]] = []
    for c, parts, k in _figures_read(papers, asked, answer):
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if figure and nxt and (GOES_ON.search(nxt.strip()) or REST.search(nxt.strip())) and _flat(nxt) not in quoted:
            added.append((c, nxt))
            quoted += " " + _flat(nxt)
        if why and not reasoned and (reason := _reason(asked, parts, k, quoted)) is not None:
            added.append((c, reason))
            quoted += " " + _flat(reason)
            reasoned = True
    if not added:
        return answer
    citations = list(answer.citations)
    lines = [answer.answer]
    for c, said in added:
        cite = c.model_copy(update={"quote": said, "resolution": None, "n": len(citations) + 1})
        citations.append(cite)
        lines.append(f"{cited_as(cite)}: {_flat(said)} [{cite.n}]")
    return answer.model_copy(update={"answer": "\n".join(lines), "citations": citations})
