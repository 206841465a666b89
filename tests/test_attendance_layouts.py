"""Attendance records in layouts the parser had not met, each class read from several small fictional papers written
for these tests:

* a line saying who was in the chair ("Councillor Lennox in the Chair.") after the apologies: the chair, not an
  apology;
* sub-labels inside the attendance block that name no one ("Together with:", "Other members:", "Local authority
  members (voting):"): no one's name; officers listed after "Together with:" attended, they are not members;
* a sentence saying a member had not attended ("had not attended a meeting since ..."): not in attendance;
* a member named in full in an attendance table and again by surname in a sentence ("Apologies were received from
  Councillor Strang"): one person;
* the chair elected in a verbless resolution ("Resolved: Cllr Pauline Hebden elected Chairman"), or in an item
  electing both chair and vice-chair ("Election of Chair and Vice-Chair"), and "Aldermen" (the plural title) before
  names;
* police officers listed by rank in a police and crime panel's record ("Chief Superintendent Hannah Reid (Head of
  Local Policing)", "Det Supt Liam Harte", "Deputy Chief Constable Imran Sadiq (Kelmouth Police)"): each attended,
  named once, and so did the person listed after them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import parsed_meeting

HEAD = "Minutes of the meeting of the {c} held on Thursday 7 March 2019 at 10.00 am in the Council Chamber\n\n"
ITEMS = "\n1.   MINUTES\n\nThe minutes were approved.\n\n2.   BUDGET\n\nThe budget was noted.\n"


# ----------------------------------------------------------------------------- "X in the Chair" after apologies

@pytest.mark.parametrize(("text", "chair", "away"), [
    (HEAD.format(c="Fife Coast Committee") + "Sederunt: Councillors Ann Rule, Bob Dane and Cat Imrie.\n"
     "Apologies: Councillor Ross Menzies.\nCouncillor Rule in the Chair.\n" + ITEMS, "Rule", "Menzies"),
    (HEAD.format(c="Lomond Licensing Board") + "Present: Councillors Dee Fyfe, Ed Orr and Flo Gunn.\n"
     "Apologies: Councillors Hal Ure and Ian Vass.\nCouncillor Gunn in the Chair.\n" + ITEMS, "Gunn", "Vass"),
    (HEAD.format(c="Kelso Area Partnership") + "PRESENT: Mr Jon Kerr, Mrs Kim Low, Ms Lyn Muir.\n"
     "APOLOGIES: Mrs Mae Nairn.\nMr Kerr in the Chair.\n" + ITEMS, "Kerr", "Nairn"),
], ids=["sederunt", "present", "capitals"])
def test_a_chair_line_after_the_apologies_is_the_chair_not_an_apology(
        tmp_path: Path, text: str, chair: str, away: str) -> None:
    meeting = parsed_meeting(tmp_path, text, "m.txt")
    assert not any(chair in a for a in meeting.apologies), meeting.apologies
    assert any(away in a for a in meeting.apologies), meeting.apologies
    assert meeting.chair and chair in meeting.chair


# ----------------------------------------------------------------------------- sub-labels naming no one

@pytest.mark.parametrize(("text", "officer"), [
    (HEAD.format(c="Housing Scrutiny Committee") + "PRESENT:\nCouncillor Rhys Bowen - Chair\nCouncillors:\n"
     "D. Akers C. Jones M. Lloyd\nTogether with:\nP. Hale (Corporate Director), K. Tudor (Head of Housing).\n" + ITEMS,
     "Hale"),
    (HEAD.format(c="Moorland Joint Committee") + "Members present\nLocal authority members (voting):\n"
     "- Cllr Mary Ellis – Wessex County Council (Chairman)\n- Cllr Tom Hale – Wessex County Council\nOther members:\n"
     "- Mr Roy Penn – Association of Local Councils\nIn attendance\nJane Trew (Moorland Manager).\n" + ITEMS, "Trew"),
    (HEAD.format(c="Canal Partnership Board") + "Present:\nBoard members:\nCllr Ann Carr (Chair), Cllr Ben Dole\n"
     "Together with:\nMs Cara Finch (Canal Officer) and Mr Dan Gale (Treasurer).\n" + ITEMS, "Finch"),
], ids=["together-with", "groups", "board"])
def test_sub_labels_name_no_one_and_officers_after_together_with_attended(
        tmp_path: Path, text: str, officer: str) -> None:
    meeting = parsed_meeting(tmp_path, text, "m.txt")
    words = {"Together", "Local", "Other", "Board", "Councillors"}
    assert not any(n.split()[0] in words for n in meeting.present), meeting.present
    assert not any(officer in n for n in meeting.present), meeting.present
    assert any(officer in n for n in meeting.in_attendance), meeting.in_attendance


# ----------------------------------------------------------------------------- not attended

@pytest.mark.parametrize("sentence", [
    "The Clerk reported that Cllr Ray Lomax had not attended a meeting since 9 November 2021.",
    "It was noted that Councillor Ray Lomax has not attended since the annual meeting.",
    "Cllr Ray Lomax, who had not attended for six months, was asked to contact the Clerk.",
])
def test_a_member_who_had_not_attended_is_not_in_attendance(tmp_path: Path, sentence: str) -> None:
    text = (HEAD.format(c="Parish Council") + "Present: Cllrs Ann Hebb, Tom Moss and Sue Naylor.\n"
            "Absent: Cllr Ray Lomax.\n" + sentence + "\n" + ITEMS)
    meeting = parsed_meeting(tmp_path, text, "m.txt")
    assert not any("Lomax" in n for n in meeting.in_attendance + meeting.present), meeting.in_attendance


# ----------------------------------------------------------------------------- one person named twice

@pytest.mark.parametrize(("text", "name"), [
    ("<html><body><h1>Cabinet</h1><p>Minutes of the meeting held on Tuesday, 9th June, 2020 at 10.00 am</p>"
     "<table><tr><th>Member</th><th>Portfolio</th><th>Attendance</th></tr>"
     "<tr><td>Councillor Ann Rowe</td><td>Leader</td><td>Present</td></tr>"
     "<tr><td>Councillor Peter Strang</td><td>Waste</td><td>Apologies</td></tr></table>"
     "<h2>1 Apologies</h2><p>Apologies were received from Councillor Strang.</p>"
     "<h2>2 Budget</h2><p>Noted.</p></body></html>", "Strang"),
    (HEAD.format(c="Finance Committee") + "Apologies: Councillor Mary Quayle.\n\n1.   APOLOGIES\n\n"
     "Apologies were received from Councillor Quayle.\n\n2.   BUDGET\n\nNoted.\n", "Quayle"),
    (HEAD.format(c="Audit Panel") + "Present: Cllr Joan Abbot (Chair), Cllr Ken Bell.\nApologies: Cllr Lee Oduya.\n"
     "\n1.   APOLOGIES\n\nApologies for absence were received from Cllr Oduya.\n\n2.   ACCOUNTS\n\nNoted.\n", "Oduya"),
], ids=["table-html", "label-txt", "present-txt"])
def test_a_member_named_in_full_and_by_surname_is_one_apology(tmp_path: Path, text: str, name: str) -> None:
    meeting = parsed_meeting(tmp_path, text, "m.html" if text.startswith("<") else "m.txt")
    assert [a for a in meeting.apologies if name in a] and len([a for a in meeting.apologies if name in a]) == 1, \
        meeting.apologies


# ----------------------------------------------------------------------------- verbless election; Aldermen

@pytest.mark.parametrize(("said", "chair"), [
    ("*Resolved:* Cllr Pauline Hebb elected Chairman for 2022/23.", "Pauline Hebb"),
    ("RESOLVED - Councillor Tom Moss re-elected Chair for the year.", "Tom Moss"),
    ("Resolved that Cllr Sue Naylor, having been duly proposed and seconded, be elected Chairman.", "Sue Naylor"),
])
def test_the_chair_elected_in_a_verbless_resolution(tmp_path: Path, said: str, chair: str) -> None:
    text = ("# Nether Ashby Parish Council\n\nMinutes of the Annual Meeting of the Parish Council held on Tuesday 10 "
            "May 2022 at 7.30pm in the Village Hall\n\n**Present:** Cllrs Pauline Hebb, Tom Moss and Sue Naylor\n\n"
            "**22/1 Election of Chairman**\n\n" + said + "\n\n**22/2 Apologies**\n\nNone.\n")
    meeting = parsed_meeting(tmp_path, text, "m.md")
    assert meeting.chair == chair


@pytest.mark.parametrize(("title", "chair"), [
    ("Election of Chair and Vice-Chair for 2026/27", "Tom Moss"),
    ("Appointment of Chairman and Vice-Chairman", "Tom Moss"),
    ("Election of Vice-Chair", None),
])
def test_an_item_electing_the_chair_and_vice_chair_sets_the_chair(tmp_path: Path, title: str,
                                                                   chair: str | None) -> None:
    text = ("# Nether Ashby Parish Council\n\nMinutes of the Annual Meeting of the Parish Council held on Tuesday 10 "
            "May 2022 at 7.30pm in the Village Hall\n\n**Present:** Cllrs Pauline Hebb, Tom Moss and Sue Naylor\n\n"
            f"**22/1 {title}**\n\nCllr Tom Moss was nominated by Cllr Hebb. RESOLVED: That Councillor Tom Moss be "
            "elected Chair of the Council for 2022/23.\n\nCllr Sue Naylor was nominated by Cllr Moss. RESOLVED: That "
            "Councillor Sue Naylor be elected Vice-Chair.\n\n**22/2 Apologies**\n\nNone.\n")
    meeting = parsed_meeting(tmp_path, text, "m.md")
    assert meeting.chair == chair


def test_aldermen_is_a_title_not_a_name(tmp_path: Path) -> None:
    text = (HEAD.format(c="Planning Committee") + "Present: Alderman Sean Carr (Chair); Aldermen Gordon Boyd and Ruth "
            "Kerr; Councillors Dee Magee and Orla Quinn.\n" + ITEMS)
    meeting = parsed_meeting(tmp_path, text, "m.txt")
    assert "Gordon Boyd" in meeting.present and not any(n.startswith("Aldermen") for n in meeting.present)


@pytest.mark.parametrize(("officer", "name"), [
    ("Chief Superintendent Hannah Reid (Head of Local Policing)", "Hannah Reid"),
    ("Det Supt Liam Harte", "Liam Harte"),
    ("Chief Inspector Anne Moss", "Anne Moss"),
    ("T/Supt Rob Dale", "Rob Dale"),
    ("Assistant Chief Constable Gavin Royle (Kelmouth Police)", "Gavin Royle"),
    ("Deputy Chief Constable Imran Sadiq (Kelmouth Police) and Ms Claire Moss (Head of People, OPCC)", "Imran Sadiq"),
])
def test_police_officers_by_rank_are_in_attendance(tmp_path: Path, officer: str, name: str) -> None:
    text = (HEAD.format(c="Kelmouth Police and Crime Panel") + "Present: Councillors Ann Rule (Chair), Bob Dane and "
            f"Cat Imrie.\n\nIn attendance: Ms Karen Lisle (Police and Crime Commissioner), {officer}, Mr J. Ferris "
            "(Chief Executive, OPCC).\n" + ITEMS)
    meeting = parsed_meeting(tmp_path, text, "m.txt")
    attended = [n for n in meeting.in_attendance if name in n]
    assert len(attended) == 1 and not any(n in ("Det Supt", "Chief Superintendent") for n in meeting.in_attendance), \
        meeting.in_attendance
    assert "Ms Karen Lisle" in meeting.in_attendance and "Mr J. Ferris" in meeting.in_attendance
    assert "Claire Moss" not in officer or "Ms Claire Moss" in meeting.in_attendance, meeting.in_attendance


# An attendance table whose heading names a column of substitutes ("Member | Substitute", "Councillor | Attendance |
# Substituted by"): the substitute attended, the member whose place they took did not.
HOLMVALE = """# Holmvale Police and Crime Panel

**Minutes of the meeting held on 1 February 2023, County Hall, Holmvale**

Present: Councillor A. Dunne (in the Chair), Councillors B. Forsyth, C. Gill and D. Hart.

| Member | Substitute |
|---|---|
| Cllr F. Jowett | Cllr G. Kerr |

## Item 1 – Apologies

Apologies were received from Cllr F. Jowett.
"""

WEXLEY = """<html><body><h1>Wexley Borough Council - Licensing Committee</h1>
<p>Minutes of the meeting held on 3 November 2021</p>
<table><tr><th>Councillor</th><th>Attendance</th><th>Substituted by</th></tr>
<tr><td>Cllr R. Amos (Chair)</td><td>Present</td><td></td></tr>
<tr><td>Cllr S. Birch</td><td>Apologies</td><td>Cllr T. Crane</td></tr>
<tr><td>Cllr U. Doyle</td><td>Present</td><td></td></tr></table>
<h2>1. Taxi licensing policy</h2><p>RESOLVED that the policy be adopted.</p></body></html>"""

ORMSWORTH = """ORMSWORTH DISTRICT COUNCIL
OVERVIEW AND SCRUTINY COMMITTEE
Minutes of the meeting held on 12 March 2024

Councillor\tSubstitute
Cllr P. Ames (Chair)\t
Cllr Q. Boyd\tCllr R. Carr
Cllr S. Dent\t

1. Minutes
The minutes of the meeting held on 13 February 2024 were approved.
"""


@pytest.mark.parametrize(("text", "name", "came", "away"), [
    (HOLMVALE, "holmvale-police-and-crime-panel-2023-02-01.md", ["A. Dunne", "G. Kerr"], "F. Jowett"),
    (WEXLEY, "wexley-borough-council-licensing-committee-2021-11-03.html", ["R. Amos", "T. Crane", "U. Doyle"],
     "S. Birch"),
    (ORMSWORTH, "ormsworth-district-council-overview-and-scrutiny-committee-2024-03-12.txt",
     ["P. Ames", "R. Carr", "S. Dent"], "Q. Boyd"),
])
def test_a_substitutes_column(tmp_path: Path, text: str, name: str, came: list[str], away: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    assert set(came) <= set(meeting.present), meeting.present
    assert away not in meeting.present
    assert not any(w in " ".join(meeting.present) for w in ("Substitute", "Attendance", "Member"))


# ----------------------------------------------------------------------------- a membership grid by member council

GRID_MD = """# Ashmoor and Fenby Joint Burial Committee

**Minutes of the meeting held at Ashmoor Cemetery Lodge on Wednesday 4 October 2017 at 2.00pm**

## Members

| Ashmoor Borough Council | Fenby District Council |
|---|---|
| Cllr Ada Holt (Chairman) | Cllr Bea Stow (Vice-Chairman) |
| Cllr Cy Pike | Cllr Di Lund |
| Cllr Ed Iqbal (apologies) | |

### 10. Apologies

Apologies were received from Cllr Iqbal.

### 11. Fees

Noted.
"""
GRID_HTML = """<html><body><h1>Wyvern Valley Joint Waste Committee</h1><p>Minutes of the meeting held on Monday 5 March
2018 at 10.00am at Wyvern House</p><table><tr><th>Wyvern County Council</th><th>Valeside District Council</th></tr>
<tr><td>Cllr Fay Gold (Chair)</td><td>Cllr Gus Hale</td></tr><tr><td>Cllr Hal Ince (apologies)</td>
<td>Cllr Ivy Jones</td></tr></table><h2>1. Apologies</h2><p>Apologies were received from Cllr Ince.</p>
<h2>2. Contract</h2><p>Noted.</p></body></html>"""
GRID_TXT = """KELLAND AND MARSH JOINT COMMITTEE

Minutes of the meeting held on Tuesday 6 November 2018 at 6.00pm in Kelland Town Hall

Members present:
Kelland Town Council\tMarsh Parish Council
Cllr Jo Kerr (Chairman)\tCllr Lu Marsh
Cllr Mo Nash (absent)\tCllr Ned Oates (apologies)

1.  APOLOGIES

Apologies were received from Cllr Oates.

2.  BUDGET

Noted.
"""


@pytest.mark.parametrize(("text", "name", "away", "body"), [
    (GRID_MD, "m.md", "Ed Iqbal", "Ashmoor Borough"),
    (GRID_HTML, "m.html", "Hal Ince", "Wyvern County"),
    (GRID_TXT, "m.txt", "Ned Oates", "Kelland Town"),
], ids=["md", "html", "txt"])
def test_a_grid_of_members_by_council_marks_apologies_and_names_no_council(
        tmp_path: Path, text: str, name: str, away: str, body: str) -> None:
    meeting = parsed_meeting(tmp_path, text, name)
    assert away not in meeting.present and any(away.split()[-1] in a for a in meeting.apologies), \
        (meeting.present, meeting.apologies)
    assert not any(body in n for n in meeting.present + meeting.in_attendance), meeting.present
