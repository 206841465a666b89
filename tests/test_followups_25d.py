"""Follow-ups, next steps and change across meetings, of small fictional papers written for these tests
(``fixtures/followups-25d``):

* a town clerk's tracker "Item | Action | Lead | Target", the matter in its first column and the step under way in its
  "Action" column: the matter's row at the next meeting is the same action, and "Completed" in its target column says
  it is done; lamp columns are street lights, whatever the question calls them;
* a district committee's log "Ref | Action | Owner | Due" marking a row "Completed" in its due column: done, with no
  due date read from the word;
* a council's own deferral to a dated meeting "pending receipt of a second quote": scheduled for that meeting;
* the next meeting asked as chat asks it ("sitting next", "next ... date + site visit?");
* a hard-wrapped item put off in December and settled in February, its title's bracket closed on the line below and
  its resolution's date wrapped onto a line of its own: what came of it, every part of the decision;
* where a matter stands asked in the progressive ("is the record being corrected"), as "the latest", or by its
  "start date"; a clerk who "handed in her notice";
* a body's name not read across a break in the question ("route 9 bus - panel said ...").
"""

from __future__ import annotations

import pytest

from index.bodies import bodies_named
from ingest.action_logs import log_rows
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import REPO, answered, papers_fixture

pytestmark = pytest.mark.real_model

FIXTURES = REPO / "tests" / "fixtures" / "followups-25d"
opened = papers_fixture(FIXTURES)


def test_a_tracker_keyed_by_its_item_column_and_done_in_its_target_column() -> None:
    (meeting,) = parse_file(FIXTURES / "ashcombe-town-council-full-council-2032-02-09.md").meetings
    rows = {r.subject: r for r in log_rows(meeting)}
    lamps = rows["Mill Lane lamp columns"]
    assert lamps.text == "Mill Lane lamp columns – Columns replaced 2 February", lamps
    assert lamps.status == "Completed" and lamps.due is None, lamps
    (meeting,) = parse_file(FIXTURES / "brantwich-district-council-leisure-committee-2031-12-08.txt").meetings
    rows = {r.ref: r for r in log_rows(meeting)}
    assert rows["B22"].status == "Completed" and rows["B22"].due is None, rows
    assert rows["B21"].due == "January 2032" and rows["B21"].status is None, rows


@pytest.mark.parametrize("question", [
    "the dark lamp posts on mill lane in ashcombe - sorted yet?",
    "ashcombe mill lane street lights, have they been fixed?",
])
def test_a_trackers_matter_done_at_the_next_meeting(opened: Minutebook, question: str) -> None:
    answer = answered(opened, question, said=["Columns replaced 2 February"])
    assert answer.status == ActionStatus.COMPLETED, answer.answer


def test_a_logs_row_marked_completed_in_its_due_column(opened: Minutebook) -> None:
    answer = answered(opened, "was the brantwich pool changing room audit ever done?", said=["Completed"])
    assert answer.status == ActionStatus.COMPLETED, answer.answer


def test_a_deferral_to_a_dated_meeting_is_scheduled(opened: Minutebook) -> None:
    answer = answered(opened, "ashcombe cemetery railings, when does that come back?", said=["14 April 2032"])
    assert answer.status == ActionStatus.SCHEDULED, answer.answer


@pytest.mark.parametrize("question, said", [
    ("when's the ashcombe town council sitting next", ["8 March 2032"]),
    ("next ashcombe council date + is there a site visit first", ["8 March 2032", "site visit"]),
])
def test_the_next_meeting_asked_as_chat_asks_it(opened: Minutebook, question: str, said: list[str]) -> None:
    answered(opened, question, said=said)


def test_an_item_kicked_down_the_road_then_settled(opened: Minutebook) -> None:
    answer = answered(opened, "brantwich pool contract - they kicked it down the road in december, what happened "
                              "when it came back", said=["1 June 2032"])
    cited = {(str(c.meeting_date), c.minute) for c in answer.citations}
    assert ("2032-02-09", "LC 42/32") in cited, cited
    titles = {c.item_title for c in answer.citations}
    assert "SWIMMING POOL OPERATING CONTRACT - OPTIONS (DEFERRED FROM 8 DECEMBER 2031)" in titles, titles


def test_a_record_being_put_right(opened: Minutebook) -> None:
    answer = answered(opened, "ashcombe mayor got the lighting cost wrong in january - is the record being "
                              "corrected anywhere?", said=["public questions record"])
    assert answer.status == ActionStatus.OUTSTANDING, answer.answer


def test_the_latest_on_a_start_date_not_yet_given(opened: Minutebook) -> None:
    answer = answered(opened, "whats the latest on the ashcombe skate park - any start date?",
                      said=["not yet in a position"])
    assert answer.status == ActionStatus.OUTSTANDING, answer.answer


def test_a_notice_handed_in(opened: Minutebook) -> None:
    answered(opened, "ashcombe clerk handed in her notice - when are they interviewing for the new one?",
             said=["3 March 2032"])


def test_a_body_is_not_named_across_a_break() -> None:
    named, _ = bodies_named("hartwell route 9 bus - panel said keep it, then what did cabinet do",
                            ["Place Scrutiny Panel", "Cabinet"])
    assert not any("bus" in b.text for b in named), named
