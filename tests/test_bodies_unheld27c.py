"""Near misses where the body asked of holds no meeting in the papers (class 27c): a council's full meeting asked of
where its papers are a committee's, which recommended or referred the matter up; a committee asked of, called "the
X lot" as chat calls it, that the council's papers only refer a matter to; and a council whose papers are not held,
named by a word no paper prints. Each refusal has a twin the papers do answer.

Papers in tests/fixtures/bodies-unheld-27c/ (a district council's environment committee, February and April 2033, and
a town council's full council, March 2033), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "bodies-unheld-27c"


papers = papers_fixture(PAPERS)


def test_the_full_council_asked_where_only_its_committee_met(papers: Minutebook) -> None:
    # the committee recommended the charge to the council; the council's decision is not in the papers
    answer = papers.ask("has dunmarsh full council agreed the new garden waste charge")
    assert not answer.found and "full council" in answer.answer
    assert not papers.ask("what garden waste price did the full council at dunmarsh go for").found
    # what the committee itself said, and where the matter went, the papers hold
    answered(papers, "what did dunmarsh's environment committee recommend for the garden waste charge", ["£48"])
    answered(papers, "dunmarsh garden waste charge - did it go to full council", ["TO COUNCIL", "£48"])


def test_the_full_council_decision_reported_by_its_committee(papers: Minutebook) -> None:
    # the committee's later minutes report what the council decided
    answered(papers, "did dunmarsh full council approve the street trading fee", ["£620"])


def test_the_full_council_asked_where_it_met(papers: Minutebook) -> None:
    answered(papers, "what did kettleby full council set the precept at", ["£212,400"])


def test_a_committee_called_the_lot_that_a_matter_was_only_referred_to(papers: Minutebook) -> None:
    assert not papers.ask("what did the planning and highways lot at kettleby decide about the bus shelters").found
    answered(papers, "what happened to the kettleby bus shelters motion", ["Fenton Road"])


def test_a_council_whose_papers_are_not_held(papers: Minutebook) -> None:
    answer = papers.ask("what did brantingham cross parish council agree on their precept")
    assert not answer.found and "Brantingham" in answer.answer
    answered(papers, "what did kettleby town council agree on their precept", ["£212,400"])


def test_a_day_the_committee_never_met_asked_as_people_ask_it(papers: Minutebook) -> None:
    # 10 January is printed only as the date of earlier minutes approved, whose meeting's papers are not held
    answer = papers.ask("what got agreed at the dunmarsh environment committee back on 10 jan")
    assert not answer.found and "No meeting" in answer.answer
    answered(papers, "what got agreed at the dunmarsh environment committee back on 14 feb", ["litter bins"])


def test_the_result_of_an_item_known_only_from_its_declarations(papers: Minutebook) -> None:
    # the minutes print who declared on item 14, not the item's business
    answer = papers.ask("kettleby - that item 14 where pennick and tolley declared - what was the result")
    assert not answer.found
    answered(papers, "kettleby - that item 14, who declared an interest", ["Pennick", "Tolley"])


def test_a_scheme_asked_for_where_only_proposals_were_asked_for(papers: Minutebook) -> None:
    # proposals were asked for, to come to the next meeting, whose minutes do not mention them
    assert not papers.ask("which commercial recycling scheme did dunmarsh sign up to").found
    answered(papers, "dunmarsh - what were officers told to bring forward on commercial recycling", ["proposals"])
