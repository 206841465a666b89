"""Questions about the procedural records of other councils' minutes, asked as members ask them.

Annual meetings that re-elect a chairman and vice-chairman ("continues as Vice Chairman for another year", "remain
as Chairman") answer "did they keep the same chairman" (the chairman's minute, not the vice-chairman's above it);
a representative appointed to an outside body answers "who's our rep on the ... committee" (a body the council sends
someone to, not one whose papers are asked for); "shut the public out" is the exclusion of the public, with the
paragraph of Schedule 12A it cites; "were the april minutes changed" is their approval at a later meeting ("with no
amendments"), not April's own minutes item; "the june record of the committee" is the minutes approved at a later
meeting; "just before xmas" says when, not what; the order of business confirming Part 1 in public and Part 2 in
private is itself public; "when was the next cabinet after" a meeting the papers do not hold is the next one they
do; and a question of two councils, each with its own year, is answered for each. The papers are fictional
councils', written for these tests, ingested with the real model and asked through ``Minutebook``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from ingest.minutes import mark_exempt
from minutebook.model import MinuteItem
from service.core import Minutebook
from tests.conftest import papers_minutebook

HOLLOWMERE = """Minutes of the Annual Meeting of the Parish Council
Held on Monday 13th May 2024 at 7pm in the Church Room

Present: Cllrs Ruth Obi, Sam Pyle, Tara Quinn and Vic Rudd

1. Election of Chairman & receive Declaration of Acceptance
Cllr Rudd proposed Cllr Quinn, who declined the nomination. Cllr Pyle proposed Cllr Ruth Obi, seconded by Cllr \
Rudd. As there were no other nominations it was resolved that Cllr Obi remain as Chairman for the coming year. \
Cllr Obi signed her Declaration of Acceptance of Office, which was counter signed by the Clerk as Proper Officer.

2. Election of Vice Chairman
Cllr Obi proposed that Cllr Sam Pyle continues as Vice Chairman for another year, seconded by Cllr Quinn. There \
being no other proposals, Cllr Pyle was re-elected.

3. Representatives on outside bodies
Representative on the allotments committee – Cllr Rudd proposed that Cllr Tara Quinn continues as the council's \
representative on the allotments committee. The Parish Council agreed to help the allotment holders with a new \
water supply.

4. Minutes
RESOLVED – the Minutes of the Parish Council meeting held on Wed 17th April 2024 were approved and signed by the \
Chairman, with no amendments.
"""

HOLLOWMERE_APRIL = """Minutes of the Parish Council Meeting
Held on Wednesday 17th April 2024 at 7pm in the Church Room

Present: Cllrs Ruth Obi (Chairman), Sam Pyle and Vic Rudd

1. Minutes
RESOLVED – the Minutes of the meeting held on 20th March 2024 were approved with one amendment to minute 5, the \
spelling of a resident's name.

2. Village Sign
RESOLVED that the clerk obtain quotes for repainting the village sign.
"""

KESTLEIGH = """Minutes of the Annual Meeting of the Parish Council
Held on Monday 15th May 2023 at 7.30pm in the Village Hall

Present: Cllrs Ian Cole, Jo Dean and Kim Eyre

1. Election of Chairman
There being no other nominations, Cllr Ian Cole confirmed he was happy to remain as Chairman and was elected to \
the position unopposed.

2. Apologies
There were none.

3. Minutes of the previous meeting
The minutes of the meeting held on 3 April 2023 were agreed as a true record of that meeting.
"""

RAVENSBY_CABINET = """Minutes of the Cabinet
Held on Thursday 21st March 2024 at 7pm in the Civic Centre

Present: Councillors Lamb (Chair), Mott and Nash

41. Apologies for Absence
Apologies were received from Councillor Lee.

42. To approve the minutes of the last Cabinet meeting held on 15 February 2024
The decisions and minutes of the last meeting were approved as a correct record.

43. To confirm that the items of business marked Part 1 will be considered in public and that the items of \
business marked Part 2 in private
This was confirmed.

44. Library Opening Hours
RESOLVED: That the new library opening hours be approved.
"""

RAVENSBY_LEADER = """Minutes of the Member Decisions Meeting for the Leader
Held on Tuesday 19th December 2023 at 10am in the Civic Centre

Present: Councillor Lamb (Leader)

1. Decision Records - 14th and 28th November 2023
RESOLVED that the decision record of the meetings held on the 14th and 28th November 2023 be signed as correct \
records.

2. Grant to the Ravensby Arts Trust
RESOLVED that a grant of £5,000 be made to the Ravensby Arts Trust.
"""

WESTMOOR = """Minutes of the Policy Committee of the Westmoor Fire Authority
Held on Friday 19th July 2024 at 10am at Fire Headquarters

Present: Councillors Amis (Chair), Bell and Cross

1. Minutes
UNANIMOUSLY RESOLVED that the minutes of the meeting held on the 14th June, 2024 be signed as a correct record.

2. Station Refurbishment
RESOLVED that the refurbishment of the Eastgate station be approved.

3. Exclusion of the Public
The Committee decided to exclude the public from the meeting during consideration of the remaining agenda item \
in accordance with Section 100A(4) of the Local Government Act 1972, as it involved the likely disclosure of \
exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Act.
"""


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "hollowmere-parish-council-annual-meeting-2024-05-13.txt": HOLLOWMERE,
            "hollowmere-parish-council-2024-04-17.txt": HOLLOWMERE_APRIL,
            "kestleigh-parish-council-annual-meeting-2023-05-15.txt": KESTLEIGH,
            "ravensby-council-cabinet-2024-03-21.txt": RAVENSBY_CABINET,
            "ravensby-council-leader-decisions-2023-12-19.txt": RAVENSBY_LEADER,
            "westmoor-fire-authority-policy-committee-2024-07-19.txt": WESTMOOR,
    }) as opened:
        yield opened


def test_keeping_the_same_officer_is_their_re_election(councils: Minutebook) -> None:
    answer = councils.ask("did hollowmere keep the same vice chairman at the 2024 annual meeting?")
    assert answer.found and "re-elected" in answer.answer and "Pyle" in answer.answer


def test_the_chairman_asked_is_not_the_vice_chairman(councils: Minutebook) -> None:
    answer = councils.ask("did hollowmere keep the same chairman in 2024?")
    assert answer.found and "Cllr Obi remain as Chairman" in answer.answer and "Vice" not in answer.answer


def test_a_rep_on_an_outside_body_is_the_councils_appointment(councils: Minutebook) -> None:
    answer = councils.ask("who's our rep on the allotments committee at hollowmere?")
    assert answer.found and "Tara Quinn" in answer.answer


def test_why_the_public_were_shut_out_is_the_exclusion_and_its_paragraph(councils: Minutebook) -> None:
    answer = councils.ask("why did the westmoor fire authority policy committee shut the public out in july 2024?")
    assert answer.found and "Paragraph 3" in answer.answer


def test_minutes_changed_is_their_approval_with_or_without_amendments(councils: Minutebook) -> None:
    # the April minutes were approved in May, without amendment; April's own minutes item amended March's
    answer = councils.ask("were the april minutes changed at all at hollowmere pc?")
    assert answer.found and "no amendments" in answer.answer and "one amendment" not in answer.answer
    assert understand("were the april minutes changed?", [], dt.date(2024, 7, 19)).months == []


def test_minutes_agreed_as_a_true_record_were_signed_off(councils: Minutebook) -> None:
    answer = councils.ask("which earlier minutes did kestleigh sign off in may 2023?")
    assert answer.found and "3 April 2023" in answer.answer


def test_a_meetings_record_is_the_minutes_approved_at_the_next(councils: Minutebook) -> None:
    # no June meeting is in the papers: the record of it is approved in July's minutes
    answer = councils.ask("was the june 2024 record of the westmoor policy committee agreed unanimously?")
    assert answer.found and "UNANIMOUSLY" in answer.answer and "14th June" in answer.answer


def test_christmas_says_when_and_earlier_records_are_those_signed(councils: Minutebook) -> None:
    answer = councils.ask("which earlier decision records did the ravensby leader sign off just before xmas 2023?")
    assert answer.found and "14th and 28th November" in answer.answer
    plan = understand("what did the leader sign off just before xmas 2023?", [], dt.date(2024, 7, 19))
    assert plan.date_words == {"xmas"}


def test_confirming_part_two_in_private_is_itself_public(councils: Minutebook) -> None:
    answer = councils.ask("ravensby cabinet march 2024 - did they agree to take the part 2 stuff in private?")
    assert answer.found and "This was confirmed." in answer.answer
    items = [MinuteItem(number="43", title="To confirm that the items of business marked Part 1 will be considered in "
                                           "public and that the items of business marked Part 2 in private",
                        text="This was confirmed."),
             MinuteItem(number="44", title="Part 2 - Land at Mill Lane", text="The Cabinet considered the offer.")]
    mark_exempt(items, [None, None], [[], []])
    assert [i.exempt for i in items] == [False, True]  # a Part 2 item is still exempt


def test_the_next_cabinet_after_a_meeting_not_in_the_papers(councils: Minutebook) -> None:
    latest = dt.date(2024, 7, 19)
    assert understand("when was the next cabinet after that?", [], latest).confidence(Intent.NEXT_MEETING) >= 0.5
    assert understand("what is the next council tax rise?", [], latest).confidence(Intent.NEXT_MEETING) < 0.5
    answer = councils.ask("ravensby cabinet met on 15 feb 2024 - when was the next cabinet after that?")
    assert answer.found and "21 March 2024" in answer.answer


def test_two_councils_each_with_its_year_are_each_answered(councils: Minutebook) -> None:
    answer = councils.ask("hollowmere in 2024 and kestleigh in 2023 - did either parish keep the same chairman?")
    assert answer.found
    assert {c.meeting_date for c in answer.citations} == {dt.date(2024, 5, 13), dt.date(2023, 5, 15)}
    assert "Obi remain as Chairman" in answer.answer and "Ian Cole" in answer.answer and "Vice" not in answer.answer
