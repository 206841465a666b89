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


def split_item_tables(rows: list[Row]) -> list[Row]:
    """Rows with each row of a table of items split into its heading row and the lines of its record."""
    out: list[Row] = []
    heads: list[str] | None = None
    record = False  # the last row out is a line of a table row's record
    for row in rows:
        cells = [c.strip() for c in row.text.split("\t")]
        if heads is not None and record and "\t" not in row.text and _WRAPPED.match(row.text.strip()):
            # "Resolved that the minutes be signed as" / "a correct record.": the record's cell wrapped in its column
            out[-1] = replace(out[-1], text=f"{out[-1].text} {row.text.strip()}")
            continue
        record = False
        if len(cells) >= 3 and _NUMBER_COLUMN.match(cells[0]) and _ITEM_COLUMN.match(cells[1]):
            heads = cells  # "Minute | Item | Decision"
            out.append(row)
            continue
        numbered = len(cells) >= 3 and 0 < len(cells[0]) <= _NUMBER_CELL_MOST and any(ch.isdigit() for ch in cells[0])
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
