"""Whether a meeting could be joined from afar, as people ask it ("could ppl join remotely", "had people joining
online"): the meeting's venue line says so where it names a remote manner ("Council Chamber, Civic Offices, Redlake
and remotely", "via Microsoft Teams"); a venue naming only a room does not say it, and the question is refused. The
papers are written for the test: a district council's full council (a hybrid meeting), a health board (on Teams) and a
parish council (in its hall).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.intents import cue_intents
from index.query import Intent
from service.core import Minutebook
from tests.conftest import papers_minutebook

REDLAKE = """Agenda and minutes

Council - Wednesday, 9th October, 2024 10.00 am

Venue: Council Chamber - Civic Offices, Redlake. RD4 2JP and remotely. View directions

Items
No. Item

1.

APOLOGIES FOR ABSENCE

Minutes:

Apologies for absence were received from Councillors T. Amberley and J. Cole.

2.

COUNCIL TAX REDUCTION SCHEME 2025/26

Minutes:

RESOLVED that the council tax reduction scheme for 2025/26 be adopted unchanged.
"""

HEALTH_BOARD = """Brackwater Integrated Care Board

Minutes of the Board Meeting in Public

Held on 14th November 2024 via Microsoft Teams

Present:
Dr Lena Hartley LH Chair
Paul Ostrowski PO Chief Executive

1. Welcome and apologies
Apologies were received from Rita Vance.

2. Winter plan
The Board approved the winter plan.
"""

PARISH = """Minutes of a Meeting of Stowley Parish Council held at 7.30pm on Monday 2 December 2024 at the \
Stowley Village Hall, Church Road, Stowley

Present: Cllr B. Keane (Chairman), Cllrs Dunne, Orme and Pask.

112/24 Apologies
None.

113/24 Precept 2025/26
It was resolved to set the precept at £24,600.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "redlake-district-council-full-council-2024-10-09.txt": REDLAKE,
            "brackwater-icb-board-2024-11-14.txt": HEALTH_BOARD,
            "stowley-parish-council-2024-12-02.txt": PARISH,
    }) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "could people join the redlake full council in october 2024 remotely?",
    "which had people joining online - the brackwater icb board in nov 24 - and how",
    "could ppl dial in via teams to the board",
])
def test_joining_from_afar_asks_where_the_meeting_was_held(question: str) -> None:
    assert cue_intents(question).get(Intent.VENUE, 0.0) >= 0.8


@pytest.mark.real_model
def test_a_meeting_held_in_a_room_and_remotely_could_be_joined(bodies: Minutebook) -> None:
    answer = bodies.ask("could people join the redlake full council in october 2024 remotely?")
    assert answer.found, answer.answer
    assert "remotely" in answer.answer and "Council Chamber" in answer.answer, answer.answer


@pytest.mark.real_model
def test_a_meeting_held_on_a_platform_could_be_joined(bodies: Minutebook) -> None:
    answer = bodies.ask("could board members join the brackwater icb meeting in november remotely?")
    assert answer.found, answer.answer
    assert "Microsoft Teams" in answer.answer, answer.answer


@pytest.mark.real_model
def test_a_meeting_held_in_a_hall_does_not_say_it_could_be_joined(bodies: Minutebook) -> None:
    answer = bodies.ask("could residents join the stowley parish council meeting in december 2024 online?")
    assert not answer.found, answer.answer
