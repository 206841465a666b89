"""The meetings a question asks the same thing of, one scope each: "what did he push for at the hosc on the birthing
unit and at the pension committee", "did the ddccg governing body (jan 22) or the glos hwb (jan 20) get any public
questions?". A scope is the set of meeting keys of one council the question names, else of one body, else of one
period; a question naming only one of each has none."""

from __future__ import annotations

from index.query import in_periods
from service.papers import Asked, Papers
from service.schemas import Answer


def scopes_each(papers: Papers, asked: Asked) -> list[set[str]]:
    """The meetings of each council, else each body, else each period the question names, where it names two or more
    that hold meetings in the papers and no two of which share one; [] otherwise."""
    councils = papers.where_each(asked.question)
    if len(councils) > 1:
        return councils
    bodies = list(dict.fromkeys(frozenset(b.committees) for b in asked.plan.bodies if b.strong and b.committees))
    periods = list(dict.fromkeys(asked.periods))
    if len(bodies) < 2 and len(periods) < 2:
        return []  # (most questions: no meeting read)
    meetings = papers.meetings()
    place = asked.where
    each = [{s.key for s in meetings if s.committee in body} for body in bodies]
    # the council named, where it held each body's meetings ("kersley hosc ... and the pension committee": the
    # place the question's words make of "kersley hosc" is the one body's meetings alone)
    placed = [keys & place for keys in each] if place is not None else each
    if _apart(placed):
        return placed
    if _apart(each):
        return each
    each = [{s.key for s in meetings if in_periods(s.date.isoformat(), [p]) and (place is None or s.key in place)
             and (not asked.filters.committee or s.committee == asked.filters.committee)} for p in periods]
    return each if _apart(each) else []


def _apart(scopes: list[set[str]]) -> bool:
    """Two or more scopes, each holding a meeting, no meeting in two."""
    return len(scopes) > 1 and all(scopes) and sum(map(len, scopes)) == len(set().union(*scopes))


def cites_scope(papers: Papers, answer: Answer, scope: set[str]) -> bool:
    """Does ``answer`` cite a meeting of ``scope``?"""
    held = {(s.committee, s.date) for s in papers.meetings() if s.key in scope}
    return any((c.committee, c.meeting_date) in held for c in answer.citations)
