"""Decisions printed in one table after the items ("Decisions" over "Item | Decision", "3 | Agreed to extend ..."), as
some joint committees and partnership boards minute them: discussion under each item, the decisions listed at the end.
Each row is the decision of the item its first cell numbers; it is filed with that item (a line of its text and one of
its resolutions), not left with the last item, which the table merely follows."""

from __future__ import annotations

import re

from minutebook import vocabulary as v
from minutebook.model import MinuteItem, Resolution

_KEY_COLUMN = v.compiled(v.ITEM_TABLE_NUMBER_HEADINGS + v.ITEM_TABLE_TITLE_HEADINGS, r"^(?:{})\.?$")
_RECORD_COLUMN = v.compiled(v.ITEM_TABLE_RECORD_HEADINGS, r"^(?:{})$")
_TABLE_TITLE = v.compiled(v.DECISION_TABLE_TITLES, r"^#*\s*(?:{})\s*:?$")
# a cell's words going on to the next line: a lower-case word or a bracket, not a sentence after the table ("The
# meeting terminated at 1.15 pm.")
_WRAPPED = re.compile(r"^[a-z(]")


def _key(cell: str) -> str:
    return re.sub(r"^(?:item|minute|min)\.?\s*", "", cell.strip().rstrip(".").lower())


def file_decision_tables(items: list[MinuteItem]) -> None:
    """Each row of a decisions table in an item's text moved to the item it numbers (in place)."""
    by_number = {_key(item.number): item for item in items if item.number}
    if len(by_number) < 2:
        return
    for host in items:
        if "\t" in host.text:
            _file_from(host, by_number)


def _file_from(host: MinuteItem, by_number: dict[str, MinuteItem]) -> None:
    lines = host.text.split("\n")
    for h, line in enumerate(lines):
        cells = [c.strip() for c in line.split("\t")]
        # the item's number first and its decision last, with the item's title or the application between
        # ("Minute | Application / item | Decision", as planning committees list them)
        if len(cells) < 2 or not (_KEY_COLUMN.match(cells[0]) and _RECORD_COLUMN.match(cells[-1])):
            continue
        rows: list[tuple[MinuteItem, str]] = []
        end = h + 1
        while end < len(lines):
            row = [c.strip() for c in lines[end].split("\t")]
            wrapped = len(row) == 1 and bool(_WRAPPED.match(row[0]))
            if rows and (wrapped or (len(row) > 1 and not row[0] and bool(row[-1]))):
                # a decision too long for its cell, its words going on below ("Approved, in line with officer" /
                # "recommendation (amended plans)"), printed alone or in a row with no number of its own
                rows[-1] = (rows[-1][0], f"{rows[-1][1]} {row[-1]}")
                end += 1
                continue
            if len(row) == 1:
                break
            decision = row[-1] if len(cells) > 2 else "\t".join(row[1:]).strip()
            target = by_number.get(_key(row[0]))
            if target is None or not decision or (len(cells) > 2 and len(row) != len(cells)):
                break
            rows.append((target, decision))
            end += 1
        if (end < len(lines) and "\t" in lines[end]) or not any(t is not host for t, _ in rows):
            continue  # a table that is not all decisions by item, or one that only repeats this item's own
        start = h - 1 if h > 0 and _TABLE_TITLE.match(lines[h - 1].strip()) else h
        for target, decision in rows:
            _move(host, target, decision)
        host.text = "\n".join(lines[:start] + lines[end:]).strip()
        return


def _move(host: MinuteItem, target: MinuteItem, decision: str) -> None:
    """``decision`` from ``host``'s resolutions (if read there) to ``target``'s, and to its text."""
    read = [r for r in host.resolutions if r.text and r.text in decision]
    host.resolutions = [r for r in host.resolutions if r not in read]
    if target is not host:
        target.text = f"{target.text}\n{decision}".strip()
    target.resolutions.append(Resolution(text=decision, owner=read[0].owner if read else None,
                                         due=read[0].due if read else None))
