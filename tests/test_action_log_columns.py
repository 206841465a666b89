"""An action log that says where each row stands in two columns ("Update | Status", "Progress | RAG", "Comments |
Status"): a row is done where either says so ("Notice issued on 6 July 2021." beside "Closed"), not outstanding (and
so overdue) for want of a done word in the first. Small fictional papers written for this test, in several formats.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.action_logs import logged_actions
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus

HTML_JUNE = """<html><body><h1>Ravelston Joint Transport Committee</h1>
<p>Minutes of the meeting held on Wednesday 9 June 2021 at 10.00am, held remotely</p>
<p><strong>Present:</strong> Councillors Ann Bell (Chair), Rob Kerr and Ian Muir.</p>
<h3>12. Action log</h3>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr><td>T21/3</td><td>Write to the operator about Sunday services</td><td>J. Dunn</td><td>30 June 2021</td>
<td>Open</td></tr></table>
</body></html>"""

HTML_SEPT = """<html><body><h1>Ravelston Joint Transport Committee</h1>
<p>Minutes of the meeting held on Wednesday 8 September 2021 at 10.00am, held remotely</p>
<p><strong>Present:</strong> Councillors Ann Bell (Chair), Rob Kerr and Ian Muir.</p>
<h3>20. Minutes and action log</h3><p>The minutes of 9 June 2021 were approved.</p>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Update</th><th>Status</th></tr>
<tr><td>T21/3</td><td>Letter to the operator about Sunday services</td><td>J. Dunn</td>
<td>Letter posted 21 June 2021; reply received.</td><td>Closed</td></tr></table>
</body></html>"""

MD_MARCH = """# Fenbury Town Council – Amenities Committee

Minutes of the meeting held on Monday 6 March 2023 at 7pm, Town Hall.

**Present:** Cllrs Joe Hart (Chair), Liz Moss and Sam Reed.

## 23/14 Action log

| Action | Lead | Target date | Progress | RAG |
|---|---|---|---|---|
| Replace the bench on the green | Clerk | 31 March 2023 | Ordered from the supplier | Amber |
"""

MD_MAY = """# Fenbury Town Council – Amenities Committee

Minutes of the meeting held on Monday 15 May 2023 at 7pm, Town Hall.

**Present:** Cllrs Joe Hart (Chair), Liz Moss and Sam Reed.

## 23/30 Action log

| Action | Lead | Target date | Progress | RAG |
|---|---|---|---|---|
| Replace the bench on the green | Clerk | 31 March 2023 | Fitted on 20 April 2023 | Complete |
"""

BOARD_JAN = (HTML_JUNE.replace("Ravelston Joint Transport Committee", "Kilmory Harbour Board")
             .replace("9 June 2021", "12 January 2022").replace("T21/3", "HB/22/01")
             .replace("Write to the operator about Sunday services", "Survey the east pier fenders"))
BOARD_APR = """<html><body><h1>Kilmory Harbour Board</h1>
<p>Minutes of the meeting held on Wednesday 13 April 2022 at 10.00am, Harbour Office</p>
<p><strong>Present:</strong> Councillors Ann Bell (Chair), Rob Kerr and Ian Muir.</p>
<h3>7. Matters arising and action log</h3>
<table><tr><th>No.</th><th>Action</th><th>Who</th><th>Comments</th><th>Outcome</th></tr>
<tr><td>HB/22/01</td><td>Survey the east pier fenders</td><td>Harbour Master</td>
<td>Survey by Tyne Marine, report on this agenda.</td><td>Done</td></tr></table>
</body></html>"""


@pytest.mark.parametrize(("first", "later", "names"), [
    (HTML_JUNE, HTML_SEPT, ("ravelston-joint-transport-committee-2021-06-09.html",
                            "ravelston-joint-transport-committee-2021-09-08.html")),
    (MD_MARCH, MD_MAY, ("fenbury-town-council-amenities-committee-2023-03-06.md",
                        "fenbury-town-council-amenities-committee-2023-05-15.md")),
    (BOARD_JAN, BOARD_APR, ("kilmory-harbour-board-2022-01-12.html", "kilmory-harbour-board-2022-04-13.html")),
], ids=["update-status-html", "progress-rag-md", "comments-outcome-html"])
def test_a_row_done_in_either_status_column_is_completed(
        tmp_path: Path, first: str, later: str, names: tuple[str, str]) -> None:
    minutes = []
    for text, name in zip((first, later), names, strict=True):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = parse_file(path)
        minutes.extend((doc, m) for m in doc.meetings)
    (action,) = logged_actions(minutes, dt.date(2024, 1, 1))
    assert action.status == ActionStatus.COMPLETED, action
    assert len(action.evidence) == 2
