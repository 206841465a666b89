"""Print noise out, rows in: the text the structure parser reads.

Readers give paragraphs (:class:`minutebook.model.Line`). This stage splits
them into rows at hard line breaks and removes what the printer added and the
clerk did not write: running page headers ("IMPROVING LIVES SELECT COMMISSION
- 18/09/18"), page footers ("Page 3"), HTML fragments left in exported text
(``<sup>th</sup>``), and letters stacked one per line.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from minutebook.model import Line


@dataclass(frozen=True)
class Row:
    """One cleaned row of text with its page, heading level and paragraph index."""

    text: str
    page: int | None
    level: int
    para: int


_SUP = re.compile(r"<sup>\s*(st|nd|rd|th)\s*</sup>", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|div|br|tr|h[1-6])\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^>]*>", re.I)
_PAGE_FOOTER = re.compile(r"^(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*-)?$", re.I)
# A running header: a name in capitals, a dash, and a numeric date: "IMPROVING LIVES SELECT COMMISSION - 18/09/18".
_RUNNING_HEADER = re.compile(r"^[A-Z][A-Z0-9 '’&,()./-]{3,}\s+[-–]\s+\d{1,2}/\d{1,2}/\d{2,4}$")
_SPACES = re.compile(r"[ \u00a0\u2007\u202f]+")
_BULLET_ONLY = re.compile(r"^[-•*·▪◦–]$")


def strip_markup(text: str) -> str:
    """Remove HTML fragments left in text, keeping ordinals ("20<sup>th</sup>" -> "20th")."""
    text = _SUP.sub(r"\1", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text


# A mail-merge field left in a template: "FIELD-ITEM-NUMBER", "(a) FIELD-ITEM-NUMBER".
_MERGE_FIELD = re.compile(r"^(?:\(\w{1,3}\)\s*)?[A-Z]+(?:-[A-Z]+){2,}$")
_LEAD_LETTER = re.compile(r"^(?:\(\w{1,3}\)\s*)?[A-Z]$")


def _join_stacked(rows: list[Row]) -> list[Row]:
    """Join runs of one-letter rows (F / I / E / L / D) back into the word they spell."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j].text) == 1:
            j += 1
        if j - i >= 3:
            word = "".join(r.text for r in rows[i:j])
            if out and _LEAD_LETTER.match(out[-1].text):
                word = out.pop().text + word  # "(a) F" + "IELD..." was one stacked word
            out.append(Row(word, rows[i].page, 0, rows[i].para))
            i = j
        else:
            out.append(rows[i])
            i += 1
    return out


def clean_rows(lines: list[Line]) -> list[Row]:
    """Split paragraphs into rows and drop print noise. Row order is reading order."""
    rows: list[Row] = []
    for para, line in enumerate(lines):
        text = strip_markup(line.text)
        for part in text.split("\n"):
            part = _SPACES.sub(" ", part.replace("\t", "\t")).strip()
            part = "\t".join(c.strip() for c in part.split("\t")).strip("\t ")
            if not part or _BULLET_ONLY.match(part):
                continue
            rows.append(Row(part, line.page, line.level, para))
    rows = _join_stacked(rows)
    return _drop_furniture(rows)


def _drop_furniture(rows: list[Row]) -> list[Row]:
    counts = Counter(r.text for r in rows)
    kept: list[Row] = []
    for r in rows:
        t = r.text
        if _PAGE_FOOTER.match(t) and not t.isdigit():
            continue  # "Page 3", "Page 3 of 40"
        if t.isdigit() and len(t) <= 3 and counts[t] == 1 and r.level == 0:
            continue  # a bare page number
        if _RUNNING_HEADER.match(t) or _MERGE_FIELD.match(t):
            continue
        kept.append(r)
    return kept
