"""A declarations item that records only the chair's reminder ("LH reminded Board members ... of their obligations
under the Standards of Business Conduct policy"): asked what happened under the item, the reminder is its account and
is quoted; asked whether anyone declared, it says nothing of a declaration and is not quoted as if it did.

Papers in tests/fixtures/declarations-reminder/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from service.declarations_answered import ACCOUNT_ASKED
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "declarations-reminder"


papers = papers_fixture(PAPERS)


def test_the_items_account_asked() -> None:
    assert ACCOUNT_ASKED.search("what happened under the declarations item?")
    assert ACCOUNT_ASKED.search("fenmarsh icb oct - what was said at declarations")
    assert not ACCOUNT_ASKED.search("did anyone declare an interest?")


def test_the_reminder_is_what_happened(papers: Minutebook) -> None:
    answer = papers.ask("fenmarsh icb board oct 2023 - what happened under the declarations item?")
    assert answer.found and "reminded Board members" in answer.answer
    assert answer.citations[0].minute == "ICB/2324/062"


def test_the_reminder_is_no_declaration(papers: Minutebook) -> None:
    answer = papers.ask("did anyone declare a conflict of interest at the fenmarsh icb board in october 2023?")
    assert "reminded Board members" not in answer.answer
