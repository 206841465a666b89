"""Answerable questions that were refused (class 28c): what became of a matter put to a body, asked in everyday words
("fate of", "outcome for", "- response?", "went to cabinet", "once it reached"); a body named by the street its
headquarters stand in, printed only in its minutes' header; a word asked in another form than the papers print it
("buses", "bus"; "signs", "signage"); initials typed in capitals that the minutes spell out in lower case ("HMOs",
"LSAs"), and a kind named by the name before it in lower case ("the Castle ward"). Each has a twin the papers do not
answer, which is still refused.

Papers in tests/fixtures/refused-answerable-28c/ (a district council's cabinet, June 2033; a fire authority's budget
meeting, February 2033, at its headquarters in Foundry Lane; a Scottish council's education committee, September
2033), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "refused-answerable-28c"


papers = papers_fixture(PAPERS)


def test_what_a_body_did_with_a_review_put_to_it(papers: Minutebook) -> None:
    answered(papers, "the select committee's loneliness review went to cabinet - response?", ["welcomes the review"])
    answered(papers, "fate of the social isolation review once it reached harlowmere cabinet", ["accepts"])
    answered(papers, "how did cabinet respond to the older residents loneliness review", ["welcomes the review"])
    # a review the papers never mention is still not found
    assert not papers.ask("the library opening hours review went to cabinet - response?").found


def test_an_outcome_asked_of_a_matter(papers: Minutebook) -> None:
    # "buses" asked, "bus" printed (another form of the word, which the item holds)
    answered(papers, "outcome for the glenlyon school buses?", ["retender"])
    answered(papers, "what became of the twinning association's french signs request", ["declined"])
    answered(papers, "outcome for the community transport minibuses at harlowmere cabinet", ["electric minibuses"])
    assert not papers.ask("outcome for the glenlyon swimming pool at the education committee?").found


def test_a_body_named_by_the_street_it_sits_in(papers: Minutebook) -> None:
    answered(papers, "the foundry lane fire lot - band d council tax for 33/34 agreed at?", ["£88.47"])
    answered(papers, "foundry lane fire authority - net revenue budget agreed for 33/34?", ["£28,310,000"])
    answered(papers, "was the kelling recruitment drive agreed by the foundry lane lot", ["on-call firefighters"])
    # what it did not decide there is not found
    assert not papers.ask("the foundry lane fire lot - what did they agree about the new aerial ladder?").found


def test_initials_typed_in_capitals_spelt_out_in_lower_case(papers: Minutebook) -> None:
    answered(papers, "did harlowmere cabinet go for licensing HMOs - which ward", ["Castle"])
    answered(papers, "strathmoray - which ward should the new LSAs prioritise", ["Northgate"])
    # initials the papers spell out nowhere are not taken for another thing's words
    assert not papers.ask("strathmoray - which ward should the new EPOs prioritise").found
