"""The items a sentence names by number: "declared an interest in item 5", "in Minute No. 55", "in minute 19". A
declaration names the item its interest is in by its number, not its title; read with that item's title, it says
what the question names ("was anyone conflicted over the adult skills fund allocations": item 5, "ADULT SKILLS FUND
2024/25")."""

from __future__ import annotations

import re

from minutebook.errors import NotFoundError
from minutebook.model import Citation, meeting_key
from service.papers import Asked, Papers

ITEM_NAMED = re.compile(
    r"\b(?:agenda\s+)?(?:item|minute)s?\s+(?:no\.?\s*|number\s+)?(?P<n>[A-Z]{0,4}[\d./]*\d[a-z]?)\b", re.I)


# a declarations table's "Item" column: the number alone in its cell ("Councillor Alun Beddoe | 4 | Governor of ...")
ITEM_CELL = re.compile(r"[A-Z]{0,4}[\d./]*\d[a-z]?\.?", re.I)


def titles_named(papers: Papers, asked: Asked, c: Citation) -> list[str]:
    """The titles of the items of the cited meeting that the quote names by number (or, a table's row, in a cell of
    its own after the first)."""
    numbers = {m.group("n").rstrip(".").lower() for m in ITEM_NAMED.finditer(c.quote)}
    numbers |= {cell.strip().rstrip(".").lower() for line in c.quote.splitlines() if "\t" in line
                for cell in line.split("\t")[1:] if ITEM_CELL.fullmatch(cell.strip())}
    if not numbers:
        return []
    try:
        meeting = papers.meeting(meeting_key(c.committee, c.meeting_date), asked.filters.audience)
    except NotFoundError:
        return []
    return [i.title for i in meeting.items if i.number and i.number.rstrip(".").lower() in numbers and i.title]
