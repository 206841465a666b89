"""A document's own stamp above its heading ("Document: Minutes | Status: Approved 24/04/2025 | Published
28/04/2025", as councils' document registers print it) dates its approval and publication, not the meeting: the
meeting is the one its heading and opening sentence name, with their date.

The paper is written for the test (a fictional county borough's scrutiny committee, as its website prints it), read
by the same reader ``minutebook ingest`` uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.pipeline import parse_file

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head><title>Housing Scrutiny Committee - 12 February 2025 - Penllwyn County Borough Council</title></head>
<body>
<p class="docref">Document: Minutes | Status: Approved 20/03/2025 | Published 24/03/2025</p>
<h1>HOUSING SCRUTINY COMMITTEE</h1>
<p>Minutes of the meeting of the Housing Scrutiny Committee held at Ty Penllwyn, Heol Fawr, Penllwyn on Wednesday,
12 February 2025 at 2.00 pm.</p>
<table class="attendance">
<tr><td><b>PRESENT:</b></td><td>County Borough Councillor Mererid Hughes (Chair)</td></tr>
</table>
<table class="minutes">
<tr><td>31.</td><td><p><b>APOLOGIES FOR ABSENCE</b></p><p>Apologies were received from Councillor Iolo Price.</p>
</td></tr>
<tr><td>32.</td><td><p><b>EMPTY HOMES</b></p><p>The Committee noted that 412 homes had been empty for over six
months.</p></td></tr>
</table>
</body>
</html>
"""


def test_the_stamp_does_not_date_the_meeting(tmp_path: Path) -> None:
    paper = tmp_path / "penllwyn-county-borough-council-housing-scrutiny-committee-2025-02-12.html"
    paper.write_text(PAGE)
    meetings = parse_file(paper).meetings
    assert [m.date for m in meetings] == [dt.date(2025, 2, 12)]
    assert meetings[0].committee == "Housing Scrutiny Committee"
