"""A question in two parts ("who chaired it, and who sent apologies?") is searched once: its later part, read after
its first, says the same words as the whole question, so the whole question's hits serve it, even after the first
part was searched alone. The paper is written for the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from index.embedder import Embedder
from tests.conftest import papers_minutebook

MINUTES = """WESTLING PARISH COUNCIL
Minutes of the meeting of Westling Parish Council held on Monday 8 April 2024 at 7.00pm in the Village Hall

Present: Councillor Hilary Onslow (Chair), Councillors Peter Quayle, Rita Sandhu and Tom Ure.

24/31 APOLOGIES FOR ABSENCE
Apologies were received from Councillor Vera Wyatt.

24/32 DECLARATIONS OF INTEREST
None were declared.

24/33 PLAYING FIELD DRAINAGE
The Clerk reported three quotes for draining the playing field. RESOLVED: That the quote of Fenland Drains Ltd for
£6,400 be accepted and the work be done in the summer holidays.

24/34 BUS SHELTER
Members noted that the bus shelter on Mill Lane had been repaired by the highway authority.

24/35 DATE OF NEXT MEETING
The next meeting will be held on Monday 13 May 2024 at 7.00pm.
"""


@pytest.fixture(scope="module")
def minutebook(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Any]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"westling-parish-council-2024-04-08.txt": MINUTES}) as opened:
        yield opened


def searches(minutebook: Any, monkeypatch: pytest.MonkeyPatch, question: str) -> tuple[Any, list[str]]:
    """The answer to ``question`` and the texts the index was searched with while answering it."""
    searched: list[str] = []
    search = minutebook.index.search

    def counted(query: str, *args: Any, **kwargs: Any) -> Any:
        searched.append(query)
        return search(query, *args, **kwargs)

    monkeypatch.setattr(minutebook.index, "search", counted)
    minutebook.index.forget_plans()
    return minutebook.ask(question), searched


def test_two_parts_are_one_search_and_both_answered(minutebook: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    answer, searched = searches(minutebook, monkeypatch,
                                "westling pc in april - whose quote did they accept for the playing field drainage, "
                                "and how much was it?")
    assert answer.found
    assert "Fenland Drains" in answer.answer and "£6,400" in answer.answer
    assert len(searched) == 1, searched


def test_no_text_is_searched_twice(minutebook: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # the first part is searched alone too (the whole question's best passage speaks only to its later part); the
    # later part, read after the first, is the whole question again
    answer, searched = searches(minutebook, monkeypatch,
                                "at westling in april was the bus shelter on mill lane repaired, and when is the next "
                                "meeting?")
    assert answer.found
    assert "repaired" in answer.answer and "13 May 2024" in answer.answer
    assert len(set(searched)) == len(searched), searched
