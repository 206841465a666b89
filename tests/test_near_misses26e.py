"""Near misses and the next meeting (class 26e): a figure asked of one kind of a thing, met by the figure of the thing
itself; what a body said when something happened; a decision made in numbered parts, followed across meetings; the
next meeting asked as people ask it; a meeting named by a day without its year that the body never met on. Each
refusal has a twin the papers do answer.

Papers in tests/fixtures/near-misses-26e/ (a district council's communities committee, February and March 2033),
written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "near-misses-26e"


papers = papers_fixture(PAPERS)


def test_a_count_of_one_kind_of_a_thing(papers: Minutebook) -> None:
    # the Tanner Street row counts homes, not affordable ones; Mill Yard's affordable share is printed
    assert not papers.ask("pellbrook: how many affordable homes does the tanner street depot scheme have").found
    answered(papers, "pellbrook: how many affordable homes at the mill yard scheme", ["18 homes"])


def test_a_sum_of_one_kind_of_a_thing(papers: Minutebook) -> None:
    # only the deck's replacement is costed; a temporary footbridge's costs are still to be reported
    assert not papers.ask("pellbrook communities - what's the estimate for a temporary footbridge at halton lane").found
    answered(papers, "pellbrook communities - how much will replacing the halton lane footbridge deck cost",
             ["£340,000"])


def test_what_a_body_said_when_something_happened(papers: Minutebook) -> None:
    answered(papers, "pellbrook communities march 2033 - what did the committee say when the head of finance handed "
                     "in his notice?", ["tendered his resignation", "thanks"])


def test_a_decision_in_numbered_parts_across_meetings(papers: Minutebook) -> None:
    answered(papers, "pellbrook community minibus - how did the committee get from february to march on buying it",
             ["1 June 2033", "£38,500"])


def test_next_meeting_asked_as_people_ask_it(papers: Minutebook) -> None:
    answered(papers, "pellbrook communities meets again when", ["12 April 2033"])
    answered(papers, "where's the next pellbrook communities committee meeting and when",
             ["12 April 2033", "Ashcombe Community Centre"])


def test_a_meeting_named_by_a_day_the_body_never_met_on(papers: Minutebook) -> None:
    answer = papers.ask("pellbrook communities committee 12 april - what was decided on the footbridge")
    assert not answer.found and "No meeting" in answer.answer
    answered(papers, "pellbrook communities committee 8 march - what was decided on the footbridge", ["remain closed"])
