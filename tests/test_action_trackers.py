"""Where a follow-up stands, read from the ways clerks keep track of actions that no test had: a progress list on
last meeting's actions, each point over several lines naming its minute and closing with its status in capitals
("1. Quayside lighting (HTC/24/41) - Clerk / Reported to the County Council on 16 May ... / OUTSTANDING."); an
action tracker table with a RAG column and an update column ("| A24/31 | ... | Blue | Presented to the Finance
Committee on 19 September |"); a rolling action list of numbered actions each with its "Update:" line ending
"Closed.", "Ongoing." or "Carried forward.". Asked as people type ("fixed yet?", "did it ever get done", "where is it
at"), the answer says where the action asked about stands, not the row or point beside it.

A decision's action that a later meeting's tracker keeps a row for stands as that row says.

The papers are in ``tests/fixtures/action-trackers/`` (three fictional bodies, two of them two meetings), ingested
with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.action_logs import logged_actions
from ingest.arising_entries import entries
from ingest.resolution_asks import is_action
from minutebook.model import ActionStatus, DocumentKind, Meeting, MinuteItem, ParsedDocument, SourceFormat
from service.core import Minutebook
from service.said_status import stated, status_asked
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "action-trackers"


trackers = papers_fixture(PAPERS)


def test_a_progress_list_point_is_read_over_its_lines_to_its_status() -> None:
    item = MinuteItem(title="Progress on actions", text=(
        "The Clerk's progress report was received:\n"
        "1. Quayside lighting (HTC/24/41) - Clerk\n"
        "Reported to the County Council on 16 May. The contractor has ordered a new lantern.\n"
        "OUTSTANDING.\n"
        "2. Zip wire, Mill Green (HTC/24/42) - Clerk\n"
        "A new cable was fitted on 3 June.\n"
        "COMPLETE.\n"
        "Cllr Rowse thanked the Clerk."))
    [lamp] = entries(item, "HTC/24/41")
    assert lamp.text.startswith("Quayside lighting") and lamp.text.endswith("OUTSTANDING.")
    assert "Zip wire" not in lamp.text
    [wire] = entries(item, "HTC/24/42")
    assert wire.text.endswith("COMPLETE.") and "thanked" not in wire.text  # the point ends with its status


@pytest.mark.parametrize(("line", "status"), [
    ("No reply has been received.", ActionStatus.OUTSTANDING),  # not the "been received" inside it
    ("The letter went on 2 May; a holding reply had been received. No substantive reply yet.",
     ActionStatus.OUTSTANDING),
    ("Footpath 9 — gate still broken. The Clerk has chased the landowner twice.", ActionStatus.OUTSTANDING),
    ("Talks with the two leisure trusts are continuing.", ActionStatus.OUTSTANDING),
    ("Action 2024/03 (review of the lettings policy) was complete and is at Item 7.", ActionStatus.COMPLETED),
    ("the new noticeboard is now in place by the shop.", ActionStatus.COMPLETED),
    ("Consultation response sent on 20th January.", ActionStatus.COMPLETED),
    ("(b) Pavilion lease – valuation received (£2,100 a year).", ActionStatus.COMPLETED),
    ("A24/17\tTrustees' site visit\tClerk\tNov 2024\tScheduled 4 Nov", ActionStatus.SCHEDULED),
    ("A24/18\tOrder grit bins\tClerk\tNov 2024\tArranged 14 November", ActionStatus.SCHEDULED),
    ("A24/19\tParking options paper\tFinance Director\tSep 2024\tDeferred to Jan 2025", ActionStatus.SCHEDULED),
])
def test_a_line_says_where_its_matter_stands(line: str, status: ActionStatus) -> None:
    assert stated(line, dt.date(2024, 10, 1), latest=dt.date(2024, 10, 1)) == status


@pytest.mark.parametrize("question", [
    "the pavilion gutter - fixed?",
    "is the grant claim action closed",
    "is the defib at the surgery registered with the ambulance service now",
    "did they get the list of road schemes",
    "the new youth club night, did it actually open",
])
def test_asking_where_a_thing_stands_in_everyday_words(question: str) -> None:
    assert status_asked(question)


@pytest.mark.parametrize("question", ["what did the council decide about the closed road",
                                      "is the library open on sundays"])
def test_a_question_of_a_state_is_not_always_a_follow_up(question: str) -> None:
    assert not status_asked(question)


@pytest.mark.parametrize(("question", "status", "said"), [
    ("hawksmere - the quay lamp that's been out, fixed yet?", ActionStatus.OUTSTANDING, "new lantern"),
    ("was the zip wire at mill green ever repaired", ActionStatus.COMPLETED, "3 June"),
    ("did everyone send back their allotment tenancy agreements", ActionStatus.OUTSTANDING, "31 of the 38"),
])
def test_a_progress_list_on_last_meetings_actions_says_where_each_stands(
        trackers: Minutebook, question: str, status: ActionStatus, said: str) -> None:
    answer = trackers.ask(question)
    assert answer.found and said in answer.answer
    assert answer.status == status


@pytest.mark.parametrize(("question", "status"), [
    ("orrell vale - did the theatre utilisation report ever get done", ActionStatus.COMPLETED),
    ("the interpreting contract review at orrell vale, where is it at", ActionStatus.OUTSTANDING),
    ("falls audit on the medical wards - finished?", ActionStatus.OUTSTANDING),
])
def test_a_tracker_row_on_the_action_asked_says_where_it_stands(trackers: Minutebook, question: str,
                                                                 status: ActionStatus) -> None:
    answer = trackers.ask(question)
    assert answer.found and answer.status in (status, *([ActionStatus.OVERDUE] if status ==
                                                         ActionStatus.OUTSTANDING else []))


@pytest.mark.parametrize(("question", "status"), [
    ("pennick bay - did the slipway bench get replaced?", ActionStatus.COMPLETED),
    ("defib box prices - has cllr trewin got them yet", ActionStatus.OUTSTANDING),
    ("has the reserve been moved into a savings account yet", ActionStatus.OUTSTANDING),
    # the point's last word says where it stands now, not its first ("an acknowledgement has been received")
    ("did the harbour master ever answer about the slipway lights", ActionStatus.OUTSTANDING),
])
def test_a_numbered_action_with_its_update_line(trackers: Minutebook, question: str, status: ActionStatus) -> None:
    answer = trackers.ask(question)
    assert answer.found and answer.status == status


def test_a_decisions_action_stands_as_the_action_log_row_kept_for_it(trackers: Minutebook) -> None:
    """A decision asks for work ("that the Chief People Officer bring a staff survey action plan to the Board"); a
    later meeting's tracker keeps a row for it ("A24/38 | Staff survey action plan to come to the Board | ... | Red |
    Delayed; now expected in November"): that row is the latest word on the decision's action."""
    [action] = [a for a in trackers.actions() if a.meeting_date == dt.date(2024, 7, 25) and "staff survey" in a.text]
    assert action.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)
    assert action.evidence and "Delayed" in action.evidence[-1].quote
    answer = trackers.ask("has the staff survey action plan come back to the orrell vale board yet")
    assert answer.found and "Delayed" in answer.answer
    assert answer.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


@pytest.mark.parametrize("decided", [
    "That the Head of Environmental Services issue a default notice to the grounds contractor.",
    "That the Clerk notify both town councils of the new charge.",
    "That the Director of Public Health commission an independent review of the service.",
])
def test_an_officer_named_to_do_a_thing_is_an_action(decided: str) -> None:
    assert is_action(decided)


def test_a_decision_with_no_action_stands_as_the_log_row_on_it(trackers: Minutebook) -> None:
    """A decision the register keeps no action for ("that the tender of Pennine Surfacing Ltd be accepted"), and the
    same meeting's tracker row on the work it sets going ("Raise the order with Pennine Surfacing ... | Amber |
    Purchase order drafted; awaiting signature"): asked whether it is under way, the row says where it stands."""
    answer = trackers.ask("has the order for the visitor car park resurfacing at orrell general gone in yet")
    assert answer.found and "awaiting signature" in answer.answer
    assert answer.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


def test_a_logs_row_is_overdue_as_of_its_own_bodys_latest_paper() -> None:
    """Open rows in an audit committee's March minutes, one due in January and one in June: a cabinet's December
    minutes in the same store say nothing of them, so the June row is outstanding (the committee's own latest paper
    is before its due date) and the January row overdue."""
    log = ("Ref\tAction\tOwner\tDue\tStatus\n"
           "A1\tRefresh the strategic risk register\tFinance Director\t30 June 2024\tOpen\n"
           "A2\tReport on the payroll audit findings\tHead of HR\t31 January 2024\tOpen")
    audit = Meeting(committee="Audit Committee", date=dt.date(2024, 3, 1),
                    items=[MinuteItem(number="7", title="Action log", text=log)])
    cabinet = Meeting(committee="Cabinet", date=dt.date(2024, 12, 1),
                      items=[MinuteItem(number="1", title="Budget", text="Noted.")])
    docs = [ParsedDocument(source=f"{m.committee}.txt", sha256=m.committee, format=SourceFormat.TEXT,
                           kind=DocumentKind.MINUTES, meetings=[m]) for m in (audit, cabinet)]
    rows = {a.text: a.status for a in logged_actions([(d, d.meetings[0]) for d in docs], dt.date(2024, 12, 1))}
    assert rows == {"Refresh the strategic risk register": ActionStatus.OUTSTANDING,
                    "Report on the payroll audit findings": ActionStatus.OVERDUE}
