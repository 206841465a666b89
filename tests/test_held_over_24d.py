"""Follow-ups, next steps and change across meetings, of small fictional papers written for these tests
(``fixtures/held-over-24d``):

* a town council that put an item off in January and settled it in February, the later minute titled "(deferred from
  13 January 2031, Minute 43)": asked what came of it "in the end", both meetings answer, the later one with the
  firm it chose, whatever the question calls the thing;
* a district committee's action log printed as a space-aligned table whose reference column sits one space short of
  the action column and whose action cells wrap onto the line below: each row read whole, by its columns; a later
  log's new row in the log's shorthand, due the month a decision asked for its report, is that decision's row;
* members asked to check their interest forms, who "did this at the meeting": done, not outstanding.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.action_logs import log_rows
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

pytestmark = pytest.mark.real_model

FIXTURES = REPO / "tests" / "fixtures" / "held-over-24d"
PAPERS = sorted(FIXTURES.iterdir())
LOG_LATER = FIXTURES / "selcombe-district-council-communities-committee-2031-06-10.txt"


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in PAPERS}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


def test_a_space_aligned_log_is_read_by_its_columns() -> None:
    (meeting,) = parse_file(LOG_LATER).meetings
    rows = {r.ref: r for r in log_rows(meeting)}
    assert set(rows) == {"30/11", "31/04"}, rows
    survey = rows["30/11"]
    assert survey.text == "Survey of community hall bookings across the district", survey
    assert survey.owner == "Community Services Manager" and survey.due == "July 2031", survey
    assert survey.status == "Delayed - results being checked", survey
    assert rows["31/04"].due == "October 2031" and rows["31/04"].status == "Scheduled", rows["31/04"]


@pytest.mark.parametrize("question", [
    "brookhurst bus shelter - they put it off in jan, who got the job in the end?",
    "brookhurst's market square bus shelter was postponed - what did they decide eventually?",
])
def test_an_item_put_off_is_answered_with_what_settled_it(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert answer.found, answer.answer
    assert "Halden Street Furniture" in answer.answer, answer.answer
    cited = {(str(c.meeting_date), c.minute) for c in answer.citations}
    assert {("2031-01-13", "43"), ("2031-02-10", "53")} <= cited, cited


def test_a_later_logs_row_due_when_the_report_was_asked_is_its_status(opened: Minutebook) -> None:
    answer = opened.ask("selcombe library volunteers progress report - where's that at?")
    assert answer.status == ActionStatus.SCHEDULED, answer.answer
    assert any(c.minute == "23" and "October 2031" in (c.quote or "") for c in answer.citations), answer.answer


def test_a_delayed_rows_owner_and_new_date(opened: Minutebook) -> None:
    answer = opened.ask("selcombe community hall bookings survey - done yet?")
    # past the date its minute first gave, its row saying it slipped ("Delayed - results being checked"): overdue, as
    # a tracker's delayed row is read, with the owner and the date the row now gives
    assert answer.status == ActionStatus.OVERDUE, answer.answer
    assert "July 2031" in answer.answer and "Community Services Manager" in answer.answer, answer.answer


def test_an_ask_met_at_the_meeting_is_done(opened: Minutebook) -> None:
    answer = opened.ask("brookhurst councillors were meant to go over their register of interests forms - did they?")
    assert answer.found and answer.status == ActionStatus.COMPLETED, answer.answer
    assert "did this at the meeting" in answer.answer, answer.answer
