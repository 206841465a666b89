"""Decisions asked as people ask them, and decisions minuted in a table after the items:

- "did the committee go ahead with the fee rise", "what fee did they go for", "did the cllrs pass it": whether a
  decision was taken, in everyday words, is what its resolution says, not the item's opening words (which seldom use
  the asker's words: "That the revised schedule of charges be adopted");
- a decisions table after the items with the application between the minute number and the decision ("Minute |
  Application / item | Decision"), its long decisions wrapped onto a second line: each row is the decision of the
  item it numbers, all its words;
- "what did they decide about X": the decision, with the sum at stake the item prints where the resolution prints
  none ("join the scheme for a trial year", of "a total cost to the Council of £7,200 a year");
- "what happened to the X call-in": what the scrutiny committee resolved on the decision called in.

Papers in tests/fixtures/decisions-asked-plainly/, written for these tests, ingested with the real model into one
store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "decisions-asked-plainly"
PLANNING = PAPERS / "kelmscar-district-council-planning-committee-2026-03-04.md"


papers = papers_fixture(PAPERS)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("question", [
    "did the ashbury licensing and markets committee go ahead with the rise in market pitch fees?",
    "did ashbury's markets committee ok the pitch fee rise",
    "ashbury market pitch charges - did the cllrs pass it",
    "were the new pitch fees ok'd by ashbury's markets committee?",
])
def test_a_decision_asked_in_everyday_words_is_its_resolution(papers: Minutebook, question: str) -> None:
    assert Intent.RESOLUTION in cue_intents(question.lower())
    answer = papers.ask(question)
    assert answer.found
    assert "revised schedule of charges be adopted from 6 April 2026" in flat(answer.answer)
    assert answer.citations[0].minute == "LM/26/014"


def test_the_option_a_committee_went_for(papers: Minutebook) -> None:
    answer = papers.ask("street cafe licences - what fee did the ashbury committee go for in the end")
    assert answer.found
    assert "be set at £150 per licence" in flat(answer.answer)


@pytest.mark.parametrize("question", [
    "did the ashbury market go ahead in the snow?",  # a thing going ahead, not a decision to go ahead with it
    "how far does a bus pass get you from ashbury",
    "did the clerk get through to the district council about the toilets",
])
def test_going_ahead_and_passes_that_are_no_decision(question: str) -> None:
    assert Intent.RESOLUTION not in cue_intents(question.lower())


def test_a_decisions_table_with_the_application_between_number_and_decision() -> None:
    items = {i.number: i for i in parse_file(PLANNING).meetings[0].items}
    assert [r.text for r in items["PC/26/033"].resolutions] == [
        "Approved, contrary to officer recommendation; conditions to be agreed with the Chair"]
    assert [r.text for r in items["PC/26/034"].resolutions] == [
        "Refused (highway safety at the A614 junction; loss of hedgerow)"]
    # the table is filed with the items it numbers, not left in the last item's words
    assert "Decision" not in items["PC/26/035"].text.split("\n")
    assert "Beck Road, Hessle Bridge" not in items["PC/26/035"].text


def test_an_application_decided_in_the_table_is_answered_with_it(papers: Minutebook) -> None:
    answer = papers.ask("kelmscar planning cttee - the barn conversion on quarry lane, did it get through?")
    assert answer.found
    said = flat(answer.answer)
    assert "Approved, contrary to officer recommendation" in said
    assert answer.citations[0].minute == "PC/26/033"
    answer = papers.ask("what did kelmscar planning committee decide on the 22 houses off beck road")
    assert answer.found
    assert "Refused (highway safety at the A614 junction; loss of hedgerow)" in flat(answer.answer)


def test_a_decision_with_the_sum_at_stake(papers: Minutebook) -> None:
    answer = papers.ask("what did the ashbury markets committee decide about the community toilet scheme?")
    assert answer.found
    said = flat(answer.answer)
    assert "join the scheme for a trial year" in said
    assert "£7,200 a year" in said
    assert {c.minute for c in answer.citations} == {"LM/26/016"}


def test_what_came_of_a_call_in(papers: Minutebook) -> None:
    answer = papers.ask("what happened to the tanyard depot call in at kelmscar scrutiny?")
    assert answer.found
    said = flat(answer.answer)
    assert "be not referred back to Cabinet and may be implemented" in said
    assert "to Hessle Homes for £1.1 million" in said  # what was decided, with what the decision called in was
    assert answer.citations[0].minute == "OS/26/14"
