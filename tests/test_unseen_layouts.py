"""How minutes are written in layouts met in papers nobody had tuned for, read from small fictional papers written
for these tests (each class has variants from several councils, in different words):

* a sentence of attendance wraps onto the next line ("... from Cllr A (work) and" / "Cllr B (illness).");
* an action line after a decision names its owner and date ("ACTION: Head of Highways - 31 March 2022"): it is
  the decision's follow-up, never the header of another meeting;
* people listed with their role or body beside the name ("Mr Owen Pryce, Town Clerk", "Mr Ian Fell - Chief Fire
  Officer", "Head of Housing - Mr T Ruddock", a table of names and roles with "(Chair)" in the role's column);
* the council named on its own line over the committee's line, over a "Minutes of a meeting held ..." line;
* exempt business ended by the meeting "coming out of committee" or returning to public session.
"""

from __future__ import annotations

from pathlib import Path

from ingest.actions import extract_actions
from ingest.pipeline import parse_file
from minutebook.model import Meeting


def _meetings(tmp_path: Path, text: str, name: str = "minutes.txt") -> list[Meeting]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path).meetings


def _meeting(tmp_path: Path, text: str) -> Meeting:
    (meeting,) = _meetings(tmp_path, text)
    return meeting


KESTRELFORD = """KESTRELFORD TOWN COUNCIL

PLANNING AND AMENITIES COMMITTEE

Minutes of a meeting held in the Assembly Room, Kestrelford Town Hall on Tuesday 7 June 2022 at 7.30pm

Present:        Cllr Ann Rook (Chairman)
                Cllr Bill Stannard
                Cllr Cara Moss
                Cllr Dev Patel

In attendance:  Mr Owen Pryce, Town Clerk
                Ms Jo Tasker, Deputy Clerk and Responsible Financial Officer
                3 members of the public

P22/041  APOLOGIES
Apologies were received and accepted from Cllr Ed Dunn (holiday), Cllr Fay Vane (family) and
Cllr Gus Wold (work).

P22/042  BUS SHELTER, MARKET SQUARE
The Clerk reported that the shelter glass had been broken twice since March.
RESOLVED to replace the glass with polycarbonate at a cost of £1,240.
ACTION: Town Clerk - 30 June 2022

P22/043  ALLOTMENT RENTS
RESOLVED that rents for 2023 be held at £38 per plot.
ACTION: Responsible Financial Officer - 31 October 2022

P22/044  EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED that the press and public be excluded for the following item as it concerns a contract.

P22/045  CEMETERY MAINTENANCE TENDER
RESOLVED that the tender of Oakside Grounds Ltd be accepted.
RESOLVED that the meeting come out of committee.

P22/046  DATE OF NEXT MEETING
Tuesday 5 July 2022 at 7.30pm.
"""

MILLBECK = """MILLBECK BOROUGH COUNCIL

COMMUNITIES SCRUTINY PANEL

MINUTES of the meeting held on Tuesday 4 October 2022 at 6.30 pm in Room 3, Millbeck House

Members Present:   Councillor P Quint (Chair)
                   Councillors R Amis, S Birtle, T Cole and U Dyer

Officers Present:  Head of Housing - Mr T Ruddock
                   Scrutiny Officer - Ms P Allen
                   Democratic Services Officer - Mr V Lund

CSP 12  APOLOGIES
Apologies for absence were received from Councillors K Amos, L Birch and
M Corr.

CSP 13  HOMELESSNESS STRATEGY
Mr Ruddock presented the draft strategy.
AGREED - that the draft strategy be recommended to Cabinet.
Action: Head of Housing - 15 December 2022

CSP 14  EMPTY HOMES
AGREED - that a report on empty homes be brought to the panel in February 2023.
Action: Scrutiny Officer - 28 February 2023

CSP 15  EXCLUSION
AGREED - that the panel go into committee to consider the following item, which contains exempt information.

CSP 16  HOUSING COMPANY LOAN
AGREED - that the loan be approved.
AGREED - that the panel come out of committee.

CSP 17  ANY OTHER BUSINESS
Councillor Cole asked about the winter fuel scheme.
"""

WESTHOLM = """WESTHOLM DISTRICT COUNCIL

AUDIT AND GOVERNANCE COMMITTEE

Minutes of a meeting held at the Council Offices, Station Street, Westholm
on Wednesday 17 January 2024 at 10.00 am

COMMITTEE MEMBERS PRESENT

| Name                  | Role                                        |
|-----------------------|---------------------------------------------|
| Cllr Hana Shore       | Portfolio Holder for Resources (Chair)      |
| Cllr Ivo Teague       | Opposition Group Leader                     |
| Mrs Jill Uden         | Independent Person                          |

Apologies were received from
Councillor Kit Vane and Councillor Lola Wren.

Minute No. 30 - Internal Audit Progress
The Audit Manager reported that nine audits had been completed.
RESOLVED - That the progress report be noted.
ACTION BY: Chief Finance Officer - 31 January 2024

Minute No. 31 - Risk Register
RESOLVED - That the corporate risk register be updated.
ACTION: Audit Manager - 29 February 2024

Minute No. 32 - Exclusion of the Public
RESOLVED - That the public be excluded for the following item.

Minute No. 33 - Fraud Investigation
RESOLVED - That the report be noted.
The meeting returned to public session.

Minute No. 34 - Work Programme
RESOLVED - That the work programme be agreed.
"""

BRACKWATER = """BRACKWATER FIRE AND RESCUE AUTHORITY

RESOURCES PANEL

Minutes of the meeting held on Thursday 11 May 2023 at 2.00 pm in the Training Centre, Brackwater

Panel Members present
Cllr Rosa Ince (Chair) - Brackwater County Council
Cllr Sam Jory - Brackwater County Council
Cllr Tara Kemp - Orrin District Council

Also present
Mr Ian Fell - Chief Fire Officer
Mrs Ada Crane - Treasurer, Brackwater County Council
Group Manager Lee Hart - Prevention

RP 7  Apologies
Apologies were received from Cllr Tom Ash (Brackwater County Council) and
Cllr Una Bell (Orrin District Council).

RP 8  Capital Programme
The Treasurer presented the capital programme.
Resolved: The Panel noted the programme.
Action: Treasurer to circulate the vehicle replacement schedule. Owner: Ada Crane. Due: 31 May 2023.

RP 9  Station Review
Resolved: That the station review be brought to the Panel in September 2023.
"""


# ----------------------------------------------------------------------------- a sentence of attendance wraps


def test_an_apologies_sentence_wrapping_onto_the_next_line_keeps_every_name(tmp_path: Path) -> None:
    assert _meeting(tmp_path, KESTRELFORD).apologies == ["Ed Dunn", "Fay Vane", "Gus Wold"]
    assert _meeting(tmp_path, MILLBECK).apologies == ["K Amos", "L Birch", "M Corr"]
    assert _meeting(tmp_path, WESTHOLM).apologies == ["Kit Vane", "Lola Wren"]
    assert _meeting(tmp_path, BRACKWATER).apologies == ["Tom Ash", "Una Bell"]


# ----------------------------------------------------------------------------- an action line with owner and date


def test_an_action_line_with_an_owner_and_a_date_is_no_meeting(tmp_path: Path) -> None:
    for paper, last in ((KESTRELFORD, "P22/046"), (MILLBECK, "CSP 17"), (WESTHOLM, "34"), (BRACKWATER, "RP 9")):
        (meeting,) = _meetings(tmp_path, paper)
        assert meeting.items[-1].number == last


def test_an_action_line_names_the_owner_and_due_date_of_the_decision_above(tmp_path: Path) -> None:
    import datetime as dt

    def owners(paper: str) -> list[tuple[str | None, str | None, dt.date | None]]:
        return [(a.minute, a.owner, a.due) for a in extract_actions(_meeting(tmp_path, paper))]

    assert ("P22/042", "Town Clerk", dt.date(2022, 6, 30)) in owners(KESTRELFORD)
    assert ("P22/043", "Responsible Financial Officer", dt.date(2022, 10, 31)) in owners(KESTRELFORD)
    assert ("CSP 13", "Head of Housing", dt.date(2022, 12, 15)) in owners(MILLBECK)
    assert ("30", "Chief Finance Officer", dt.date(2024, 1, 31)) in owners(WESTHOLM)
    assert ("RP 8", "Ada Crane", dt.date(2023, 5, 31)) in owners(BRACKWATER)


# ----------------------------------------------------------------------------- a role beside a name


def test_officers_listed_with_their_role_beside_the_name_are_read_by_name(tmp_path: Path) -> None:
    assert _meeting(tmp_path, KESTRELFORD).in_attendance == ["Mr Owen Pryce", "Ms Jo Tasker"]
    assert _meeting(tmp_path, MILLBECK).in_attendance == ["Mr T Ruddock", "Ms P Allen", "Mr V Lund"]
    assert _meeting(tmp_path, BRACKWATER).in_attendance == ["Mr Ian Fell", "Mrs Ada Crane", "Lee Hart"]


def test_members_listed_with_their_role_or_body_beside_the_name_are_read_by_name(tmp_path: Path) -> None:
    westholm = _meeting(tmp_path, WESTHOLM)
    assert westholm.present == ["Hana Shore", "Ivo Teague", "Mrs Jill Uden"]
    assert westholm.chair == "Hana Shore"
    brackwater = _meeting(tmp_path, BRACKWATER)
    assert brackwater.present == ["Rosa Ince", "Sam Jory", "Tara Kemp"]
    assert brackwater.chair == "Rosa Ince"


# ----------------------------------------------------------------------------- the council over the committee


def test_the_council_named_over_the_committee_line_is_the_council(tmp_path: Path) -> None:
    for paper, council, committee in (
        (KESTRELFORD, "Kestrelford Town Council", "Planning and Amenities Committee"),
        (MILLBECK, "Millbeck Borough Council", "Communities Scrutiny Panel"),
        (WESTHOLM, "Westholm District Council", "Audit and Governance Committee"),
        (BRACKWATER, "Brackwater Fire and Rescue Authority", "Resources Panel"),
    ):
        meeting = _meeting(tmp_path, paper)
        assert (meeting.council, meeting.committee) == (council, committee)


# ----------------------------------------------------------------------------- the end of exempt business


def test_exempt_business_ends_when_the_meeting_comes_out_of_committee(tmp_path: Path) -> None:
    for paper, secret, public in ((KESTRELFORD, "P22/045", "P22/046"), (MILLBECK, "CSP 16", "CSP 17"),
                                  (WESTHOLM, "33", "34")):  # fmt: skip
        exempt = {i.number: i.exempt for i in _meeting(tmp_path, paper).items}
        assert exempt[secret] and not exempt[public]


# ----------------------------------------------------------------------------- an action log between the items

CARROWAY = """Carroway Community Safety Partnership Board

Minutes of the meeting held on Wednesday 8 March 2023 at 10:00 in the Board Room, Carroway House

Board members present
Cllr Nia Owusu (Chair) - Carroway City Council
Supt. Paul Reed - Carroway Police

CSB 14  Knife Crime Figures - quarter 3 and youth outreach
The Board received the figures. Offences were down 8%.
Resolved: The Board noted the figures.

CSB 15  Work programme
Resolved: The Board agreed the work programme.

Action tracker (carried forward)
Ref     Action                                  Lead        Status
CSB 9   Review of street lighting at Mill Row   P Reed      Outstanding - due May 2023
CSB 11  Youth survey results to be circulated   N Owusu     Done - circulated 1 March 2023

CSB 16  Date of next meeting
Wednesday 7 June 2023 at 10:00.
"""

TULLOCH = """TULLOCH COMMUNITY COUNCIL

Minutes of the meeting held in Tulloch Village Hall on Monday 13 November 2023 at 7pm

Present: Mr A Baird (Chair), Mrs C Dunn, Mr E Fyfe

1. Apologies
Apologies were received from Mrs G Hay.

2. Path Network - winter gritting and signage
Members discussed the gritting of the school path.
Agreed that the Secretary write to the roads department.

Schedule of actions
Item    Action                                  By          Status
Oct 4   Quote for new noticeboard               Secretary   Received - £420
Oct 6   Ask for a speed survey on the B8021     Chair       Outstanding

3. Date of next meeting
Monday 11 December 2023 at 7pm.
"""

HOLLINS = """HOLLINS PARISH COUNCIL

Minutes of the meeting of Hollins Parish Council held on Thursday 2 February 2023 at 7.30pm in the Reading Room

Present: Cllr J Ames (Chairman), Cllr K Bell, Cllr L Cole

23/01  Apologies
Apologies were received from Cllr M Dale.

23/02  Playground Inspection - findings and repairs
The Clerk reported the findings of the annual inspection.
RESOLVED to repair the swings at a cost of £650.

Action points (from previous meetings)
22/61  Clerk to chase the county about the blocked drain on Hill Lane - outstanding
22/64  Cllr Bell to obtain a quote for a new bench - done

23/03  Date of next meeting
Thursday 2 March 2023 at 7.30pm.
"""


def test_an_action_log_between_two_items_is_a_part_of_its_own(tmp_path: Path) -> None:
    for paper, title, before in (
        (CARROWAY, "Action tracker (carried forward)", "CSB 15"),
        (TULLOCH, "Schedule of actions", "2"),
        (HOLLINS, "Action points (from previous meetings)", "23/02"),
    ):
        items = _meeting(tmp_path, paper).items
        at = next(k for k, i in enumerate(items) if i.title == title)
        assert items[at].number is None and items[at - 1].number == before
        assert "Outstanding" in items[at].text or "outstanding" in items[at].text
        assert "Outstanding" not in items[at - 1].text and "outstanding" not in items[at - 1].text


def test_a_title_with_a_subtitle_after_a_dash_is_read_whole(tmp_path: Path) -> None:
    titles = {i.number: i.title for p in (CARROWAY, TULLOCH, HOLLINS) for i in _meeting(tmp_path, p).items}
    assert titles["CSB 14"] == "Knife Crime Figures - quarter 3 and youth outreach"
    assert titles["2"] == "Path Network - winter gritting and signage"
    assert titles["23/02"] == "Playground Inspection - findings and repairs"


# ----------------------------------------------------------------------------- a header sentence wrapped by the page

_BODY = """
Present: Cllr A Ball (Chair), Cllr B Cray

1. Minutes
RESOLVED that the minutes of the last meeting be approved.

2. Any other business
There was none.
"""


def test_a_venue_wrapped_onto_the_next_line_is_read_whole(tmp_path: Path) -> None:
    for header, venue in (
        ("FORDHAM CITY COUNCIL\n\nMinutes of a meeting of the Licensing Committee held at the Guildhall, Fordham on\n"
         "Monday, 3 April 2017 at 2.00 pm.", "the Guildhall, Fordham"),
        ("Pennock Harbour Board\n\nMinutes of the meeting held on Friday 9 June 2023 at 14:00 in the Main Hall,\n"
         "Pennock Community Centre, Mill Lane, Pennock", "the Main Hall, Pennock Community Centre, Mill Lane, Pennock"),
        ("LYLE VALLEY HEALTH BOARD\n\nMINUTES of the meeting of the Audit Committee held in\n"
         "Conference Room A, Lyle House on Tuesday 12 March 2019 at 9.30 am", "Conference Room A, Lyle House"),
        ("EASTBROOK PARISH COUNCIL\n\nMINUTES OF THE ANNUAL PARISH MEETING\n\n"
         "Held at the Pavilion, Eastbrook Park on Monday 3 April 2017 at 7pm", "the Pavilion, Eastbrook Park"),
        ("BRINLEY TOWN COUNCIL\nPLANNING COMMITTEE\n\nMinutes of the meeting\n"
         "Held in Committee Room 1, Brinley Town Hall on 4 May 2021 at 6.30pm", "Committee Room 1, Brinley Town Hall"),
    ):
        assert _meeting(tmp_path, header + "\n" + _BODY).venue == venue


# ----------------------------------------------------------------------------- two declarers, the second titled


def test_two_members_declaring_together_are_two_members_when_the_second_has_a_title(tmp_path: Path) -> None:
    for line, members in (
        ("Councillors Gedney and Mrs Ormsby declared personal interests in item 2 as members of the Trust.",
         ["Gedney", "Ormsby"]),
        ("Cllrs Patel and Dr Quayle declared an interest in item 2 as school governors.", ["Patel", "Quayle"]),
        ("Councillors Rudd and Mr Tarrant declared a prejudicial interest in item 2 and left the room.",
         ["Rudd", "Tarrant"]),
        ("Councillors George and Judith Cooper both declared an interest in item 2 as landowners.",
         ["George Cooper", "Judith Cooper"]),
    ):
        paper = f"""HELMSBY PARISH COUNCIL

Minutes of the meeting of Helmsby Parish Council held on Monday 6 March 2023 at 7pm

Present: Cllr A Ball (Chair), Cllr B Cray

1. Declarations of interest
{line}

2. Village green
RESOLVED that the green be mown monthly.
"""
        assert [d.member for d in _meeting(tmp_path, paper).declarations] == members


# ----------------------------------------------------------------------------- an officer after a role with "and"


def test_an_officer_named_after_a_role_with_and_in_it_is_read(tmp_path: Path) -> None:
    paper = """ORRIN VALE DISTRICT COUNCIL

MINUTES of the meeting of the Cabinet held at Orrin House on Monday 6 March 2023 at 6.00 pm

PRESENT: Councillor Ann Ball (Chair), Councillor Ben Cray

OFFICERS:
Chief Executive (Dr Ivy Lamb), Head of Planning and Building Control (Ms Rita Vale),
Director of Law and Governance (Monitoring Officer) (Sam Hext), Director of Housing and
Communities (Mr Leo Tan), Democratic Services Officer (Jo Pike)

1. Minutes
RESOLVED that the minutes of the last meeting be approved.

2. Any other business
There was none.
"""
    assert _meeting(tmp_path, paper).in_attendance == ["Dr Ivy Lamb", "Ms Rita Vale", "Sam Hext", "Mr Leo Tan",
                                                         "Jo Pike"]


# ----------------------------------------------------------------------------- the record cited by its own labels


def test_the_record_of_attendance_is_cited_by_the_labels_the_paper_prints_it_under(tmp_path: Path) -> None:
    from index.nodes import record_title
    from minutebook.model import Citation
    from service.links import citation_path

    millbeck = _meeting(tmp_path, MILLBECK)
    assert record_title(millbeck) == "Attendance and apologies (Members Present; Officers Present)"
    assert record_title(_meeting(tmp_path, WESTHOLM)) == "Attendance and apologies (COMMITTEE MEMBERS PRESENT)"
    brackwater = _meeting(tmp_path, BRACKWATER)
    assert record_title(brackwater) == "Attendance and apologies (Panel Members present; Also present)"
    chaired = MILLBECK.replace("Members Present:   Councillor P Quint (Chair)",
                               "In the Chair:      Councillor P Quint\nMembers Present:   Councillor P Quint")
    assert record_title(_meeting(tmp_path, chaired)).startswith("Attendance and apologies (In the Chair; ")
    unlabelled = "LOWFIELD TOWN COUNCIL\n\nMinutes of the meeting held on 1 May 2020\n" + _BODY.replace("Present: ", "")
    assert record_title(_meeting(tmp_path, unlabelled)) == "Attendance and apologies"
    # the citation still opens the meeting's record, whatever labels it names
    cited = Citation(committee=millbeck.committee, meeting_date=millbeck.date, item_title=record_title(millbeck),
                     document="minutes.txt")
    assert citation_path(cited).endswith("#attendance")


# ----------------------------------------------------------------------------- a decision that lists what it covers


def test_a_decision_ending_in_a_list_of_what_it_covers_is_one_decision(tmp_path: Path) -> None:
    for decision, parts in (
        ("RESOLVED: That the work programme be agreed, with the following additions:\n- Parking review (March)\n"
         "- Allotment rents (May)", 1),
        ("AGREED - that the grants be approved as follows:\n• Scouts £200\n• Bowls Club £150\n• Carnival £500", 1),
        ("RESOLVED that the roads for resurfacing be adopted, in the following order:\n- Mill Lane\n- Park Road\n"
         "- Church Street", 1),
        ("RESOLVED:\n- that the report be noted;\n- that the revised charges be approved.", 2),
        ("RESOLVED that the following recommendations be made to Cabinet:\n(1) That the scheme be paused.\n"
         "(2) That a review be held.", 2),
    ):
        paper = f"""KIRKHOLM PARISH COUNCIL

Minutes of the meeting of Kirkholm Parish Council held on Monday 6 March 2023 at 7pm

Present: Cllr A Ball (Chair), Cllr B Cray

1. Minutes
RESOLVED that the minutes of the last meeting be approved.

2. Business
{decision}

3. Date of next meeting
Monday 3 April 2023.
"""
        (item,) = [i for i in _meeting(tmp_path, paper).items if i.number == "2"]
        assert len(item.resolutions) == parts, decision


# ----------------------------------------------------------------------------- a question asked is no promise


def test_a_question_reported_is_no_commitment_but_a_reply_promising_work_is(tmp_path: Path) -> None:
    from ingest.actions import commitment_actions

    paper = """GARTHWICK TOWN COUNCIL

Minutes of the meeting of Garthwick Town Council held on Monday 6 March 2023 at 7pm

Present: Cllr A Ball (Chair), Cllr B Cray

1. Public questions
Mr K Lomas asked whether the new shelter at Mill Lane would be installed this year.
A resident queried when the new bins would be delivered to Park Road.
Cllr Ray asked if the audit report would be circulated before the next meeting.
The Clerk replied that the bench had been ordered and would be installed before Easter.

2. Date of next meeting
Monday 3 April 2023.
"""
    said = [a.text for a in commitment_actions(_meeting(tmp_path, paper))]
    assert said == ["The Clerk replied that the bench had been ordered and would be installed before Easter."]


# ----------------------------------------------------------------------------- a declarations table naming the kind


def test_a_declarations_table_gives_each_row_the_kind_its_interest_column_names(tmp_path: Path) -> None:
    for table, kinds in (
        ("Member\tItem\tInterest\nMr W. Ash\t2\tPersonal - farms land next to the site\n"
         "Cllr B. Elm\t2\tDisclosable pecuniary - owns the land", ["personal", "disclosable pecuniary"]),
        ("Councillor\tMinute number\tNature of interest\nCllr C Oak\t2\tNon-pecuniary - trustee of the hall\n"
         "Cllr D Yew\t2\tPecuniary - his firm tendered", ["non-pecuniary", "pecuniary"]),
        ("Name\tAgenda item\tType of interest\nMrs E Fir\t2\tPersonal and prejudicial - school governor\n"
         "Mr F Bay\t2\tPersonal - member of the club", ["personal", "personal"]),
    ):
        paper = ("ASHBURN NATIONAL PARK AUTHORITY\n\nMinutes of the meeting of the Authority held on Friday"
                 " 3 March 2023 at 10.00 am\n\nPresent: Mr A Ball (Chair), Mrs B Cray\n\n"
                 "1. DECLARATIONS OF INTEREST\n\n"
                 + table.replace("\t", "   ") + "\n\n2. CAR PARKS\n\nRESOLVED: That the charges be approved.\n")
        assert [d.kind.value for d in _meeting(tmp_path, paper).declarations] == kinds


# ----------------------------------------------------------------------------- bilingual headings and labels

CAERWEN = """CYNGOR SIR CAERWEN
CAERWEN COUNTY COUNCIL

COFNODION CYFARFOD Y CABINET
MINUTES OF THE MEETING OF THE CABINET

Held in the Council Chamber, Neuadd y Sir, Caerwen on Tuesday, 7 March 2023 at 10.00 am

YN BRESENNOL / PRESENT:
Councillor A. Bowen (Chair / Cadeirydd), Councillors B. Cadwaladr, C. Dafis

HEFYD YN BRESENNOL / ALSO IN ATTENDANCE:
Mr D. Evans (Chief Executive)

------------------------------------------------------------------------------------------
1.  YMDDIHEURIADAU AM ABSENOLDEB / APOLOGIES FOR ABSENCE
------------------------------------------------------------------------------------------
Apologies for absence were received from Councillors E. Ffransis and G. Hughes.

------------------------------------------------------------------------------------------
2.  DATGAN BUDDIANNAU / DECLARATIONS OF INTEREST
------------------------------------------------------------------------------------------
Councillor Dafis declared a personal interest in item 3 as a governor of Ysgol y Bont.

------------------------------------------------------------------------------------------
3.  ADRODDIAD ADDYSG / EDUCATION REPORT
------------------------------------------------------------------------------------------
RESOLVED that the report be noted.
"""


def test_a_bilingual_heading_keeps_its_english_half_and_its_role(tmp_path: Path) -> None:
    meeting = _meeting(tmp_path, CAERWEN)
    assert [i.title for i in meeting.items] == [
        "YMDDIHEURIADAU AM ABSENOLDEB / APOLOGIES FOR ABSENCE",
        "DATGAN BUDDIANNAU / DECLARATIONS OF INTEREST", "ADRODDIAD ADDYSG / EDUCATION REPORT"
    ]
    assert meeting.apologies == ["E. Ffransis", "G. Hughes"]
    assert meeting.venue == "the Council Chamber, Neuadd y Sir, Caerwen"


def test_a_bilingual_label_is_read_by_its_english_half_and_cited_as_printed(tmp_path: Path) -> None:
    from index.nodes import record_title

    assert record_title(_meeting(tmp_path, CAERWEN)) == \
        "Attendance and apologies (YN BRESENNOL / PRESENT; HEFYD YN BRESENNOL / ALSO IN ATTENDANCE)"


# ----------------------------------------------------------------------------- a hyphenated surname


def test_a_hyphenated_surname_in_a_declarations_item_is_kept_whole(tmp_path: Path) -> None:
    for lines, members in (
        ("Councillor W. Morris-Twiddy\nExpenses for a trip to Brittany for twinning relations.", ["W. Morris-Twiddy"]),
        ("Cllr Ann Ellis-Jones – item 2 – personal interest: school governor", ["Ann Ellis-Jones"]),
        ("Mr P. Pryce-Whitlock - item 2 - other registrable interest: member of the club", ["P. Pryce-Whitlock"]),
    ):
        paper = f"""NANTLLE TOWN COUNCIL

Minutes of the meeting of Nantlle Town Council held on Monday 6 March 2023 at 7pm

Present: Cllr A Ball (Chair), Cllr B Cray

1. Declarations of interest
{lines}

2. Village green
RESOLVED that the green be mown monthly.
"""
        assert [d.member for d in _meeting(tmp_path, paper).declarations] == members


# ----------------------------------------------------------------------------- a two-column label wrapped under itself


def test_a_label_wrapped_onto_the_line_below_its_first_word_is_one_label(tmp_path: Path) -> None:
    for block, present, attending in (
        ("Members Present:   Councillor A Ball, Councillor B Cray\n\nNon-Committee      Councillor C Dunn\n"
         "Members Present:", ["A Ball", "B Cray"], ["C Dunn"]),
        ("Present:           Councillor A Ball, Councillor B Cray\n\nOfficers in        Mr D Eve (Town Clerk)\n"
         "Attendance:", ["A Ball", "B Cray"], ["Mr D Eve"]),
        ("Present:           Councillor A Ball, Councillor B Cray\n\nAlso               Councillor F Gray\n"
         "Present:", ["A Ball", "B Cray"], ["F Gray"]),
    ):
        paper = ("BALLYNAHINCH BOROUGH COUNCIL\n\nMinutes of the Meeting of the Leisure Committee held in the Council"
                 f" Chamber on Monday 8 May 2023 at 7.00 pm\n\n{block}\n\nL 1/2023  APOLOGIES\n\nNone.\n\n"
                 "L 2/2023  PARKS\n\nAGREED - that the parks report be noted.\n")
        meeting = _meeting(tmp_path, paper)
        assert (meeting.present, meeting.in_attendance) == (present, attending)
