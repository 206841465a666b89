"""Near misses of round 19: the papers speak of the subject and do not give the detail asked, refused by class,
each with a twin the papers do answer.

- a time ahead asked ("when will they revoke the Mill Street AQMA"), where the item gives only times already past
  when the meeting sat (a reading "in 2024", minuted in October 2025); a time to come on the subject still answers;
- a sum asked by a noun that is always money ("what fine did they give the owner") or after what it is for ("who is
  buying the old depot and for how much"), where the item prints no sum at all; the fine or price printed answers.

Papers in tests/fixtures/near-misses19a/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from index.bodies import bodies_named
from service.answer_types import TIME
from service.core import Minutebook
from service.evidence import asks_money
from service.times_past import past_only
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "near-misses19a"


papers = papers_fixture(PAPERS)


def test_a_time_already_past_does_not_say_when_it_will_be(papers: Minutebook) -> None:
    answer = papers.ask("when will kelsholme revoke the mill street aqma")
    assert not answer.found and "do not say when" in answer.answer
    answer = papers.ask("kelsholme - when is the mill street air quality management area going to be revoked?")
    assert not answer.found
    # a time to come on the subject answers, a day or only a year
    answer = papers.ask("when will the park lane car park reopen")
    assert answer.found and "3 November 2025" in answer.answer
    answer = papers.ask("when's the brook green footbridge going to be replaced")
    assert answer.found and "2026" in answer.answer


def test_times_past_as_a_meeting_reads_them() -> None:
    held = dt.date(2025, 10, 14)
    assert past_only("nitrogen dioxide was 29.4 micrograms in 2024", held, TIME)
    assert past_only("data from the SID for 16th-29th December 2024", dt.date(2025, 1, 14), TIME)
    assert past_only("completed on Monday 4 August 2025", held, TIME)
    assert not past_only("was 29.4 in 2024 and would be reviewed next spring", held, TIME)  # a time to come beside
    assert not past_only("would be replaced in 2025", held, TIME)  # the meeting's own year may be to come
    assert not past_only("volunteers in the February newsletter", held, TIME)  # a month without its year
    assert not past_only("the 2024/25 accounts", held, TIME)  # a financial year, not a year alone
    assert not past_only("would reopen on 3 November 2025", held, TIME)


def test_a_sum_asked_by_its_noun_where_none_is_printed(papers: Minutebook) -> None:
    answer = papers.ask("what fine did hawkrigg npa give the owner of the scar head cabins")
    assert not answer.found and "£" not in answer.answer
    answer = papers.ask("who is buying kelsholme's old quarry lane depot and for how much")
    assert not answer.found
    # the fine and the price printed answer
    answer = papers.ask("what fine did the owner of beck wood get")
    assert answer.found and "£4,500" in answer.answer
    answer = papers.ask("who bought the old church street library in kelsholme and for how much")
    assert answer.found and "Fellside" in answer.answer and "£310,000" in answer.answer


def test_nouns_of_money_as_people_ask() -> None:
    assert asks_money("what fine did they get")
    assert asks_money("who got the contract and for how much")
    assert asks_money("sold at how much?")
    assert not asks_money("what did they say about the fine weather for the fete")
    assert not asks_money("how much of the site is woodland")


def test_an_outcome_of_something_still_to_come(papers: Minutebook) -> None:
    # what members made of a site at a visit the minutes set for a later day, and what a breakdown only asked for
    # showed: neither had happened when the minutes were written
    answer = papers.ask("what did carnbrae members make of the quarry road site at the site visit")
    assert not answer.found and "still to come" in answer.answer
    answer = papers.ask("harnsey fire authority - false alarms by premises type, what did the breakdown show?")
    assert not answer.found and "still to come" in answer.answer
    # a visit made and a breakdown given answer
    answer = papers.ask("what did members make of the beech lane site when they visited it")
    assert answer.found and "unsafe" in answer.answer
    answer = papers.ask("what did the harnsey breakdown of home fire safety visits by district show")
    assert answer.found and "61%" in answer.answer
    # what was asked for is answered by the asking
    answer = papers.ask("what did councillor dent want the harnsey breakdown to cover")
    assert answer.found and "false alarms" in answer.answer


def test_pay_printed_of_another_office(papers: Minutebook) -> None:
    # the deputy's salary, in a sentence that names the commissioner too, is not the commissioner's
    answer = papers.ask("what salary did the orrisdale panel agree for the pcc himself")
    assert not answer.found and "£58,000" not in answer.answer
    # the deputy's pay asked, and another post's pay printed of it, answer
    answer = papers.ask("what's the deputy pcc's salary in orrisdale")
    assert answer.found and "£58,000" in answer.answer
    answer = papers.ask("what salary is the orrisdale panel's scrutiny officer on")
    assert answer.found and "£41,000" in answer.answer


def test_a_body_named_after_a_verb_of_money(papers: Minutebook) -> None:
    # "costing kelsholme district council": the council is what it costs, not a body called "temporary accommodation
    # costing kelsholme", so the subject is read and the papers, silent on it, refuse
    named, _ = bodies_named("how much is temporary accommodation costing kelsholme district council",
                            ["Environment and Property Panel"])
    assert [b.text for b in named] == ["kelsholme district council"]
    answer = papers.ask("how much is temporary accommodation costing kelsholme district council")
    assert not answer.found
    answer = papers.ask("how much has the park lane car park resurfacing cost kelsholme district council")
    assert answer.found and "£86,400" in answer.answer


def test_a_result_asked_where_the_entry_is_only_noted(papers: Minutebook) -> None:
    # the council noting that the town was entered, with judging to come, records no result
    answer = papers.ask("did harnbury win eastern dales in bloom this year")
    assert not answer.found and "still to come" in answer.answer
    # a win noted is the result
    answer = papers.ask("did scarbeck win the best kept village competition")
    assert answer.found and "gold award" in answer.answer
