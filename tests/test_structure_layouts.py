"""The structure of minutes in house styles met in councils' papers, read from small fictional papers written for
these tests: minute numbers with a letter for the body ("K.201"); the council named on a line above the meeting's
header (a borough, an NHS group on the header's own first line, the English half of bilingual lines); unnumbered
headings in title case; attendance labels in capitals; numbered paragraphs; a hearing's decision item; the chair
elected at the meeting, and marked in two languages.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import parsed_meeting

BOROUGH_CABINET = """ROYAL BOROUGH OF ASHCOMBE

EXECUTIVE

MINUTES of the meeting of the Executive held at Ashcombe Civic Centre on Monday 6 March 2023 at 6.30 pm

PRESENT:
Councillor Ruth Oduya (Leader of the Council) (Chair)
Councillor Ben Marsh (Executive Member for Finance)
Councillor Ivy Tolland (Executive Member for Housing)

ALSO PRESENT:
Councillor Paul Grey (Leader of the Opposition)

OFFICERS:
Chief Executive (Sam Lowry), Head of Legal Services (Ann Pike)

K.201 APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Derek Stone.

K.202 MINUTES
RESOLVED: That the minutes of the meeting held on 6 February 2023 be agreed as a correct record.

K.203 LEISURE CENTRE CONTRACT
Councillor Marsh introduced the report on the leisure centre contract, as noted in item K.202.
RESOLVED: That the contract be extended for two years.

K.204 PARKING CHARGES
RESOLVED: That the revised charges be approved from 1 April 2023.
"""


def test_minute_numbers_with_a_letter_and_a_dot_are_read(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BOROUGH_CABINET)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("K.201", "APOLOGIES FOR ABSENCE"),
        ("K.202", "MINUTES"),
        ("K.203", "LEISURE CENTRE CONTRACT"),
        ("K.204", "PARKING CHARGES"),
    ]
    assert [len(i.resolutions) for i in meeting.items] == [0, 1, 1, 1]
    assert meeting.chair == "Ruth Oduya"
    assert meeting.apologies == ["Derek Stone"]


def test_a_borough_named_above_the_header_is_the_council(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BOROUGH_CABINET)
    assert meeting.council == "Royal Borough of Ashcombe"
    assert meeting.committee == "Executive"


NHS_GROUP = """NHS Wendlebury Clinical Commissioning Group

Minutes of the Governing Body Meeting held in Public
Thursday 12 April 2018, 2.00pm
Board Room, Wendlebury House

Present:
Dr Alan Price (Chair)
Mary Holt

1. Welcome and apologies
1.1 The Chair welcomed members to the meeting.

2. Finance report
2.1 The Governing Body noted the report.
"""


def test_a_group_on_the_headers_first_line_is_the_council(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, NHS_GROUP)
    assert meeting.council == "NHS Wendlebury Clinical Commissioning Group"
    assert meeting.committee == "Governing Body"


BILINGUAL = """CYNGOR BWRDEISTREF SIROL TREFAEN
TREFAEN COUNTY BOROUGH COUNCIL

COFNODION CYFARFOD Y CYNGOR
MINUTES OF THE MEETING OF THE COUNCIL

Held in the Council Chamber, Trefaen on Wednesday, 9 March 2016 at 2.00 pm

YN BRESENNOL / PRESENT:
Councillor A. Rhys (Chair / Cadeirydd)
Councillors: B. Morgan, C. Powell

1. YMDDIHEURIADAU / APOLOGIES
Apologies for absence were received from Councillor D. Price.

2. COFNODION / MINUTES
RESOLVED that the minutes of the meeting held on 10 February 2016 be confirmed.
"""


def test_the_english_line_of_a_bilingual_heading_names_the_council(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BILINGUAL)
    assert meeting.council == "Trefaen County Borough Council"


def test_a_bilingual_name_joined_on_one_line_keeps_its_english_half(tmp_path: Path) -> None:
    # a PDF's text often runs the two halves of a bilingual heading together, with no "/" between them
    joined = BILINGUAL.replace("CYNGOR BWRDEISTREF SIROL TREFAEN\nTREFAEN COUNTY BOROUGH COUNCIL",
                               "Trefaen County Borough Council Cyngor Bwrdeistref Sirol Trefaen")
    assert parsed_meeting(tmp_path, joined).council == "Trefaen County Borough Council"


def test_a_breadcrumb_trail_names_the_council_by_its_outermost_step(tmp_path: Path) -> None:
    page = """Aldwick Council > Committees > Open Spaces Panel
Minutes
Open Spaces Panel
Wednesday, 3rd March, 2027 7.00 pm
Venue: Committee Room 1, Aldwick Town Hall

Present: Councillors R. Hale (Chair), S. Okafor and T. Venn

1. Apologies
Apologies were received from Councillor P. Lund.

2. Play Areas
RESOLVED that the play area at Mill Green be resurfaced.
"""
    meeting = parsed_meeting(tmp_path, page)
    assert (meeting.council, meeting.committee) == ("Aldwick Council", "Open Spaces Panel")


COMMUNITY_COUNCIL = """Glenarrow Community Council

Minutes of the Ordinary Meeting held in Glenarrow Church Hall
on Tuesday 14 March 2017 at 7.30pm

Present:
Morven Keir (Chair)
Angus Dow (Treasurer)
Isla Ross

In attendance:
PC Ruaridh Bain (Police Scotland)
4 members of the public

Apologies
Apologies were received from Cllr Hamish Lorne.

Police Report
PC Bain reported that there had been two thefts from sheds in February.
AGREED to ask for a speed check on the shore road.

Planning
17/00412/FUL - Extension to the boathouse at the jetty - no comment.
17/00530/FUL - New house at Tigh na Mara - members were concerned about the access.
AGREED that the Secretary write to the planning authority about the access.

Treasurer's Report
The balance of the administration account is £912.40.

Date of Next Meeting
The next meeting will be held on Tuesday 11 April 2017 at 7.30pm.
"""


def test_unnumbered_title_case_headings_over_their_text_are_items(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, COMMUNITY_COUNCIL)
    assert [i.title for i in meeting.items] == [
        "Apologies",
        "Police Report",
        "Planning",
        "Treasurer's Report",
        "Date of Next Meeting",
    ]
    assert [len(i.resolutions) for i in meeting.items] == [0, 1, 1, 0, 0]
    assert meeting.chair == "Morven Keir"
    assert meeting.apologies == ["Hamish Lorne"]


CAPITALS_UNNUMBERED = """WESTLEY TOWN COUNCIL

MINUTES of the meeting of the Town Council held at the Guildhall, Westley, on Monday 4 July 2022 at 7.00 pm

PRESENT:
Councillor Joan Pardew (Town Mayor) (Chair)
Councillor Ed Sims

ALSO PRESENT:
Councillor Vic Lamb (County Councillor)

OFFICERS:
Town Clerk (Ruth Gale), Deputy Town Clerk (Owen Pike)

APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Tom Hale.

MARKET CHARTER FAIR
The Town Clerk reported on the arrangements for the charter fair in September.
RESOLVED: That the road closure be applied for.

ALLOTMENTS
RESOLVED: That the allotment rents be held at £40 a plot for 2023.
"""


def test_attendance_labels_in_capitals_are_not_items(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, CAPITALS_UNNUMBERED)
    assert [i.title for i in meeting.items] == ["APOLOGIES FOR ABSENCE", "MARKET CHARTER FAIR", "ALLOTMENTS"]
    assert meeting.chair == "Joan Pardew"
    assert meeting.apologies == ["Tom Hale"]


NUMBERED_PARAGRAPHS = """NHS Wendlebury Clinical Commissioning Group

Minutes of the Governing Body Meeting held in Public
Thursday 12 April 2018, 2.00pm

Present:
Dr Alan Price (Chair)
Mary Holt

1. Welcome and apologies
1.1 The Chair welcomed members to the meeting.
1.2 Apologies were received from Dr Nia Evans.

2. Finance report
2.1 Mary Holt presented the month 11 position.
2.2 AGREED: the Governing Body approved the budget for 2018/19.

3. Date of next meeting
3.1 Thursday 14 June 2018, 2.00pm, Board Room, Wendlebury House.
"""


def test_a_numbered_paragraph_that_reads_like_a_title_stays_in_its_item(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, NUMBERED_PARAGRAPHS)
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert "14 June 2018" in meeting.items[2].text


HEARING = """Ashby District Council
Licensing Sub-Committee
Minutes of the meeting held on Tuesday, 3 September 2024 at 10.00 am in Committee Room 1

Members present: Councillors Ann Vole (Chair), Bill Cray and Cath Nunn

4.  Application for a Premises Licence - The Lantern, 14 Mill Lane, Ashby
The Licensing Officer introduced the report. The applicant and two residents addressed the Sub-Committee.

5.  Decision - The Lantern, 14 Mill Lane, Ashby
DECISION:
The Sub-Committee has decided to GRANT the application, with the hours applied for.
"""


def test_a_decision_item_named_after_the_premises_keeps_its_title(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, HEARING)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "Application for a Premises Licence - The Lantern, 14 Mill Lane, Ashby"),
        ("5", "Decision - The Lantern, 14 Mill Lane, Ashby"),
    ]
    assert "GRANT the application" in meeting.items[1].text


ANNUAL_MEETING = """WENSUM VALLEY FIRE AND RESCUE AUTHORITY

MINUTES OF THE ANNUAL MEETING OF THE AUTHORITY
held at Fire Headquarters, Mill Road, Aldham on Thursday 15 June 2023 at 10.30 am

| Member             | Constituent authority     | Attendance |
|--------------------|---------------------------|------------|
| Cllr Ann Rook      | Aldham City Council       | Present    |
| Cllr Bob Teal      | Aldham City Council       | Present    |
| Cllr Cy Wren       | Wensum County Council     | Present    |

WV/2023/01  ELECTION OF CHAIR
Cllr Bob Teal was nominated by Cllr Rook, seconded by Cllr Wren. Cllr Ann Rook was nominated by Cllr Wren.
Following a vote (2 to 1) the Authority resolved to elect Cllr Bob Teal as Chair for 2023/24.

WV/2023/02  ELECTION OF VICE-CHAIR
The Authority resolved to elect Cllr Cy Wren as Vice-Chair for 2023/24.

WV/2023/03  MINUTES
The minutes of the meeting held on 16 March 2023 were approved as a correct record.
"""


def test_the_chair_elected_by_resolution_chairs_the_meeting(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, ANNUAL_MEETING)
    assert [i.number for i in meeting.items] == ["WV/2023/01", "WV/2023/02", "WV/2023/03"]
    assert meeting.chair == "Bob Teal"


PROPOSED_CHAIR = """Minutes of the Annual Meeting of Oxley Parish Council
Held on Monday 13 May 2019 at 7.30pm in the Village Hall

Present: Cllrs Ann Rook, Bob Teal, Cy Wren

1. Election of Chairman
It was proposed by Cllr Rook, seconded by Cllr Wren that Cllr Bob Teal be appointed Chairman for 2019/20. There \
were no other nominations.

2. Apologies
There were no apologies.
"""


def test_the_chair_proposed_and_appointed_is_the_one_named_in_the_motion(tmp_path: Path) -> None:
    assert parsed_meeting(tmp_path, PROPOSED_CHAIR).chair == "Bob Teal"


def test_a_bilingual_chair_mark_names_the_chair(tmp_path: Path) -> None:
    """Welsh councils print the chair's mark in both languages, English first or Welsh first."""
    assert parsed_meeting(tmp_path, BILINGUAL).chair == "A. Rhys"
    welsh_first = BILINGUAL.replace("(Chair / Cadeirydd)", "(Cadeirydd / Chair)")
    assert parsed_meeting(tmp_path, welsh_first, "welsh-first.txt").chair == "A. Rhys"


ACTION_LINES = """Minutes of the Ordinary Meeting of Glenarrow Community Council
Held on Tuesday 9 May 2017 at 7.30pm in Glenarrow Church Hall

Present: Morven Keir (Chair), Angus Dow, Isla Ross

1. Roads
Members discussed the potholes on the shore road.
AGREED to report the potholes to the roads department.
Action: Secretary

2. Village Hall
The hall committee reported that the roof leaks.
It was agreed to obtain two quotes for the roof.
Action: Treasurer
The ceilidh will be held on 14 October.
"""


def test_an_action_line_after_a_decision_names_its_owner(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, ACTION_LINES)
    owners = [[(r.text, r.owner) for r in i.resolutions] for i in meeting.items]
    assert owners == [
        [("to report the potholes to the roads department.", "Secretary")],
        [("It was agreed to obtain two quotes for the roof.", "Treasurer")],
    ]


ALIGNED_COLUMNS = """NHS Wendlebury Clinical Commissioning Group

Minutes of the Governing Body Meeting held in Public
Thursday 12 April 2018, 2.00pm

Present:
Dr Alan Price          Clinical Chair (Chair)
Mary Holt              Accountable Officer
Tom Lyle               Lay Member, Governance
In attendance:
Ruth Bell              Director of Commissioning
Apologies:
Dr Nia Evans           GP Member, East Locality

1. Welcome and apologies
1.1 The Chair welcomed members.   Apologies were noted.

2. Finance report
2.1 The Governing Body noted the report.
"""


def test_columns_aligned_with_spaces_part_names_from_roles(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, ALIGNED_COLUMNS)
    assert meeting.chair == "Dr Alan Price"
    assert meeting.present == ["Dr Alan Price", "Mary Holt", "Tom Lyle"]
    assert meeting.in_attendance == ["Ruth Bell"]
    assert meeting.apologies == ["Dr Nia Evans"]
    assert "The Chair welcomed members. Apologies were noted." in meeting.items[0].text  # a typist's spacing


def test_a_members_table_with_an_attendance_column_is_read_without_a_label(tmp_path: Path) -> None:
    absent = "| Cllr Di Hart       | Wensum County Council     | Apologies  |\n"
    meeting = parsed_meeting(tmp_path, ANNUAL_MEETING.replace("| Cllr Cy Wren ", absent + "| Cllr Cy Wren "))
    assert meeting.present == ["Ann Rook", "Bob Teal", "Cy Wren"]
    assert meeting.apologies == ["Di Hart"]


def test_officers_listed_by_role_with_their_names_in_brackets_are_in_attendance(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BOROUGH_CABINET.replace(
        "Chief Executive (Sam Lowry), Head of Legal Services (Ann Pike)",
        "Chief Executive (Sam Lowry), Director of Finance (Section 151 Officer) (Neil Cass),\n"
        "Clerk and Monitoring Officer (Dr Ann Pike)",
    ))
    assert meeting.in_attendance == ["Paul Grey", "Sam Lowry", "Neil Cass", "Dr Ann Pike"]
    assert meeting.present == ["Ruth Oduya", "Ben Marsh", "Ivy Tolland"]


def test_people_in_attendance_with_remarks_in_brackets_are_read(tmp_path: Path) -> None:
    text = COMMUNITY_COUNCIL.replace(
        "PC Ruaridh Bain (Police Scotland)",
        "Cllr Ailsa Grant (Highland Council, Ward 12 Glenarrow)\nPC Ruaridh Bain (Police Scotland)",
    )
    assert parsed_meeting(tmp_path, text).in_attendance == ["Ailsa Grant", "PC Ruaridh Bain"]


def test_groups_labelled_within_an_attendance_list_give_their_people(tmp_path: Path) -> None:
    text = HEARING.replace(
        "Members present: Councillors Ann Vole (Chair), Bill Cray and Cath Nunn\n",
        "Members present: Councillors Ann Vole (Chair), Bill Cray and Cath Nunn\n\nAlso present:\n"
        "For the applicant: Mr Ed Lamb (applicant, director of Lamb Inns Ltd)\n"
        "Responsible authority: PC Jo Reed (Police Licensing Officer)\n",
    )
    meeting = parsed_meeting(tmp_path, text)
    assert meeting.in_attendance == ["Mr Ed Lamb", "PC Jo Reed"]
    assert meeting.present == ["Ann Vole", "Bill Cray", "Cath Nunn"]


def test_an_action_log_after_the_last_item_is_a_part_of_its_own(tmp_path: Path) -> None:
    log = (
        "\nAction log\n"
        "Ref     Meeting     Action                          Owner   Due        Status\n"
        "WB012   08/02/18    Report on winter pressures      MH      12/04/18   Complete\n"
        "WB015   08/02/18    Review the risk register        AP      14/06/18   On track\n"
    )
    meeting = parsed_meeting(tmp_path, NUMBERED_PARAGRAPHS + log)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Finance report"),
        ("3", "Date of next meeting"),
        (None, "Action log"),
    ]
    assert "WB012" not in meeting.items[2].text
    assert "WB015\t08/02/18\tReview the risk register\tAP\t14/06/18\tOn track" in meeting.items[3].text
    points = "\nAction points\nReport the potholes - Secretary - June 2017\nRoof quotes - Treasurer - next meeting\n"
    unnumbered = parsed_meeting(tmp_path, COMMUNITY_COUNCIL + points, "points.txt")
    assert [i.title for i in unnumbered.items][-2:] == ["Date of Next Meeting", "Action points"]


ONE_ITEM_EXCLUSION = """Minutes of the Resources Committee of Wensum Valley Fire Authority
Held on Friday 19 April 2024 at 10am at Fire Headquarters

Present: Councillors Grey (Chair), Holt and Ives

1. Exclusion of the Press and Public
RESOLVED that the press and public be excluded from the meeting for the following item on the grounds that it \
involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the \
Local Government Act 1972.

2. Sale of the Former Station Site
RESOLVED that the site be sold to the preferred bidder.

3. Date of Next Meeting
RESOLVED that the next meeting be held on 12 July 2024.
"""


def test_an_exclusion_for_the_following_item_ends_after_it(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, ONE_ITEM_EXCLUSION)
    assert [i.exempt for i in meeting.items] == [False, True, False]
    several = ONE_ITEM_EXCLUSION.replace("for the following item on", "for the following items on").replace(
        "3. Date of Next Meeting\nRESOLVED that the next meeting be held on 12 July 2024.",
        "3. Lease of the Training Ground\nRESOLVED that the lease be renewed for five years.")
    assert [i.exempt for i in parsed_meeting(tmp_path, several, "several.txt").items] == [False, True, True]
    # the date of the next meeting is never exempt information, whatever exclusion comes before it
    nextdate = ONE_ITEM_EXCLUSION.replace("for the following item on", "for the following items on")
    assert [i.exempt for i in parsed_meeting(tmp_path, nextdate, "next.txt").items] == [False, True, False]


def test_a_hearing_decided_in_private_gives_its_decision_in_public(tmp_path: Path) -> None:
    text = HEARING.replace(
        "The Licensing Officer introduced the report. The applicant and two residents addressed the Sub-Committee.\n",
        "The Licensing Officer introduced the report. The applicant and two residents addressed the Sub-Committee.\n"
        "RESOLVED that the public, including the parties to the hearing, be excluded from the meeting while the "
        "Sub-Committee deliberated.\nThe Sub-Committee withdrew to deliberate at 11.40 am. All parties were recalled "
        "at 12.10 pm.\n",
    )
    meeting = parsed_meeting(tmp_path, text)
    assert [i.exempt for i in meeting.items] == [False, False]


def test_apologies_from_each_of_several_people_are_all_read(tmp_path: Path) -> None:
    text = COMMUNITY_COUNCIL.replace(
        "Apologies were received from Cllr Hamish Lorne.",
        "Apologies were received from Cllr Hamish Lorne and from Kirsty Moar (CC member).",
    )
    assert parsed_meeting(tmp_path, text).apologies == ["Hamish Lorne", "Kirsty Moar"]


def test_officers_by_role_run_on_over_lines_of_roles_with_small_words(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BOROUGH_CABINET.replace(
        "Chief Executive (Sam Lowry), Head of Legal Services (Ann Pike)",
        "Chief Executive (Sam Lowry), Head of Legal Services (Ann Pike),\n"
        "Director of Housing for the Borough (Kit Mayne), Committee Officer (Liam Toft)",
    ))
    assert meeting.in_attendance == ["Paul Grey", "Sam Lowry", "Ann Pike", "Kit Mayne", "Liam Toft"]


def test_officers_named_by_a_profession_are_in_attendance(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, BOROUGH_CABINET.replace(
        "Chief Executive (Sam Lowry), Head of Legal Services (Ann Pike)",
        "Solicitor (Mrs R Kaur), Minerals and Waste Planner (Ms J Keble)",
    ))
    assert meeting.in_attendance == ["Paul Grey", "Mrs R Kaur", "Ms J Keble"]


def test_a_committee_named_in_capitals_after_its_meetings_kind_keeps_its_small_words_small(tmp_path: Path) -> None:
    assert parsed_meeting(tmp_path, ANNUAL_MEETING).committee == "Annual Meeting of the Authority"
