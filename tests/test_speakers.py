"""What someone said, asked of whom the minutes only name as spoken to or about ("Cllr Dale advised the tenant"), is
refused; what they are minuted saying ("The tenant reported ...") is answered, as is what an office's holder said,
minuted by name ("Cllr Vane spoke of ...").

The paper is written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MAY = """THORNLEY PARISH COUNCIL
Minutes of the annual meeting held on Monday 15 May 2023

Present: Cllr Vane (Chairman), Cllr Dale, Cllr Eddison, Cllr Frost.

1. ELECTION OF CHAIRMAN

Cllr Vane was elected Chairman. In his address Cllr Vane spoke of the need to repair the village pound wall.

2. ALLOTMENTS

Cllr Dale advised the tenant of plot 4 about the hedge. Cllr Frost to look at the water trough.

3. BUS SHELTER

The shelter's owner reported that the glass panels had been replaced in April.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"thornley-parish-council-annual-meeting-2023-05-15.txt": MAY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "what did the allotment tenant say about the hedge?",
    "what did the plot 4 tenant tell cllr dale about the hedge?",
])
def test_someone_only_spoken_to_or_of_said_nothing(parish: Minutebook, question: str) -> None:
    assert not parish.ask(question).found


@pytest.mark.parametrize(("question", "said"), [
    ("what did the shelter's owner say about the bus shelter?", "glass panels"),
    ("what did the new chairman say in his address?", "village pound wall"),
])
def test_what_someone_is_minuted_saying_is_answered(parish: Minutebook, question: str, said: str) -> None:
    answered = parish.ask(question)
    assert answered.found and said in answered.answer
