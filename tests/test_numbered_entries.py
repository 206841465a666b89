"""An entry of a numbered list asked by its number ("plans list item 2", "question 3") is answered from the entry that
prints that number, not from its neighbour with the same words.

The paper is written for the test (a fictional national park's planning committee), ingested with the real model
into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

APRIL = """FELLSIDE NATIONAL PARK AUTHORITY
PLANNING COMMITTEE
Minutes of the meeting held on Thursday 20 April 2023

Present: Mr Ainsworth (Chair), Mrs Barraclough, Mr Chadwick.

18/23 APPLICATIONS FOR PLANNING PERMISSION

The following members of the public addressed the meeting regarding the Plans List Items indicated:

Plans List Item 1 - Helen Mossop of Dales Planning Ltd spoke in favour of the application

Plans List Item 2 - Peter Gaunt

Plans List Item 3 - Ruth Iveson spoke against the application

19/23 PUBLIC QUESTIONS

Question 1 - Mr Sowerby asked about the closure of the Langthwaite car park in winter.

Question 2 - Mrs Ellwood asked when the footpath at Gunnerside would reopen.
"""


@pytest.fixture(scope="module")
def park(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"fellside-npa-planning-committee-2023-04-20.txt": APRIL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("who spoke on plans list item 2?", "Peter Gaunt", "Helen Mossop"),
    ("who spoke about plans list item 3 at the fellside planning committee?", "Ruth Iveson", "Helen Mossop"),
    ("what was public question 2 about?", "Gunnerside", None),  # said after the question before it, which frames it
])
def test_the_entry_with_the_number_asked_answers(park: Minutebook, question: str, said: str,
                                                 not_said: str | None) -> None:
    answered = park.ask(question)
    assert answered.found and said in answered.answer
    assert not_said is None or not_said not in answered.answer
