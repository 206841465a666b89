"""A header saying how a meeting was held, not whose it was: "Minutes of the virtual meeting held on ...",
"MINUTES OF THE REMOTE MEETING HELD ON ...", "Minutes of the hybrid meeting ..." under the committee's own line. The
committee is the line above ("Cabinet"), not the manner of the meeting ("virtual"); read from small fictional papers
written for these tests, in three formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file

HTML = """<html><body><h1>Cabinet</h1>
<p>Minutes of the virtual meeting held on Tuesday, 9th June, 2020 at 10.00 am via Zoom</p>
<p><strong>Present:</strong> Councillors Ann Rowe (Chair), Pat Cole and Dev Shah.</p>
<h2>1 Apologies</h2><p>None.</p><h2>2 Budget</h2><p>RESOLVED: That the budget be noted.</p>
</body></html>"""

TXT = """MARLSHAW TOWN COUNCIL

PLANNING AND HIGHWAYS COMMITTEE

MINUTES OF THE REMOTE MEETING HELD ON MONDAY 18 MAY 2020 AT 7.00PM

Present: Cllr Jon Reeve (Chairman), Cllr Ada Flint, Cllr Sam Tate.

1. APOLOGIES
None.

2. PLANNING APPLICATIONS
RESOLVED that no objection be raised to application 20/0112.
"""

MD = """# Eastwold District Council

## Licensing Committee

Minutes of the hybrid meeting held on Wednesday 2 March 2022 at 2pm in the Council Chamber and online

**Present:** Councillors Lee Ward (Chair), Meg Ince and Raj Bal.

### 1. Apologies

None.

### 2. Street trading policy

**Resolved:** that the policy be adopted.
"""


@pytest.mark.parametrize(("text", "name", "committee"),
                         [(HTML, "m.html", "Cabinet"), (TXT, "m.txt", "Planning and Highways Committee"),
                          (MD, "m.md", "Licensing Committee")], ids=["virtual-html", "remote-txt", "hybrid-md"])
def test_the_manner_of_a_meeting_is_not_its_committee(tmp_path: Path, text: str, name: str, committee: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert meeting.committee.lower() == committee.lower()
    assert len(meeting.items) == 2
