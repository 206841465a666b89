"""An exclusion of the press and public printed as an unnumbered block between two numbered items ("EXCLUSION OF
PRESS AND PUBLIC / The Committee resolved under Section 50A(4) ... to exclude the press and public ... for the
following item"): it closes the item above, which stays public, and the item after it is exempt. Read from small
fictional papers written for these tests, in three formats; the exempt item is never served to the public.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file

TXT = """STRATHAVEN COUNCIL

HOUSING COMMITTEE

MINUTE of Meeting of the Housing Committee held in the Burgh Chambers, Strathaven on Tuesday 4 June 2019 at 2.00 pm

Present: Councillor Jean Moffat (Convener); Councillors Alan Reid and Iona Baird.

1.   APOLOGIES

     There were no apologies.

2.   TENANT PARTICIPATION STRATEGY

     The Committee considered a report on the tenant participation strategy.

     Decision

     The Committee approved the strategy.


     EXCLUSION OF PRESS AND PUBLIC

     The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act
     1973 to exclude the press and public from the meeting for the following item of
     business on the grounds that it involved the likely disclosure of exempt information
     as defined in paragraph 9 of Part 1 of Schedule 7A to the Act.


3.   PURCHASE OF FORMER POLICE HOUSE, MAIN STREET

     The Committee considered a report on the purchase of the property.

     Decision

     The Committee agreed to purchase the property at £95,000.
"""

MD = """# Hallowby Parish Council

Minutes of the meeting of Hallowby Parish Council held on Monday 9 September 2024 at 7.30pm in the Village Hall.

**Present:** Cllrs Ruth Eden (Chairman), Mark Hale and Tessa Lamb.

## 1. Apologies

None.

## 2. Playing field lease

**Resolved:** that the lease be renewed for five years.

**Exclusion of the public**

**Resolved:** that under the Public Bodies (Admission to Meetings) Act 1960 the public be excluded from the
meeting for the following item because of the confidential nature of the business to be transacted.

## 3. Staffing matters

**Resolved:** that the Clerk's contract be amended as discussed.
"""

HTML = """<html><body><h1>Corrach Community Council</h1>
<p>Minute of the meeting held on Wednesday 6 March 2019 at 7.00pm in Corrach Hall</p>
<p>Present: Mrs Fay Lind (Chair), Mr Tom Keir, Ms Ann Shaw.</p>
<h3>1. Apologies</h3><p>None.</p>
<h3>2. Windfarm community fund</h3><p>The Council agreed to open the fund for applications in April.</p>
<h4>Exclusion of press and public</h4>
<p>It was agreed to exclude the press and public for the next item, which involved the likely disclosure of exempt
information about an individual.</p>
<h3>3. Complaint against a member</h3><p>The Council agreed to refer the complaint to the Standards Commission.</p>
</body></html>"""


TXT2 = """KILLEARN VALLEY IJB AUDIT COMMITTEE

Minutes of Meeting held in Committee Room 2, Killearn House on Thursday 14 November 2019 at 10.30 am

Present: Mr Colin Dow (Chair), Cllr Mairi Nairn, Ms Ruth Kay.

4.  INTERNAL AUDIT PROGRESS

    The Chief Internal Auditor presented the progress report.

    DECISION: The Committee noted the progress report.

    The Committee then agreed to exclude the press and public from the meeting during consideration of the
    following item of business as it involved the likely disclosure of exempt information.

5.  FRAUD INVESTIGATION UPDATE

    DECISION: The Committee noted the update.

6.  DATE OF NEXT MEETING

    The next meeting will be held on 12 March 2020.
"""

MD2 = """# Wester Fyne Council

## Licensing Board

Minute of Meeting of the Licensing Board held in the Council Chamber, Inveraray on Wednesday 5 June 2019 at 11.00 am

**Present:** Councillor Rory Bell (Convener), Councillors Lyn Munro and Hugh Todd.

### 7. OCCASIONAL LICENCES

**Decision:** The Board granted the three applications.

The Board resolved that the press and public be excluded from the meeting for the following item of business in terms
of Section 50A(4) of the Local Government (Scotland) Act 1973, as it involved exempt information.

### 8. PERSONAL LICENCE - REVIEW HEARING

**Decision:** The Board revoked the personal licence.

### 9. DATE OF NEXT MEETING

The Board noted that the next meeting would be held on 3 July 2019.
"""


@pytest.mark.parametrize(("text", "name"), [(TXT, "m.txt"), (MD, "m.md"), (HTML, "m.html"), (TXT2, "m.txt"),
                                            (MD2, "m.md")],
                         ids=["scottish-txt", "parish-md", "community-html", "audit-txt", "board-md"])
def test_an_exclusion_between_items_makes_the_next_item_exempt_not_the_one_above(
        tmp_path: Path, text: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    numbered = [i for i in meeting.items if i.number]
    public = [i.exempt for i in numbered if "NEXT MEETING" not in i.title.upper()]
    assert public == [False] * (len(public) - 1) + [True], [(i.number, i.title, i.exempt) for i in meeting.items]
    assert all(not i.exempt for i in meeting.items if "NEXT MEETING" in i.title.upper())


CLOSING_ON_DISCLOSURE = """Westhaven City Council
Licensing Committee
2.00pm 6 May 2022
Present: Councillors Orla Penn (Chair), Tariq Dale and Nia Frost
1 Procedural Business
1.1 There were no declarations of interest.
1.2 RESOLVED: That the press and public be excluded from the meeting during consideration of item 4, as it was
likely to disclose exempt information under Schedule 12A to the Local Government Act 1972.
2 Street Trading Consent Fees
2.1 RESOLVED: That the fees set out in the report be approved.
3 Review of Hackney Carriage Licence - Driver A
3.1 The Committee reviewed the licence and agreed the action set out in the confidential report.
4 Part Two Proceedings
4.1 RESOLVED: That the item listed in Part Two of the agenda and the decision on it should remain confidential from
publication.
"""


def test_item_deciding_private_business_stays_private_is_public(tmp_path: Path) -> None:
    """The closing item that decides the private business's papers stay private is held in public: it says only
    that, so it is served to everyone; the business before it is still exempt."""
    from tests.conftest import parsed_meeting

    meeting = parsed_meeting(tmp_path, CLOSING_ON_DISCLOSURE)
    exempt = {i.number: i.exempt for i in meeting.items}
    assert (exempt["1"], exempt["3"], exempt["4"]) == (False, True, False), exempt


NORTHERN_IRISH = """DRUMBEG AND CARNLOUGH DISTRICT COUNCIL
Minutes of the meeting of the Leisure Committee held on Tuesday 3 March 2026 at 7.00 pm in the Council Chamber

Present: Councillor S Quinn (Chair), Councillors B Doyle, M Hanna and P Kerr.

**L.41 Swimming Lessons**

The Leisure Manager reported 1,240 children enrolled for lessons. AGREED - that the report be noted.

**L.42 Date of Next Meeting**

The next meeting of the Committee will be held on Tuesday 7 April 2026 at 7.00 pm.

**IN COMMITTEE**

Proposed by Councillor Doyle, seconded by Councillor Kerr and

**AGREED** - that the Committee move into committee to consider the following item, which is exempt under Part 1 of
Schedule 6 of the Local Government Act (Northern Ireland) 2014.

**L.43 Gym Equipment Lease - Tenders**

Members considered three tenders. AGREED - that the tender of Fitline Leasing be accepted.

RESUMPTION OF BUSINESS
Proposed by Councillor Hanna, seconded by Councillor Quinn and AGREED that the Committee resume in open session.

**L.44 Any Other Business**

There was no other business.
"""


def test_a_northern_irish_committee_moving_into_committee_makes_the_next_item_exempt(tmp_path: Path) -> None:
    # "move into committee ... the following item": the item it is printed under (the next meeting's date) stays
    # public, the item after it is exempt, and "resume in open session" brings the public back
    paper = tmp_path / "drumbeg-and-carnlough-district-council-leisure-committee-2026-03-03.md"
    paper.write_text(NORTHERN_IRISH, encoding="utf-8")
    (meeting,) = parse_file(paper).meetings
    exempt = {i.number: i.exempt for i in meeting.items}
    assert exempt == {"L.41": False, "L.42": False, "L.43": True, "L.44": False}
