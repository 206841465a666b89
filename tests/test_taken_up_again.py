"""A later meeting asked after the meeting that first took a matter up: "the membership changes talked about at the
october 2024 meeting, at which meeting did the board pick them up again?". The date named is where the matter
started, not the meeting asked about, which is of that date or after it: where the papers hold only the later
meeting, it answers (the earlier one being absent is no reason to refuse). The papers are written for the test: a
health and wellbeing board's January meeting, which takes up what its October meeting discussed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import _TAKEN_UP_AGAIN, SearchFilters
from service.core import Minutebook
from tests.conftest import papers_minutebook

JANUARY = """NORTHMARSH HEALTH AND WELLBEING BOARD
Minutes of the meeting held on Tuesday 21 January 2025 at 2.00pm, Committee Room 1, Shire Hall, Northmarsh

Present: Cllr T. Granger (Chair), Dr H. Osei, Ms R. Whitlow, Mr P. Danes.

HWB/25/01 BOARD MEMBERSHIP
To bring the Board up to date with the membership changes discussed at its meeting on 8 October 2024. The voluntary
sector seat had been filled by Ms R. Whitlow of Northmarsh CVS, and the police seat would pass to the new district
commander from April.
RESOLVED that the changes be noted and sent to the Constitution Committee.

HWB/25/02 JOINT STRATEGIC NEEDS ASSESSMENT
The Director of Public Health presented the 2025 assessment.
RESOLVED that the assessment be published.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"northmarsh-health-and-wellbeing-board-2025-01-21.txt": JANUARY}) as opened:
        yield opened


@pytest.mark.parametrize("after, asks_later", [
    (", at which meeting did the board pick them up again?", True),
    (" - when did it come back to the board?", True),
    (" - when did they take it up again", True),
    (" - what did the board decide", False),
    (" - who chaired it", False),
])
def test_a_later_meeting_is_asked_after_the_date(after: str, asks_later: bool) -> None:
    assert bool(_TAKEN_UP_AGAIN.search(after)) is asks_later


@pytest.mark.real_model
def test_the_date_named_starts_the_period_asked(board: Minutebook) -> None:
    asked = board.answerer.ask("northmarsh hwb - the membership changes talked about at the october 2024 mtg, at which "
                               "meeting did the board pick them up again?", SearchFilters())
    assert asked.periods and min(a for a, _ in asked.periods) == dt.date(2024, 10, 1)
    assert max(b for _, b in asked.periods) >= dt.date(2025, 1, 21)


@pytest.mark.real_model
def test_the_later_meeting_answers_where_the_earlier_is_not_in_the_papers(board: Minutebook) -> None:
    answer = board.ask("northmarsh hwb - the membership changes talked about at the october 2024 mtg, at which "
                       "meeting did the board pick them up again?")
    assert answer.found, answer.answer
    assert "21 January 2025" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-01-21"}


COUNCIL = """KELBY TOWN COUNCIL
Minutes of the meeting of the Full Council held on Monday 10 February 2025 at 7.00pm in the Guildhall, Kelby

Present: Cllr M. Ferris (Mayor), Cllrs A. Bello, J. Crane, S. Pugh, W. Tate.

FC/25/14 MINUTES OF COMMITTEES
(a) Finance and General Purposes Committee - 14 January 2025
The minutes of the Finance and General Purposes Committee held on 14 January 2025 were received and adopted.
(b) Planning Committee - 28 January 2025
The minutes of the Planning Committee held on 28 January 2025 were received.

FC/25/15 CIVIC AWARDS
RESOLVED that the civic awards evening be held on 16 May 2025.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"kelby-town-council-full-council-2025-02-10.txt": COUNCIL}) \
            as opened:
        yield opened


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "kelby finance & gp cttee met 14 jan 25 - when did full council next pick up its minutes?",
    "when did kelby full council take up the finance and general purposes committee minutes of 14 january 2025?",
])
def test_a_committees_minutes_taken_up_later_by_the_council(council: Minutebook, question: str) -> None:
    answer = council.ask(question)
    assert answer.found, answer.answer
    assert "10 February 2025" in answer.answer and "adopted" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-02-10"}
