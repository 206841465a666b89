"""Near misses (class 29e): questions the papers come close to answering and do not, each refused for the gap in
what is asked, with a twin the papers do answer.

- how a matter ended ("final decision", "finally chosen", "settle on", "what came out of it"), where the papers hold
  only the step before the end: options put out to consultation, a final plan to come to a later meeting, a review
  that "would come to the May meeting"; a later meeting's decision, or a review's finding, answers;
- a figure as it stood before a change ("before the renewal", "the old rent", "the previous charge"), where the
  papers give only the new level; a sentence giving the change "from £18,000 to £21,500" answers;
- a sum asked by the money it is ("amount of extra cash committed"), where the decision gives "additional financial
  support" and no sum; one printing "£12,000" answers;
- whether a measure was brought in ("have they brought in a 20mph limit", "did they introduce", "have they put in"),
  where the papers record only someone asking for it (a speaker, a petition); a resolution to install answers;
- a comparison with what an earlier month held ("compare with the estimate they had in march"), which asks the
  matter's later item too, not only that month's meeting.

Papers in tests/fixtures/near-misses-29e/ (a Scottish-style housing committee's two meetings as markdown; a fire
authority, a parish council and a town council's two meetings as plain text), written for these tests, ingested
with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "near-misses-29e"


papers = papers_fixture(PAPERS)


def test_how_a_matter_ended_where_only_the_step_before_is_recorded(papers: Minutebook) -> None:
    # rents went out to consultation on three options; the permit charge did too, and November's meeting set it
    answer = papers.ask("thornbury vale tenants rent rise - which % was finally chosen")
    assert not answer.found and "later step" in answer.answer
    assert not papers.ask("what rent increase did thornbury vale settle on for 2035/36").found
    assert not papers.ask("council house rents 2035/36 - final decision?").found
    answered(papers, "garden waste permit charge - final decision?", ["£45"])
    answered(papers, "garden waste permit - how much did they finally set it at", ["£45"])
    # a final plan to come to July, after a consultation whose respondents "supported" the change
    assert not papers.ask("low moss station crewing change - final decision by kelderby fire?").found
    assert not papers.ask("what did kelderby fire eventually decide on the low moss crewing").found
    # a review said in matters arising to come to the May meeting; another review's finding is printed
    assert not papers.ask("kelderby special service charges review - what came out of it").found
    assert not papers.ask("what came of that review of special service charges at kelderby").found
    answered(papers, "kelderby grounds maintenance contract review - what came out of it", ["good value"])


def test_a_figure_before_a_change_where_only_the_new_one_is_given(papers: Minutebook) -> None:
    answer = papers.ask("what were they paying for kirkton road depot before the renewal")
    assert not answer.found and "before" in answer.answer
    assert not papers.ask("what was the old rent on the kirkton road depot").found
    assert not papers.ask("what was the previous hall hire charge at ashby magna").found
    answered(papers, "how much rent was the harbour store before the renewal", ["£18,000"])
    answered(papers, "how much was the harbour store rent before it was renewed", ["£18,000"])


def test_a_sum_asked_by_the_money_it_is(papers: Minutebook) -> None:
    answer = papers.ask("thornbury befriending scheme: amount of extra cash committed")
    assert not answer.found and "sum" in answer.answer
    assert not papers.ask("how much extra cash went to the befriending scheme").found
    answered(papers, "thornbury warm spaces: amount of extra cash committed", ["£12,000"])
    answered(papers, "how much extra cash went to the warm spaces", ["£12,000"])


def test_a_measure_asked_of_the_body_is_not_one_brought_in(papers: Minutebook) -> None:
    answer = papers.ask("ashby magna - have they brought in a 20mph limit on hollow lane")
    assert not answer.found and "still to come" in answer.answer
    assert not papers.ask("did ashby magna parish council introduce a 20 mph limit on hollow lane").found
    assert not papers.ask("have they put in a pedestrian crossing on station road ashby magna").found
    answered(papers, "have they put in the speed indicator device on mill road", ["Mill Road"])
    # when it was put in is a date asked, not whether
    answered(papers, "when did ashby magna put in the speed indicator device on mill road", ["1 June 2034"])


def test_a_comparison_with_an_earlier_month_asks_the_later_item_too(papers: Minutebook) -> None:
    # March's estimate and May's tenders: the month names what the tenders are compared against, not the meeting asked
    for question in ("dunmore pavilion rebuild - how did the tenders compare with the estimate they had in march",
                     "dunmore pavilion - how did the winning tender compare to the cost estimated back in march",
                     "pavilion rebuild at dunmore: tenders vs the march estimate"):
        answer = answered(papers, question)
        dates = {c.meeting_date.isoformat() for c in answer.citations}
        assert {"2034-03-20", "2034-05-15"} <= dates, (question, answer.answer)
    # a month asked of the meeting itself still asks that meeting's item first
    answer = answered(papers, "what was the estimated cost of the dunmore pavilion rebuild in march", ["£240,000"])
    assert answer.citations[0].meeting_date.isoformat() == "2034-03-20"
