"""Near misses: a question names a real topic of the papers and asks one specific thing of it (a date, an outcome, a
count, a sum) that the quotes do not give. Each is refused, and each has a twin the papers do answer.

- a figure of a year to come, where the only sentence naming that year gives a meeting's clock time, not a figure;
- a turnout asked by what people did, where the figure counts helpers;
- a count reached so far, where the papers give only a target (a count reached beside its target answers);
- a date asked by its noun ("what's the completion date"), where the item gives an update and no date;
- a choice of outcomes asked before who and when ("approved or dropped by the councillors on ..."), where a petition
  on the matter records neither;
- a decision asked after naming the members who declared on an item, which the declarations record does not give;
- how a motion's vote went, where only the declarations item names the motion;
- whether the council went ahead after a site visit it deferred the item for;
- a deficit planned for a year to come, where the papers give this year's forecast outturn.

Papers in tests/fixtures/near-misses-24e/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "near-misses-24e"


papers = papers_fixture(PAPERS)


def test_a_year_to_come_named_beside_a_clock_time(papers: Minutebook) -> None:
    answer = papers.ask("kelbrook fire authority - what will the band d precept be in 2031/32?")
    assert not answer.found
    answer = papers.ask("kelbrook fire authority - what was the band d precept for 2030/31?")
    assert answer.found and "£96.40" in answer.answer


def test_a_turnout_asked_by_what_people_did(papers: Minutebook) -> None:
    answer = papers.ask("marrowby - roughly how many people actually went to the elmstead spring fair?")
    assert not answer.found and "not how many came" in answer.answer
    answer = papers.ask("marrowby - how many people turned out for the lantern parade?")
    assert answer.found and "2,600" in answer.answer


def test_a_count_so_far_against_a_target(papers: Minutebook) -> None:
    answer = papers.ask("how many on-call firefighters has kelbrook recruited so far")
    assert not answer.found and "aimed at" in answer.answer
    answer = papers.ask("how many wholetime apprentices has kelbrook taken on so far")
    assert answer.found and "14 wholetime apprentices" in answer.answer


def test_a_date_asked_by_its_noun(papers: Minutebook) -> None:
    answer = papers.ask("marrowby: what's the completion date for handing the harbour lights over to the trust?")
    assert not answer.found
    answer = papers.ask("marrowby: what's the completion date for the holm park pavilion refurbishment?")
    assert answer.found and "30 June 2031" in answer.answer


def test_a_choice_asked_before_who_and_when(papers: Minutebook) -> None:
    answer = papers.ask("elmstead library hours - were the cuts approved or dropped by marrowby councillors in "
                        "january 2031?")
    assert not answer.found
    answer = papers.ask("parking charges 2031/32 - were they approved or dropped by marrowby councillors in "
                        "january 2031?")
    assert answer.found and "approved" in answer.answer


def test_a_decision_asked_of_an_item_members_declared_on(papers: Minutebook) -> None:
    answer = papers.ask("marrowby council jan 2031, item 6 - a couple of members declared, what was actually "
                        "decided on it?")
    assert not answer.found


def test_how_a_motions_vote_went(papers: Minutebook) -> None:
    answer = papers.ask("marrowby's vote on the harbour lights motion - which way did it go")
    assert not answer.found
    answer = papers.ask("marrowby's vote on the westfield relief road motion - which way did it go")
    assert answer.found and "CARRIED" in answer.answer


def test_going_ahead_after_a_site_visit(papers: Minutebook) -> None:
    answer = papers.ask("greenlees park half plots - did marrowby go ahead after the site visit?")
    assert not answer.found and "put off" in answer.answer
    answer = papers.ask("brantwood green play area - did marrowby go ahead after the site visit?")
    assert answer.found and "approved" in answer.answer


def test_a_deficit_planned_for_a_year_to_come(papers: Minutebook) -> None:
    answer = papers.ask("kelbrook fire 31/32 budget - what deficit are they planning")
    assert not answer.found and "£1.9 million" not in answer.answer
    answer = papers.ask("kelbrook fire 31/32 capital programme - what surplus are they planning")
    assert answer.found and "£0.4 million" in answer.answer
