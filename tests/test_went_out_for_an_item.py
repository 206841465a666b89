"""A member who "went out for" an item, in everyday words, is one who withdrew for it under an interest declared
("why did cllr sefton go out for the planning application": she owns the paddock next to the site, and left the room),
not an action asked after ("did the letter go out"); an interest a declarations table gives by the item's number in a
column is in that item, asked by its name. Papers in tests/fixtures/went-out-for/, written for these tests."""

from __future__ import annotations

from pathlib import Path

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "went-out-for"


def test_going_out_for_an_item_is_withdrawing_not_an_action_sent() -> None:
    assert Intent.DECLARATION in cue_intents("why did cllr sefton go out for the mill lane item")
    assert Intent.FOLLOWUP not in cue_intents("why did cllr sefton go out for the mill lane item")
    assert Intent.DECLARATION in cue_intents("who went out during the planning application")
    assert Intent.FOLLOWUP in cue_intents("did the letter to highways go out")
    assert Intent.DECLARATION not in cue_intents("did the letter to highways go out")


papers = papers_fixture(PAPERS)


def test_why_someone_went_out_is_their_interest_declared(papers: Minutebook) -> None:
    answer = papers.ask("why did cllr sefton go out for the planning application")
    assert answer.found, answer.answer
    assert "paddock" in answer.answer, answer.answer
    assert answer.citations[0].item_title == "Declarations of interest", answer.citations


def test_an_interest_tabled_by_item_number_is_in_the_item_named(papers: Minutebook) -> None:
    # the declarations table gives the item by its number in a column ("4"); asked by the item's name, both members
    # with an interest in item 4 answer, and not the one whose interest was in item 5
    answer = papers.ask("who declared interests in the prospect row licence review at colbeck")
    assert answer.found, answer.answer
    assert "Barraclough" in answer.answer and "Dobson" in answer.answer, answer.answer
