"""Answerable questions typed as people type them: a month with two digits of its year ("jan 22"), shorthand ("apols",
"public qs"), a body's two-letter initials beside its council's name ("the ccg gb"), a misspelt word for one that says
nothing ("the october minuets"), and two questions in one whose whole text is best met by its later part.

The papers are written for the test: a fictional clinical commissioning group's governing body, which met in January
2022 and January 2023 (a different member sent apologies each time, and only the second meeting had a public
question), a fictional county council whose December minutes record the October minutes signed, a council noting
its committees' minutes (another council has a sub-committee of the same name), and a national park's planning
committee minuting an oral presentation on its call-in decisions; a town council's talk by a man it names, a board's
tribute giving the dates a member chaired it, a minister's letter on a "By-pass", and a parish's annual meeting
electing its chairman and vice-chairman, and a cabinet confirming its private business. Ingested with
the real model into a real store, asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import QueryPlan, SearchFilters, understand
from minutebook.model import Audience
from minutebook.vocabulary import written_out
from service.answer import ExtractiveAnswerer
from service.core import Minutebook
from service.resolutions import resolved_on_point
from tests.conftest import papers_minutebook

JANUARY_2022 = """Thornvale CCG Governing Body Meeting in Public
Held on 13th January 2022 via Microsoft Teams

Present:
Dr Lena Marsh, Clinical Chair
Mr Owen Pryor, Lay Member for Governance

TV/2122/101: Welcome, Apologies & Quoracy
Apologies were received from Dr Ann Pike. It was confirmed that the meeting was quorate.

TV/2122/102: Questions received from members of the public
No questions were received from members of the public.

TV/2122/103: Winter Pressures
The Chief Finance Officer reported that the winter pressures fund of £2.1m had been fully committed.
"""

JANUARY_2023 = """Thornvale CCG Governing Body Meeting in Public
Held on 12th January 2023 via Microsoft Teams

Present:
Dr Lena Marsh, Clinical Chair
Mr Owen Pryor, Lay Member for Governance

TV/2223/101: Welcome, Apologies & Quoracy
Apologies were received from Dr Sam Rook. It was confirmed that the meeting was quorate.

TV/2223/102: Questions received from members of the public
One question was received from a member of the public about car parking at Fenby Community Hospital.

TV/2223/103: Winter Pressures
The Chief Finance Officer reported that the winter pressures fund of £2.4m was half committed, in line with the
resources policy the board agreed. The policy on staff resources would be reviewed, and the resources policy for
estates and the policy on travel would follow.
"""

DECEMBER = """ELLANDER COUNTY COUNCIL
Minutes of the meeting of the Council held on 10 December 2015

1. APOLOGIES
Apologies were received from Councillor Dilys Hughes.

2. MINUTES
The Chairman signed the minutes of the previous meeting of the Council held on 8 October 2015 as a true record.

3. LIBRARY OPENING HOURS
The Council considered the report on library opening hours. RESOLVED that Saturday opening be retained.
"""

KILBRIDE = """KILBRIDE COUNCIL
Minutes of the meeting of Kilbride Council held on 21 January 2016

3. MINUTES
The Minutes of the Meeting of Kilbride Council held on 26 November 2015 were approved as a correct record.

4. MINUTES OF COMMITTEES

4a Community Services Committee - 10 December 2015
The Minutes of the Meeting of the Community Services Committee held on 10 December 2015 were noted.

4b Policy and Resources Committee - 17 December 2015
The Minutes of the Meeting of the Policy and Resources Committee held on 17 December 2015 were noted, and the \
recommendation on ferry fares was adopted.
"""

BRACKLEY = """BRACKLEY TOWN COUNCIL
Policy & Resources Urgency Sub-Committee
Minutes of the meeting held on 12 March 2021

1. PROCEDURAL MATTERS
1.1 RESOLVED: That the press and public be excluded from the meeting as there were confidential items.
"""

DALWHINNIE = """FELLHEAD NATIONAL PARK AUTHORITY MINUTES OF THE PLANNING COMMITTEE held at The Village Hall, Ardmore \
on 5th September 2008 at 10.30am PRESENT Ian Baird Mary Stroud Tom Kinnaird IN ATTENDANCE: Rob Tennick APOLOGIES: Sue \
Walker AGENDA ITEMS 1 & 2: WELCOME AND APOLOGIES 1. The Convenor welcomed all present. 2. Apologies were received \
from the above Members. AGENDA ITEM 3: MINUTES & MATTERS ARISING FROM THE PREVIOUS MEETING 3. The minutes of the \
previous meeting, 22nd August 2008, held at The Church Hall, Ardmore were approved with amendments to the \
following: • Paragraph 5 - Change of the name Ann Tait to Rob Blair. • Paragraph 12 - to include reference to the \
flooding at the ford. 4. There were no matters arising. AGENDA ITEM 4: PLANNING APPLICATION CALL-IN DECISIONS \
(Oral Presentation, Rob Tennick) 5. 08/411/CP - No Call-in 6. 08/412/CP - No Call-in 7. 08/413/CP - No Call-in \
AGENDA ITEM 5: COMMENTING ON APPLICATIONS NOT CALLED-IN 8. The Members wished to make comments on the barn \
conversion at Dalreoch.
"""

PENRHOS = """PENRHOS TOWN COUNCIL
Minutes of the meeting of the Full Council held on 23 September 2013

66. DECLARATIONS OF INTEREST
None.

67. TRAWSCO - Mr Iolo Pugh
Trawsco is a partnership in North Wales that looks at rural bus services. Trawsco is one of four of its kind in
Wales. Mr Pugh answered questions from members on the evening services.

68. ALLOTMENTS
The Clerk reported that two plots at Maes Glas were vacant.
"""

KESTON = """Agenda and minutes

Keston Health & Wellbeing Board - Tuesday 21 January 2020 10.00 am

No. Item


Tribute to Cllr Alan Reeve


The Vice Chair led the Board in a tribute to Cllr Alan Reeve who had chaired the Health and Wellbeing Board from \
13 July 2017 until his death on Sunday 8 December 2019. Members held a minute's silence.


Long Term Plan Update


The Board noted that the long term plan for the county runs for 10 years and that 3 priorities had been agreed.
"""

MAGHERABEG = """MAGHERABEG DISTRICT COUNCIL
Minutes of the meeting of the Council held on 13 September 2011

2. MATTERS ARISING OUT OF THE MINUTES
2.1 The Clerk reported that the street lighting survey had been completed.
2.2 Submitted a letter for reply from the Private Secretary to the Minister for Regional Development, Mr Colm Doyle,
thanking the Council for its comments on the Regional Development Strategy (RDS) and seeking the completion of the
By-pass as soon as resources became available.

3. PLANNING
The Council noted the planning applications received since the last meeting.
"""

ORTON = """ORTON LE FEN PARISH COUNCIL
Minutes of the Annual Meeting of the Parish Council held on 20 May 2024

1. ELECTION OF CHAIRMAN & RECEIVE DECLARATION OF ACCEPTANCE
Cllr Marlow was nominated. Cllr Marlow accepted and as there were no further nominations it was resolved that Cllr \
Marlow remain as Chairman for the forthcoming civic year.

2. ELECTION OF VICE CHAIRMAN
Cllr Finch was nominated. Cllr Finch accepted and as there were no further nominations it was resolved that Cllr \
Finch remain as Vice Chairman for the forthcoming civic year.

3. PLAY AREA
The Clerk reported that the play area inspection had been carried out.
"""

ARDLEY = """Agenda and minutes

Cabinet - Thursday, 17th March, 2011 7.00 pm

Venue: Committee Room 6 - Civic Centre, Ardley. View directions

Items
No. Item

276.

Apologies for Absence

Minutes:

Apologies were received from Councillor Jo Marks.

279.

To confirm that the items of business marked Part 1 will be considered in public and that the items of business \
marked Part 2 in private

Minutes:

This was confirmed.

280.

Library Opening Hours

Minutes:

It was confirmed that the consultation on opening hours had closed with 412 responses.
"""

GLENARN = """GLENARN NATIONAL PARK AUTHORITY
MINUTES OF THE PLANNING COMMITTEE held at The Village Hall, Kilmory on 12th September 2008 at 10.30am

AGENDA ITEM 3: MINUTES
3. The minutes of the previous meeting were approved.

AGENDA ITEM 5: DELEGATED ENFORCEMENT DECISIONS (Oral Presentation, Ewan Dargie)
6. Members heard how the enforcement cases at Inverlochy and Kilmory Mill had progressed since July.

AGENDA ITEM 6: COMMENTING ON APPLICATIONS NOT CALLED-IN
9. The Members wished to make comments on the bothy at Inverlochy.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "thornvale-ccg-governing-body-2022-01-13.txt": JANUARY_2022,
            "thornvale-ccg-governing-body-2023-01-12.txt": JANUARY_2023,
            "ellander-county-council-full-council-2015-12-10.txt": DECEMBER,
            "kilbride-council-full-council-2016-01-21.txt": KILBRIDE,
            "brackley-town-council-policy-and-resources-urgency-sub-committee-2021-03-12.txt": BRACKLEY,
            "fellhead-npa-planning-committee-2008-09-05.txt": DALWHINNIE,
            "penrhos-town-council-full-council-2013-09-23.txt": PENRHOS,
            "keston-health-and-wellbeing-board-2020-01-21.txt": KESTON,
            "magherabeg-district-council-full-council-2011-09-13.txt": MAGHERABEG,
            "orton-le-fen-parish-council-annual-meeting-2024-05-20.txt": ORTON,
            "ardley-council-cabinet-2011-03-17.txt": ARDLEY,
            "glenarn-npa-planning-committee-2008-09-12.txt": GLENARN}) as opened:
        yield opened


def plan_question(question: str) -> QueryPlan:
    return understand(question, [], dt.date(2024, 11, 13))


def test_a_month_with_two_digits_of_its_year_is_that_month() -> None:
    plan = plan_question("who sent apologies in jan 22, and in nov '17?")
    assert (dt.date(2022, 1, 1), dt.date(2022, 1, 31)) in plan.periods
    assert (dt.date(2017, 11, 1), dt.date(2017, 11, 30)) in plan.periods
    for typed in ("what may 24 people have said", "may 24th", "at 10.30am on march 12"):
        assert not any(a.year in (2012, 2024) for a, _ in plan_question(typed).periods), typed
    assert not any(a.year == 2017 for a, _ in plan_question("on dec 17 2015").periods)
    # a day without its year is of the year the question gives ("sep 08 - the 22 aug minutes")
    asked = plan_question("sep 08 - changes to the 22 aug minutes")
    assert (dt.date(2008, 8, 22), dt.date(2008, 8, 22)) in asked.minutes_of


def test_a_day_and_month_with_two_digits_of_its_year_is_that_day() -> None:
    for typed, day in (("after the mtg on 27 sept 23 when was the next one", dt.date(2023, 9, 27)),
                       ("who was at the meeting on 5 march 19?", dt.date(2019, 3, 5)),
                       ("who chaired on 12 oct '22?", dt.date(2022, 10, 12)),
                       ("on 3 feb 08 who chaired", dt.date(2008, 2, 3))):
        assert (day, day) in plan_question(typed).periods, typed
    # a count after the day is no year, nor is a year after the papers' newest
    assert not any(a.year == 2045 for a, _ in plan_question("on 3 june 45 people came").periods)
    assert not any(a.year == 2019 for a, _ in plan_question("on 3 june, 19 people came").periods)


def test_the_meeting_of_the_month_and_year_typed_short(bodies: Minutebook) -> None:
    for typed, there, other in (("jan 22", "Ann Pike", "Sam Rook"), ("jan 23", "Sam Rook", "Ann Pike")):
        answer = bodies.ask(f"who sent apologies to the thornvale ccg governing body in {typed}?")
        assert answer.found and there in answer.answer and other not in answer.answer, typed


def test_shorthand_for_apologies_and_questions(bodies: Minutebook) -> None:
    answer = bodies.ask("who sent apols to the thornvale governing body in january 2023")
    assert answer.found and "Sam Rook" in answer.answer
    answer = bodies.ask("were there any public qs at thornvale in january 2023?")
    assert answer.found and "car parking" in answer.answer
    assert written_out("any apologies? apols?") == "any apologies? apologies?"  # a form is matched whole


def test_a_bodys_two_letter_initials_beside_its_councils_name(bodies: Minutebook) -> None:
    answer = bodies.ask("was the thornvale ccg gb quorate in january 2022")
    assert answer.found and "quorate" in answer.answer


def test_both_parts_of_a_question_are_answered(bodies: Minutebook) -> None:
    # the whole question's best item is the public questions one: the first part is read alone too
    answer = bodies.ask("was the thornvale ccg gb quorate in jan 22 and were there any public qs")
    assert answer.found and "quorate" in answer.answer and "No questions were received" in answer.answer


def test_a_misspelt_word_for_one_that_says_nothing(bodies: Minutebook) -> None:
    answer = bodies.ask("ellander dec 2015 did the chairman sign the october minuets")
    assert answer.found and "8 October 2015" in answer.answer


def test_a_committees_minutes_taken_at_another_meeting(bodies: Minutebook) -> None:
    # the committee named is Kilbride's, whose minutes its council noted; Brackley's sub-committee of that name is no
    # filter on Kilbride's meetings, nor is the committee's name only where to look
    answer = bodies.ask("kilbride jan 16 - what happened w the p&r cttee minutes from 17 dec")
    assert answer.found and "Policy and Resources Committee held on 17 December 2015 were noted" in answer.answer


def test_decisions_named_as_what_a_presentation_was_on(bodies: Minutebook) -> None:
    # "on the enforcement decisions" says what the presentation was on: who gave it is asked, not a decision
    answer = bodies.ask("glenarn planning sep 08 - who did the oral presentation on the enforcement decisions")
    assert answer.found and "Ewan Dargie" in answer.answer


def test_someone_called_the_guy_is_who_not_what(bodies: Minutebook) -> None:
    # "the guy from it" says who talked to the council; the minutes name him, and never say "guy"
    answer = bodies.ask("whats trawsco? the guy from it talked to ptc in sept 2013")
    assert answer.found and "partnership in North Wales" in answer.answer


def test_how_long_is_answered_by_a_span_of_dates(bodies: Minutebook) -> None:
    # no figure says how long he chaired it; the dates he chaired it from and until do
    answer = bodies.ask("how long did alan reeve chair the keston hwb for")
    assert answer.found and "13 July 2017" in answer.answer and "8 December 2019" in answer.answer


def test_who_wrote_is_answered_by_a_letter(bodies: Minutebook) -> None:
    # the minutes record a letter, not someone writing; "bypass" is printed "By-pass"
    answer = bodies.ask("who wrote to magherabeg about the rds and the bypass")
    assert answer.found and "Colm Doyle" in answer.answer


def test_an_office_and_its_deputy_asked_together(bodies: Minutebook) -> None:
    # each is elected in a minute of its own; the vice-chairman's names both offices, the chairman's only one
    answer = bodies.ask("who's chair and vice at orton le fen pc for this civic year (may 24)")
    assert answer.found and "Marlow remain as Chairman" in answer.answer and "Finch remain as Vice" in answer.answer


def test_minutes_signed_off_are_minutes_approved(bodies: Minutebook) -> None:
    # "signed off" in everyday speech; the minutes say the previous minutes "were approved"
    answer = bodies.ask("which previous minutes did the fellhead planning cttee sign off in sept 2008")
    assert answer.found and "22nd August 2008" in answer.answer


def test_decisions_as_clerks_minute_them(bodies: Minutebook) -> None:
    # "No Call-in" is a planning committee's decision not to call an application in; "This was confirmed" answers an
    # agenda's "To confirm that ..."
    answer = bodies.ask("which planning applications did the fellhead committee decide not to call in?")
    assert answer.found and "08/411/CP" in answer.answer
    answer = bodies.ask("ardley cabinet march 2011 - did they agree to take the part 2 stuff in private?")
    assert answer.found and "This was confirmed" in answer.answer


def test_a_resolution_that_introduces_a_list_is_quoted_with_it(bodies: Minutebook) -> None:
    # "approved with amendments to the following:" says there were amendments; the list says what they were
    question = "what amendments did the fellhead planning cttee make to the 22 aug minutes"
    answer = bodies.ask(question)
    assert answer.found and "Rob Blair" in answer.answer and "flooding at the ford" in answer.answer
    # the resolutions route, tried where a resolution ranks first, leaves it to the item's words, not the lead-in
    answerer = bodies.answerer
    assert isinstance(answerer, ExtractiveAnswerer)
    asked = answerer.ask(question, SearchFilters(audience=Audience.public()))
    on_point = resolved_on_point(answerer.papers, asked)
    assert on_point is None or "Rob Blair" in on_point.answer
