"""Page furniture a word processor printed into plain-text minutes, and the paragraphs it split.

A paper saved or pasted from a word processor keeps what stood at each page's foot or head: a running line naming
the council, meeting and date beside the page counter ("Brackmoor Town Council – Full Council – 12.03.24   Page 2 of
3"), the chair's initials or signature blank ("Chairman's initials ........"), rules of dashes. The clerk did not
write them into any item, and where a page broke mid-sentence ("It was RESOLVED to accept" / the footer / "the
tender of ...") the sentence is one paragraph again once they are gone: so too where the page broke before a figure,
a sum or a date the sentence goes on with ("the speed limit would be lowered from" / the footer / "40 mph to 30 mph
..."), as a hard-wrapped line carries on (:func:`ingest.readers.paragraphs.filled`).
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.readers.paragraphs import figure_runs_on, filled

# a page counter as footers print it: "Page 2 of 3" anywhere in the line, "Page 2" alone or after a wide gap at the
# line's end ("Brackmoor Town Council – 12.03.24          Page 2"), "- 2 -" alone; not a sentence's "page 45"
_COUNTER = re.compile(r"(?i)\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b|^\s*page\s+\d{1,4}\s*$|(?:\s{3,}|\t)page\s+\d{1,4}\s*$"
                      r"|^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$")
_RULE = re.compile(r"^[\s\-=_*~.·•]{5,}$")
_BLANK_TO_FILL = re.compile(r"\.{4,}|_{4,}|…{2,}")  # "Chairman's initials ........", "Signed ______ Chair"
_ENDS = re.compile(r"[.:;!?)]['’\")]?$")


def _masked(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip()))


FOOTER_MOST = 100  # characters: a footer's line; a longer one holding "Page 1 of 3" is a flattened paper's text


def _furniture_line(line: str, recurring: Counter[str]) -> bool:
    text = line.strip()
    if len(" ".join(text.split())) > FOOTER_MOST:  # (the gap before a right-aligned "Page 3" counts as a space)
        return False
    if _RULE.match(text) or _COUNTER.search(text):
        return True
    return len(text) <= 80 and (bool(_BLANK_TO_FILL.search(text)) or recurring[_masked(text)] >= 2)


def without_page_furniture(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without those that only hold page furniture (a block with a page counter whose every line is a
    counter, a rule, a blank to sign or initial, or a line recurring at each break); a paragraph the break cut
    mid-sentence joined again: no closing stop before, and lower case after, or what a sentence stopped mid-way goes
    on with (after a word no sentence ends on, "lowered from" / "40 mph to ..."; a figure and its unit, a sum,
    a date or an aside after a lower-case word)."""
    recurring = Counter(_masked(line) for block in blocks for line in block if line.strip())
    out: list[list[str]] = []
    broke = False
    for block in blocks:
        furniture = any(_COUNTER.search(line) and len(" ".join(line.split())) <= FOOTER_MOST for line in block) and all(
            _furniture_line(line, recurring) for line in block
        )
        if furniture:
            broke = True
            continue
        if broke and out and not _ENDS.search(out[-1][-1].rstrip()) and _goes_on(out[-1][-1], block[0]):
            out[-1] = out[-1] + block  # "It was RESOLVED to accept" / (page break) / "the tender of ..."
        else:
            out.append(block)
        broke = False
    return out


def _goes_on(before: str, line: str) -> bool:
    """Does ``line``, the first after a page break, carry on the sentence ``before`` stopped mid-way: lower case, or
    what goes on after a word no sentence ends on or a lower-case word (not the paper's width: a page's last line
    may be a full line of names, and the next page's first a heading)?"""
    return line.lstrip()[:1].islower() or filled(before, line, None) or figure_runs_on(before, line)
