"""Near misses answered (class 31d): the question asks for something the papers do not give, and a related passage
stands beside it. Each is refused with a line on what the papers do say; the answerable twin beside it is answered.

- the names behind a count ("which town councils are still to send in their returns? need the list"), where the
  minutes count them ("responses still awaited from the 11 town councils listed in the report", "leaving eight
  councils yet to reply", "Eleven schools had yet to sign up") or speak of them as a whole ("write again to the
  councils that had not replied"): refused; ones the minutes name ("returns had been received from Ashwick, Brundell
  and Corley town councils", "The following schools had not yet signed up: ..."), asked of the state they are named
  in, are answered;
- what is left in a fund after a draw on it ("how much is left in general reserves after the budget draw"), where the
  papers give only the sum drawn ("£18,200 be drawn from general reserves", "the use of £9,000 from balances"): the
  fund's name is no balance; a balance ("the balance remaining ... was £2,340") or a fund's level ("the play area
  reserve stood at £41,500") answers;
- what a paper said that the minutes record only as asked for ("requested a written briefing on cyber fraud reporting",
  "asked for a report on the condition of the bandstand") or as sent out (a log's "Completed - circulated 2 May"):
  refused; whether it went out, and a briefing whose content the minutes give ("The briefing set out that ..."), are
  answered;
- which supplier, company or contractor was picked, where the papers say only that a contract started (the choice
  being exempt): refused; a contract awarded to a named firm answers;
- what a review found, where an action log holds it open ("Open – due July 2038") with other rows "Closed" above and
  below it (the log quoted with the minutes' approval): refused; how it stands, and an audit whose finding is
  minuted, are answered.

Papers in tests/fixtures/unsaid-near-misses-31d/ (a parish council and a drainage board as text extracted from PDF, a
health scrutiny committee's log aligned with spaces, a town council's finance committee, a schools forum and an ICB
board as markdown, a standards committee and a police and crime panel as HTML), written for these tests, ingested
with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "unsaid-near-misses-31d"


papers = papers_fixture(PAPERS)


def refused(papers: Minutebook, question: str, said: str) -> None:
    answer = papers.ask(question)
    assert not answer.found, (question, answer.answer)
    assert said in answer.answer, (question, answer.answer)


def test_names_behind_a_count(papers: Minutebook) -> None:
    refused(papers, "which town councils are still to send in their compliance returns? need the list", "name")
    refused(papers, "which councils haven't sent their annual compliance returns to fellmoor yet", "name")
    refused(papers, "fellmoor standards - list the town councils that have not replied", "name")
    refused(papers, "which schools still haven't signed up to kenwick's catering buyback scheme? need names",
            "count them but do not name them")
    refused(papers, "which schools have yet to sign up to the catering buyback scheme", "name")
    # ones the minutes name, asked of the state they are named in, are answered
    answered(papers, "which town councils had returned their compliance returns since the agenda was published",
             ["Ashwick", "Corley"])
    answered(papers, "which schools have not signed up to the energy purchasing scheme", ["Ferngate", "Larkspur"])
    answered(papers, "which town councils had training sessions in january", ["Penhallow"])


def test_what_is_left_after_a_draw_on_a_fund(papers: Minutebook) -> None:
    refused(papers, "quillford - how much is left in general reserves after the budget draw?", "what is left")
    refused(papers, "what's the balance of the general reserve at quillford once the £18,200 is taken out",
            "what is left")
    refused(papers, "how much remains in quillford's general reserves after the precept decision", "what is left")
    refused(papers, "how much is left in the orlescote balances after the skate park lighting", "what is left")
    # a balance, or a fund's level, answers; so does the sum drawn, asked as such
    answered(papers, "how much is left in the quillford community grants fund after the awards", ["£2,340"])
    answered(papers, "how much is left in the quillford play area reserve", ["£41,500"])
    answered(papers, "how much was drawn from general reserves at quillford", ["£18,200"])


def test_what_a_paper_asked_for_said(papers: Minutebook) -> None:
    refused(papers, "what did the cyber fraud briefing to the tamarvale panel actually say", "asked for")
    refused(papers, "what did the written briefing on cyber fraud reporting say", "asked for")
    assert not papers.ask("tamarvale pcp - what did the cyber fraud reporting briefing tell members").found
    assert not papers.ask("what did the report on the condition of the quillford bandstand say").found
    assert not papers.ask("what did the bandstand condition report for quillford parish say").found
    # whether it went out, and a briefing whose content is minuted, are answered
    answered(papers, "was the cyber fraud briefing circulated", ["circulated 2 May 2038"])
    answered(papers, "what did the drone use briefing say", ["four drones"])


def test_which_supplier_was_picked(papers: Minutebook) -> None:
    refused(papers, "which gas supplier did the saltings board pick for the depot?", "whom it went to")
    refused(papers, "which supplier was chosen for the depot gas contract at saltings", "whom it went to")
    assert not papers.ask("what energy company did saltings idb go with for the depot gas").found
    # a contract awarded to a named firm answers; so does when the contract began
    answered(papers, "which contractor did the saltings board pick for the old marsh culvert repairs",
             ["Fenbridge Civils Ltd"])
    answered(papers, "when did the new depot gas contract start", ["1 June 2038"])


def test_what_a_review_still_open_found(papers: Minutebook) -> None:
    refused(papers, "carrowdale icb - what did the community diagnostics capacity review find", "still to come")
    refused(papers, "community diagnostics capacity review - what were the findings?", "still to come")
    refused(papers, "what did the review of community diagnostics capacity conclude", "still to come")
    refused(papers, "brantholme health scrutiny - what did the dental access review find", "still to come")
    # how it stands is the log's row; an audit whose finding is minuted answers
    answered(papers, "is the community diagnostics capacity review done yet", ["Open"])
    answered(papers, "what did the stroke pathway audit find", ["82%"])
