"""Near misses: a question names a real matter of the papers and asks one specific thing of it (a sum, an outcome, a
winner, the meeting that decided, a year) that the quotes do not give. Each is refused, and each has a twin the
papers do answer (an item named only by those who declared on it: who declared).

- a sum asked by its currency sign ("£ figure approved?"), where the decision names no sum;
- an outcome asked in one word closing the question ("... - granted?"), where the minutes list who spoke on it;
- the outcome of an item asked after naming who declared on it in brackets, which the declarations record does not
  give;
- whether a scheme was adopted, where only the declarations item names it;
- whether someone got a licence, where the hearing's minutes stop before the decision;
- who won a contract, where the award is still to be reported (and the item speaks of an employer's costs);
- what was agreed in a month no meeting of the council was held, where an earlier meeting deferred it to then;
- whether something was done in a year before the meeting that asked for it.

Papers in tests/fixtures/near-misses-25e/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "near-misses-25e"


papers = papers_fixture(PAPERS)


def test_a_sum_asked_by_its_sign(papers: Minutebook) -> None:
    assert not papers.ask("thornbury vale memorial benches for coldwell rec - £ figure approved?").found
    answered(papers, "thornbury vale goalposts for coldwell rec - £ figure approved?", ["£2,450"])


def test_an_outcome_asked_in_one_word(papers: Minutebook) -> None:
    assert not papers.ask("thornbury vale feb 31: the farm shop harriet fenwick spoke up for - granted?").found
    answered(papers, "thornbury vale licensing: the old forge premises licence - granted?", ["granted"])


def test_an_items_outcome_asked_beside_who_declared(papers: Minutebook) -> None:
    answer = papers.ask("thornbury vale town council 18/2/31: outcome of item 58 (achebe, garnett etc declared)")
    assert not answer.found and "not what was decided" in answer.answer
    answered(papers, "thornbury vale town council 18/2/31: who declared on item 58?", ["Achebe"])


def test_whether_adopted_where_only_the_declarations_item_names_it(papers: Minutebook) -> None:
    assert not papers.ask("thornbury vale: was the 2031/32 council tax support grant scheme adopted at the february "
                          "meeting").found
    answered(papers, "thornbury vale: was the 2031/32 riverside lighting scheme adopted at the february meeting",
             ["adopted"])


def test_whether_a_licence_was_got(papers: Minutebook) -> None:
    assert not papers.ask("thornbury vale licensing feb 2031: did the parks department get its pavilion licence?").found
    answered(papers, "thornbury vale licensing feb 2031: did forge arts get its licence for the old forge?",
             ["granted"])


def test_a_winner_asked_before_the_award(papers: Minutebook) -> None:
    answer = papers.ask("which firm won the thornbury vale town hall cleaning contract")
    assert not answer.found
    answered(papers, "which firm won the thornbury vale grounds maintenance contract", ["Greenway Landscapes"])


def test_agreed_in_a_month_no_meeting_was_held(papers: Minutebook) -> None:
    answer = papers.ask("thornbury vale market square toilets summer hours, what was agreed in march")
    assert not answer.found and "18 February 2031" in answer.answer
    answered(papers, "thornbury vale market square toilets summer hours, what was agreed in february", ["deferred"])


def test_done_in_a_year_before_it_was_asked_for(papers: Minutebook) -> None:
    assert not papers.ask("thornbury vale benches condition survey done in 29/30?").found
    answer = answered(papers, "thornbury vale benches condition survey done in 30/31?", ["Benches condition survey"])
    assert answer.status == "outstanding"
