"""Near misses answered anyway: the question asks for one specific thing (a sum, an outcome, a paper's contents, what
was said of a report, how an event went) that the item it finds does not give, though it names the subject. Each is
refused, saying what the papers do hold, and each has a twin the papers do answer.

- what a panel said of a report its work programme only schedules ("be agreed, with the annual report of the ...
  Board scheduled for May"), the report's body read as part of the matter, not as a meeting;
- what is in a plan a board asked to be presented later ("agreed that a ... plan with the acute trusts be presented
  in June"), asked with more words after the plan's name, or one reported as being drawn up;
- whether a sum is given for an investment the minutes welcome without one;
- whether a bid was successful at a hearing whose minutes stop before the outcome, with what it was for between;
- an estimate for a temporary bridge where only the permanent work is costed; the size of a loan named in a sentence
  whose sums are all of other things;
- how a site visit went, where the minutes say only that it would be arranged.

Papers in tests/fixtures/unsaid-specifics-22e/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "unsaid-specifics-22e"


papers = papers_fixture(PAPERS)


def test_a_report_the_work_programme_only_schedules(papers: Minutebook) -> None:
    answer = papers.ask("what did thornbury vale's wellbeing scrutiny panel say about the children's partnership "
                        "annual report")
    assert not answer.found and "business for a later meeting" in answer.answer
    assert "scheduled for May" in answer.answer  # where the papers put it
    answer = papers.ask("what did the thornbury vale wellbeing panel say about the youth services annual update")
    assert answer.found and any(c.minute == "16" for c in answer.citations)


def test_a_plans_contents_where_it_is_only_to_be_presented(papers: Minutebook) -> None:
    answer = papers.ask("what's in the winter resilience plan brackenmoor icb agreed")
    assert not answer.found and "still to be prepared" in answer.answer
    answer = papers.ask("what's in the workforce plan at brackenmoor icb")  # a plan in the making
    assert not answer.found and "still to be prepared" in answer.answer
    answer = papers.ask("what's in the community nursing plan brackenmoor icb approved")
    assert answer.found and any(c.minute == "BB/27/042" for c in answer.citations)


def test_whether_a_sum_is_given(papers: Minutebook) -> None:
    answer = papers.ask("the rural broadband investment the hallingford mayor welcomed - is a sum given?")
    assert not answer.found
    answer = papers.ask("the library refurbishment investment hallingford members welcomed - is a sum given?")
    assert answer.found and "£450,000" in answer.answer


def test_a_bids_outcome_at_a_hearing_that_stops_short(papers: Minutebook) -> None:
    answer = papers.ask("was the town council's bid to run a monthly farmers' market with music on the green "
                        "successful at the hallingford licensing hearing")
    assert not answer.found and "not its outcome" in answer.answer
    answer = papers.ask("was the rugby club's bid for a drinks licence at mill lane successful at the hallingford "
                        "licensing hearing")
    assert answer.found and "successful" in answer.answer


def test_a_sum_of_another_thing(papers: Minutebook) -> None:
    answer = papers.ask("hallingford town council - what's the estimate for a temporary footbridge")
    assert not answer.found and "£84,000" not in answer.answer
    answer = papers.ask("hallingford town council - what's the estimate for resurfacing the kingsmead footpath")
    assert answer.found and "£84,000" in answer.answer
    answer = papers.ask("how big a pwlb loan is hallingford town council taking out for the riverside pavilion")
    assert not answer.found and "no sum" in answer.answer
    answer = papers.ask("how much is hallingford town council taking from its earmarked reserve for the riverside "
                        "pavilion")
    assert answer.found and "£12,000" in answer.answer


def test_how_a_visit_went_that_is_still_to_be_arranged(papers: Minutebook) -> None:
    answer = papers.ask("how did hallingford councillors' site visit to ashgrove mill go")
    assert not answer.found and "still to come" in answer.answer
    answer = papers.ask("how did hallingford councillors' site visit to kettle lane farm go")
    assert answer.found and "too narrow" in answer.answer
