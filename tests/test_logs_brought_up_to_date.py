"""An action log a committee reprints at its next meeting, brought up to date, above its first numbered item
(``fixtures/logs-brought-up-to-date``: a borough parks committee's two meetings in plain text):

* the heading "ACTIONS - POSITION AS AT 18 MARCH 2025", the day its rows stand at after the log's name, opens an
  unnumbered part of the minutes before the first item: not a second meeting's header, nor the attendance's text;
* a cell filled to two spaces short of the next column ("R Okonedo-Lyle  c/f - questionnaire") is two cells, and the
  lines under a row carry on its last cell;
* each row updates the action the earlier log printed under the same reference, and the decision of the minute it
  names: "Closed - letter sent ..." done, "c/f - ..." and "In hand - ..." still to do;
* asked where one stands ("was it ever ...", "what is the current position on ..."), the answer gives that status,
  citing the later log's row;
* where that row is the latest word, what the same meeting's other items say of the matter beside it ("The
  memorial owners item had been moved to the May 2025 meeting", under the work programme) is said too;
* asked whether a decision was carried out ("has the order gone in"), where a log's row keeps it in fewer words than
  the question ("Place order with Slatecraft; agree start date | ... | Open" for the pavilion roof quotation
  accepted), the row read with the decision quoted gives the status;
* asked whether something "ever" happened, the minutes saying it is still going on answer it (not yet), as they
  answer "yet": the question asks whether it has happened at all, not for an outcome the papers lack.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.pending import asks_outcome
from tests.conftest import REPO, papers_minutebook

PAPERS = sorted((REPO / "tests" / "fixtures" / "logs-brought-up-to-date").iterdir())


def test_a_log_above_the_first_item_is_a_part_of_its_own_with_each_row_whole() -> None:
    (meeting,) = parse_file(PAPERS[1]).meetings
    assert [i.number for i in meeting.items][:6] == [None, "PA/25/11", "PA/25/12", "PA/25/13", "PA/25/14", "PA/25/15"]
    log = meeting.items[0]
    assert log.title == "ACTIONS - POSITION AS AT 18 MARCH 2025"
    assert "PA/25/03\tSurvey memorial owners before testing resumes\tR Okonedo-Lyle\t" \
           "c/f - questionnaire out until 30/04/2025" in log.text.split("\n")
    assert "Ref\tAction" not in meeting.header_text
    assert meeting.present == ["Olwen Barraclough", "Dev Anand", "Rhys Pemberton", "Tamsin Hollis", "Keith Marsh"]


def test_each_row_brings_the_earlier_action_up_to_date() -> None:
    register = {(a.minute, a.text.split()[0]): a for a in track([parse_file(p) for p in PAPERS])}
    assert register[("PA/25/02", "ACTION:")].status == ActionStatus.COMPLETED
    assert register[("PA/25/02", "ACTION:")].evidence[-1].meeting_date.isoformat() == "2025-03-18"
    assert register[("PA/25/03", "ACTION:")].status == ActionStatus.OUTSTANDING  # carried forward
    assert register[("PA/25/04", "ACTION:")].status == ActionStatus.OUTSTANDING  # in hand
    logged = [a for a in register.values() if a.minute is None]
    assert {a.text: a.status for a in logged} == {
        "Write to Friends of Queen's Gardens re bandstand": ActionStatus.COMPLETED,
        "Survey memorial owners before testing resumes": ActionStatus.OUTSTANDING,
        "Obtain quotations for Mill Meadow courts": ActionStatus.OUTSTANDING,
        "Report play area inspection results": ActionStatus.COMPLETED,
    }


@pytest.mark.parametrize("question", [
    "what is the current position on the memorial survey at hollins lane",
    "latest update on the mill meadow tennis court quotes?",
    "where does the bandstand letter stand",
])
def test_where_a_matter_stands_is_asked_as_a_follow_up(question: str) -> None:
    assert Intent.FOLLOWUP in cue_intents(question)


@pytest.mark.parametrize("question", [
    "what is the council's position on the new cemetery",
    "who stood for election in the ward",
])
def test_a_stance_or_a_candidacy_is_no_follow_up(question: str) -> None:
    assert Intent.FOLLOWUP not in cue_intents(question)


def test_ever_asks_whether_it_has_happened_as_yet_does() -> None:
    assert asks_outcome("did the fund's parks review get finished?")
    assert not asks_outcome("did the fund's parks review ever get finished?")
    assert not asks_outcome("did the fund's parks review get finished yet?")


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {p.name: p.read_text(encoding="utf-8") for p in PAPERS}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "status", "said"), [
    ("were the friends of queen's gardens ever written to about the bandstand?",
     ActionStatus.COMPLETED, "Closed - letter sent 3 February 2025"),
    ("What is the current position on the memorial owners survey?", ActionStatus.OUTSTANDING,
     "c/f - questionnaire out until 30/04/2025"),
])
def test_where_it_stands_is_the_later_logs_row(opened: Minutebook, question: str, status: ActionStatus,
                                               said: str) -> None:
    answer = opened.ask(question)
    assert answer.status == status
    assert said in answer.answer
    assert any(c.meeting_date.isoformat() == "2025-03-18" and said in " ".join(c.quote.split())
               for c in answer.citations)


def test_ever_is_answered_by_still_ongoing(opened: Minutebook) -> None:
    answer = opened.ask("wrenfield parks - did the lottery fund's parks programme review ever get finished?")
    assert answer.found and answer.status == ActionStatus.OUTSTANDING
    assert "still ongoing" in answer.answer


def test_a_rows_status_stands_beside_the_decision_it_carries_out(opened: Minutebook) -> None:
    answer = opened.ask("has the order for the beck side pavilion roof gone in to slatecraft?")
    assert answer.found and answer.status == ActionStatus.OUTSTANDING
    assert any("Place order with Slatecraft" in c.quote for c in answer.citations)


def test_what_the_later_meeting_says_beside_the_row_is_said_too(opened: Minutebook) -> None:
    answer = opened.ask("wrenfield parks and amenities - did they ever sort the memorial owners survey")
    assert answer.status == ActionStatus.OUTSTANDING
    assert "c/f - questionnaire out until 30/04/2025" in answer.answer
    assert "moved to the May 2025 meeting" in answer.answer
    assert any(c.minute == "PA/25/16" for c in answer.citations)


def test_a_row_pointing_to_the_minute_that_did_it_is_answered_with_that_minute(opened: Minutebook) -> None:
    answer = opened.ask("wrenfield parks and amenities - did they ever get the play area inspection results?")
    assert answer.status == ActionStatus.COMPLETED
    assert "Complete - see PA/25/17" in answer.answer and "Fourteen of the sixteen play areas" in answer.answer
    assert any(c.minute == "PA/25/17" for c in answer.citations)
