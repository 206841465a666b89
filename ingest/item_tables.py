"""Minutes kept as a table of items, one row an item: "Minute | Item | Decision" over "P24/32 | 12 Castle Street |
RESOLVED to support the application." (town and parish committees, partnerships and NHS committees type their minutes
so in Word or Markdown). Read as the rows of any minutes are: the number and title on the item's row, and each later
cell a line of the item below it, a column of record (the decision, the discussion) as it stands and another column
labelled by its heading ("Action by: MD", "Due: June 2024")."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.cleaning import Row
from minutebook import vocabulary as v

_NUMBER_COLUMN = v.compiled(v.ITEM_TABLE_NUMBER_HEADINGS, r"^(?:{})\.?$")
_ITEM_COLUMN = v.compiled(v.ITEM_TABLE_TITLE_HEADINGS, r"^(?:{})$")
_RECORD_COLUMN = v.compiled(v.ITEM_TABLE_RECORD_HEADINGS, r"^(?:{})$")
_WRAPPED = re.compile(r"^[a-z(£\d]")  # a line carried over from a cell above: it opens in lower case or a bracket
_NUMBER_CELL_MOST = 12  # characters of a cell that numbers an item ("3", "P24/32", "ICB/24/001")
# a line opening with an item's number and its title ("2035/45 Matters arising", "Minute 45. Matters arising")
_NUMBERED_LINE = re.compile(r"^\s*(?:minute\s+(?:no\.?\s*)?)?(?P<number>[A-Za-z]{0,4}[./ ]?\d[\w/.-]{0,11}?)\.?\s+"
                            r"(?=[A-Z])", re.I)


def _shape(number: str) -> str:
    """A number's shape, its digits and letters alike: "2035/45" and "2035/04" are one numbering, "3.1" another."""
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d+", "9", number.rstrip(".")))


def split_item_tables(rows: list[Row]) -> list[Row]:
    """Rows with each row of a table of items split into its heading row and the lines of its record."""
    out: list[Row] = []
    heads: list[str] | None = None
    record = False  # the last row out is a line of a table row's record
    above: str | None = None  # the number of the last item heading above the table ("2035/45 Matters arising")
    nested: str | None = None  # the number of the item heading a table of items sits under
    for row in rows:
        cells = [c.strip() for c in row.text.split("\t")]
        if "\t" not in row.text and (numbered_line := _NUMBERED_LINE.match(row.text)):
            above = numbered_line.group("number")
        # (a heading of the source's own is no cell wrapped in its column: "### 2035/46 Appointments" after a table)
        if heads is not None and record and "\t" not in row.text and not row.level \
                and _WRAPPED.match(row.text.strip()):
            # "Resolved that the minutes be signed as" / "a correct record.": the record's cell wrapped in its column
            out[-1] = replace(out[-1], text=f"{out[-1].text} {row.text.strip()}")
            continue
        record = False
        if len(cells) >= 3 and _NUMBER_COLUMN.match(cells[0]) and _ITEM_COLUMN.match(cells[1]):
            heads = cells  # "Minute | Item | Decision"
            nested = above
            out.append(row)
            continue
        numbered = len(cells) >= 3 and 0 < len(cells[0]) <= _NUMBER_CELL_MOST and any(ch.isdigit() for ch in cells[0])
        if heads is not None and numbered and nested is not None and _shape(cells[0]) == _shape(nested):
            # a table under an item numbered as its rows are ("2035/45 Matters arising" over "Minute | Matter |
            # Update", "2035/04 | Cawthorne Road petition | County highways carried out a speed survey ..."): its rows
            # are earlier minutes followed up, each row the item's own line, not the minutes' items
            heads = None
        if heads is None or not numbered:
            heads = heads if "\t" in row.text else None  # a row of no cells ends the table
            out.append(row)
            continue
        out.append(replace(row, text=f"{cells[0]}\t{cells[1]}"))
        for k, cell in enumerate(cells[2:], start=2):
            head = heads[k] if k < len(heads) else ""
            if cell:
                text = cell if not head or _RECORD_COLUMN.match(head) else f"{head}: {cell}"
                out.append(replace(row, text=text, level=0))
                record = True
    return out
