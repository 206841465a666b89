"""Facts, attendance and follow-ups over another council's minutes, asked the way people ask.

Two fictional bodies' papers, written for these tests, in the house styles other councils' minutes use: a petition
minuted before item 1 with no heading is cited by what it is ("Petition in respect of ..."), and "over 1900
signatures" is a count, not a year; "who chairs" is answered by the sentence that names the chairman, "which
other councils" by the one naming councils, "on what grounds" by the one giving the reason (with the paragraph it
cites, printed under it), "what's the deadline" by the one giving the date; "which runners were congratulated" by
up to three sentences of the one item; a review named by its subject is the item whose title names it ("... - a
review by the Environment Working Group"); a letter "in reply" is what someone "wrote back"; "which councillors
sat on the hearing" is the attendance record; "what time did it finish" is the minutes' closing line. Ingested
with the real model, asked through ``Minutebook``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from service.core import Minutebook
from service.evidence import has_quantity
from service.facts import WHEN_ASKED
from tests.conftest import papers_minutebook

ASHCOMBE = """Minutes of the Meeting of Ashcombe Town Council
Held on Thursday 14th March 2024 at 7.00pm in the Guildhall, Ashcombe

Present: Councillors R. Pryce (Mayor), T. Okafor, L. Brandt and S. Quayle

Councillor Tessa Okafor presented the Council with a Petition containing over 1900 signatures from Ashcombe \
residents in respect of the proposed closure of Mill Lane library. The Mayor accepted the Petition and confirmed \
that this would be passed to the appropriate department.

1. APOLOGIES FOR ABSENCE
Apologies were received from Councillor Dunmore.

2. PUBLIC QUESTIONS
Members of the public may put written questions to the Council at its ordinary meetings. Public questions must \
relate to the business of the Council. The closing date for receipt of written questions was 5.00pm on 7th March \
2024. Please send questions to the Town Clerk, Mrs Ada Finch. No public questions were received.

3. COASTAL BUS PARTNERSHIP
A talk about the work of the Coastal Bus Partnership on a Sunday bus service along the coast road. The \
partnership is one of three in the county. Councillor Harriet Vane is the chairman of the partnership and also \
sits on the county council. The partnership has asked every parish on the coast road to sign its letter to the \
operator about the Sunday bus service. Ferndale Town Council have signed and also Eastwick Parish Council have \
done so too. RESOLVED that the Town Clerk find out the cost of a stall at the market to promote the Sunday bus \
service campaign.

4. Flood Defences for Homes and Businesses along the Lower Wend Valley - a major review by the Environment \
Working Group
Councillor Lena Brandt, Chairman of the Environment Working Group, presented the Group's findings, which the \
Council welcomed.

5. CORRESPONDENCE
Submitted a letter for reply from the Private Secretary to the Secretary of State for Transport, Gavin Loring \
MP, thanking the Council for its comments on the Wend Valley rail link. The letter intimated that the funding \
bids were still being assessed.

6. MAYOR'S ANNOUNCEMENTS
- The Mayor congratulated Owen Pritchard, a runner with Ashcombe Harriers, on winning the county title.  The \
Mayor also congratulated two further Ashcombe runners, Ffion Rees and Carys Lloyd, on their selection for the \
Welsh team.  The Mayor also congratulated Megan Price, the Ashcombe runner who captains the Welsh women's team, \
and wished them all well at the championships.
- The Mayor thanked the volunteers who had organised the spring litter pick.

7. EXCLUSION OF THE PRESS AND PUBLIC
The Mayor moved and Councillor Quayle seconded that the press and public should be excluded from the meeting \
during consideration of the following item.
The item would be taken in private in view of the likely disclosure of exempt information as defined in \
paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.
Paragraph 3 - Information relating to the financial or business affairs of any particular person.
RESOLVED that the press and public be excluded from the meeting during consideration of the following item.
PART II - PRESS AND PUBLIC EXCLUDED
"""

WEND = """Minutes of the Licensing Sub-Committee
Held on Tuesday 9th April 2024 at 10.00am at the Wend Valley District Council Offices

Present: Councillors P. Ashdown, K. Merriman and Mrs. J. Tolland

1. Appointment of Chairman
RESOLVED that Councillor Ashdown be appointed Chairman for the hearing.

2. Licensing Act 2003 - Application for a Premises Licence - The Boathouse, Quay Street
The Chairman welcomed those present to the hearing. The Licensing Officer presented the report on the \
application for The Boathouse, Quay Street. RESOLVED that the licence be granted subject to the conditions agreed.
The meeting closed at 11.25am.
"""


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashcombe-town-council-2024-03-14.txt": ASHCOMBE,
            "wend-valley-licensing-sub-committee-2024-04-09.txt": WEND,
    }) as opened:
        yield opened


def test_a_count_a_quantifier_puts_before_is_no_year() -> None:
    assert has_quantity("a Petition containing over 1900 signatures")
    assert not has_quantity("the plan adopted in 1900 was revised")


def test_a_petition_before_item_1_is_cited_by_what_it_is(councils: Minutebook) -> None:
    answer = councils.ask("how many signatures were on the mill lane library petition, and who handed it in?")
    assert answer.found and "over 1900 signatures" in answer.answer and "Okafor" in answer.answer
    assert answer.citations[0].item_title.startswith("Petition in respect of the proposed closure of Mill Lane")
    answer = councils.ask("how many people signed the mill lane library petition?")
    assert answer.found and "over 1900 signatures" in answer.answer
    answer = councils.ask("what happend to the mill lane library petition - has it gone to the department yet?")
    assert answer.found and "appropriate department" in answer.answer
    assert answer.citations[0].item_title.startswith("Petition")


def test_who_is_answered_by_the_sentence_that_names_them(councils: Minutebook) -> None:
    answer = councils.ask("who chairs the coastal bus partnership?")
    assert answer.found and "Harriet Vane is the chairman" in answer.answer
    answer = councils.ask("which other councils have signed up to the sunday bus service campaign?")
    assert answer.found and "Ferndale Town Council have signed" in answer.answer


def test_which_asks_for_several_of_one_item(councils: Minutebook) -> None:
    answer = councils.ask("which local runners got congratulated at ashcombe?")
    assert answer.found and all(name in answer.answer for name in ("Owen Pritchard", "Ffion Rees", "Megan Price"))


def test_grounds_are_answered_by_the_sentence_that_gives_them(councils: Minutebook) -> None:
    for question in ("on what grounds were press & public excluded at ashcombe?",
                     "why were the press and public excluded at ashcombe?"):
        answer = councils.ask(question)
        assert answer.found and "paragraph 3" in answer.answer, question
        assert "financial or business affairs" in answer.answer, question  # the paragraph's words, printed under it


def test_a_deadline_is_answered_by_the_sentence_that_dates_it(councils: Minutebook) -> None:
    answer = councils.ask("whats the deadline for public questions at ashcombe, and who do they go to?")
    assert answer.found and "7th March 2024" in answer.answer and "Ada Finch" in answer.answer
    # "what's the deadline" asks for a date, as "when" does
    assert WHEN_ASKED.search("whats the deadline for public questions, and who do they go to?")


def test_a_review_named_by_its_subject_is_the_item_titled_so(councils: Minutebook) -> None:
    answer = councils.ask("who presented the flood defences review to ashcombe council?")
    assert answer.found and "Lena Brandt" in answer.answer


def test_what_was_written_back_is_the_letter_in_reply(councils: Minutebook) -> None:
    answer = councils.ask("what did the minister's office write back to ashcombe about the rail link?")
    assert answer.found and "letter for reply from the Private Secretary" in answer.answer


def test_which_councillors_sat_on_a_hearing_is_attendance(councils: Minutebook) -> None:
    for question in ("which councillors sat on the licensing hearing?",
                     "which cllrs were on the wend valley licensing panel?"):
        assert understand(question, [], dt.date(2024, 6, 1)).confidence(Intent.ATTENDANCE) >= 0.5, question
    answer = councils.ask("which councillors sat on the wend licensing hearing about the boathouse?")
    assert answer.found and "Ashdown, K. Merriman and Mrs. J. Tolland" in answer.answer


def test_when_a_meeting_finished_is_its_closing_line(councils: Minutebook) -> None:
    answer = councils.ask("what time did the wend licensing sub-committee finish?")
    assert answer.found and "closed at 11.25am" in answer.answer
    for other in ("when did the consultation close?", "when did it end?"):  # no meeting named: not its closing
        assert not understand(other, [], dt.date(2024, 6, 1)).intents.get(Intent.CLOSING), other
