"""Words that frame a question rather than say what it is about: "compared with", and everyday "pot" for a fund.

Fictional papers written for these tests: a health and wellbeing board's minutes of two years, each giving the
year's Better Care Fund pooled budget. "how big was the better care fund pot in 21/22 compared with 22/23" asks
for both figures; "compared" is no subject word the papers must print, and "pot" is their "pooled budget".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE_2021 = """Marlow Vale Health and Wellbeing Board

Minutes of the meeting held on 15 June 2021

4. Better Care Fund Plan 2021/22
The Board received the Better Care Fund plan. The pooled budget for 2021/22 was £12.1m, including the \
minimum NHS contribution of £8.2m.
RESOLVED that the plan be approved for submission.
"""

JUNE_2022 = """Marlow Vale Health and Wellbeing Board

Minutes of the meeting held on 14 June 2022

5. Better Care Fund Plan 2022/23
The Board received the Better Care Fund plan. The pooled budget for 2022/23 was £13.4m, with a new discharge \
fund of £0.9m.
RESOLVED that the plan be approved for submission.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "marlow-vale-health-and-wellbeing-board-2021-06-15.txt": JUNE_2021,
            "marlow-vale-health-and-wellbeing-board-2022-06-14.txt": JUNE_2022}) as opened:
        yield opened


def test_compared_and_pot_are_not_words_the_papers_must_print(board: Minutebook) -> None:
    answer = board.ask("how big was the better care fund pot in 21/22 compared with 22/23?")
    assert answer.found and "£12.1m" in answer.answer and "£13.4m" in answer.answer


def test_figure_is_not_a_word_the_papers_must_print(board: Minutebook) -> None:
    answer = board.ask("whats the figure for the pooled budget in 21/22?")
    assert answer.found and "£12.1m" in answer.answer


def test_the_council_of_a_store_of_its_own_papers_says_where(board: Minutebook) -> None:
    # every meeting in the store is Marlow Vale's: its name says where, it is no name the quote must print
    answer = board.ask("whats the figure for the marlow vale pooled budget in 21/22?")
    assert answer.found and "£12.1m" in answer.answer
