"""The item a question names by the interest declared on it: "what did they decide on the Orchard Farm application,
the one Mrs Penrose declared on", "what happened to the application Cllr Penrose declared an interest in". People
point at an item by what they remember of it, and a member's declaration is what stands out; the words of the clause
are no subject the item's own text must print (the decision item says nothing of Mrs Penrose). The declaration
read at ingest (:class:`~minutebook.model.Declaration`) names the item by its number or title, so the clause is read
as that item's title."""

from __future__ import annotations

import re
from collections.abc import Callable

from minutebook.model import Meeting, MinuteItem
from service.declarations_answered import surname

# a clause naming an item by the interest a member declared on it, as people type it: after "the one", "which",
# "that", or straight after the noun ("the application cllr penrose declared an interest in"); the member called
# by a title, an initial or a name alone
_TITLE = r"(?:cllr|councillor|mrs|mr|ms|miss|dr|prof)\.?"
DECLARED_CLAUSE = re.compile(
    rf"(?:\s*[,(–—-]\s*|\s+)(?:(?:the\s+one|which|that|where)\s+(?:(?:that|where)\s+)?)?"
    rf"(?P<who>(?:{_TITLE}\s+)?(?:[a-z]\.?\s+)?[a-z][\w'’-]+)\s+(?:had\s+|has\s+)?"
    r"declared(?:\s+(?:an?|their|his|her)\s+)?(?:\s*(?:[a-z]+\s+){0,2}interests?)?(?:\s+(?:on|in|over|about|for))?"
    r"(?:\s+it)?\s*\)?(?=\s*[?.!,;]|\s*$|\s+(?:at|in|on|during|by)\s)", re.I)
# the question less the clause, still about interests: the clause is its subject, not a pointer to an item ("which
# item had mrs penrose declared on")
ABOUT_INTERESTS = re.compile(r"\b(?:declar\w*|interests?|conflict\w*|left\s+the\s+room)\b", re.I)
# the member's declaration asked about, the verb put first ("which item had mrs penrose declared on", "what was it
# cllr lowther declared on"): no clause
ASKED_OF_THEM = re.compile(r"\b(?:had|has|did|was|were|is)\s*$", re.I)


def declaration_clause(question: str) -> tuple[str, str] | None:
    """The question less a clause naming an item by a declaration on it, and the member's name as typed; None
    where it has none, or asks about interests itself."""
    clause = DECLARED_CLAUSE.search(question)
    if clause is None:
        return None
    rest = question[:clause.start()] + question[clause.end():]
    if ABOUT_INTERESTS.search(rest) or not re.search(r"[a-z]", rest[:clause.start()], re.I) \
            or ASKED_OF_THEM.search(question[:clause.start()]):
        return None
    return rest, clause.group("who")


def item_declared_on(question: str, meetings_of: Callable[[str], list[Meeting]]) -> str:
    """``question`` with its clause naming an item by the interest declared on it written as the item's title,
    where a meeting the rest of the question is asked of (``meetings_of``: the meetings a question is about, best
    first) records that member's declaration on an item; else as asked."""
    read = declaration_clause(question)
    if read is None:
        return question
    rest, who = read
    name = surname(who).lower()
    for m in meetings_of(rest):
        for d in m.declarations:
            if surname(d.member).lower() != name or d.item is None:
                continue
            item = declared_item(m, d.item)
            if item is not None:
                stop = DECLARED_CLAUSE.search(question)
                assert stop is not None  # read above
                return f"{question[:stop.start()]}, {item.title.lower()}{question[stop.end():]}"
    return question


def declared_item(m: Meeting, named: str) -> MinuteItem | None:
    """The meeting's item a declaration names: by its number ("item 4"), else by its title."""
    number = named.rstrip(".").lower()
    return next((i for i in m.items if i.number and i.number.rstrip(".").lower() == number), None) \
        or next((i for i in m.items if i.title.lower() == named.lower()), None)

