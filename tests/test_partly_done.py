"""Where a matter stands when the papers say only some of it is done: "three of the five damaged bus shelters had
now been repaired" is not the repair done, however done its verb sounds; "all four outstanding allotment rent
accounts had now been paid" is. And the money asked after as "unpaid" is what the papers call "outstanding".

The paper is written for the test (a parish council's matters arising, as a list under one item), ingested with the
real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.said_status import part_done
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "partly-done"


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text() for p in PAPERS.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said", "status"), [
    ("wexcombe - have the storm damaged bus shelters all been repaired yet?", "three of the five",
     ActionStatus.OUTSTANDING),
    ("wexcombe pc - have the unpaid allotment rents been collected now?", "all four", ActionStatus.COMPLETED),
    ("has the new village sign gone in at wexcombe yet", "28 January", ActionStatus.COMPLETED),
])
def test_a_matter_partly_done_is_not_done(parish: Minutebook, question: str, said: str,
                                          status: ActionStatus) -> None:
    answered = parish.ask(question)
    assert answered.found and said in answered.answer, answered.answer
    assert answered.status == status, answered.answer


@pytest.mark.parametrize(("clause", "part"), [
    ("two of the three outstanding drainage rate accounts had now been paid", True),
    ("4 of the 6 finger posts have been replaced", True),
    ("nine out of ten streetlights were repaired", True),
    ("all three awards paid on 20th March", False),
    ("three of the three shelters had been repaired", False),
    ("the report was considered on 13 July 2023", False),
])
def test_some_of_a_count_is_a_part(clause: str, part: bool) -> None:
    assert part_done(clause) is part
