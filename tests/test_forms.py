"""The forms minutes take, each in a small paper written for the test (fictional councils and people).

Every house style the parser claims to read has one test here, written in that style: meeting
headers, item numbering, decisions, actions, attendance, declarations and exempt business. The
papers go through the real reader (plain text) and the structure parser.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from ingest.actions import commitment_actions, extract_actions
from ingest.commitments import commitments
from ingest.pipeline import parse_file
from minutebook.errors import IngestError
from minutebook.model import InterestKind, Meeting, ParsedDocument


def read(tmp_path: Path, text: str, name: str = "paper.txt") -> ParsedDocument:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return parse_file(path)


def only(doc: ParsedDocument) -> Meeting:
    (meeting,) = doc.meetings
    return meeting


def numbers(meeting: Meeting) -> list[str | None]:
    return [i.number for i in meeting.items]


def counts(meeting: Meeting) -> dict[str | None, int]:
    return {i.number or i.title: len(i.resolutions) for i in meeting.items}


# ----------------------------------------------------------------------------- meeting headers


def test_minutes_of_a_meeting_held_at_on_without_present(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        MINUTES of a meeting of the HARTWELL DISTRICT COUNCIL LICENSING COMMITTEE held at the Guildhall, Hartwell on Wednesday 6 April 2022 at 10.00 am

        1. APOLOGIES
        There were no apologies.

        2. MINUTES
        RESOLVED that the minutes of the meeting held on 2 March 2022 be approved.
    """,
        )
    )
    assert m.date == dt.date(2022, 4, 6)
    assert m.committee == "Hartwell District Council Licensing Committee"
    assert numbers(m) == ["1", "2"] and counts(m) == {"1": 0, "2": 1}


def test_annual_meeting_of_a_parish_council_with_election(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Minutes of the Annual Meeting of Oakmere Parish Council held in the Village Hall on Monday 13th May 2024 at 7.30pm

        Present: Cllrs P Ashby, R Colley and T Verity.

        1. Election of Chairman
        It was proposed by Cllr Colley, seconded by Cllr Verity and resolved that Cllr Ashby be Chairman for the year.

        2. Apologies
        Apologies were received from Cllr N Dunmore.
    """,
        )
    )
    assert m.date == dt.date(2024, 5, 13)
    assert "Annual Meeting" in m.committee and "Oakmere Parish Council" in m.committee
    assert counts(m) == {"1": 1, "2": 0}
    assert m.apologies == ["N Dunmore"]
    assert {"P Ashby", "R Colley", "T Verity"} <= set(m.present)


def test_moderngov_titles_that_read_like_sentences_stand_between_number_and_block(tmp_path: Path) -> None:
    """A ModernGov item's title is the line between its number and its "Minutes:" block, however it reads: a
    task ("To confirm that ... will be considered in public") or a long title with a viewer's link."""
    m = only(
        read(
            tmp_path,
            """
        Cabinet - Thursday, 9th March, 2023 7.00 pm

        Items
        No. Item

        41.

        To confirm that the items of business marked Part 1 will be considered in public and that the items of business marked Part 2 in private

        Minutes:

        This was confirmed.

        42.

        Flood Resilience in the Valley - a review by the Environment and Communities Policy Overview Committee of the lessons from the winter storms pdf icon PDF 129 KB

        Additional documents:

        Minutes:

        RESOLVED: That the review's recommendations be accepted.
        """,
        )
    )
    assert numbers(m) == ["41", "42"]
    assert m.items[0].title.startswith("To confirm that the items of business marked Part 1")
    assert m.items[1].title.endswith("lessons from the winter storms")  # the link's words dropped
    assert counts(m)["42"] == 1


def test_what_the_clerk_minuted_before_the_first_item_is_kept(tmp_path: Path) -> None:
    """A petition presented before item 1 is business: kept as an untitled item, not dropped with the header;
    the attendance record stays the attendance record."""
    m = only(
        read(
            tmp_path,
            """
        Minutes of the meeting of the Council held on Thursday 11 January 2024 at 10.30 am

        Present: Councillors Rhodes (Provost), Bain, Lennox and Sutherland.

        A minute's silence was observed for former Provost Grant

        Councillor Bain presented the Council with a petition signed by 1,200 residents opposing the closure of the Harbour Road nursery. The Provost accepted the petition.

        1. APOLOGIES FOR ABSENCE

        Apologies were received from Councillor Munro.

        2. HARBOUR ROAD NURSERY

        The Council agreed to defer a decision until the consultation has closed.
        """,
        )
    )
    assert numbers(m) == [None, "1", "2"]
    assert m.items[0].title == "" and "petition signed by 1,200 residents" in m.items[0].text
    assert "minute's silence was observed" in m.items[0].text  # a line of prose without its full stop too
    assert "Councillors Rhodes" not in m.items[0].text
    assert "Lennox" in " ".join(m.present)


@pytest.mark.parametrize(
    ("header", "venue"),
    [
        ("Cabinet - Thursday, 9th March, 2023 7.00 pm\n\nVenue: Committee Room 6 - Civic Centre. View directions",
         "Committee Room 6 - Civic Centre"),
        ("Minutes of a meeting of the Licensing Committee held at the Town Hall, Moorgate on Tuesday 4 July 2023",
         "the Town Hall, Moorgate"),
        ("Minutes of the Parish Council Meeting\nHeld on Wed 25th October 2023 at 7.30pm in the Old School Hall",
         "the Old School Hall"),
        ("MINUTES of a meeting of the PLANNING BOARD held on 3rd May 2023", None),
    ],
)
def test_the_venue_a_header_names(tmp_path: Path, header: str, venue: str | None) -> None:
    m = only(read(tmp_path, header + "\n\n1. APOLOGIES\n\nApologies were received from Councillor Reed.\n"))
    assert m.venue == venue


def test_moderngov_page_title_blurb_and_repeated_decision(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Agenda, decisions and draft minutes

        Cabinet - Monday, 1st November, 2021 11.00 am

        Venue: Council Chamber, Civic Centre

        Items
        No. Item

        12.

        Apologies for Absence

        To receive apologies for absence.

        Minutes:

        Apologies were received from Councillor Fenwick.

        13.

        Leisure Centre Refurbishment pdf icon PDF 210 KB

        To consider the report of the Director of Place.

        Decision:

        That the refurbishment be approved. The Director of Place will report progress in six months.

        Minutes:

        The Cabinet considered the report.

        That the refurbishment be approved. The Director of Place will report progress in six months.
    """,
        )
    )
    assert (m.committee, m.date, m.time) == ("Cabinet", dt.date(2021, 11, 1), "11.00 am")
    assert numbers(m) == ["12", "13"]
    assert m.items[1].title == "Leisure Centre Refurbishment"
    assert m.apologies == ["Fenwick"]
    assert [a.text for a in m.agenda] == [
        "To receive apologies for absence.",
        "To consider the report of the Director of Place.",
    ]
    assert "To consider the report" not in m.items[1].text  # the blurb is agenda, not minutes


def test_committee_line_then_date_line_in_words(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        PLANNING AND HIGHWAYS COMMITTEE
        Thursday the 3rd of February, 2022

        Councillors present: Nash (Chair), Okafor, Pryce.

        55. Declarations of Interest
        None.
    """,
        )
    )
    assert (m.committee, m.date, m.chair) == ("Planning and Highways Committee", dt.date(2022, 2, 3), "Nash")
    assert m.present == ["Nash", "Okafor", "Pryce"]


def test_time_and_date_run_together(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Eastbrook City Council
        Audit Sub-Committee
        2.30pm14 October 2020
        Present: Councillors Quayle, Rahman and Sewell
        1 Procedural Business
        1.1 There were no declarations of interest.
    """,
        )
    )
    assert (m.committee, m.council, m.date) == ("Audit Sub-Committee", "Eastbrook City Council", dt.date(2020, 10, 14))
    assert numbers(m) == ["1"]


def test_scottish_minute_with_sederunt(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        MINUTE of MEETING of the EDUCATION COMMITTEE held in the Council Chambers, Dunmere on Thursday 3 March 2022 at 10.00am.

        Sederunt: Provost A Baird (Chair), Councillor B Carr, Councillor D Elder.

        In attendance: E Fyfe, Head of Education.

        1. Schools Estate Review
        DECISION
        The Committee agreed to consult on the review.
    """,
        )
    )
    assert (m.committee, m.date) == ("Education Committee", dt.date(2022, 3, 3))
    assert m.chair is not None and "Baird" in m.chair
    assert any("Carr" in p for p in m.present) and not any("Fyfe" in p for p in m.present)
    assert counts(m) == {"1": 1}


def test_welsh_bilingual_community_council_header(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        CYNGOR CYMUNED LLANDDEWI COMMUNITY COUNCIL
        Minutes of the meeting of Llanddewi Community Council held at the Memorial Hall on Tuesday, 9th January, 2024 at 7pm.

        34/23 Apologies
        Apologies were received from Cllr Gwen Hughes.
        35/23 Minutes of the last meeting
        The minutes of the meeting held on 12th December, 2023 were approved as a correct record.
    """,
        )
    )
    assert (m.committee, m.date) == ("Llanddewi Community Council", dt.date(2024, 1, 9))
    assert numbers(m) == ["34/23", "35/23"] and counts(m) == {"34/23": 0, "35/23": 1}


def test_welsh_bilingual_minutes_side_by_side(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        CYNGOR SIR CAERWEN / CAERWEN COUNTY COUNCIL

        COFNODION / MINUTES

        PWYLLGOR CRAFFU ADDYSG / EDUCATION SCRUTINY COMMITTEE

        Dydd Iau, 19 Hydref 2023 / Thursday, 19 October 2023

        PRESENNOL / PRESENT: Y Cynghorydd / Councillor Eleri Prys-Jones (Cadeirydd / Chair)
        SWYDDOGION / OFFICERS: Cyfarwyddwr Addysg / Director of Education; Pennaeth Cynhwysiant / Head of Inclusion.

        3. COFNODION / MINUTES

        PENDERFYNWYD / RESOLVED bod cofnodion y cyfarfod yn cael eu llofnodi / that the minutes be signed.

        4. ADRODDIAD / REPORT

        PENDERFYNWYD / RESOLVED:
        4.1 nodi'r adroddiad / to note the report;
        4.2 gofyn i'r Cyfarwyddwr Addysg ddarparu data / to ask the Director of Education to provide data.

        5. BLAENRAGLEN WAITH / FORWARD WORK PROGRAMME

        PENDERFYNWYD cymeradwyo'r flaenraglen waith / RESOLVED that the forward work programme be approved.
    """,
        )
    )
    assert (m.council, m.date, m.chair) == ("Caerwen County Council", dt.date(2023, 10, 19), "Eleri Prys-Jones")
    assert m.in_attendance == []  # officers named only by their role are no people
    assert counts(m) == {"3": 1, "4": 2, "5": 1}
    assert [(r.number, r.owner) for r in m.items[1].resolutions] == [("4.1", None), ("4.2", "the Director of Education")]


# ----------------------------------------------------------------------------- item numbering


@pytest.mark.parametrize(
    "first,second",
    [("C032/19", "C033/19"), ("PLA147/14", "PLA148/14"), ("Cou/285/07-08", "Cou/286/07-08"),
     ("GBP/2122/214", "GBP/2122/215"), ("Minute No. 12", "Minute No. 13"), ("4a", "4b"), ("23/6", "24/6")],
)  # fmt: skip
def test_item_number_forms(tmp_path: Path, first: str, second: str) -> None:
    m = only(
        read(
            tmp_path,
            f"""
        Finance Committee
        Tuesday 7 June 2022

        {first} Budget Monitoring
        The committee received the budget report.
        {second} Treasury Management
        RESOLVED that the strategy be approved.
    """,
        )
    )
    assert [n.replace("Minute No. ", "") if n else n for n in numbers(m)] == [
        first.replace("Minute No. ", ""),
        second.replace("Minute No. ", ""),
    ]
    assert counts(m)[numbers(m)[1]] == 1


def test_agenda_item_headings_over_running_paragraph_numbers(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Moorland Park Authority Planning Committee
        Friday 5 May 2023

        AGENDA ITEM 1: APOLOGIES
        1. Apologies were received from Mr Ralph Tait.
        AGENDA ITEM 2: MINUTES
        2. The minutes of the previous meeting were approved.
        3. There were no matters arising.
    """,
        )
    )
    assert numbers(m) == ["1", "2"]
    assert counts(m) == {"1": 0, "2": 1}


def test_number_on_the_line_after_the_title(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Scrutiny Board
        Wednesday 8 March 2023

        Apologies for absence
        101
        Apologies were received from Councillor Imrie.

        Work Programme
        102
        RESOLVED – That the work programme be agreed.
    """,
        )
    )
    assert numbers(m) == ["101", "102"]
    assert [i.title for i in m.items] == ["Apologies for absence", "Work Programme"]
    assert m.apologies == ["Imrie"] and counts(m) == {"101": 0, "102": 1}


def test_lettered_items_and_sub_items(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Licensing Panel
        Minutes of a meeting held on 11th July, 2019.

        (a) Appointment of Chairman
        Councillor V. Wren was elected Chairman for the hearing.

        (b) Application for a Premises Licence - The Old Mill
        The Panel agreed to grant the licence.
    """,
        )
    )
    assert numbers(m) == ["a", "b"] and m.chair == "V. Wren"
    assert counts(m) == {"a": 1, "b": 1}


def test_unnumbered_titled_items_and_capital_headings(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Health and Wellbeing Board - Tuesday 4 February 2020 2.00 pm

        APOLOGIES FOR ABSENCE

        Apologies were received from Dr Mills.

        BETTER CARE FUND PLAN

        The Board agreed the plan for submission.

        HEALTHY WEIGHT STRATEGY

        The Board noted the strategy.
    """,
        )
    )
    assert [i.title for i in m.items] == ["APOLOGIES FOR ABSENCE", "BETTER CARE FUND PLAN", "HEALTHY WEIGHT STRATEGY"]
    assert numbers(m) == [None, None, None]
    assert [len(i.resolutions) for i in m.items] == [0, 1, 1]


def test_text_flattened_onto_one_line(tmp_path: Path) -> None:
    body = (
        "FENLOW TOWN COUNCIL MINUTES OF THE PLANNING COMMITTEE held at the Town Hall on 2nd March 2021 at 7.00pm "
        "PRESENT: Cllr A Holt (Chair), Cllr B Irwin and Cllr C Jarvis. 1. APOLOGIES FOR ABSENCE. Apologies were "
        "received from Cllr D Kemp. 2. DECLARATIONS OF INTEREST. Cllr B Irwin declared a personal interest in item 4 "
        "as a neighbour of the applicant. 3. MINUTES RESOLVED that the minutes of the meeting held on 2nd February "
        "2021 be signed as a correct record. 4. PLANNING APPLICATIONS The Committee considered the applications "
        "listed and the Clerk reported on each of them in turn, noting that the deadline for comments was close. "
        "UNANIMOUSLY RESOLVED 4.1 That no objection be raised to application 21/0101. 4.2 That an objection be "
        "raised to application 21/0102 on grounds of overlooking."
    )
    m = only(read(tmp_path, body + "\n"))
    assert (m.committee, m.date, m.chair) == ("Planning Committee", dt.date(2021, 3, 2), "A Holt")
    assert numbers(m) == ["1", "2", "3", "4"]
    assert counts(m) == {"1": 0, "2": 0, "3": 1, "4": 2}
    assert m.apologies == ["D Kemp"]
    assert [(d.member, d.item) for d in m.declarations] == [("B Irwin", "4")]


def test_titles_as_short_phrases_and_planning_applications(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        BRIDWELL PARISH COUNCIL
        Minutes of the meeting of the Parish Council held on Tuesday 3rd June 2025 at 7.30pm in the Village Hall
        Present: Cllr P Rowe (Chairman), Cllr K Dale, Cllr S Moss
        Min. 25/041 Public participation.
        Two residents asked about the state of the footpath behind the school.
        Min. 25/042 County Councillor's report.
        Cllr Ames reported that the county's highways budget had been cut.
        Min. 25/043 Planning applications.
        25/00412/FUL – Orchard Barn, Mill Lane – Conversion of barn to two dwellings with parking
        It was resolved to support the application.
        Min. 25/044 Correspondence.
        No objection.
    """,
        )
    )
    assert [i.title for i in m.items] == [
        "Public participation.",
        "County Councillor's report.",
        "Planning applications.",
        "Correspondence.",
    ]
    planning = only(
        read(
            tmp_path,
            """
        HARTLOW BOROUGH COUNCIL
        PLANNING COMMITTEE
        Minutes of the meeting held on 14 May 2025
        Present: Councillor J Tate (Chair), Councillors R Vane and L Wood
        PL12 APOLOGIES
        None.
        PL13 25/00101/FUL – 3 Church Street, Hartlow – Change of use of shop to café with extraction flue
        RESOLVED that planning permission be granted subject to the conditions in the report.
        PL14 25/00133/OUT – Land north of Station Road – Outline application for up to 40 dwellings
        RESOLVED that planning permission be refused.
    """,
            "planning.txt",
        )
    )
    assert numbers(planning) == ["PL12", "PL13", "PL14"]
    assert planning.items[1].title.startswith("25/00101/FUL – 3 Church Street, Hartlow – Change of use")
    assert planning.items[2].title.startswith("25/00133/OUT – Land north of Station Road")
    assert counts(planning) == {"PL12": 0, "PL13": 1, "PL14": 1}


# ----------------------------------------------------------------------------- decisions and actions


def test_a_parish_councils_responses_to_planning_applications(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        ELMSTEAD PARISH COUNCIL
        Minutes of the Planning Committee held on 8th April 2025
        Present: Cllr T Ward (Chair), Cllr B Lowe
        3. Planning applications
        3.1 25/0311 – 4 Well Lane – two-storey rear extension. Support.
        3.2 25/0320 – Land off Green Road – six dwellings. Object – the access is unsafe for a lane this narrow.
        Clerk to send the objection to the district council.
        3.3 25/0342 – Ivy Cottage – replacement porch. No comment.
        4. Correspondence
        A letter from a resident about parking was read. No comment was made on it at the meeting.
    """,
        )
    )
    decisions = m.items[0].resolutions
    assert [r.text for r in decisions] == [
        "25/0311 – 4 Well Lane – two-storey rear extension. Support.",
        "25/0320 – Land off Green Road – six dwellings. Object – the access is unsafe for a lane this narrow.",
        "Clerk to send the objection to the district council.",
        "25/0342 – Ivy Cottage – replacement porch. No comment.",
    ]
    assert decisions[2].owner == "Clerk"
    assert counts(m) == {"3": 4, "4": 0}


def test_decision_forms(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Resources Committee
        Monday 10 October 2022

        1. Procurement Strategy
        Resolved:- (1) That the strategy be approved. (2) That the Head of Procurement report on savings in March 2023.
        2. Fees and Charges
        AGREED
        That the fees be increased by 5%.
        3. Car Parking
        It was agreed that the consultation be extended.
        4. Asset Disposal
        Recommendations approved.
        5. Grants
        RESOLVED that grants be awarded to (a) the Rowan Trust; (b) the Elm Street Club; (c) the Ashgrove Band.
        6. Risk Register
        The Chair introduced the register. Members asked about cyber risk. The Committee noted the register.
        7. Staffing
        It was noted that two posts were vacant.
        8. Community Safety Plan
        RESOLVED – that (a) the plan be adopted; (b) the Head of Community Safety publish the plan on the website by 1 May 2023; and (c) the Panel review progress in a year's time at its March meeting.
    """,
        )
    )
    # (a)-(c) of item 5 list whom, in one grant; item 8's parts are three decisions, each with its own verb
    assert counts(m) == {"1": 2, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 0, "8": 3}
    assert [r.number for r in m.items[0].resolutions] == ["1", "2"]


def test_action_tags_with_owners(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Minutes of Thornby Parish Council meeting 4th September 2023

        1. Footpaths
        The stile on FP12 is broken. Action: Clerk to report the stile to the county council.
        2. Allotments
        Cllr Wilde to look at the water supply. The meeting discussed the waiting list.
        3. Village Hall
        The heating quote was received. Clerk to action
        4. Website
        The new site is live. ACTION – J Moss
    """,
        )
    )
    owners = {i.number: [r.owner for r in i.resolutions] for i in m.items}
    assert owners == {"1": ["Clerk"], "2": ["Cllr Wilde"], "3": ["Clerk"], "4": ["J Moss"]}
    actions = extract_actions(m)
    assert [(a.minute, a.owner) for a in actions] == [
        ("1", "Clerk"),
        ("2", "Cllr Wilde"),
        ("3", "Clerk"),
        ("4", "J Moss"),
    ]


def test_commitments_in_prose_join_the_register_without_becoming_decisions(tmp_path: Path) -> None:
    """Work the minutes promise outside any decision is followed up; a conditional, or what a contractor will
    do, is not. Resolutions stay what the clerk resolved."""
    m = only(
        read(
            tmp_path,
            """
        Minutes of the Parish Council Meeting held on Monday 4th March 2024 at 7.30pm in the Village Hall

        Present: Cllrs Amelia Hartley (Chair), Dev Patel, Rosa Greene

        24/32 Website
        A note will be added to the website about the new bin collection days. The matter would be passed to the District Council's enforcement team.

        24/33 Grants
        The Chair undertook to speak to the village hall trustees. The grant application could be reconsidered at a future meeting. The contractor will start work in May.
        """,
        )
    )
    assert [len(i.resolutions) for i in m.items] == [0, 0]
    said = [(c.item.number, c.owner, c.text[:24]) for c in commitments(m)]
    assert said == [("24/32", None, "A note will be added to "), ("24/32", None, "The matter would be pass"),
                    ("24/33", "The Chair", "The Chair undertook to s")]
    assert [a.id.rsplit("/", 1)[1] for a in commitment_actions(m)] == ["said-1", "said-2", "said-3"]


def test_decisions_that_hand_work_to_someone(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Minutes of the Audit Committee held on 26 September 2023

        5. Internal Audit Progress
        RESOLVED that the Head of Internal Audit report on the follow-up of priority actions in March.
        6. Budget
        RESOLVED - the Section 151 Officer be authorised to make the final adjustments.
        7. Transport Plan
        RESOLVED: That the Director of Transport, Environment and Planning write to the operators.
        8. Motion on the Post Office
        RESOLVED - This Council notes the closure and asks the Leader to write to the Chief Executive.
        9. Site visit
        DECISION: DEFERRED - site visit to be arranged by the Democratic Services Officer.
        10. Minutes
        RESOLVED that the minutes be approved and that Members note the report.
        11. Chair
        RESOLVED that Cllr Williams remain as Chairman for the forthcoming year.
    """,
        )
    )
    owners = {i.number: [r.owner for r in i.resolutions] for i in m.items}
    assert owners == {
        "5": ["the Head of Internal Audit"],
        "6": ["the Section 151 Officer"],
        "7": ["the Director of Transport, Environment and Planning"],
        "8": ["the Leader"],
        "9": ["the Democratic Services Officer"],
        "10": [None],  # noting is not work handed to anyone
        "11": [None],  # nor is holding office
    }


# ----------------------------------------------------------------------------- attendance


def test_presiding_substitutes_and_grouped_labels(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Minutes of Proceedings of a Meeting of Glenarm District Council held in the Council Chamber on Tuesday, 6 June 2017.

        Presiding: R J Adair

        Other Members Present: P Boyle Mrs K Crean J D Devlin Miss E Fagan

        Apology: T Gorman H Hume

        Officers Present: M Irvine (Chief Executive)

        1 Minutes
        1.1 It was
        Proposed by Councillor Boyle Seconded by Councillor Devlin, and
        Resolved: that the Minutes of the Meeting held on 2 May 2017 be taken as read and signed as correct.
    """,
        )
    )
    assert m.chair == "R J Adair"
    assert m.present == ["R J Adair", "P Boyle", "Mrs K Crean", "J D Devlin", "Miss E Fagan"]
    assert m.apologies == ["T Gorman", "H Hume"] and m.in_attendance == ["M Irvine"]
    assert counts(m) == {"1": 1}


def test_one_person_a_line_with_initials_and_role(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Valebrook Integrated Care Board Meeting in Public
        Held on 9th March 2023 via Microsoft Teams
        Present:
        Dr Hana Patel HP Chair
        Owen Reed OR Chief Finance Officer
        Lisa Shah LS Non-Executive Member / Vice Chair
        Apologies:
        Tom Unwin TU Director of Nursing
        In attendance:
        Vera Wells VW Board Secretary / Minute Taker
        ICB/23/01: Welcome and Apologies
        Apologies were noted as above.
    """,
        )
    )
    assert m.chair == "Dr Hana Patel"
    assert m.present == ["Dr Hana Patel", "Owen Reed", "Lisa Shah"]
    assert m.apologies == ["Tom Unwin"] and m.in_attendance == ["Vera Wells"]
    assert numbers(m) == ["ICB/23/01"]


def test_apologies_with_substitutes_listed_in_the_item(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Fire Authority - Strategy Committee
        Friday, 24th June, 2022 10.00 am

        1.

        APOLOGIES FOR ABSENCE

        Minutes:

        Apologies for absence were received from:

        Councillor Ada Lyle, for whom Councillor Ben Marr was substitute;

        Councillor Cal Nye.
    """,
        )
    )
    assert m.apologies == ["Ada Lyle", "Cal Nye"]
    assert "Ben Marr" in m.present


def test_the_clerk_with_initials_and_the_public_counted_are_in_the_attendance_record(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD 14TH MAY 2024
        Present: Cllr Ashdown (Chairman); Cllrs Bell, Corrie; Dunmore
        Mrs K. L. Fenwick (parish Clerk)
        4 members of the public.
        1. ELECTION OF CHAIRMAN
        It was resolved that Cllr Ashdown remain as Chairman.
        """,
        )
    )
    assert m.present == ["Ashdown", "Bell", "Corrie", "Dunmore"]
    assert any("Fenwick" in p for p in m.in_attendance)  # an initial's full stop is no sentence's end
    assert "4 members of the public." in m.attendance_text


def test_attendance_table_and_unlabelled_bare_list(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Minutes of the Parish Council Meeting
        Held on Wed 11th January 2023 at 7.30pm in the Pavilion
        Chair: | Cllr Rhys Owen |
        Parish Councillors: | Cllrs Sam Pike, Una Quinn & Val Rowe |
        Also in attendance: | Wyn Stone (Parish Clerk) |
        23/01 Apologies
        Cllr Tess Upton – work commitments.
    """,
        )
    )
    assert m.chair == "Rhys Owen" and m.present == ["Rhys Owen", "Sam Pike", "Una Quinn", "Val Rowe"]
    assert m.in_attendance == ["Wyn Stone"] and m.apologies == ["Tess Upton"]


def test_members_listed_in_two_columns(tmp_path: Path) -> None:
    text = (
        "BALLYDRUM DISTRICT COUNCIL\nMinutes of the Environment Committee held on Monday 6 March 2023\n"
        "In the Chair:\tCouncillor A Boyle\nMembers present:\n"
        "Councillor B Carr\t\tCouncillor C Doran\nAlderman D Egan\t\tCouncillor E Fox\n"
        "Officers in attendance:\nMr F Gill\t\tDirector of Environment\n"
        "EN/01/2023\tAPOLOGIES\nNone.\n"
    )
    m = only(read(tmp_path, text))
    assert m.chair == "A Boyle"
    assert m.present == ["A Boyle", "B Carr", "C Doran", "Alderman D Egan", "E Fox"]
    assert m.in_attendance == ["Mr F Gill"]


# ----------------------------------------------------------------------------- declarations


def test_declaration_forms(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Overview and Scrutiny Committee
        Thursday 12 January 2023

        1. DECLARATIONS OF INTEREST
        Councillors Ann and Bill Carver both declared a personal interest in Item 6 (minute 7) as members of the club.
        Councillor Dee Evans declared a disclosable pecuniary interest in agenda item 8 and left the room.
        2. DECLARATIONS OF PERSONAL INTEREST (TABLE)
        Councillor
        Minute Number
        Nature of Interest
        F. Grant
        9 Local Plan
        Owns land in the plan area.
    """,
        )
    )
    found = {(d.member, d.item, d.kind) for d in m.declarations}
    assert ("Ann Carver", "7", InterestKind.PERSONAL) in found and ("Bill Carver", "7", InterestKind.PERSONAL) in found
    assert ("Dee Evans", "8", InterestKind.DISCLOSABLE_PECUNIARY) in found
    assert ("F. Grant", "9", InterestKind.PERSONAL) in found
    assert next(d for d in m.declarations if d.member == "Dee Evans").withdrew


def test_a_declaration_saying_what_the_interest_is(tmp_path: Path) -> None:
    text = (
        "FENWAY HEALTH TRUST\nMinutes of the Board meeting held on 25 January 2024\nPresent:\n"
        "Ms Ada Moor (AM)\tChair\nMr Ben Lowe (BL)\tNon-Executive Director\n\n"
        "FT/24/01\tDeclarations of interest\n"
        "BL declared that he had become a governor of the local college. The Chair declared that the meeting "
        "was quorate. There were no other declarations.\n"
        "FT/24/02\tMinutes\nThe minutes were APPROVED.\n"
    )
    m = only(read(tmp_path, text))
    assert [(d.member, d.text) for d in m.declarations] == [
        ("Ben Lowe", "BL declared that he had become a governor of the local college.")
    ]


def test_members_declaring_the_same_interest_declare_it_too(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Ashby Parish Council
        Monday 5 June 2023

        1. Declarations of interest
        Cllr Ann Lee declared a personal interest in item 4 as a member of the allotment society. Cllr Brown and \
Cllr Carter declared the same interest.
        4. Allotments
        The rents were agreed.
    """,
        )
    )
    assert [(d.member, d.kind.value, d.item) for d in m.declarations] == [
        ("Ann Lee", "personal", "4"), ("Brown", "personal", "4"), ("Carter", "personal", "4")]


def test_no_declarations_made(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Audit Committee
        Monday 6 March 2023

        1. Declarations of interest
        No declarations were made.
    """,
        )
    )
    assert m.declarations == []


# ----------------------------------------------------------------------------- exempt business


@pytest.mark.parametrize(
    "exclusion",
    [
        "RESOLVED that the press and public be excluded under Schedule 12A, Part 1, paragraph 3.",
        "It was resolved that in accordance with the Public Bodies (Admission to Meetings) Act 1960 the press and "
        "public be excluded for the next item.",
        "The Committee decided to exclude the public for the remaining item.",
    ],
)
def test_business_after_exclusion_is_exempt(tmp_path: Path, exclusion: str) -> None:
    m = only(
        read(
            tmp_path,
            f"""
        Property Committee
        Tuesday 7 March 2023

        1. Budget
        The Committee noted the budget.
        2. Exclusion of the Press and Public
        {exclusion}
        3. Land at Mill Lane
        The Committee agreed the sale.
    """,
        )
    )
    assert [i.exempt for i in m.items] == [False, False, True]


def test_the_date_of_the_next_meeting_after_exempt_business_is_public(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Fire Authority
        Thursday 9 March 2023

        1. Exclusion of the Press and Public
        RESOLVED that the press and public be excluded under Schedule 12A, paragraph 3.
        2. Disposal of the Former Station Site
        RESOLVED that the site be sold to the highest bidder.
        3. Date of Next Meeting
        The next meeting will be held on Thursday 22 June 2023.
    """,
        )
    )
    assert [i.exempt for i in m.items] == [False, True, False]


def test_a_decision_after_excluding_the_public_to_deliberate_is_public(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Licensing Sub-Committee
        Friday 10 March 2023

        1. Application for a Premises Licence - The Anchor
        The Sub-Committee heard from the applicant and from two residents.
        2. Exclusion of the Press and Public
        RESOLVED that the public, including the parties, be excluded from the meeting while the Sub-Committee \
deliberated.
        3. Decision - The Anchor
        The Sub-Committee decided to grant the licence with a terminal hour of 23.00.
    """,
        )
    )
    assert [i.exempt for i in m.items] == [False, False, False]


def test_part_two_divider(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        Cabinet
        Wednesday 1 March 2023

        10. Housing Strategy
        RESOLVED that the strategy be adopted.
        PART II - EXEMPT ITEMS
        11. Depot Lease
        RESOLVED that the lease be granted.
    """,
        )
    )
    assert [i.exempt for i in m.items] == [False, True]


# ----------------------------------------------------------------------------- nothing thrown away


def test_unrecognised_header_and_items_still_give_a_meeting(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        """
        Westmoor Allotment Association Committee

        notes taken by the secretary, 14 August 2021

        the committee talked about the water troughs and the hedge. everyone thought the hedge needs cutting
        before the autumn and the troughs need new ballcocks.
    """,
    )
    m = only(doc)
    assert m.date == dt.date(2021, 8, 14) and m.committee == "Westmoor Allotment Association Committee"
    (item,) = m.items
    assert item.number is None and "ballcocks" in item.text
    assert doc.notes  # the summary says what was not understood


def test_text_without_any_date_is_not_committee_papers(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as raised:
        read(tmp_path, "A shopping list\n\n- eggs\n- flour\n")
    assert raised.value.reason.value == "no-structure"


def test_minutes_line_between_committee_and_date_noted_and_it_was_resolved(tmp_path: Path) -> None:
    m = only(
        read(
            tmp_path,
            """
        COMMUNITY SAFETY PARTNERSHIP
        MINUTES
        2022-11-15

        In the Chair: Councillor Yusuf
        Attendees: Councillors Zeller and Abbot

        1. Anti-social Behaviour Report
        The report was presented.
        NOTED
        2. Funding Bids
        It was RESOLVED:
        (i) That the bid to the Safer Streets Fund be submitted.
        (ii) That the Clerk circulate the bid to members.
    """,
        )
    )
    assert (m.committee, m.date, m.chair) == ("Community Safety Partnership", dt.date(2022, 11, 15), "Yusuf")
    assert m.present == ["Yusuf", "Zeller", "Abbot"]
    assert counts(m) == {"1": 1, "2": 2}
    assert [r.number for r in m.items[1].resolutions] == ["i", "ii"]


def test_printed_minutes_with_a_lead_in_to_numbered_parts(tmp_path: Path) -> None:
    m = only(read(tmp_path, """
        Public Document Pack
        EXECUTIVE
        Minutes of the meeting held on Tuesday, 12 March 2024 at 7.00 pm in the Council Chamber
        Present: Councillor J Smith (Chair)
        Councillors: A Brown, C Davis and E Fisher
        Also Present: Councillor G Hill
        Apologies: Councillor K Lee
        47 HOUSING STRATEGY 2024-2029
        The Executive considered the report of the Head of Housing.
        RESOLVED that:
        (1) the Housing Strategy 2024-2029 be approved; and
        (2) the Head of Housing be authorised to make minor changes.
        48 ANY OTHER BUSINESS
        None.
    """))
    assert (m.committee, m.date, m.chair) == ("Executive", dt.date(2024, 3, 12), "J Smith")
    assert m.present == ["J Smith", "A Brown", "C Davis", "E Fisher"]
    assert (m.apologies, m.in_attendance) == (["K Lee"], ["G Hill"])
    assert [r.number for r in m.items[0].resolutions] == ["1", "2"] and counts(m)["48"] == 0


def test_a_heading_naming_who_presented_keeps_the_name(tmp_path: Path) -> None:
    # "TraCC – Mr Rhydian Mason": the presenter is part of the heading; "Apologies – Cllr X": the role's text
    meeting = only(read(tmp_path, """
        Full Council

        12/03/2024 at 7:00 pm

        Minute 41

        Apologies – Cllr Dafydd Rees

        Minute 42

        Rail Users Forum – Mrs Gwen Pryce

        A talk on the campaign for a later last train. It was RESOLVED that the clerk write to the operator.

        Minute 43

        Presentation – Dr K Osei on the new health centre

        Members thanked Dr Osei for the update.
        """, "tregaron-town-council-2024-03-12.txt"))
    titles = {item.number: item.title for item in meeting.items}
    assert titles["42"] == "Rail Users Forum – Mrs Gwen Pryce"
    assert titles["41"] == "Apologies"
    assert titles["43"] == "Presentation"
