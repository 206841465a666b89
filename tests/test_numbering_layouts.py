"""Item numbers and the lists inside items, in layouts of councils the parser had not met, read from small
fictional papers written for these tests:

* Irish councils' and municipal districts' minute numbers, a letter or two, a dot, the serial and the year
  ("M.21/20", "MD.4/19");
* a decision set out as a numbered list ("AGREED: / 1. that ... / 2. that ...") and then the next item, numbered on
  from the list ("3. Progress on actions"): the next item, not a third part of the decision, whether the source marks
  it as a heading or prints it as a title in capitals;
* the chair of an Irish council printed by office before the name ("Presiding: Cathaoirleach Cllr. P. Moran").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import parsed_meeting

CORRIB = """CORRIB COUNTY COUNCIL
ATHENRY MUNICIPAL DISTRICT

MINUTES OF THE MONTHLY MEETING OF ATHENRY MUNICIPAL DISTRICT HELD IN THE COUNCIL CHAMBER, ATHENRY, ON MONDAY 8TH \
JUNE 2020 AT 3.00 P.M.

Presiding:        Cathaoirleach Cllr. P. Moran
Members Present:  Cllrs. S. Duggan, M. Hession, T. Kinane, B. Walsh

M.21/20  CONFIRMATION OF MINUTES
On the proposal of Cllr. Duggan, seconded by Cllr. Walsh, the minutes of the meeting held on 11th May 2020 were \
confirmed.

M.22/20  ROADS PROGRAMME 2020
It was agreed that the programme be adopted.

M.23/20  COMMUNITY GRANTS
On the proposal of Cllr. Moran, seconded by Cllr. Duggan, it was agreed to approve grants totalling €18,500.
"""

KILMORNA = """<html><body><h1>Kilmorna District Council</h1>
<p>Minutes of the Ballyduff Municipal District meeting held on 14 October 2019</p>
<p>Present: Cllrs A. Fahy, B. Egan, C. Hurley</p>
<p>MD.41/19 Housing allocations</p><p>The Senior Executive Officer reported on allocations.</p>
<p>MD.42/19 Public lighting</p><p>It was agreed to replace 40 lanterns with LED units.</p>
<p>MD.43/19 Any other business</p><p>There was no other business.</p>
</body></html>"""


@pytest.mark.parametrize(("text", "name", "numbers"), [
    (CORRIB, "corrib-county-council-athenry-municipal-district-2020-06-08.txt", ["M.21/20", "M.22/20", "M.23/20"]),
    (KILMORNA, "kilmorna-district-council-ballyduff-municipal-district-2019-10-14.html",
     ["MD.41/19", "MD.42/19", "MD.43/19"]),
])
def test_a_letter_a_dot_the_serial_and_the_year(tmp_path: Path, text: str, name: str, numbers: list[str]) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    assert [i.number for i in meeting.items] == numbers
    assert not any(n in meeting.items[0].title for n in numbers)


def test_an_irish_chair_printed_by_office(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, CORRIB, "corrib-county-council-athenry-municipal-district-2020-06-08.txt")
    assert meeting.chair is not None and "Moran" in meeting.chair
    assert "Cathaoirleach" not in meeting.present


FENBRIDGE = """<html><body><h1>Fenbridge and Ulverby Joint Waste Committee</h1>
<p>Minutes of the meeting held on Wednesday 22 June 2022</p>
<h2>1. Declarations of interest</h2><p>None.</p>
<h2>2. Garden waste charges</h2>
<p>The Committee considered the report of the Joint Waste Manager.</p>
<p>AGREED:</p><ol><li>that the garden waste charge be set at £45 for 2022/23;</li>
<li>that the charge be reviewed in January 2023.</li></ol>
<h2>3. Progress on actions</h2><p>The Manager reported that the recycling leaflet had been published.</p>
<h2>4. Contract with Greencycle Ltd</h2>
<p>It was moved, seconded and carried that the contract be extended to March 2025.</p>
</body></html>"""

MARSHWOOD = """MARSHWOOD PARISH COUNCIL

Minutes of the Parish Council meeting held on 3 April 2023

Present: Cllrs J Abbott (Chair), K Bell, L Cross

1. APOLOGIES
Apologies were received from Cllr M Dale.
2. HIGHWAYS
The Clerk reported on the potholes in Mill Lane.
RESOLVED:
1. that the potholes be reported to the county council;
2. that the Clerk chase the county council in May.
3. CEMETERY EXTENSION
The Council considered two quotes for the cemetery fencing.
"""

TALLOW = """# Tallow Bridge Town Council

Minutes of the Town Council meeting held on 9 January 2024

Present: Cllrs M Dean (Mayor), N Ellis, O Frost

## 11. Christmas lights

RESOLVED:

1. that the lights contract be renewed with Glow Ltd;
2. that the switch-on be held on 30 November.

## 12. Grants to local groups

The Council awarded £300 to Tallow Bridge Scouts.
"""


def test_the_next_item_after_a_numbered_decision_is_an_item(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, FENBRIDGE, "fenbridge-and-ulverby-joint-waste-committee-2022-06-22.html")
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert meeting.items[2].title == "Progress on actions"
    assert "Progress on actions" not in meeting.items[1].text
    # the list's parts stay the decision's
    assert any("reviewed in January 2023" in r.text for r in meeting.items[1].resolutions)


def test_a_title_in_capitals_after_a_numbered_decision_is_an_item(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, MARSHWOOD, "marshwood-parish-council-2023-04-03.txt")
    titles = [i.title for i in meeting.items]
    assert "CEMETERY EXTENSION" in titles
    highways = next(i for i in meeting.items if i.title == "HIGHWAYS")
    assert "cemetery" not in highways.text.lower()


def test_a_numbered_decision_before_the_next_numbered_heading(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, TALLOW, "tallow-bridge-town-council-2024-01-09.md")
    assert [i.number for i in meeting.items] == ["11", "12"]
    assert any("switch-on" in r.text for r in meeting.items[0].resolutions)


BRACKWATER = """# Brackwater Town Council – Amenities Committee

Minutes of the meeting held on Tuesday 5 March 2024 at the Guildhall, Brackwater

## 1. Apologies

Cllr N. Rowe (illness).

## 2. Progress report on previous resolutions

1. Replacement of the skate park ramps – COMPLETE. The ramps were installed in February.
2. Allotment water supply – SCHEDULED. Work is booked for April 2024.
3. Tree survey of Victoria Park – OUTSTANDING. The Clerk is still awaiting a quote.

## 3. Christmas lights

The Committee NOTED the report on the 2023 Christmas lights.

## 4. Any other business

None.
"""

PENRHOS = """<html><body><h1>Penrhos Community Council</h1><p>Minutes of the meeting held on 11 September 2018</p>
<h3>1. Apologies</h3><p>None.</p>
<h3>2. Matters arising</h3>
<p>1. Bus shelter: the glass has been replaced.</p>
<p>2. Footpath 14: the stile is still to be repaired.</p>
<p>3. Defibrillator: training was held on 3 September.</p>
<h3>3. Planning</h3><p>No applications were received.</p>
<h3>4. Finance</h3><p>Payments of £412.50 were approved.</p>
</body></html>"""


@pytest.mark.parametrize(("text", "name", "third"), [
    (BRACKWATER, "brackwater-town-council-amenities-committee-2024-03-05.md", "Christmas lights"),
    (PENRHOS, "penrhos-community-council-2018-09-11.html", "Planning"),
])
def test_a_numbered_list_inside_an_item_whose_headings_are_marked(tmp_path: Path, text: str, name: str,
                                                                  third: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert meeting.items[2].title == third
    assert "3." in meeting.items[1].text  # the list's third entry stays in the item it is part of
