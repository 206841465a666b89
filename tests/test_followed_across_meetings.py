"""Questions asked across meetings, answered from what a later meeting's papers say of an earlier one's business.

The forms, each from papers no test had:

- a scrutiny panel's recommendations tracker ("Minute | Recommendation / action | Response / update | Status"),
  several rows for one minute's recommendations, asked as people ask it ("did cabinet go along with what the panel
  said about ..."): the row on the thing asked, with cabinet's response;
- a council's annual meeting and its ordinary meetings are one body: the clerk's action list at the June meeting
  keeps the row on what the annual meeting decided in May ("has the clerk applied for the grant yet");
- a clerk's report on last meeting's actions that says each point's status straight after its title ("Minute 12/03
  (cemetery toilets) - NOT COMPLETE. ... Signs ... were put up on 28 January"): the point stands as its title's
  status says, not as the last detail reads;
- "what changed between the may and june meetings", "has it gone down since the january meeting": each meeting's
  figure from the item on the subject, not a passing mention in public participation;
- a numbered part of an item with its subject printed first ("3.1. Footpath Warden – ... Clerk to report back at
  next meeting"), a decision put off ("Location to be decided at a future meeting"), a co-opted member who signed
  the declaration, a note to be added, and a member who was not at the last meeting after all;
- figures a panel asked for, which its list of "Actions from previous meetings" says were circulated.

The papers are in ``tests/fixtures/across-meetings/`` (five fictional bodies), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.action_logs import logged_actions
from ingest.actions import track
from minutebook.model import (
    ActionStatus,
    DocumentKind,
    Meeting,
    MinuteItem,
    ParsedDocument,
    Resolution,
    SourceFormat,
    standing_body,
)
from service.answer import TAKEN_UP
from service.core import Minutebook
from service.resolutions import part_subject
from service.said_status import stated, status_asked
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "across-meetings"


papers = papers_fixture(PAPERS)


# ----------------------------------------------------------------------------- read without a store

@pytest.mark.parametrize(("line", "status"), [
    ("Minute 12/03 (cemetery toilets) - NOT COMPLETE. The toilets did not reopen on 1 March. Signs to the toilets "
     "at the crematorium were put up on 28 January 2025.", ActionStatus.OUTSTANDING),
    ("Minute 12/04 (waiting list breakdown) - COMPLETE. Circulated to members by email on 3 March 2025.",
     ActionStatus.COMPLETED),
    ("PL/25/07 Tree survey - SCHEDULED. To the July meeting; the surveyor was booked on 2 May.",
     ActionStatus.SCHEDULED),
])
def test_a_status_after_a_points_title_is_the_points(line: str, status: ActionStatus) -> None:
    assert stated(line, dt.date(2025, 3, 18), latest=dt.date(2025, 3, 18)) == status


def test_a_recommendations_tracker_keeps_each_recommendation_of_a_minute_apart() -> None:
    """Three rows share the minute they came from ("22 (15 Jan 25)"): each is its own recommendation, with its own
    status, not one row printed three times."""
    tracker = ("Minute\tRecommendation / action\tResponse / update\tStatus\n"
               "22 (15 Jan 25)\tKeep Saturday opening at Eastfield\tAccepted by Cabinet on 18 February 2025\t"
               "Complete\n"
               "22 (15 Jan 25)\tConsult users before Monday closures\tConsultation from 1 May\tIn progress\n"
               "22 (15 Jan 25)\tSavings to be reported to the Panel\tTo the July 2025 meeting\tScheduled")
    panel = Meeting(committee="Communities Overview Panel", date=dt.date(2025, 4, 9),
                    items=[MinuteItem(number="32", title="Recommendations tracker", text=tracker)])
    doc = ParsedDocument(source="panel.md", sha256="panel", format=SourceFormat.MARKDOWN, kind=DocumentKind.MINUTES,
                         meetings=[panel])
    rows = {a.text: a.status for a in logged_actions([(doc, panel)], dt.date(2025, 4, 9))}
    assert rows["Keep Saturday opening at Eastfield"] == ActionStatus.COMPLETED
    assert rows["Savings to be reported to the Panel"] == ActionStatus.SCHEDULED
    assert rows["Consult users before Monday closures"] in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


def test_a_decision_stands_as_the_later_log_row_that_names_its_minute() -> None:
    """May's decision asks for three things; July's log keeps one row on it, under its minute, in fewer words ("Costs
    obtained; consent not yet received | Open"): that row is where it stands, not the July item that presented the
    costs (which would read as the report asked for, come back). A row of another minute is not it, nor is a row
    printed twice in one meeting two rows."""
    may = Meeting(committee="Annual Meeting of the Town Council", date=dt.date(2025, 5, 19), items=[MinuteItem(
        number="T/53", title="Defibrillator at the quay", text="RESOLVED that the Clerk obtain costs ...",
        resolutions=[Resolution(text="that the Clerk obtain costs for the purchase and installation of a "
                                     "defibrillator, seek permission from the harbour authority and report back "
                                     "to the July meeting")])])
    log = ("Minute\tAction\tOwner\tUpdate\tStatus\n"
           "T/53\tDefibrillator at the quay - costs and consent\tClerk\tCosts obtained; consent not yet received\t"
           "Open\n"
           "T/50\tOrder the defibrillator pads for the hall\tClerk\tOrdered 2 June\tDone\n"
           "T/53\tDefibrillator at the quay - costs and consent\tClerk\tCosts obtained; consent not yet received\t"
           "Open")
    july = Meeting(committee="Town Council", date=dt.date(2025, 7, 21), items=[
        MinuteItem(number="T/75", title="Action log", text=log),
        MinuteItem(number="T/78", title="Defibrillator at the quay",
                   text="The Clerk presented the costs: £1,685 including installation.")])
    docs = [ParsedDocument(source=f"{m.date}.md", sha256=str(m.date), format=SourceFormat.MARKDOWN,
                           kind=DocumentKind.MINUTES, meetings=[m]) for m in (may, july)]
    register = track(docs)
    [asked] = [a for a in register if a.meeting_date == may.date]
    assert asked.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)
    assert asked.evidence and "consent not yet received" in asked.evidence[-1].quote
    assert len([a for a in register if a.meeting_date == july.date and "quay" in a.text]) == 1


def test_an_annual_meeting_is_a_meeting_of_the_same_body() -> None:
    assert standing_body("Annual Meeting of the Town Council") == standing_body("Town Council")
    assert standing_body("Extraordinary Meeting of the Parish Council") == standing_body("Parish Council")
    assert standing_body("Annual Meeting of the Town Council") != standing_body("Planning Committee")


@pytest.mark.parametrize(("text", "number", "subject"), [
    ("3.1. Footpath Warden – Clerk informed the Council ...", "3.1", "Footpath Warden"),
    ("intro\n4.2 Grass cutting - The contractor said ...", "4.2", "Grass cutting"),
    ("4.2 The clerk said that it was agreed - in full", "4.2", None),  # a sentence, not a subject
    ("Clerk to report back.", "1", None),
])
def test_a_numbered_part_names_its_subject_first(text: str, number: str, subject: str | None) -> None:
    assert part_subject(text, number) == subject


@pytest.mark.parametrize(("question", "sent"), [
    ("did brackley cabinet go along with what the overview panel said about eastfield library", True),
    ("did the executive agree with what scrutiny recommended on the libraries", True),
    ("did cabinet take up the panel's recommendation on library hours", True),
    ("did they act on the recs about the libraries", False),  # (shorthand written out before it is read)
    ("did the committee agree to the application for the barn", False),
])
def test_asking_what_a_body_made_of_anothers_recommendation(question: str, sent: bool) -> None:
    assert bool(TAKEN_UP.search(question)) == sent


@pytest.mark.parametrize("question", [
    "did the october questions doc get a note added about the date",
    "did gareth pilling sign his acceptance of office",
])
def test_whether_a_thing_got_done_asked_in_everyday_words(question: str) -> None:
    assert status_asked(question)


# ----------------------------------------------------------------------------- asked of the papers

def test_what_cabinet_made_of_a_panels_recommendation_is_the_trackers_row(papers: Minutebook) -> None:
    answer = papers.ask("did brackley cabinet go along with what the overview panel said about saturday opening at "
                        "eastfield library")
    assert answer.found, answer.answer
    assert "18 February 2025" in answer.answer and "31 March 2026" in answer.answer
    assert answer.status == ActionStatus.COMPLETED
    assert {c.meeting_date for c in answer.citations} >= {dt.date(2025, 1, 15), dt.date(2025, 4, 9)}


def test_an_annual_meetings_decision_stands_as_the_next_meetings_action_list_says(papers: Minutebook) -> None:
    [applied] = [a for a in papers.actions() if a.meeting_date == dt.date(2025, 5, 12) and "apply" in a.text]
    assert applied.status == ActionStatus.COMPLETED and "2 June 2025" in applied.evidence[-1].quote
    answer = papers.ask("fenwold tc - has the clerk applied for the bandstand grant yet")
    assert answer.found and "2 June 2025" in answer.answer
    assert answer.status == ActionStatus.COMPLETED
    assert {c.meeting_date for c in answer.citations} == {dt.date(2025, 5, 12), dt.date(2025, 6, 9)}


def test_what_changed_between_two_meetings_gives_each_meetings_figures(papers: Minutebook) -> None:
    answer = papers.ask("fenwold town council allotment water - what changed between the may and june meetings")
    assert answer.found
    assert "£4,200" in answer.answer and "£3,650" in answer.answer and "defer" in answer.answer
    assert "Public participation" not in answer.answer  # a resident's question on it is not the May meeting's line


def test_gone_down_since_a_meeting_reads_that_meeting_and_the_later_ones(papers: Minutebook) -> None:
    answer = papers.ask("has the allotment waiting list gone down since the january ravensholme parks meeting")
    assert answer.found and "140" in answer.answer and "96" in answer.answer


def test_a_point_reported_not_complete_is_outstanding_whatever_its_details_say(papers: Minutebook) -> None:
    answer = papers.ask("did ravensholme ever get the cemetery loos open again")
    assert answer.found and "14 April 2025" in answer.answer
    assert answer.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


def test_a_decision_of_a_numbered_part_is_quoted_with_the_parts_subject(papers: Minutebook) -> None:
    answer = papers.ask("thornby pc - what's the clerk reporting back on at the next meeting?")
    assert answer.found and "Footpath Warden" in answer.answer


def test_when_a_decision_is_to_be_taken_is_what_the_minutes_put_off(papers: Minutebook) -> None:
    answer = papers.ask("thornby - when are they deciding where the memorial bench goes")
    assert answer.found and "future meeting" in answer.answer


@pytest.mark.parametrize(("question", "status"), [
    ("thornby pc 2025 - did gareth pilling sign his acceptance of office?", ActionStatus.COMPLETED),
    ("did the thornby village website get a note added about the footpath 14 diversion", ActionStatus.OUTSTANDING),
])
def test_whether_it_got_done_from_the_minutes_own_words(papers: Minutebook, question: str,
                                                          status: ActionStatus) -> None:
    answer = papers.ask(question)
    assert answer.found and answer.status == status


def test_a_member_not_at_the_last_meeting_after_all(papers: Minutebook) -> None:
    """The May minutes correct April's record: asked whether she was at both, the answer says so."""
    answer = papers.ask("thornby pc - was judith haworth at the april meeting and the may one?")
    assert answer.found and "had not been present at the April meeting" in answer.answer


def test_numbers_asked_for_are_got_as_the_actions_from_previous_meetings_say(papers: Minutebook) -> None:
    """A panel asks for figures ("ACTION: OPCC Chief Executive to provide burglary figures ... by 7 March"); its June
    meeting's list of actions from previous meetings says they came, when, and what they were."""
    answer = papers.ask("kestermoor pcp - did we ever get those town centre burglary numbers")
    assert answer.found and "3 March 2025" in answer.answer and "377" in answer.answer
    assert answer.status == ActionStatus.COMPLETED
    assert {c.meeting_date for c in answer.citations} == {dt.date(2025, 2, 6), dt.date(2025, 6, 19)}
