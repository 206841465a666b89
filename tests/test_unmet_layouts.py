"""Layouts of minutes the reader had not met, each class read from small fictional papers written for these tests
(several councils and wordings a class):

* attendance written as prose: "Councillors A (Chair), B and C, and independent co-opted members Mrs D and Mr E,
  were present." / "... were present together with Mr F (Independent Member)."; an office named before its holder
  ("The Police and Crime Commissioner, Mr Ian Jessop, attended together with his Chief Executive, Ms Kate Lyle.");
* officers listed by office with the holder after it and no comma or bracket between ("Chief Fire Officer Dawn
  Ketteridge, Treasurer Alan Sowerby", "Head of Finance H Iqbal");
* an attendance table whose heading row is labels side by side ("Present | Apologies | In attendance");
* minute numbers of a board's initials with a small letter inside ("BoD 24/031");
* labels of those who attend without a seat ("Officials Present:", "Participants:") and apologies "recorded for";
* a civic office held by a councillor, the holder in brackets ("The Deputy Lord Mayor (Councillor B Ruck)"): a member.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import parsed_meeting


def _surnames(names: list[str]) -> list[str]:
    return [n.split()[-1] for n in names]


# ----------------------------------------------------------------------------- attendance as prose

PANEL_PROSE = """\
Wendlebury Police and Crime Panel

Minutes of the meeting held on 11 April 2024 at County Hall, Wendlebury

Councillors Ashcroft (Chair), Bramall, Cowdrey and Dhaliwal, and independent
co-opted members Mrs Eleanor Fenwick and Mr Graham Hale, were present. The
Police and Crime Commissioner, Mr Ian Jessop, attended together with his Chief
Executive, Ms Kate Lyle.

22  Apologies and substitutions

Apologies were received from Councillor Marsh. There were no substitutions.

23  Proposed precept 2024/25

The Panel AGREED not to veto the proposed precept.
"""

AUDIT_PROSE = """\
DRUMLIN VALLEY COUNCIL
AUDIT COMMITTEE
MINUTES: 27 June 2024

Councillors Nuala Brennan (in the Chair), Kevin Gallagher, Joan Harkin and
Liam Rooney were present together with Mr Desmond Quinlan (Independent Member).
The Head of Audit (Mrs Ursula Dunne) and the Section 151 Officer (Mr Colm Ryan)
were in attendance.

1. APOLOGIES
Councillor Sinead Kearney sent apologies.

2. RISK REGISTER
It was agreed that the corporate risk register be reviewed quarterly.
"""


def test_members_written_as_a_sentence_were_present(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PANEL_PROSE)
    assert meeting.chair == "Ashcroft"
    assert _surnames(meeting.present) == ["Ashcroft", "Bramall", "Cowdrey", "Dhaliwal", "Fenwick", "Hale"]
    assert meeting.in_attendance == ["Mr Ian Jessop", "Ms Kate Lyle"]  # offices named first, then who holds them
    assert meeting.apologies == ["Marsh"]
    # the paragraph is the attendance record, not an untitled item before item 22
    assert [i.number for i in meeting.items] == ["22", "23"]

    meeting = parsed_meeting(tmp_path, AUDIT_PROSE)
    assert meeting.chair == "Nuala Brennan"
    assert _surnames(meeting.present) == ["Brennan", "Gallagher", "Harkin", "Rooney", "Quinlan"]
    assert _surnames(meeting.in_attendance) == ["Dunne", "Ryan"]
    assert meeting.apologies == ["Sinead Kearney"]  # not read as one more member for want of a members list
    assert [i.number for i in meeting.items] == ["1", "2"]


# ----------------------------------------------------------------------------- officers by office


FIRE = """\
MARROWDALE FIRE AND RESCUE AUTHORITY

Minutes of the meeting of the Fire Authority held at Service Headquarters,
Marrowdale on Friday 21 June 2024 at 10.30 am.

Members Present: Councillor Trevor Whitcombe (Chair), Councillor Layla Osei,
Councillor Robert Ingham

Officers Present:

Chief Fire Officer Dawn Ketteridge, Treasurer Alan Sowerby, Monitoring Officer
Clare Nuttall.

FA/24/19  APOLOGIES FOR ABSENCE

Apologies were received from Councillor Imran Bhatti.

FA/24/20  MINUTES

RESOLVED that the minutes of the meeting held on 12 April 2024 be confirmed.
"""

FIRE_AUDIT = """\
EASTFOLD FIRE AUTHORITY
AUDIT AND GOVERNANCE COMMITTEE

Minutes of the meeting held on Thursday 18 July 2024 at Fire Service Headquarters

Present: Councillors Janet Sorrell (Chair), Barry Whelan and Miriam Latham

Officers: Assistant Chief Fire Officer N Rushworth, Head of Finance H Iqbal,
Chief Constable Helen Marwood

AGC/15  DECLARATIONS OF INTEREST
None.

AGC/16  EXTERNAL AUDIT PLAN 2023/24
RESOLVED that the audit plan be noted.
"""


def test_officers_listed_by_office_are_named_by_the_words_after_it(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, FIRE)
    assert meeting.in_attendance == ["Dawn Ketteridge", "Alan Sowerby", "Clare Nuttall"]
    assert _surnames(meeting.present) == ["Whitcombe", "Osei", "Ingham"]
    meeting = parsed_meeting(tmp_path, FIRE_AUDIT)
    assert meeting.in_attendance == ["N Rushworth", "H Iqbal", "Helen Marwood"]  # a rank is the office's
    assert _surnames(meeting.present) == ["Sorrell", "Whelan", "Latham"]


def test_an_office_that_ends_in_its_own_words_names_no_one() -> None:
    from ingest.people import people

    assert people("Cabinet Member for Housing Services, Director of Public Health") == []
    # a titled holder is read as a name, whatever stands before it
    assert [p.name for p in people("Councillors Fairclough and Thewlis and from co-opted member Mrs L Okafor")] == [
        "Fairclough", "Thewlis", "Mrs L Okafor"]
    assert [p.name for p in people("Deputy Mayor A Byrne, M Murphy")] == ["Deputy Mayor A Byrne", "M Murphy"]


# ----------------------------------------------------------------------------- labels side by side

STANDARDS = """\
<html><body>
<h1>TARNBROOK DISTRICT COUNCIL</h1>
<h2>Standards Committee</h2>
<p>Minutes of a meeting held on Tuesday 3 September 2024 at 6.00 p.m. in the Council Chamber</p>
<table>
<tr><th>Present</th><th>Apologies</th><th>In attendance</th></tr>
<tr><td>Cllr Hugh Penrose (Chairman)</td><td>Cllr Gail Northcott</td><td>Stephen Ambler (Monitoring Officer)</td></tr>
<tr><td>Cllr Bronwen Yates</td><td>Cllr Anil Kapoor</td><td>Tessa Rudd (Independent Person)</td></tr>
<tr><td>Cllr Oliver Chisholm</td><td></td><td></td></tr>
</table>
<h3>13. Minutes</h3>
<p>RESOLVED that the minutes of 4 June 2024 be approved.</p>
</body></html>
"""

BOARD_COLUMNS = """\
Kestrel Vale Schools Forum

Minutes of the meeting held on 5 February 2025 at Kestrel House

Members present\tApologies
Mrs Anne Whitely (Chair)\tMr Paul Corran
Mr Dev Anand\tMs Lena Voss
Ms Carla Burt

1.\tMinutes of the last meeting
RESOLVED that the minutes be approved.
"""


def test_a_table_of_attendance_labels_side_by_side_reads_each_column_as_its_label(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, STANDARDS, "standards.html")
    assert meeting.chair == "Hugh Penrose"
    assert meeting.present == ["Hugh Penrose", "Bronwen Yates", "Oliver Chisholm"]
    assert meeting.apologies == ["Gail Northcott", "Anil Kapoor"]
    assert meeting.in_attendance == ["Stephen Ambler", "Tessa Rudd"]
    meeting = parsed_meeting(tmp_path, BOARD_COLUMNS)
    assert _surnames(meeting.present) == ["Whitely", "Anand", "Burt"]
    assert _surnames(meeting.apologies) == ["Corran", "Voss"]


# ----------------------------------------------------------------------------- numbers and labels

TRUST = """\
<html><body>
<h1>North Caldmoor NHS Foundation Trust</h1>
<h2>Minutes of the Board of Directors meeting held in public on Thursday 7 March 2024, 10:00, Boardroom</h2>
<h3>Attendance</h3>
<table border="1">
<tr><th>Name</th><th>Title</th><th>Present</th></tr>
<tr><td>Professor Helen Oyelaran</td><td>Trust Chair (Chair)</td><td>Y</td></tr>
<tr><td>Martin Greaves</td><td>Chief Executive</td><td>Y</td></tr>
<tr><td>Joanne Pilkington</td><td>Non-Executive Director</td><td>N</td></tr>
</table>
<h3>BoD 24/031 Welcome and apologies</h3>
<p>Apologies were received from Joanne Pilkington.</p>
<h3>BoD 24/032 Capital plan 2024/25</h3>
<p><strong>Resolved:</strong> the Board approved the capital plan of £31.2m.</p>
</body></html>
"""


def test_a_boards_initials_with_a_small_letter_number_its_minutes(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, TRUST, "trust.html")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("BoD 24/031", "Welcome and apologies"), ("BoD 24/032", "Capital plan 2024/25")]
    assert meeting.chair == "Professor Helen Oyelaran"
    assert _surnames(meeting.present) == ["Oyelaran", "Greaves"]
    assert meeting.apologies == ["Joanne Pilkington"]


IRISH = """\
BALLYCAIRN COUNTY COUNCIL

Minutes of the Monthly Meeting of Ballycairn County Council held in the Council
Chamber, Ballycairn on Monday 13th November 2023 at 3.00 p.m.

Presiding:        Cllr. Sean O Dalaigh, Cathaoirleach

Members Present:  Cllr. Brid Mhic Giolla      Cllr. Tadhg Ferriter
                  Cllr. Niamh Cahalane        Cllr. Padraig Moynihan

Officials Present: Ms. Aoife Brennan, Chief Executive
                   Mr. Ciaran Lynch, Director of Services

Apologies:        Cllr. Michael Gleeson


CM 245/23   VOTES OF SYMPATHY

Votes of sympathy were extended to the family of the late Mr. John Kerins.
"""

ICB = """\
# Severn Links Integrated Care Board

**Minutes of the Board meeting held in public, 25 January 2024, 09:30, Riverside Centre, Tewksford**

**Members:** Sir Anthony Bramwell (Chair), Gillian Nkemelu (Chief Executive), Priya Desai (Non-Executive Member)

**Participants:** Lucy Grainger (Director of Corporate Affairs)

**ICB/24/001 - Welcome and apologies**

Apologies were recorded for Colin Wray (Chief Finance Officer).
"""


def test_those_who_attend_without_a_seat_are_labelled_in_other_words(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, IRISH)
    assert _surnames(meeting.in_attendance) == ["Brennan", "Lynch"]
    assert not any("Brennan" in n or "Lynch" in n for n in meeting.present)
    assert _surnames(meeting.apologies) == ["Gleeson"]
    meeting = parsed_meeting(tmp_path, ICB, "icb.md")
    assert meeting.in_attendance == ["Lucy Grainger"]
    assert _surnames(meeting.present) == ["Bramwell", "Nkemelu", "Desai"]
    assert meeting.apologies == ["Colin Wray"]  # "Apologies were recorded for ..."


CITY = """\
HALLOWFORD CITY COUNCIL

MINUTES OF THE MEETING OF THE COUNCIL held at the Council House, Hallowford
on Wednesday, 17 January 2024 at 2.00 pm

PRESENT: The Lord Mayor (Councillor Amelia Thorne) in the Chair;
The Deputy Lord Mayor (Councillor Benedict Ruck);
Councillors Ashworth, Bellingham and Coleridge.

In attendance: The Chief Executive (Mr Oliver Dane)

C.61  DECLARATIONS OF INTEREST

None.
"""


def test_a_civic_office_held_by_a_councillor_is_a_member(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, CITY)
    assert meeting.chair == "Amelia Thorne"
    assert meeting.present == ["Amelia Thorne", "Benedict Ruck", "Ashworth", "Bellingham", "Coleridge"]
    assert meeting.in_attendance == ["Mr Oliver Dane"]  # an officer by office, not a member


# ----------------------------------------------------------------------------- the body's name, in full

PARISH = """\
LITTLE SOWERBY PARISH COUNCIL

Minutes of the Parish Council meeting held on Tuesday 5th March 2024 at 7.30pm
in the Village Hall.

Present: Cllrs J Pemberton (Chairman), R Atherley, S Gould

24/017  Apologies
        Cllr A Winstanley (work).
"""

COMMUNITY = """\
ABERLYN COMMUNITY COUNCIL

Minutes of the Ordinary Meeting held at Aberlyn Institute on 10 September 2024 at 7.30pm

Present: Cllr Iwan Llywelyn (Chair), Cllr Menna Parry

45/24  Declarations of Interest
       None.
"""

TOWN = """\
ASHBY FENWOLD TOWN COUNCIL

Minutes of the Annual Meeting of the Town Council held in the Assembly Room,
Market Place, on Monday 20 May 2024 at 7.00pm.

Present: Councillors G Whitlock, P Ormerod and L Szabo

1.  APOLOGIES FOR ABSENCE
    None.
"""

BOARD = """\
GLENARDLE COUNCIL

LICENSING BOARD

Minute of Meeting held in the Council Chambers, Burgh Buildings, Glenardle on
Thursday 9 May 2024 at 10.00 am.

Present:- Depute Provost Ailsa Macrae (Convener), Bailies Ruaridh Munro and
Kirsty Lennox, Councillor Donald Fraser.

1.   DECLARATIONS OF INTEREST

     No declarations of interest were intimated.
"""


def test_a_councils_own_meeting_named_by_its_kind_is_of_the_council_above_it(tmp_path: Path) -> None:
    # the meeting keeps the name printed; the council is read from the line above (questions say where by it)
    parish, community, town = (parsed_meeting(tmp_path, t) for t in (PARISH, COMMUNITY, TOWN))
    assert (parish.committee, parish.council) == ("Parish Council", "Little Sowerby Parish Council")
    assert (community.council or "").endswith("Aberlyn Community Council") and "Ordinary" in community.committee
    assert (town.council or "").endswith("Ashby Fenwold Town Council") and "Annual" in town.committee


def test_a_scottish_minute_of_meeting_held_is_the_board_named_above_it(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BOARD)
    assert meeting.committee == "Licensing Board"
    assert meeting.council == "Glenardle Council"
    assert meeting.chair == "Depute Provost Ailsa Macrae"  # a civic title kept, as "Metro Mayor X" is
    assert meeting.present == ["Depute Provost Ailsa Macrae", "Ruaridh Munro", "Kirsty Lennox", "Donald Fraser"]


# ----------------------------------------------------------------------------- exempt business and outcomes

PART_B = """\
GREYHITHE COUNTY COUNCIL

CABINET

Minutes of the meeting of the Cabinet held at County Hall, Greyhithe on
Tuesday 19 March 2024.

Present: Cllr Rosalind Ebury (Leader, in the Chair), Cllr Marcus Thwaite,
Cllr Helena Groves

PART A - ITEMS CONSIDERED IN PUBLIC

42. Highways capital programme 2024/25
RESOLVED that the programme be approved.

43. Exclusion of the press and public
RESOLVED that the press and public be excluded for the following item on the
grounds that it involves the likely disclosure of exempt information as defined
in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

PART B - NOT FOR PUBLICATION

44. Disposal of Hythe depot
RESOLVED that the disposal be approved on the terms set out in the report.

45. Extra care housing partnership
RESOLVED that the partnership agreement be entered into.
"""


def test_part_b_heads_all_the_business_after_it_and_part_a_is_no_one(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PART_B)
    assert _surnames(meeting.present) == ["Ebury", "Thwaite", "Groves"]
    assert [(i.number, i.exempt) for i in meeting.items] == [("42", False), ("43", False), ("44", True), ("45", True)]


def test_a_motion_seconded_then_its_outcome_is_a_decision() -> None:
    from ingest.cleaning import Row
    from ingest.decisions import parse_resolutions

    def decided(text: str) -> list[str]:
        return [r.text for r in parse_resolutions([Row(text, None, 0, 0)])]

    said = "On the proposal of Cllr. T. Ferriter, seconded by Cllr. N. Cahalane, the minutes were confirmed."
    assert decided(said) == [said]
    said = "Proposed by Cllr Moynihan, seconded by Cllr Crowley, the scheme of allocations was adopted."
    assert decided(said) == [said]
    assert decided("It was proposed by Cllr. A. Smith and seconded by Mr. B. Jones.") == []  # no outcome given


# ----------------------------------------------------------------------------- minutes kept in a table; grids

PCC = """\
<html><body>
<p><b>WESTHAVEN INTEGRATED CARE BOARD</b></p>
<p><b>PRIMARY CARE COMMISSIONING COMMITTEE</b></p>
<p>Minutes of the meeting held on Thursday 19 October 2023 at 2pm via Microsoft Teams</p>
<p><b>Present:</b> Jane Attwood (Lay Member, Chair); Dr Robin Cheung (GP Member); Maureen Duffy (Director of
Primary Care)</p>
<table border="1">
<tr><td><b>No.</b></td><td><b>Item</b></td><td><b>Action by</b></td></tr>
<tr><td>1</td><td><b>Minutes of the last meeting</b><br>The minutes of 21 September 2023 were agreed as an accurate
record.</td><td></td></tr>
<tr><td>2</td><td><b>Harbour Surgery branch closure</b><br>The Committee discussed the application.<br>DECISION: The
Committee approved the closure from 1 April 2024.</td><td>MD</td></tr>
<tr><td>3</td><td><b>Any other business</b><br>None.</td><td></td></tr>
</table>
</body></html>
"""

PARTNERSHIP = """\
<html><body>
<h2>Lowbridge Community Safety Partnership</h2>
<p>Notes of the meeting held on 2 May 2024 at Lowbridge Police Station</p>
<p>Present: Supt Alan Cray (Vice-Chair, Police), Cllr Rhona Best (Lowbridge Council, Chair)</p>
<table>
<tr><th>Ref</th><th>Item</th><th>Owner</th><th>Due</th></tr>
<tr><td>CSP/24/11</td><td><strong>Night-time economy</strong><br>AGREED to fund two more street marshals.</td>
<td>RB</td><td>June 2024</td></tr>
<tr><td>CSP/24/12</td><td><strong>Hate crime reporting</strong><br>The Partnership noted the report.</td><td></td>
<td></td></tr>
</table>
</body></html>
"""


def test_minutes_kept_in_a_table_with_a_column_after_the_item(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PCC, "pcc.html")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Minutes of the last meeting"), ("2", "Harbour Surgery branch closure"), ("3", "Any other business")]
    closure = meeting.items[1]
    assert [r.text for r in closure.resolutions] == ["The Committee approved the closure from 1 April 2024."]
    assert "Action by: MD" in closure.text  # the later column, labelled by its heading
    assert meeting.chair == "Jane Attwood"  # "(Lay Member, Chair)": the seat, then the chair

    meeting = parsed_meeting(tmp_path, PARTNERSHIP, "csp.html")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("CSP/24/11", "Night-time economy"), ("CSP/24/12", "Hate crime reporting")]
    assert "Owner: RB" in meeting.items[0].text and "Due: June 2024" in meeting.items[0].text
    assert meeting.chair == "Rhona Best"  # not the vice-chair


TOWN_GRID = """\
ASHBY FENWOLD TOWN COUNCIL

Minutes of the meeting of the Town Council held in the Assembly Room,
Market Place, on Monday 17 June 2024 at 7.00pm.

Councillors present:

    G Whitlock (Town Mayor)     P Ormerod            L Szabo
    K Ferrand                   D Abbott-Lane        R Hollis
    S Mbeki

Officers: Mrs C Garland (Town Clerk), Mr J Pike (Deputy Clerk)

1.  APOLOGIES FOR ABSENCE
    Apologies were received and accepted from Cllrs N Tranter and B Okafor.
"""


def test_a_grid_of_names_without_titles_is_every_name_in_it(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, TOWN_GRID)
    assert meeting.present == ["G Whitlock", "P Ormerod", "L Szabo", "K Ferrand", "D Abbott-Lane", "R Hollis",
                               "S Mbeki"]
    assert meeting.chair == "G Whitlock"  # the chair of a town council is its Town Mayor
    assert _surnames(meeting.in_attendance) == ["Garland", "Pike"]
    assert _surnames(meeting.apologies) == ["Tranter", "Okafor"]


# ----------------------------------------------------------------------------- a table of items; "all except"

PLANNING_TABLE = """\
# Kingsbarrow Town Council – Planning Committee

Date: 03/06/2024
Time: 19:00
Venue: Council Chamber, Guildhall

**Present:** Cllr Joan Ashdown (Chair), Cllr Rupert Dale, Cllr Mina Sahota

| Minute | Item | Decision |
|---|---|---|
| P24/31 | Apologies | Cllr Tom Beale (holiday). |
| P24/32 | 24/0412/FUL 12 Castle Street – change of use to café | RESOLVED to support the application. |
| P24/33 | 24/0433/HOU 7 Orchard Rise – two-storey extension | RESOLVED to object: overbearing on no. 9. |
"""

STEERING_TABLE = """\
Brockwell Neighbourhood Plan Steering Group

Notes of the meeting held on 14 January 2025 at Brockwell Village Hall

Present: Mr Alan Fry (Chair), Mrs Beth Gold, Ms Cara Hunt

No.\tSubject\tNotes\tAction by
1\tHousing needs survey\tThe survey had closed with 212 replies. It was agreed to publish the results.\tBG
2\tSite assessments\tThe consultant's draft was discussed.\t
"""


def test_minutes_kept_as_a_table_of_items_give_each_row_its_item(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PLANNING_TABLE, "planning.md")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("P24/31", "Apologies"),
        ("P24/32", "24/0412/FUL 12 Castle Street – change of use to café"),
        ("P24/33", "24/0433/HOU 7 Orchard Rise – two-storey extension"),
    ]
    assert [len(i.resolutions) for i in meeting.items] == [0, 1, 1]
    assert meeting.apologies == ["Tom Beale"]  # the Apologies row's record column

    meeting = parsed_meeting(tmp_path, STEERING_TABLE)
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Housing needs survey"), ("2", "Site assessments")]
    survey = meeting.items[0]
    assert "Action by: BG" in survey.text  # a field of the item, labelled by its column's heading
    assert [r.text for r in survey.resolutions] == ["It was agreed to publish the results."]


def test_a_table_that_is_not_of_items_is_left_as_it_is() -> None:
    from ingest.cleaning import Row
    from ingest.item_tables import split_item_tables

    rows = [Row(t, None, 0, k) for k, t in enumerate(["Name\tRole\tPresent", "Ann Lee\tChair\tYes",
                                                       "Ref\tAction\tOwner", "3\tOrder signs\tClerk"])]
    assert split_item_tables(rows) == rows


PARISH_ALL_EXCEPT = """\
FERNCASTLE PARISH COUNCIL
Minutes of the Meeting held Tuesday 9 July 2024, 7.30pm, Ferncastle Memorial Hall

Members: Cllrs P Harding (Chair), L Moss, G Trent, A Yelland, B Quarrie
Present: all except Cllr Quarrie (apologies)
Clerk: Mrs R Danvers

2024/61 Declarations of interest: none.
2024/62 Minutes of 11 June 2024: approved and signed.
"""

VILLAGE_ALL_EXCEPT = """\
UPPER DENBY PARISH COUNCIL

Minutes of the meeting held on 2 April 2025 in the Church Rooms

Councillors: S Akers (Chairman), J Bellamy, T Crookes, W Dyson
All members were present apart from Cllr Crookes.

1. Apologies
None received.
"""


def test_present_all_except_is_the_members_listed_but_those_named(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, PARISH_ALL_EXCEPT)
    assert meeting.present == ["P Harding", "L Moss", "G Trent", "A Yelland"]
    assert meeting.apologies == ["Quarrie"]
    assert meeting.in_attendance == ["Mrs R Danvers"]
    meeting = parsed_meeting(tmp_path, VILLAGE_ALL_EXCEPT)
    assert meeting.present == ["S Akers", "J Bellamy", "W Dyson"]
    assert meeting.apologies == []  # absent, no apology said


IJB = """\
ARDNACROSS INTEGRATION JOINT BOARD
AUDIT AND RISK COMMITTEE

MINUTE of MEETING of the AUDIT AND RISK COMMITTEE of ARDNACROSS INTEGRATION
JOINT BOARD held via Microsoft Teams on 14 March 2024 at 2.00 pm

Present:      Councillor Elspeth Muir (Chair)
              Moira Haldane, Non-Executive Director, NHS Ardnacross
              Councillor Graeme Tosh

In Attendance: Iain Lothian, Chief Finance Officer

1.  INTERNAL AUDIT PLAN 2024/25

    DECISION

    The Committee approved the Internal Audit Plan 2024/25.
"""

PANEL_PAPERS = """\
Wyvern Valley Police, Fire and Crime Panel
Thursday, 5 December 2024

Present: Councillor Keith Armitage (Chairman), Councillor Rosa Delgado (Vice Chairman)

Officers: Claire Bywater (Democratic Services)

Available papers

The members had before them the Agenda (previously circulated).

28 Apologies for Absence and Substitutes
Apologies were received from Councillor Jo Tring.
"""


def test_a_body_or_a_heading_beside_the_names_is_no_one(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, IJB)
    assert meeting.present == ["Elspeth Muir", "Moira Haldane", "Graeme Tosh"]  # not "NHS Ardnacross"
    meeting = parsed_meeting(tmp_path, PANEL_PAPERS)
    assert meeting.in_attendance == ["Claire Bywater"]  # not "Available"


# ----------------------------------------------------------------------------- a date line with its place; "Absent"

TOWN_TABLE = """\
Hollin Bank Town Council

Full Council

Monday 18 November 2024, 7pm, The Old School Rooms

Attendance

| | |
|---|---|
| **Chair** | Cllr Wendy Hurst (Town Mayor) |
| **Councillors** | Cllr Ahmed Rasul, Cllr Bill Tyas |
| **Officers** | Town Clerk (Mr Simon Pell) |
| **Apologies** | Cllr Jean Varley |
| **Absent** | Cllr Dominic Flood |

## Minute 112 – Christmas lights

**Resolved –** to accept the quote of £4,300 from Brightlites.
"""

SOCIETY = """\
Marlow End Community Council

Planning Group

Wednesday 4 June 2025, 18:30, Marlow End Library

Present: Mrs Ada Kerr (Chair), Mr Ben Lusk
Apologies: Mr Carl Munday
Absent: Ms Dee North

1. Applications
No comments were made.
"""


def test_a_date_line_with_its_time_and_place_dates_the_committee_above_it(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, TOWN_TABLE, "town.md")
    assert (meeting.committee, meeting.date.isoformat()) == ("Full Council", "2024-11-18")
    meeting = parsed_meeting(tmp_path, SOCIETY)
    assert (meeting.committee, meeting.date.isoformat()) == ("Planning Group", "2025-06-04")


def test_absent_beside_apologies_names_those_who_sent_none(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, TOWN_TABLE, "town.md")
    assert meeting.apologies == ["Jean Varley"]
    assert not any("Flood" in n for n in meeting.present + meeting.apologies + meeting.in_attendance)
    assert meeting.chair == "Wendy Hurst"
    meeting = parsed_meeting(tmp_path, SOCIETY)
    assert meeting.apologies == ["Mr Carl Munday"]
    assert meeting.present == ["Mrs Ada Kerr", "Mr Ben Lusk"]
