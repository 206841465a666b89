"""A name asked for, where the papers mention those asked of without naming them ("A resident asked", "the Clerk
suggested two contractors", "The Chair thanked"), is refused; where the papers name them ("two residents, namely ...",
"Cllr Ames and Cllr Bell, two members of the board, ..."), it is answered.

The papers are written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """HOLLINGBURY PARISH COUNCIL
Minutes of the meeting held on Tuesday 13 June 2023

Present: Cllr Ames (Chair), Cllr Bell, Cllr Croft, Cllr Dunn.

45. PUBLIC PARTICIPATION

A resident asked about the state of the footbridge over Hollin Beck. Two residents, namely Jo Pratt and Sam Reed, \
spoke in support of the skate park.

46. GRASS CUTTING

The contract with Greenway Ltd had ended. The Clerk suggested two contractors who might tender for the grass \
cutting and would invite quotes.

47. CHAIR'S REPORT

The Chair thanked the volunteers who had cleared the pond. Cllr Croft and Cllr Dunn, two members of the \
playing field working group, reported on the new goalposts.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"hollingbury-parish-council-minutes-2023-06-13.txt": JUNE}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "what's the name of the resident who asked about the footbridge?",
    "which contractors did the clerk suggest for the grass cutting?",
    "whats the name of the volunteer who cleared the pond?",
])
def test_those_mentioned_unnamed_are_not_named(parish: Minutebook, question: str) -> None:
    refused = parish.ask(question)
    assert not refused.found and "do not name" in refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("which residents spoke in support of the skate park?", "Jo Pratt"),
    ("which members reported on the new goalposts?", "Cllr Croft"),
    ("what's the name of the company whose grass cutting contract ended?", "Greenway"),
])
def test_those_named_are_named(parish: Minutebook, question: str, said: str) -> None:
    answered = parish.ask(question)
    assert answered.found and said in answered.answer
