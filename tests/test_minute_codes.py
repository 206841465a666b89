"""Minute numbers written as a body's code that the parser had not met, each class read from several small fictional
papers written for these tests (other councils, other formats):

* a code whose letters are joined by an ampersand ("P&R 52", "H&WB 31", "A&S 7."), or whose serial a hyphen joins to
  the letters and year ("CAB20-54", "PLN-104", "EX22-7"): the number is the whole code, and the item's title is the
  rest of the heading, not the code and the title together;
* a code whose serial after the year has one digit ("JAC 19/7", "SC 23/4"): the items numbered 1 to 9 of the year
  are items, not part of the header above the first two-digit one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import parsed_meeting

# ----------------------------------------------------------------------------- codes joined by & or a hyphen


AMPERSAND_TXT = """              DUNMERE METROPOLITAN BOROUGH COUNCIL

                  HEALTH AND WELLBEING BOARD

                     Tuesday, 12th March 2019

Present:  Councillor Ann Tolley (Chair)
          Councillors B Rusk and C Orme

H&WB 31  APOLOGIES

         Apologies were received from Councillor D Pike.

H&WB 32  DECLARATIONS OF INTEREST

         Councillor Rusk declared an interest in minute H&WB 34 as a GP partner.

H&WB 33  MINUTES

         RESOLVED:  That the minutes of the meeting held on 8th January 2019 be approved.

H&WB 34  PHARMACEUTICAL NEEDS ASSESSMENT

         The Director of Public Health presented the draft assessment.

         RESOLVED:  That the draft assessment be published for consultation.
"""

AMPERSAND_MD = """# Brackley Vale Town Council

## Audit and Standards Committee

Minutes of the meeting held on Monday 3 June 2024 at 7pm in the Council Chamber.

**Present:** Cllrs Joan Pettit (Chair), Rob Anning and Sue Wade.

**A&S 7.** Apologies

None.

**A&S 8.** Internal auditor's report

The internal auditor's report for 2023/24 was received.

**Resolved:** that the report be accepted.

**A&S 9.** Risk register

**Resolved:** that the risk register be adopted.
"""

HYPHEN_HTML = """<html><body><h1>Pellingford Council</h1><h2>Planning Committee</h2>
<p>Minutes of the meeting held on Wednesday 6 March 2024 at 6.00 pm in the Council Chamber</p>
<p><strong>Present:</strong> Councillors Ravi Dhillon (Chair), Kate Moss and Leo Finch.</p>
<h2>PLN-104 Apologies for Absence</h2><p>Apologies were received from Councillor Ward.</p>
<h2>PLN-105 Declarations of Interest</h2><p>Councillor Finch declared an interest in item PLN-107.</p>
<h2>PLN-106 Minutes</h2><p>The minutes of the meeting held on 7 February 2024 were agreed.</p>
<h2>PLN-107 Land at Orchard Way</h2><p>The Committee considered the application for 40 homes.</p>
<h3>Decision</h3><ol><li>That planning permission be granted subject to conditions.</li></ol>
</body></html>"""

HYPHEN_YEAR_MD = """# Thornwick District Council

## Executive

Minutes of the meeting held on Thursday 10 November 2022 at 10.00am, Thornwick House

**Present:** Councillors Jo Heald (Leader), Sam Price and Amir Latif.

### EX22-7 Apologies

There were none.

### EX22-8 COVID-19 Recovery Fund

The Executive considered the allocation of the fund.

**Decision:** That £250,000 be allocated to town centre recovery.

### EX22-9 Fees and charges 2023/24

**Decision:** That the fees and charges be approved.
"""


@pytest.mark.parametrize(
    ("text", "name", "numbers", "title"),
    [
        (AMPERSAND_TXT, "m.txt", ["H&WB 31", "H&WB 32", "H&WB 33", "H&WB 34"], "PHARMACEUTICAL NEEDS ASSESSMENT"),
        (AMPERSAND_MD, "m.md", ["A&S 7", "A&S 8", "A&S 9"], "Risk register"),
        (HYPHEN_HTML, "m.html", ["PLN-104", "PLN-105", "PLN-106", "PLN-107"], "Land at Orchard Way"),
        (HYPHEN_YEAR_MD, "m.md", ["EX22-7", "EX22-8", "EX22-9"], "Fees and charges 2023/24"),
    ],
    ids=["ampersand-txt", "ampersand-md", "hyphen-html", "hyphen-year-md"],
)
def test_a_code_joined_by_an_ampersand_or_hyphen_is_the_minute_number(
        tmp_path: Path, text: str, name: str, numbers: list[str], title: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    numbered = [i for i in meeting.items if i.number]
    assert [i.number for i in numbered] == numbers, [(i.number, i.title) for i in meeting.items]
    last = numbered[-1]
    assert last.title == title and last.resolutions


def test_an_item_a_declaration_names_by_its_code_is_that_item(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, AMPERSAND_TXT, "m.txt")
    (declaration,) = meeting.declarations
    assert declaration.member.endswith("Rusk") and declaration.item == "H&WB 34"


# ----------------------------------------------------------------------------- one-digit serials


SLASH_TXT = """SOUTH FELLSIDE JOINT COMMITTEE

Minutes of the meeting held on Friday 14 July 2023 at 2pm at Fellside House, Kendrew

Present: Cllr Amy Dorr (Chair), Cllr Tim Oakes, Mr Ray Bolt.

SC 23/4  Apologies
Apologies were received from Cllr Fay Lowe.

SC 23/5  Minutes
The minutes of the meeting held on 10 March 2023 were approved.

SC 23/6  Ranger service
RESOLVED that the ranger service plan be approved.
"""

SLASH_HTML = """<html><body><h1>Lowmoor Crematorium Joint Committee</h1>
<p>Minutes of the meeting held on Tuesday 5 September 2017 at 11.00am at Lowmoor Crematorium</p>
<h3>Present</h3><p>Cllr Hugh Platt (Chairman), Cllr Jean Lister, Cllr Omar Farouk.</p>
<h3>OSC 17/8 &nbsp; Apologies</h3><p>None.</p>
<h3>OSC 17/9 &nbsp; Minutes and matters arising</h3><p>The minutes were approved. The reply from the Environment
Agency (Min OSC 17/3) was still awaited.</p>
<h3>OSC 17/10 &nbsp; Mercury abatement</h3><p><strong>Resolved:</strong> that the abatement works proceed.</p>
<h3>OSC 17/11 &nbsp; Date of next meeting</h3><p>Tuesday 5 December 2017.</p>
</body></html>"""

SLASH_MD = """# Kirkby Levens Harbour Board

Minutes of the meeting held on Monday 2 October 2023 at 6.30pm in the Harbour Office.

**Present:** Mr Neil Cox (Chairman), Mrs Jo Reay, Mr Pat Hume.

**HB 23/1 Apologies** — none.

**HB 23/2 Harbour dues 2024**

**Resolved:** that harbour dues rise by 5% from 1 January 2024.

**HB 23/3 Dredging**

**Resolved:** that the dredging contract be let to Tyne Marine.
"""


@pytest.mark.parametrize(
    ("text", "name", "numbers"),
    [
        (SLASH_TXT, "m.txt", ["SC 23/4", "SC 23/5", "SC 23/6"]),
        (SLASH_HTML, "m.html", ["OSC 17/8", "OSC 17/9", "OSC 17/10", "OSC 17/11"]),
        (SLASH_MD, "m.md", ["HB 23/1", "HB 23/2", "HB 23/3"]),
    ],
    ids=["txt", "html", "md"],
)
def test_a_code_whose_serial_has_one_digit_is_the_minute_number(
        tmp_path: Path, text: str, name: str, numbers: list[str]) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    assert [i.number for i in meeting.items if i.number] == numbers, [(i.number, i.title) for i in meeting.items]
    assert "Apologies" not in (meeting.header_text or "")


# ----------------------------------------------------------------------------- ampersand codes with year and serial


AMPERSAND_SLASH_HTML = """<html><body><h1>Wendleford Borough Council</h1><h2>Policy and Resources Committee</h2>
<p>Minutes of the meeting held on Thursday 9 February 2023 at 7.00 pm in the Guildhall</p>
<p><strong>Present:</strong> Councillors Mina Shah (Chair), Owen Pike and Rhys Dale.</p>
<h3>P&amp;R/23/012 Apologies</h3><p>Apologies were received from Councillor Bell.</p>
<h3>P&amp;R/23/013 Council tax base</h3>
<p>The Director of Finance presented the tax base of 41,220 Band D equivalents.</p>
<p><strong>Resolved:</strong> that the council tax base for 2023/24 be approved.</p>
<h3>P&amp;R/23/014 Asset disposals</h3><p><strong>Resolved:</strong> that the depot at Mill Lane be sold.</p>
</body></html>"""

AMPERSAND_SLASH_MD = """# Ashcombe Police and Crime Panel

Minutes of the meeting held on Wednesday 17 July 2019 at 10.00am, County Hall, Ashcombe

**Present:** Cllr Paul Rigg (Chair), Cllr Ann Sefton, Mrs Lyn Carr (independent member).

**A&G/19/04. Apologies**

Apologies were received from Cllr Hal Weir.

**A&G/19/05. Commissioner's annual report**

The Commissioner presented the annual report for 2018/19.

**Resolved:** that the annual report be noted.

**A&G/19/06. Complaints against the Commissioner**

**Resolved:** that no complaint be referred to the Independent Office for Police Conduct.
"""

AMPERSAND_SLASH_TXT = """CROWHURST FIRE AUTHORITY - HEALTH AND SAFETY COMMITTEE

Minutes of the meeting held on Monday 4 October 2021 at 2.00pm, Service Headquarters, Crowhurst

Present: Cllr Gill Marsh (Chair), Cllr Tom Ebbs, Cllr Ravi Nair.

H&S/21/7  APOLOGIES
None were received.

H&S/21/8  ACCIDENTS AND NEAR MISSES
The Head of Safety reported 14 accidents in the quarter, 3 of them reportable.
RESOLVED: that the report be noted.

H&S/21/9  BREATHING APPARATUS REPLACEMENT
RESOLVED: that the replacement programme go ahead in 2022.
"""


@pytest.mark.parametrize(
    ("text", "name", "numbers", "title"),
    [
        (AMPERSAND_SLASH_HTML, "m.html", ["P&R/23/012", "P&R/23/013", "P&R/23/014"], "Asset disposals"),
        (AMPERSAND_SLASH_MD, "m.md", ["A&G/19/04", "A&G/19/05", "A&G/19/06"], "Complaints against the Commissioner"),
        (AMPERSAND_SLASH_TXT, "m.txt", ["H&S/21/7", "H&S/21/8", "H&S/21/9"], "BREATHING APPARATUS REPLACEMENT"),
    ],
    ids=["html", "md", "txt"],
)
def test_an_ampersand_code_with_year_and_serial_is_the_minute_number(
        tmp_path: Path, text: str, name: str, numbers: list[str], title: str) -> None:
    """A body's initials joined by "&" then a year and serial ("O&S/22/040"): each item is its own, not one block."""
    meeting = parsed_meeting(tmp_path, text, name)
    numbered = [i for i in meeting.items if i.number]
    assert [i.number for i in numbered] == numbers, [(i.number, i.title) for i in meeting.items]
    last = numbered[-1]
    assert last.title == title and last.resolutions
