"""Where a thing a body logged as an action stands, asked in words that look like something else: "is the register
of members' interests on the website yet" (no declaration), "did the mooring fees paper come to the board" (no
attendance), "where are we on the slipway lighting survey". The row the body's action log keeps on the subject is the
latest word: cited first, with the status its own cells give.

The papers are written for the test (a harbour board whose action log is printed after the minutes, in space-aligned
columns, and a parish council whose log is a numbered item's table), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "logged-rows"
ROWS = ("HB031", "HB034", "HB035", "HB036", "AF-17", "AF-19", "AF-21")


@pytest.fixture(scope="module")
def boards(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text() for p in PAPERS.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "row", "status"), [
    # words of a declaration ("interests"): the log's row on publishing the register
    ("thornwick harbour board - is the register of members interests up on the website now", "HB031",
     ActionStatus.COMPLETED),
    ("where are we on the slipway lighting survey for thornwick harbour", "HB034", ActionStatus.OUTSTANDING),
    ("did the harbour master finish the slipway lighting survey report for the board yet", "HB034",
     ActionStatus.OUTSTANDING),
    # "come to the board": no attendance asked
    ("did the mooring fees benchmarking paper come to the harbour board", "HB035", ActionStatus.COMPLETED),
    ("has thornwick sorted the dredging licence renewal yet", "HB036", ActionStatus.OUTSTANDING),
    ("ashby fold - is the footpath map up on the noticeboard yet", "AF-19", ActionStatus.OUTSTANDING),
    ("the mill lane finger post in ashby fold, has it been replaced yet?", "AF-17", ActionStatus.COMPLETED),
])
def test_a_logged_action_asked_after_is_answered_from_its_row(boards: Minutebook, question: str, row: str,
                                                              status: ActionStatus) -> None:
    answered = boards.ask(question)
    assert answered.found, answered.answer
    # the log's item first, its row on the subject among the first two citations, and no other row
    assert "log" in answered.citations[0].item_title.lower(), answered.answer
    assert any(row in c.quote for c in answered.citations[:2]), answered.answer
    assert not any(other in answered.answer for other in ROWS if other != row), answered.answer
    assert answered.status == status, answered.answer


def test_what_the_minutes_say_beside_the_row_is_said_with_it(boards: Minutebook) -> None:
    # the matters arising on the logged action, at the meeting that prints the log
    answered = boards.ask("thornwick harbour - has the dredging licence been renewed yet")
    assert answered.found and "HB036" in answered.answer, answered.answer
    assert "revised sampling plan" in answered.answer, answered.answer
    assert answered.status == ActionStatus.OUTSTANDING, answered.answer


def test_a_row_sharing_a_word_with_the_question_is_not_its_subject(boards: Minutebook) -> None:
    # "bench" and "church" are the open forum's, not any logged action's: no row's status is given for it
    answered = boards.ask("ashby fold - has the bench by the church been sorted yet")
    assert not any(r in c.quote for c in answered.citations for r in ("AF-17", "AF-19", "AF-21")), answered.answer
