"""Near misses and follow-ups (class 30e): a decision asked of a matter that never came to one, a sum the papers do
not give, and where a follow-up stands when it is asked in everyday words or logged in everyday forms.

- a decision asked of a matter withdrawn from the agenda ("what did the committee decide", "were they approved"), or
  of a hearing that could not proceed once the panel was inquorate ("was the candidate backed"), or asked of a
  meeting it was put off to that the papers do not hold ("was it agreed in may"): refused; what happened to it, why it
  was adjourned, a decision of the deferring meeting itself, and a decided twin are answered;
- a sum asked by its money noun alone after the matter ("harbour wall scheme total cost estimate"), where the
  papers give the matter's step and no sum: refused; a matter costed answers;
- where a follow-up stands, asked in everyday words: "who's meant to be sorting that" (an ask still open), "open
  again now?" (a facility reopened), "were the DOI forms reviewed on the night" (done at the meeting; DOI the
  register's shorthand);
- an action log whose row prints an initialism the question writes out ("ASB", asked "anti-social behaviour" or
  "asb"), with a RAG status ("Red"): the row and its status (a capitals token is written out only where its
  letters are the words' initials: "CAB", the Citizens Advice Bureau, is no cabinet);
- an everyday thing named by a body's noun ("filing cabinet", "solar panels", "notice board") read as the thing, not
  as a body the papers hold no meetings of; and a log's later row giving the action a new due date still to come
  (taken over by the Clerk): open, not overdue by its first date.

Papers in tests/fixtures/near-misses-30e/ (a parish council's two meetings as text extracted from PDF, a Scottish
council's committee as markdown, a borough's planning committee and a county cabinet as HTML, a police and crime
panel as markdown), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.model import ActionStatus
from minutebook.vocabulary import initials_written
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "near-misses-30e"


papers = papers_fixture(PAPERS)

OPEN = (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


def test_a_decision_asked_of_a_matter_withdrawn_from_the_agenda(papers: Minutebook) -> None:
    answer = papers.ask("ashcombe rugby club floodlights - what did the committee decide")
    assert not answer.found and "no decision" in answer.answer
    assert not papers.ask("did ashcombe planning approve the rugby club floodlights").found
    assert not papers.ask("rugby club floodlights at ashcombe, were they approved?").found
    # whether it was withdrawn is answered; a decided application is answered with its decision
    answered(papers, "ashcombe rugby club floodlights application - was it withdrawn", ["withdrawn"])
    answered(papers, "was the ashcombe rugby club floodlights application taken off the agenda", ["withdrawn"])
    answered(papers, "what happened to the ashcombe rugby club floodlights", ["withdrawn"])
    answered(papers, "ashcombe scout hut extension on fern road - what did the committee decide", ["GRANTED"])


def test_a_decision_asked_of_a_hearing_that_could_not_proceed(papers: Minutebook) -> None:
    answer = papers.ask("westmarch chief constable confirmation hearing - was the candidate backed")
    assert not answer.found and "no decision" in answer.answer
    assert not papers.ask("did the westmarch panel endorse the chief constable candidate").found
    assert not papers.ask("was the new chief constable confirmed by the westmarch police and crime panel").found
    # why it stopped is answered
    answered(papers, "why was the westmarch chief constable confirmation hearing adjourned", ["quorate"])


def test_a_decision_asked_of_the_meeting_it_was_put_off_to(papers: Minutebook) -> None:
    assert not papers.ask("tarnwell eastgate library closure, was it agreed in may").found
    assert not papers.ask("did tarnwell cabinet agree the closure of eastgate library at the may meeting").found
    assert not papers.ask("eastgate library closure - approved by tarnwell in may 2035?").found
    # what the deferring meeting did is answered: its decision was to defer
    answered(papers, "eastgate library closure - what did tarnwell cabinet decide", ["Deferred"])
    answered(papers, "eastgate library closure - what happened at tarnwell cabinet in march", ["Deferred"])
    answered(papers, "eastgate library closure - was it deferred", ["Deferred"])


def test_a_sum_asked_by_its_money_noun_alone(papers: Minutebook) -> None:
    assert not papers.ask("tarnwell harbour wall scheme total cost estimate").found
    assert not papers.ask("tarnwell harbour wall scheme - estimated cost?").found
    assert not papers.ask("harbour wall scheme at tarnwell, overall cost").found
    answered(papers, "tarnwell seafront shelter repairs total cost estimate", ["£48,500"])


def test_who_is_meant_to_be_doing_an_ask_still_open(papers: Minutebook) -> None:
    for question in ("hollinbrook cemetery gate, who's meant to be sorting that",
                     "who is supposed to be looking at the cemetery gate at hollinbrook",
                     "cemetery gate hinges in hollinbrook - who's due to be sorting them"):
        answer = answered(papers, question, ["Pellow"])
        assert answer.status == ActionStatus.OUTSTANDING, (question, answer.answer)


def test_a_facility_asked_whether_open_again(papers: Minutebook) -> None:
    for question in ("hollinbrook riverside loos, open again now?",
                     "are the riverside toilets at hollinbrook open again",
                     "riverside toilets in hollinbrook - reopened yet?"):
        answer = answered(papers, question, ["3 March 2035"])
        assert answer.status == ActionStatus.COMPLETED, (question, answer.answer)
    # one still closed is not done
    answer = papers.ask("hollinbrook mill lane footpath, open again now?")
    assert answer.status != ActionStatus.COMPLETED, answer.answer


def test_forms_gone_over_at_the_meeting(papers: Minutebook) -> None:
    for question in ("hollinbrook may 2035: were the DOI forms reviewed on the night, updates required?",
                     "were the register of interests forms checked at the hollinbrook may 2035 meeting",
                     "hollinbrook annual meeting 2035 - were the declarations of interest forms reviewed?"):
        answer = answered(papers, question, ["no changes"])
        assert answer.status == ActionStatus.COMPLETED, (question, answer.answer)


def test_an_action_log_row_printing_an_initialism(papers: Minutebook) -> None:
    for question in ("dunmere ASB hotspots update - still overdue?",
                     "dunmere anti-social behaviour hotspots in eastfield update - where does it stand",
                     "is the asb hotspots update for eastfield overdue at dunmere"):
        answer = answered(papers, question, ["Red"])
        assert answer.status in OPEN, (question, answer.answer)


def test_an_everyday_thing_named_by_a_bodys_noun(papers: Minutebook) -> None:
    for question in ("hollinbrook filing cabinet for the parish office - quotes sorted yet?",
                     "hollinbrook solar panels on the pavilion roof - quotes sorted yet?",
                     "who is getting quotes for the hollinbrook filing cabinet"):
        answer = answered(papers, question, ["Open"], unsaid=["no meetings of"])
        assert answer.status in OPEN, (question, answer.answer)
    # taken over by the Clerk and due again in August, after its first due date in April: open, not overdue
    answer = papers.ask("hollinbrook filing cabinet for the parish office - quotes sorted yet?")
    assert answer.status == ActionStatus.OUTSTANDING and "August 2035" in answer.answer, answer.answer
    # a body the papers hold no meetings of is still refused
    answer = papers.ask("what did the hollinbrook youth board decide about the skate ramp")
    assert not answer.found


def test_capitals_written_out_only_as_initials() -> None:
    assert initials_written("CS3 Update on ASB hotspots") == "CS3 Update on anti-social behaviour hotspots"
    assert initials_written("the PCP met") == "the police and crime panel met"
    assert initials_written("check DOI forms") == "check declarations of interest forms"
    # clippings the shorthand table knows for other words, printed in capitals for another thing
    assert initials_written("CAB advice sessions in the library") == "CAB advice sessions in the library"
    assert initials_written("HR and payroll") == "HR and payroll"
    assert initials_written("ASN") != "ASN" and initials_written("asn") == "asn"  # lower case: a word of the paper's
