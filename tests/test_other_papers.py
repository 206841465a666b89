"""Questions as members and clerks ask them over a small council's minutes in its own house style.

Three fictional bodies' papers, written for these tests: a date the question names that is no meeting's but is
printed in the papers is words to find, while a meeting the papers do not hold is still refused; "who presented
the report" is not an attendance question, while "did anyone turn up late", "who was only at part of the
meeting", "who was at" and "who is the clerk" are (with who substituted for whom when asked); "who proposed X as
chairman" is answered with the sentence that says who proposed; a question whose best item records no decision is
answered from that item, not from a resolution further down; a council's name abbreviated as no paper prints it
("leics") says where, not what, as does a committee's word printed as a name ("kelbrook ccg"), and a kind of body
the council named has none of is not found; a day named without its year is the meeting held that day; who came
late or substituted is added from the minute that notes it; a body named as the minutes asked about is the subject;
a lexicon form of four or more words is found with a word or two inserted. Ingested with the real
model, asked through ``Minutebook``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from service.core import Minutebook
from tests.conftest import papers_minutebook

FERNHILL = """Minutes of the Parish Council Meeting
Held on Monday 10th June 2024 at 7.30pm in the Village Hall

Present: Cllrs Alice Moss (Chair), Ben Reed, Carl Lane (arrived 7.20pm), Dora Frost (part meeting)
In attendance: Mrs Gail Price (Parish Clerk)

24/60 Substitutes
Cllr Dora Frost attended as a substitute for Cllr Evan Pike.

24/61 Election of Chairman
Cllr Reed proposed Cllr Moss, seconded by Cllr Lane. There being no other nominations it was resolved that \
Cllr Moss be Chairman for the year.

24/62 Apologies
Apologies were received from Cllr Evan Pike.

24/63 Minutes of the meeting held 13th May 2024
RESOLVED that the Chairman sign these as a correct record.

24/64 Tribute
The Chair paid tribute to Mr Ted Rowe, who served as Parish Clerk from 4th March 1998 until his retirement \
this spring. Members stood for a minute's silence.

24/65 Playing Field
Mr Dan Hollis, the groundsman, presented the report on the playing field. Cllr Hugh Best joined the meeting at \
8.05pm during this item. The drainage contractor will \
return on 2nd September 2024 to finish the soakaways. RESOLVED that the report be noted and the budget for \
goalposts be confirmed.

24/66 Staffing
RESOLVED that Mrs Jo Hale be appointed Parish Clerk from July.
"""

LEICS = """Minutes of the Fire Authority Resources Committee
Held on Friday 19th April 2024 at 10am at Fire Headquarters

Present: Councillors Grey (Chair), Holt and Ives

1. Minutes
The minutes of the meeting held on 1st March 2024 were confirmed as a true record and signed by the Chair. The \
minutes of the Pensions Board held on 2nd February 2024 were noted.

2. Fleet Replacement
The Committee considered the replacement of two aerial ladder platforms. RESOLVED that the purchase be \
approved within the capital programme. The first of the new platforms will be delivered on 14th October 2024. A \
workshop for members on the platforms' design will be held on 20th November 2024.

3. Exclusion of the Press and Public
RESOLVED that the press and public be excluded from the meeting for the following item.
"""

KELBROOK = """Kelbrook and Kelshire CCG Governing Body Meeting in Public
Held on 11th January 2024 via Microsoft Teams

Present:
Dr Ann Shah AS Clinical Chair
Tom Vale TV Chief Finance Officer

GB/2324/101: Welcome, Apologies & Quoracy
Dr Ann Shah welcomed members to the meeting. It was confirmed that the meeting was quorate.

GB/2324/102: Questions received from members of the public
No questions were received from members of the public.
"""


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "fernhill-parish-council-2024-06-10.txt": FERNHILL,
            "leicestershire-fire-authority-resources-committee-2024-04-19.txt": LEICS,
            "kelbrook-and-kelshire-ccg-governing-body-2024-01-11.txt": KELBROOK,
    }) as opened:
        yield opened


def test_a_date_printed_in_the_papers_is_words_to_find(councils: Minutebook) -> None:
    answer = councils.ask("what's happening on 14 October 2024 at the resources committee?")
    assert answer.found and "new platforms will be delivered" in answer.answer
    answer = councils.ask("what's happening at fernhill playing field on 2 September 2024?")
    assert answer.found and "soakaways" in answer.answer


def test_a_meeting_the_papers_do_not_hold_is_still_refused(councils: Minutebook) -> None:
    for question in ("who attended fernhill's 13 May 2024 meeting?",
                     "what did fernhill parish council decide at its 13 May 2024 meeting?"):
        answer = councils.ask(question)
        assert not answer.found and answer.citations == [], question


def test_who_presented_a_report_is_not_attendance(councils: Minutebook) -> None:
    answer = councils.ask("who presented the playing field report at fernhill?")
    assert answer.found and "Hollis" in answer.answer and "Apologies" not in answer.answer
    answer = councils.ask("who sat on the fernhill parish council meeting?")
    assert answer.found and "Present:" in answer.answer


def test_coming_late_and_part_of_the_meeting_are_attendance(councils: Minutebook) -> None:
    answer = councils.ask("did anyone turn up late at fernhill?")
    assert answer.found and "arrived 7.20pm" in answer.answer
    answer = councils.ask("who was only at part of the fernhill parish council meeting?")
    assert answer.found and "part meeting" in answer.answer and "correct record" not in answer.answer


def test_who_proposed_the_chairman_is_the_sentence_that_says_so(councils: Minutebook) -> None:
    answer = councils.ask("who proposed cllr moss as chairman at fernhill?")
    assert answer.found and "Cllr Reed proposed Cllr Moss" in answer.answer.splitlines()[0]


def test_an_item_without_a_decision_answers_before_a_resolution_below_it(councils: Minutebook) -> None:
    answer = councils.ask("when did ted rowe start as fernhill's clerk?")
    assert answer.found and "4th March 1998" in answer.answer.splitlines()[0] and "goalposts" not in answer.answer


def test_a_council_named_by_an_abbreviation_says_where(councils: Minutebook) -> None:
    answer = councils.ask("did leics sign the 1 march minutes?")
    assert answer.found and "true record" in answer.answer


def test_christmas_names_december() -> None:
    latest = dt.date(2024, 6, 10)
    plan = understand("who sent apologies just before xmas 2023?", [], latest)
    assert plan.periods == [(dt.date(2023, 12, 1), dt.date(2023, 12, 31))]
    assert understand("what did we agree over christmas?", [], latest).months == [12]
    assert understand("what about the christmas lights?", [], latest).months == []


def test_cues_read_as_typed() -> None:
    latest = dt.date(2024, 6, 10)
    assert understand("who presented the report?", [], latest).confidence(Intent.ATTENDANCE) < 0.5
    assert understand("who sat on the hearing?", [], latest).confidence(Intent.ATTENDANCE) >= 0.5
    assert understand("who proposed cllr moss as chairman?", [], latest).confidence(Intent.RESOLUTION) < 0.5
    for absent in ("who was missing from the cabinet?", "who didn't come to the annual meeting?",
                   "who left part way through the meeting?", "who was on the panel at the hearing?"):
        assert understand(absent, [], latest).confidence(Intent.ATTENDANCE) >= 0.5, absent


def test_a_kind_of_body_is_checked_only_as_a_councils_own(councils: Minutebook) -> None:
    answer = councils.ask("who was on the panel at the leics resources committee?")  # a role, not a body
    assert answer.found and "Grey" in answer.answer


def test_everyday_words_for_excluding_the_public(councils: Minutebook) -> None:
    answer = councils.ask("did the leics resources committee shut the public out?")
    assert answer.found and "excluded" in answer.answer


def test_a_day_without_its_year_is_the_meeting_held_that_day(councils: Minutebook) -> None:
    answer = councils.ask("who was at the resources committee on 19 april?")  # the papers' latest year has none
    assert answer.found and "Grey" in answer.answer


def test_who_the_clerk_is_comes_from_the_attendance_record(councils: Minutebook) -> None:
    answer = councils.ask("who's the clerk at fernhill?")
    assert answer.found and "Gail Price" in answer.answer


def test_what_happened_to_earlier_minutes_is_their_approval() -> None:
    plan = understand("what happened to the 13 May minutes?", [], dt.date(2024, 6, 10))
    assert plan.periods == [] and plan.confidence(Intent.RESOLUTION) >= 0.5


def test_who_stood_in_is_added_to_the_attendance_record(councils: Minutebook) -> None:
    answer = councils.ask("who was at the fernhill meeting - was anyone subbing for someone?")
    assert answer.found and "Alice Moss" in answer.answer and "substitute for Cllr Evan Pike" in answer.answer


def test_a_place_a_committee_is_named_after_says_where(councils: Minutebook) -> None:
    answer = councils.ask("was the kelbrook ccg meeting quorate?")
    assert answer.found and "quorate" in answer.answer


def test_a_kind_of_body_the_council_named_does_not_have_is_not_found(councils: Minutebook) -> None:
    assert councils.ask("who was at leicestershire's resources committee?").found
    answer = councils.ask("who was at leicestershire's cabinet?")
    assert not answer.found and answer.citations == []
    answer = councils.ask("what did leicestershire cabinet decide about the pensions board minutes?")  # as typed
    assert not answer.found and "cabinet" in answer.answer


def test_who_came_late_is_added_from_the_minute_that_notes_it(councils: Minutebook) -> None:
    answer = councils.ask("who was late to the fernhill meeting?")
    assert answer.found and "Hugh Best joined the meeting at" in answer.answer


def test_a_body_named_as_the_minutes_asked_about_is_the_subject(councils: Minutebook) -> None:
    answer = councils.ask("what happened to the 2 february pensions board minutes at leics?")
    assert answer.found and "Pensions Board held on 2nd February 2024 were noted" in answer.answer


def test_a_long_lexicon_form_is_found_reworded(councils: Minutebook) -> None:
    answer = councils.ask("did the kelbrook ccg get any questions from the public?")
    assert answer.found and "No questions were received" in answer.answer


def test_an_event_on_a_printed_date_is_found_but_its_outcome_is_not_in_earlier_papers(councils: Minutebook) -> None:
    answer = councils.ask("what did the resources committee say about the workshop on 20 november 2024?")
    assert answer.found and "workshop for members" in answer.answer
    answer = councils.ask("what came out of the 20 november 2024 workshop on the platforms?")
    assert not answer.found and answer.citations == []
