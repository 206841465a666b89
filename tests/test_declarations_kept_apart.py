"""Who declared an interest, asked where the published minutes say the declarations on an item were kept out of them
("Any declarations of interest made in respect of Agenda Item 5 ... were recorded in the confidential minutes of the
meeting"): the published minutes name no one, so the answer says so and names no one, while a meeting whose
declarations record names the member still answers, and whether any were made is still answered by the notice.

Papers in tests/fixtures/declarations-kept-apart/, written for these tests, ingested with the real model into one
store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "declarations-kept-apart"


papers = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "who declared an interest on the old depot site item at brackenholt council in june 2025?",
    "brackenholt council june 2025 - which councillors declared interests in the depot disposal",
])
def test_declarations_kept_in_the_confidential_minutes_name_no_one(papers: Minutebook, question: str) -> None:
    answer = papers.ask(question)
    assert not answer.found, answer.answer
    assert "confidential minutes" in answer.answer


def test_a_member_named_in_the_declarations_is_still_given(papers: Minutebook) -> None:
    answer = papers.ask("who declared an interest at brackenholt council in july 2025?")
    assert answer.found and "Councillor Bhatt" in answer.answer, answer.answer


def test_whether_any_were_declared_is_still_answered_by_the_notice(papers: Minutebook) -> None:
    answer = papers.ask("were there any declarations of interest at brackenholt council in june 2025")
    assert answer.found and "confidential minutes" in answer.answer, answer.answer
