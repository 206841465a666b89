"""A PDF's lines become paragraphs by where they stop, not by their punctuation.

Minutes printed to PDF from a word processor or a council's web page often set every heading in body type: a
minute's heading ("23/41 Declarations of Interest"), the header's lines ("Minutes of the Parish Council Meeting" /
"Held on ..."), a label ("Apologies:"). Such a line stops well short of the margin without a full stop; it ends
its paragraph all the same, where it used to run on into the next line, so the heading swallowed the minute's
first sentence and the header its attendance. A sentence wrapped at the margin is still one paragraph.

The PDF is built for the test (a one-page PDF of the given lines, Helvetica 11 pt) and read by the real reader
and parser.
"""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_source
from ingest.structure import parse_text
from tests.hostile import text_pdf

LINES = [
    "Minutes of the Parish Council Meeting",
    "Held on Monday 3rd April 2023 at 7.30pm in the Village Hall, Ashwell",
    "Present: Cllrs Amy Ames, Dan Dunne and Fay Frith",
    "Apologies:",
    "Cllr Hal Hale",
    "23/41 Declarations of Interest",
    "There were no declarations of interest.",
    "23/42 Allotments",
    "The Clerk reported that the water supply to the allotments on Church Walk had failed twice in",
    "March and that the District Council had agreed to repair the main pipe by May.",
    "RESOLVED that the Clerk write to the allotment holders.",
]


def test_a_line_that_stops_short_ends_its_paragraph(tmp_path: Path) -> None:
    lines = [line.text for line in read_source(text_pdf(tmp_path / "minutes.pdf", LINES)).lines]
    assert "Minutes of the Parish Council Meeting" in lines
    assert "Apologies:" in lines and "Cllr Hal Hale" in lines
    assert "23/41 Declarations of Interest" in lines
    # a sentence wrapped at the margin is still read whole
    assert ("The Clerk reported that the water supply to the allotments on Church Walk had failed twice in March "
            "and that the District Council had agreed to repair the main pipe by May.") in lines


def test_headings_in_body_type_are_items(tmp_path: Path) -> None:
    path = text_pdf(tmp_path / "ashwell-parish-council-2023-04-03.pdf", LINES)
    doc = parse_text(read_source(path), path.name, "0" * 64)
    meeting = doc.meetings[0]
    items = {i.number: i for i in meeting.items}
    assert items["23/41"].title == "Declarations of Interest"
    assert items["23/42"].title == "Allotments" and len(items["23/42"].resolutions) == 1
    assert any("Hale" in name for name in meeting.apologies)
