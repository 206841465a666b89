"""Follow-ups across meetings, as minutes lay them out and as people ask (round 32, class d):

- a later meeting's "PROGRESS ON PREVIOUS DECISIONS" tracker set out in columns by spaces, its heading row giving the
  day its rows stand at ("Minute   Decision   Position at 16 March 2039"): a table's header, not a new meeting's
  title, so the tracker and the items after it stay in the meeting and its row is the latest word on the decision;
- where a matter stands asked as members type it ("pensioner concession scheme, any progress?");
- a person invited to a named later meeting ("be invited to attend the April meeting"), asked "coming to the
  committee? when": scheduled while that meeting is still to come, though the ask's own words say "outstanding".

The papers are written for the test (tests/fixtures/followups-32d), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from ingest.headers import committee_then_date
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.said_status import promised_status
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "followups-32d"


asked = papers_fixture(PAPERS)


def test_a_trackers_heading_row_with_its_date_is_no_meeting() -> None:
    assert committee_then_date("Minute   Decision                          Position at 16 March 2039") is None
    assert committee_then_date("Action   Owner   Status as at 4 May 2036") is None
    assert committee_then_date("IMPROVING LIVES SELECT COMMISSION Tuesday, 28th July, 2020") is not None


def test_a_tracker_in_columns_stays_in_its_meeting() -> None:
    doc = parse_file(PAPERS / "kestlemoor-district-council-environment-committee-2039-03-16.txt")
    assert len(doc.meetings) == 1, [(m.committee, m.date) for m in doc.meetings]
    items = {i.number: i for i in doc.meetings[0].items}
    assert {"EN.43", "EN.44", "EN.45"} <= set(items), list(items)
    assert "options to be reported in September" in " ".join(items["EN.43"].text.split())


@pytest.mark.parametrize(("question", "followup"), [
    ("pensioner concession scheme, any progress?", True),
    ("any movement on the collection route review", True),
    ("head of street scene coming to the environment committee? when", True),
    ("is the chief fire officer coming to the scrutiny panel", True),
    ("what progress did the council report on recycling rates", False),  # a figure reported, not a follow-up
    ("who was present at the march meeting", False),
])
def test_where_it_stands_asked_as_typed(question: str, followup: bool) -> None:
    assert (cue_intents(question).get(Intent.FOLLOWUP, 0.0) >= 0.5) is followup, cue_intents(question)


@pytest.mark.parametrize(("line", "status"), [
    ("the Head of Street Scene be invited to attend the April meeting to explain the outstanding actions",
     ActionStatus.SCHEDULED),  # a meeting still to come, whatever the ask's words say
    ("the Head of Street Scene be invited to attend a future meeting", ActionStatus.OUTSTANDING),  # none fixed
])
def test_an_asks_own_words_read_as_a_promise(line: str, status: ActionStatus) -> None:
    assert promised_status(line, dt.date(2039, 1, 19), dt.date(2039, 3, 16)) == status


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "status"), [
    ("kestlemoor - pensioner concession scheme, any progress?", ["September"], ActionStatus.OUTSTANDING),
    ("kestlemoor - head of street scene coming to the environment committee? when", ["April meeting"],
     ActionStatus.SCHEDULED),
    ("riverside park toilets - what did the march meeting decide?", ["£7,300"], None),  # an item after the tracker
])
def test_answered(asked: Minutebook, question: str, said: list[str], status: ActionStatus | None) -> None:
    answer = answered(asked, question, said)
    if status is not None:
        assert answer.status == status, (question, answer.status, answer.answer)
