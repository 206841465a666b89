"""Minutes 'accepted' or that 'went through' are minutes approved: the papers say "agreed as a true record" or
"approved as a correct record", the question "did they accept the minutes" or "did the March minutes go thru".

The paper is written for the test (a fictional town council), ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """KELDWICK TOWN COUNCIL
Minutes of the meeting of the Town Council held in the Guildhall, Keldwick on Monday 14 October 2019 at 7pm

Present: Councillor Amos (in the Chair); Councillors Birch, Cole and Dacre.

19/101 MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting of Keldwick Town Council held on 9 September 2019 were agreed as a true record and \
signed by the Chair.

19/102 CEMETERY EXTENSION
Members discussed the cemetery extension. A report would come to the November meeting.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"keldwick-tc-2019-10-14.txt": MINUTES}) as minutebook:
        yield minutebook


@pytest.mark.parametrize("question", [
    "did keldwick town council accept the september minutes in october 2019?",
    "were the minutes of the last meeting accepted at keldwick in oct 19?",
    "keldwick tc - did the september minutes go thru in october?",
])
def test_minutes_accepted_are_minutes_approved(town: Minutebook, question: str) -> None:
    answer = town.ask(question)
    assert answer.found, answer.answer
    assert "true record" in answer.answer
