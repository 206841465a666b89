"""Follow-ups asked across meetings as people ask them: a space-aligned action log whose heading prints its short
column names closer than its rows' cells ("No.  Action" over "B1   Review of ..."), a row done by a minute
("Completed (minute 33)"), a report asked after where a further report was asked under the same subject, a matter
put off at one meeting asked after in everyday words ("got put off in May - what happened", "got bumped - did they
come to the next one"), and everyday words for a change and for a member's replacement.

The papers (tests/fixtures/followups-26d/) are a fictional fire authority's two meetings, a district council
licensing committee's two meetings and a parish council's meeting, written for the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.embedder import Embedder
from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from tests.conftest import answered, papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "followups-26d"
FIRE = sorted(PAPERS.glob("dunholme-*.txt"))


def test_a_log_whose_heading_runs_two_short_names_together_is_read_by_its_columns() -> None:
    logged = {a.text: a for a in track([parse_file(p) for p in FIRE]) if "/log-" in a.id}
    assert set(logged) == {"Review of smoke alarm fitting contract", "Report on retained crew pay at Kirkhaven",
                           "Feasibility of a joint control room", "Banded pay scheme report, Kirkhaven"}
    pay = logged["Report on retained crew pay at Kirkhaven"]
    assert pay.owner == "DCFO"
    assert pay.status == ActionStatus.COMPLETED  # "Completed (minute 33)"
    assert logged["Feasibility of a joint control room"].status == ActionStatus.OUTSTANDING


def test_a_table_of_decisions_is_no_log_for_its_two_word_column_names(tmp_path: Path) -> None:
    paper = tmp_path / "ashby-fenton-district-council-planning-committee-2031-07-01.txt"
    paper.write_text(
        "ASHBY FENTON DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\nMinutes of the meeting held in the Council Chamber "
        "on Tuesday 1 July 2031 at 6.00 pm\n\nPresent: Councillors K. Waller (Chair) and M. Oakes\n\n"
        "PC/31/20  PLANNING APPLICATIONS\n"
        "Reference     Officer recommendation      Committee decision\n"
        "31/0101/FUL   Approve                     Approved\n"
        "31/0107/HOU   Refuse                      Deferred for a site visit\n"
        "RESOLVED: That the applications be determined as set out above.\n")
    assert not [a for a in track([parse_file(paper)]) if "/log-" in a.id]


@pytest.fixture(scope="module")
def minutebook(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Any]:
    papers = {p.name: p.read_text() for p in PAPERS.glob("*.txt")}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.real_model
def test_a_log_row_is_where_its_matter_stands(minutebook: Any) -> None:
    answer = answered(minutebook, "the joint control room feasibility - where have we got to", said=["March 2032"])
    assert answer.status == ActionStatus.OUTSTANDING


@pytest.mark.real_model
def test_the_report_asked_after_is_the_logged_one_not_the_further_report_asked_under_it(minutebook: Any) -> None:
    answer = answered(minutebook, "did the kirkhaven retained pay report ever come to the authority",
                      said=["Completed (minute 33)", "4,310 hours"])
    assert answer.status == ActionStatus.COMPLETED


@pytest.mark.real_model
def test_a_matter_put_off_is_answered_from_the_meeting_that_took_it_up(minutebook: Any) -> None:
    answer = answered(minutebook, "the high street food van got put off in may - what happened to it",
                      said=["consent be granted"])
    assert answer.status == ActionStatus.COMPLETED
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2031-06-03"}


@pytest.mark.real_model
def test_figures_put_off_are_quoted_with_their_figure(minutebook: Any) -> None:
    answer = answered(minutebook, "taxi compliance figures that got bumped, were they taken at the next meeting",
                      said=["212 vehicle inspections"])
    assert answer.status == ActionStatus.COMPLETED


@pytest.mark.real_model
def test_a_change_asked_as_a_tweak_and_a_member_replaced_asked_as_replacing(minutebook: Any) -> None:
    answered(minutebook, "thornby: the allotment rules tweak - who was it going to", said=["Allotment Association"])
    answered(minutebook, "thornby pc - cllr keane is quitting, who's replacing", said=["Price"])
