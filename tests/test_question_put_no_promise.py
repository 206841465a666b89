"""A question put at the meeting ("A public governor asked when the car parking paper would come to the Board") is
no promise: asked whether the thing is done, where it stands is the reply's ("The Chief Finance Officer said it
would come in January 2025": scheduled), not the question's "would come".

The papers are written for the test (a fictional parish council), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """NETHERCOTE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 12 March 2024 at 7.30 pm in the Village Hall

Present: Cllr A Bly (Chair), Cllr C Dow, Cllr E Fry

31. APOLOGIES

None.

32. PUBLIC QUESTIONS

A resident asked when the new benches on the village green would be installed. The Clerk said they would be \
fitted on 15 April 2024.

Mr R Penn asked whether the footpath survey report would come back to the Council. The Chair said it would come \
to the May 2024 meeting.

33. FINANCE

RESOLVED that the payments listed be approved.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"nethercote-2024-03-12.txt": MARCH}) as mb:
        yield mb


@pytest.mark.parametrize("question", [
    "have the new benches on the village green gone in yet",
    "has the footpath survey report come back to the council yet",
])
def test_where_it_stands_is_the_replys_not_the_questions(parish: Minutebook, question: str) -> None:
    answer = parish.ask(question)
    assert answer.found and answer.status == ActionStatus.SCHEDULED
