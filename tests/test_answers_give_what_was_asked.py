"""An answer from the right item gives what was asked of it: the decision, not the motion put to it ("did the panel
veto the precept"); a result reported, not the resolution noting the report ("how did the force do in its
inspection"); the item a declaration is on; who came and who sent apologies, asked together; and a question naming
several meetings (two bodies of one council, each with its month; "start to finish") is answered from each of them.
Papers in tests/fixtures/whole-answers/, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from service.record_parts import away_asked, both_asked
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "whole-answers"


papers = papers_fixture(PAPERS)


def _days(answer: object) -> set[str]:
    return {c.meeting_date.isoformat() for c in getattr(answer, "citations", [])}


def test_whether_a_power_was_used_is_answered_by_the_decision(papers: Minutebook) -> None:
    answer = papers.ask("did the fenwold police and crime panel veto the commissioner's precept")
    assert answer.found
    assert "SUPPORTS" in answer.answer and "£251.40" in answer.answer


def test_how_it_went_is_the_result_reported_not_the_report_noted(papers: Minutebook) -> None:
    answer = papers.ask("how did fenwold constabulary do in the inspectorate's inspection")
    assert answer.found
    assert "Adequate" in answer.answer and "Requires improvement" in answer.answer
    assert "be noted" not in answer.answer


def test_a_grant_subject_to_conditions_is_quoted_with_its_decision(papers: Minutebook) -> None:
    answer = papers.ask("what did hallam ridge planning decide on the coppice farm houses")
    assert answer.found
    assert "GRANT" in answer.answer


def test_who_got_the_contract_is_quoted_to_the_price(papers: Minutebook) -> None:
    answer = papers.ask("who got the roofing contract at saltmarsh in the end")
    assert answer.found
    assert "Castleway" in answer.answer and "£14,250" in answer.answer


def test_a_declaration_is_quoted_with_the_item_it_is_on(papers: Minutebook) -> None:
    answer = papers.ask("what did cllr okoro declare at hallam ridge planning in march 2024, and on which item?")
    assert answer.found
    assert "PC/24/014" in answer.answer and "Allotments" in answer.answer


def test_who_came_and_who_sent_apologies_asked_together(papers: Minutebook) -> None:
    answer = papers.ask("were any district or county councillors at the brookhaven parish council meeting, or did "
                        "they send apologies?")
    assert answer.found
    assert "Mary Ellison" in answer.answer and "Tom Hadley" in answer.answer


def test_two_bodies_of_one_council_each_with_its_month(papers: Minutebook) -> None:
    answer = papers.ask("Who sent apologies to Llanferran's Standards Committee in June 2022, and who to the full "
                        "County Council in October 2022?")
    assert answer.found
    assert {"2022-06-15", "2022-10-12"} <= _days(answer)
    assert "Olwen Rees" in answer.answer and "K.L. Morgan" in answer.answer


def test_a_body_named_by_its_place_beside_another_council_is_still_that_body(papers: Minutebook) -> None:
    # "fenwold" names the panel's meetings (its committee's word) and "saltmarsh" a town council's: the question is
    # asked of the panel, about the town
    answer = papers.ask("did the commissioner ever give the fenwold panel a date for the saltmarsh cctv?")
    assert answer.found
    assert _days(answer) == {"2025-02-03"}


def test_the_same_words_at_two_meetings_are_each_meetings_answer(papers: Minutebook) -> None:
    answer = papers.ask("across the llanferran meetings (standards june 22, full council oct 22) did anyone declare "
                        "an interest?")
    assert answer.found
    assert {"2022-06-15", "2022-10-12"} <= _days(answer)


def test_start_to_finish_is_told_across_the_meetings(papers: Minutebook) -> None:
    answer = papers.ask("what happened with the mill house barn holiday lets at hallam ridge planning, start to finish")
    assert answer.found
    assert {"2024-03-06", "2024-04-03"} <= _days(answer)
    assert "DEFERRED" in answer.answer and "three holiday lets" in answer.answer


@pytest.mark.parametrize("question", [
    "did the fenwold police and crime panel veto the commissioner's precept",
    "did they turn down the licence for the kebab van",
    "has the board adopted the new tree policy",
])
def test_whether_a_decision_was_taken_asks_for_the_decision(question: str) -> None:
    assert cue_intents(question).get(Intent.RESOLUTION, 0.0) >= 0.5


@pytest.mark.parametrize("question", [
    "what happened with the mill house barn at hallam ridge planning, start to finish",
    "how did the town council get from june to july on taking over the toilets",
])
def test_a_matter_asked_from_its_start_is_told_across_meetings(question: str) -> None:
    assert cue_intents(question).get(Intent.TIMELINE, 0.0) >= 0.5


@pytest.mark.parametrize("question", ["was anyone absent at the brookhaven meeting",
                                      "were any councillors missing at the brookhaven meeting"])
def test_who_was_away_alone_is_not_asked_with_who_came(question: str) -> None:
    assert away_asked(question) and not both_asked(question)
