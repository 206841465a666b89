"""County minutes number every paragraph of an item, the decision among them: "(4) Mr Rideout moved ... The motion
was lost by 3 votes to 6." then "(5) RESOLVED that permission be granted ...". The numbered paragraph that opens
with the label is the item's decision, as "5. RESOLVED that ..." is; "(1) That ..." under a RESOLVED is still a
part of that decision.

The papers are written for the test (a fictional county committee).
"""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file

PAPER = """ASHFORTH COUNTY COUNCIL
PLANNING APPLICATIONS COMMITTEE
Minutes of a meeting held on Tuesday 14 May 2024 at 10.00 am in the Council Chamber, County Hall

Present: Mr A Bly (Chairman), Mrs C Dow, Mr E Fry, Mr G Hale

12/24  Land at Brook Farm, Tilby - solar farm, application AS/23/0456

(1)  The Case Officer said that the scheme would cover 38 hectares for 40 years.

(2)  Mrs Dow moved, seconded by Mr Fry, that the application be refused. The motion was lost by 1 vote to 3.

(3)  RESOLVED that permission be granted subject to the conditions in the report.

13/24  Tilby Quarry - variation of hours

(1)  The Case Officer presented the application to extend working hours on Saturdays.

(2)  RESOLVED that:

     (a) permission be refused because of noise at weekends; and

     (b) the applicant be advised to discuss quieter plant with officers.
"""


def test_a_numbered_paragraph_opening_resolved_is_the_decision(tmp_path: Path) -> None:
    path = tmp_path / "ashforth-planning-2024-05-14.txt"
    path.write_text(PAPER, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    items = {i.number: i for i in meeting.items}
    assert [r.text for r in items["12/24"].resolutions] == [
        "that permission be granted subject to the conditions in the report."]
    assert [r.number for r in items["13/24"].resolutions] == ["a", "b"]
