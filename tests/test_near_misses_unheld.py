"""Near misses the papers do not answer are refused, and their twins that the papers do answer are answered.

- a body named with a place the papers print but hold no council of ("the lowland police and crime panel": the
  papers hold Kessock Vale's panel, and "Lowland" only in another council's minutes);
- what was done at an event the papers announce for a later date ("did the panel confirm the new chief constable at
  the june 2025 hearing": the March minutes say only that the hearing would be held);
- a figure asked of a year still to come, where the papers give this year's, or one holding until the year begins
  ("what's the precept going to be for 2026/27", "the £1 cap until 31 March 2026");
- what a review came up with, where the action log's status says it is still open;
- when an outside body approved something, where the papers say its decision is expected;
- what a numbered case is for, where the papers give only its reference and "No Call-in";
- a decision on one case asked by what befell it ("the driver whose licence was reviewed"), where the papers give a
  rule for every driver (the case itself decided in private).

Papers in tests/fixtures/near-misses13aq/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "near-misses13aq"


papers = papers_fixture(PAPERS)


def test_a_body_named_by_a_place_whose_papers_are_not_held(papers: Minutebook) -> None:
    answer = papers.ask("who sent apologies to the lowland police and crime panel in march 2025?")
    assert not answer.found and "Lowland Police And Crime Panel" in answer.answer
    answer = papers.ask("who sent apologies to the kessock vale police and crime panel in march 2025?")
    assert answer.found and "S. Fraser" in answer.answer
    # a place its own papers print (a council sending members to it) is no other panel
    answer = papers.ask("who sent apologies to the dunmore police and crime panel in march 2025?")
    assert answer.found and "R. Gow" in answer.answer


def test_what_was_done_at_an_event_still_to_come(papers: Minutebook) -> None:
    answer = papers.ask("did the kessock vale panel confirm the new chief constable at the june 2025 hearing?")
    assert not answer.found
    answer = papers.ask("when is the kessock vale panel holding the confirmation hearing for the new chief constable?")
    assert answer.found and "12 June 2025" in answer.answer


def test_a_figure_of_a_year_to_come(papers: Minutebook) -> None:
    answer = papers.ask("what's the kessock vale police precept going to be for 2026/27?")
    assert not answer.found and "when it is asked" in answer.answer
    answer = papers.ask("what was the kessock vale band d precept for 2025/26?")
    assert answer.found and "£248.60" in answer.answer
    answer = papers.ask("east carrick transport - whats the young persons fare cap going to be in 2026/27")
    assert not answer.found  # "£1 ... until 31 March 2026", options for 2026/27 to come
    answer = papers.ask("what will the band d precept be for 2026/27 at the kessock vale panel?")
    assert not answer.found
    answer = papers.ask("east carrick transport - whats the adult bus fare cap going to be in 2026/27")
    assert answer.found and "£2.50" in answer.answer


def test_what_a_review_still_open_came_up_with(papers: Minutebook) -> None:
    answer = papers.ask("hollin moor trust board - what did the patient transport contract review come up with")
    assert not answer.found and "still to come" in answer.answer
    answer = papers.ask("hollin moor trust board - what did the discharge letters audit find")
    assert answer.found and "92%" in answer.answer


def test_when_an_approval_still_expected_was_given(papers: Minutebook) -> None:
    answer = papers.ask("when did the department for transport approve carrick parkway station?")
    assert not answer.found and "still to come" in answer.answer
    answer = papers.ask("when was the carrick parkway station business case approved by the department for transport?")
    assert not answer.found
    answer = papers.ask("when did the department for transport approve the business case for the ormsby interchange?")
    assert answer.found and "Ormsby Interchange" in answer.answer


def test_what_a_case_is_where_only_its_reference_is_printed(papers: Minutebook) -> None:
    answer = papers.ask("glenmorris planning committee - what is application 25/0142/CP actually for?")
    assert not answer.found and "not what it is" in answer.answer
    answer = papers.ask("glenmorris planning committee - what's 25/0143/CP about?")
    assert answer.found and "farm machinery shed" in answer.answer
    answer = papers.ask("was 25/0142/CP called in by glenmorris planning?")
    assert answer.found and "No Call-in" in answer.answer


def test_a_decision_on_one_case_is_not_a_rule_for_all(papers: Minutebook) -> None:
    answer = papers.ask("what did brackwater licensing decide on the driver whose private hire licence was reviewed?")
    assert not answer.found and "one driver" in answer.answer
    answer = papers.ask("brackwater licensing - what happened to the driver whose private hire licence was reviewed?")
    assert not answer.found
    answer = papers.ask("what did brackwater licensing decide on the trader who applied for a street trading consent "
                        "in market square?")
    assert answer.found and "granted for twelve months" in answer.answer
    answer = papers.ask("what did brackwater licensing decide about safeguarding training for drivers?")
    assert answer.found and "refresher" in answer.answer
