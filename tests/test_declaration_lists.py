"""Declarations set out as a list under the declarations item, each entry a member then what they declared, without a
verb: the entry opened by a list marker ("(a)", "1.", "i)") or its member followed by a colon rather than a dash. Each
entry is a declaration by that member on the item it names. Small fictional papers written for this test, in several
formats and councils.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file

LETTERED_MD = """# Glyncoed Town Council

Minutes of the meeting held on Monday 9 September 2019 at 7pm in the Town Hall.

**Present:** Cllrs Mair Hughes (Chair), Iwan Bevan, Sian Pugh and Dafydd Rees.

**1. Apologies**

None.

**2. Declarations of interest**

(a) Councillor Bevan — personal interest in item 5, the allotment rents, as he rents a plot.

(b) Councillor Pugh — personal and prejudicial interest in item 6 (grants), being treasurer of the Glyncoed Show. \
She left the room.

**3. Minutes**

The minutes of the meeting held on 8 July 2019 were approved.

**5. Allotments**

It was resolved that allotment rents rise to £40 a plot.

**6. Grants**

It was resolved that £300 be given to the Glyncoed Show.
"""

NUMBERED_TXT = """ASHLEY GREEN PARISH COUNCIL

Minutes of the meeting held on Tuesday 4 February 2020 at 7.30pm in the Village Hall

Present: Cllr Rob Finch (Chairman), Cllr Jane Cole, Cllr Mark Hart.

20/11 DECLARATIONS OF INTEREST
1. Cllr Cole - non-pecuniary interest in item 20/14 as a member of the cricket club.
2. Cllr Hart - pecuniary interest in item 20/15 as the owner of a neighbouring property.

20/12 MINUTES
The minutes of the meeting held on 7 January 2020 were approved.

20/14 CRICKET CLUB LEASE
RESOLVED that the lease be renewed for ten years.

20/15 PLANNING
RESOLVED that no objection be raised to application 19/3321.
"""

COLON_HTML = """<html><body><h1>Northby Valley Joint Committee</h1>
<p>Minutes of the meeting held on Thursday 12 March 2015 at 2.00pm, Northby House</p>
<p><strong>Present:</strong> Councillors Alan Webb (Chair), Fiona Lacey and Tom Birch.</p>
<h3>1. Apologies</h3><p>Apologies were received from Councillor Dean.</p>
<h3>2. Declarations of interest</h3>
<p>Councillor Lacey: a director of Northby Housing Trust, which has bid for the site in item 4. She withdrew for that
item.</p>
<p>Councillor Birch: a member of the Valley Ramblers (item 5). He remained.</p>
<h3>3. Minutes</h3><p>The minutes of the meeting held on 11 December 2014 were approved.</p>
<h3>4. Site disposal</h3><p><strong>Resolved:</strong> that the site be sold to the highest bidder.</p>
<h3>5. Rights of way</h3><p><strong>Resolved:</strong> that the path survey be noted.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (LETTERED_MD, "m.md", {("Bevan", "5", False), ("Pugh", "6", True)}),
        (NUMBERED_TXT, "m.txt", {("Cole", "20/14", False), ("Hart", "20/15", False)}),
        (COLON_HTML, "m.html", {("Lacey", "4", True), ("Birch", "5", False)}),
    ],
    ids=["lettered-md", "numbered-txt", "colon-html"],
)
def test_a_listed_declaration_is_the_members_on_the_item_it_names(
        tmp_path: Path, text: str, name: str, expected: set[tuple[str, str, bool]]) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    got = {(d.member.split()[-1], d.item, d.withdrew) for d in meeting.declarations}
    assert got == expected, meeting.declarations


ROMAN_TXT = """KIRKLAND BAY HARBOUR COMMISSIONERS

Minutes of the meeting held on Friday 3 May 2024 at 10.00am, Harbour Office

Present: Mr Euan Reid (Chairman), Mrs Ailsa Munro, Mr Callum Ross.

1. Apologies
None.

2. Declarations of interest
(i) Mrs Munro - financial interest in item 4 as a boat owner paying mooring fees.
(ii) Mr Ross - non-financial interest in item 5 as a lifeboat volunteer.

3. Minutes
The minutes of the meeting held on 2 February 2024 were approved.

4. Mooring fees
Agreed that fees rise by 4%.

5. Lifeboat station
Agreed that the slipway lease be renewed.
"""


def test_a_roman_numbered_declaration_is_read(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(ROMAN_TXT, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert {(d.member.split()[-1], d.item) for d in meeting.declarations} == {("Munro", "4"), ("Ross", "5")}


BARE_TITLE_MD = """# Elmhurst Fire Authority

## Resources Committee

Minutes of the meeting held on Wednesday 6 July 2022 at 10.00am, Service Headquarters.

**Present:** Cllrs Dawn Price (Chair), Kevin Lowe and Amrit Gill.

### RC/22/01 Apologies

None.

### RC/22/02 Declarations

Cllr Lowe: his wife is employed at the Service's training centre. Not a pecuniary interest; he took part in RC/22/04.

### RC/22/03 Minutes

The minutes of the meeting on 4 April 2022 were approved.

### RC/22/04 Training centre

**Resolved:** that the training centre budget be approved.
"""

BARE_TITLE_TXT = """HOLMWOOD PARISH COUNCIL

Minutes of the meeting held on Monday 14 March 2016 at 7.30pm in the Pavilion

Present: Cllr Sue Grant (Chair), Cllr Ian Webb, Cllr Len Pratt.

1.  DECLARATIONS
    Cllr Webb - pecuniary interest in item 3 as the tenant of the pavilion bar. He left the room for item 3.

2.  MINUTES
    The minutes of 8 February 2016 were approved.

3.  PAVILION BAR LEASE
    RESOLVED that the lease be renewed.
"""


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [(BARE_TITLE_MD, "m.md", ("Lowe", None, False)), (BARE_TITLE_TXT, "m.txt", ("Webb", "3", True))],
    ids=["md", "txt"],
)
def test_an_item_titled_declarations_alone_is_read_for_declarations(
        tmp_path: Path, text: str, name: str, expected: tuple[str, str | None, bool]) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert [(d.member.split()[-1], d.item, d.withdrew) for d in meeting.declarations] == [expected]


CODED_TABLE_MD = """# Wexcombe County Council

## Adult Social Care Scrutiny Panel

Minutes of the meeting held on Tuesday 5 March 2024 at 10.00am, County Hall.

**Present:** County Councillors Gwen Lord (Chair), Raj Mistry and Ola Banjo.

## ASC/24/011 – Declarations of interest

| Member | Item | Interest |
|---|---|---|
| Cllr Raj Mistry | ASC/24/014 | Works for a home care provider (pecuniary). Left the room. |
| Cllr Ola Banjo | ASC/24/013 | Unpaid carer for her mother (non-pecuniary). Took part. |

## ASC/24/012 – Minutes

The minutes of 6 February 2024 were approved.

## ASC/24/013 – Carers' strategy

**Resolved:** that the carers' strategy be endorsed.

## ASC/24/014 – Home care framework

**Resolved:** that the framework be noted.
"""

CODED_TABLE_HTML = """<html><body><h1>Rushmere Borough Council</h1><h2>Licensing Committee</h2>
<p>Minutes of the meeting held on Monday 11 November 2019 at 6.00 pm, Town Hall</p>
<p><strong>Present:</strong> Councillors Neil Dorey (Chair), Kath Sims and Bob Ives.</p>
<h3>LIC.41 Declarations of Interest</h3>
<table><tr><th>Councillor</th><th>Minute</th><th>Nature of interest</th></tr>
<tr><td>Councillor Kath Sims</td><td>LIC.43</td><td>Personal: knows the applicant</td></tr></table>
<h3>LIC.42 Minutes</h3><p>The minutes of 14 October 2019 were approved.</p>
<h3>LIC.43 The Crown, High Street</h3><p><strong>Resolved:</strong> that the licence be granted.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (CODED_TABLE_MD, "m.md", {("Mistry", "ASC/24/014"), ("Banjo", "ASC/24/013")}),
        (CODED_TABLE_HTML, "m.html", {("Sims", "LIC.43")}),
    ],
    ids=["md", "html"],
)
def test_a_declarations_table_naming_items_by_code_names_the_item(
        tmp_path: Path, text: str, name: str, expected: set[tuple[str, str]]) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert {(d.member.split()[-1], d.item) for d in meeting.declarations} == expected
