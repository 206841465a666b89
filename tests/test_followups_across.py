"""Follow-ups and questions across meetings, over the ways minutes write them and the ways people ask.

Each class is checked over fictional papers written for the test (``tests/fixtures/followups-across/``: a combined
authority's run-on minutes under a publication note in capitals, a county council's leader decisions and audit
committee in ModernGov's layout, a borough council, a scrutiny panel whose cabinet's papers are not held, and a
parish council's progress table), ingested with the real model into a real store and asked through the same
``Minutebook`` the service uses:

- "can the decisions be put into action yet": the meeting's publication note ("DEADLINE FOR CALL-IN: 21 MARCH 2025
  ... THE DECISIONS ... CAN THEN BE IMPLEMENTED"), scheduled for after the date it gives; its capitals are words,
  not initials ("BE IMPLEMENTED" is no "AB circulated"), and "have not been subject to a call-in" is no work undone;
- "did the decision records ever get signed": a resolution that they be signed as correct records is done as the
  meeting resolves it (where the signing is asked; else procedure, no follow-up's word);
- "did the declarations get written down anywhere": "were recorded in the Exempt Minutes" is done;
- a question in two parts, each of its own body of one council: each part answered from its body's meetings;
- "do their meetings always kick off at 10": each named meeting's start time;
- "did they ever find somewhere for ...": a tracker's row read whole for a cell quoted from it, outstanding by its
  status cell; a date in the update's prose is no due date, so not overdue;
- "did brookfield cabinet go for the panel's recs": a cabinet whose own meetings the papers do not hold, asked what
  it made of recommendations the panel's minutes send it, is answered from those minutes, not refused;
- "has the VAS gone up yet": "gone up" is the doing asked after, not the thing; a progress row whose supplier has
  confirmed installation for a week to come is scheduled, though the action's own ask (place the order) was met.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.said_status import stated
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "followups-across"


papers = papers_fixture(PAPERS)


def _dates(answer: object) -> set[tuple[dt.date, str]]:
    return {(c.meeting_date, c.minute or "") for c in answer.citations}  # type: ignore[attr-defined]


def test_the_call_in_deadline_answers_whether_the_decisions_can_be_acted_on(papers: Minutebook) -> None:
    a = papers.ask("harlow vale combined authority march 2025 - can the decisions be put into action yet?")
    assert a.found
    assert "21 MARCH 2025" in a.answer
    assert a.status == ActionStatus.SCHEDULED
    assert {c.meeting_date for c in a.citations} == {dt.date(2025, 3, 14)}


@pytest.mark.parametrize(
    ("line", "status"),
    [
        # a run of capitals is words: "BE IMPLEMENTED" is no owner's initials doing it
        ("PUBLICATION: 3 JUNE 2025 DEADLINE FOR CALL-IN: 10 JUNE 2025 AFTER THE CALL-IN PERIOD THE DECISIONS IN THESE "
         "MINUTES MAY THEN BE IMPLEMENTED WHERE THEY HAVE NOT BEEN SUBJECT TO A CALL-IN.", ActionStatus.SCHEDULED),
        # initials alone still name an owner
        ("ACTION: JS to circulate the revised terms of reference.", ActionStatus.OUTSTANDING),
    ],
)
def test_a_publication_note_in_capitals_is_read_as_words(line: str, status: ActionStatus) -> None:
    assert stated(line, dt.date(2025, 6, 3), "can the decisions be acted on yet", latest=dt.date(2025, 6, 3)) == status


def test_records_resolved_to_be_signed_are_signed_where_the_signing_is_asked(papers: Minutebook) -> None:
    a = papers.ask("penmarsh leader decisions - did the decision records from 15th and 29th jan 2025 ever get signed?")
    assert a.found and "signed as correct records" in a.answer
    assert a.status == ActionStatus.COMPLETED
    line = "RESOLVED that the minutes of the meeting held on 3 March be signed as a correct record."
    assert stated(line, dt.date(2025, 4, 7), "were the march minutes ever signed?") == ActionStatus.COMPLETED
    assert stated(line, dt.date(2025, 4, 7), "has the hedge been cut?") is None  # procedure: no follow-up's word


def test_declarations_recorded_in_the_exempt_minutes_were_written_down(papers: Minutebook) -> None:
    a = papers.ask("ashdown council april 2025 - did the depot land declarations get written down anywhere in the end?")
    assert a.found and "Exempt Minutes" in a.answer
    assert a.status == ActionStatus.COMPLETED


def test_each_part_of_a_question_is_answered_from_its_own_bodys_meetings(papers: Minutebook) -> None:
    a = papers.ask("penmarsh - what did the leader give out from the community chest fund in feb 2025, and what did "
                   "the audit cttee decide on governance returns in june 2025?")
    assert a.found
    assert {(dt.date(2025, 2, 19), "3"), (dt.date(2025, 6, 20), "3")} <= _dates(a)
    assert "£2,500" in a.answer and "reminder be sent" in a.answer


def test_whether_meetings_start_at_a_time_said_is_asked_of_each_meeting(papers: Minutebook) -> None:
    assert cue_intents("do their meetings always kick off at 10?").get(Intent.START, 0) >= 0.5
    assert cue_intents("did the council start at 6pm").get(Intent.START, 0) >= 0.5
    assert Intent.START not in cue_intents("did the works on the bridge start in may")
    a = papers.ask("penmarsh council - do their meetings always kick off at 10? e.g. leader decisions feb 25, audit "
                   "june 25")
    assert a.found
    assert "10.00 am" in a.answer and "2.00 pm" in a.answer
    assert {c.meeting_date for c in a.citations} == {dt.date(2025, 2, 19), dt.date(2025, 6, 20)}


def test_a_trackers_row_speaks_for_a_cell_quoted_from_it(papers: Minutebook) -> None:
    a = papers.ask("brookfield economy panel: did they ever find somewhere for the mill yard market traders")
    assert a.found and "September 2025 meeting" in a.answer
    assert a.status == ActionStatus.OUTSTANDING
    assert dt.date(2025, 7, 15) in {c.meeting_date for c in a.citations}


@pytest.mark.parametrize(
    ("line", "status"),
    [
        # a date in the update's prose is when that was done, not the row's due date
        ("7 (13 May 25)\tNew premises for the traders\tMarkets Manager\tReport now expected in September. Traders "
         "written to on 2 July 2025.\tOutstanding", ActionStatus.OUTSTANDING),
        # a due date in a cell of its own, passed by the latest paper
        ("20/15\tFalling rolls criteria\tA Varma\t16/03/2025\tOpen", ActionStatus.OVERDUE),
        # what an officer said in reply is no follow-up done
        ("The Markets Manager replied that the lease ended on 30 September 2025.", None),
        ("The Markets Manager replied to Mr Hardcastle on 3 June 2025.", ActionStatus.COMPLETED),
    ],
)
def test_what_a_trackers_row_and_a_reply_say(line: str, status: ActionStatus | None) -> None:
    assert stated(line, dt.date(2025, 5, 13), "did they find premises", latest=dt.date(2025, 7, 15)) == status


def test_the_cabinet_asked_what_it_made_of_the_panels_recs_is_answered_from_the_panels_minutes(
        papers: Minutebook) -> None:
    a = papers.ask("did brookfield cabinet go for the economy panel's town centre wifi recs, esp the free parking")
    assert a.found
    assert dt.date(2025, 5, 13) in {c.meeting_date for c in a.citations}
    assert "RECOMMENDS TO CABINET" in a.answer


def test_a_date_confirmed_for_putting_it_up_is_scheduled(papers: Minutebook) -> None:
    a = papers.ask("has the VAS gone up in kelby yet")
    assert a.found and "3 November 2025" in a.answer
    assert a.status == ActionStatus.SCHEDULED
    assert (dt.date(2025, 9, 8), "25/071") in _dates(a)


@pytest.mark.parametrize(
    ("line", "question", "status"),
    [
        # a participle the question puts before a noun ("the localised flooding") is no doing asked after: the
        # obligation recorded ("should be held with") is still to be met
        ("Paragraph 12 - to include that before the site visit a meeting should be held with the Environment Agency "
         "about the localised flooding.", "have they met the environment agency about the localised flooding yet?",
         ActionStatus.OUTSTANDING),
        # the question's own participle, said of the thing, is done
        ("The cracked paving on Bridge Street was repaired on 4 May.", "has the cracked paving been repaired?",
         ActionStatus.COMPLETED),
        # a clerk's note: the thing, its doing and the body it went to
        ("Listed Building Consent Application No 20417 submitted to NKDC.", "has the consent application gone in yet?",
         ActionStatus.COMPLETED),
        ("Clerk to make sure the form is submitted to Highways.", "has the form gone in yet?",
         ActionStatus.OUTSTANDING),
    ],
)
def test_what_a_question_asks_done_and_a_clerks_note(line: str, question: str, status: ActionStatus) -> None:
    assert stated(line, dt.date(2025, 5, 12), question) == status
