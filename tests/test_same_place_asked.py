"""Whether two meetings were held in the same place, asked as people ask it ("were the leader's decisions meeting in
march and the full council in may held in the same place?", "did they meet at the same venue"): where each was held,
from each meeting's own header, one line a meeting. Not every "same place" asks where a meeting was ("was the bench put
back in the same place"). The papers are written for the test: two bodies of one council, a room each.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.intents import cue_intents
from index.query import Intent
from service.core import Minutebook
from tests.conftest import papers_minutebook

LICENSING = """Cyngor Sir Penfro Fach - Penfro Fach County Council

Licensing Committee - Wednesday, 12th March, 2025 10.00 am

Venue: Committee Room 2 - Shire Hall, Penfro Fach
Contact: Democratic Services

1. DECLARATIONS OF PERSONAL INTERESTS

There were no declarations of personal interest.

2. STREET TRADING CONSENTS

The Committee granted street trading consents to two food vans in Market Square.
"""

COUNCIL = """Cyngor Sir Penfro Fach - Penfro Fach County Council

County Council - Wednesday, 14th May, 2025 10.00 am

Venue: Council Chamber - Shire Hall, Penfro Fach and online
Contact: Democratic Services

1. APOLOGIES FOR ABSENCE

Apologies were received from Councillors Hughes and Rees.

2. ELECTION OF CHAIR

Councillor M. Owen was elected Chair of the Council for the year.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "penfro-fach-county-council-licensing-committee-2025-03-12.txt": LICENSING,
            "penfro-fach-county-council-full-council-2025-05-14.txt": COUNCIL,
    }) as opened:
        yield opened


@pytest.mark.parametrize(("question", "venue"), [
    ("were the leader's decisions meeting in march and the county council in may held in the same place?", True),
    ("did the two meetings meet at the same venue", True),
    ("was the council meeting held in a different room from the leader's", True),
    ("was the bench put back in the same place", False),
])
def test_the_same_place_asked_of_meetings_asks_where_they_were_held(question: str, venue: bool) -> None:
    assert (cue_intents(question).get(Intent.VENUE, 0.0) >= 0.5) == venue


@pytest.mark.real_model
def test_each_meeting_says_where_it_was_held(council: Minutebook) -> None:
    answer = council.ask("were penfro fach's licensing committee in march 2025 and the county council in may 2025 "
                         "held in the same place?")
    assert answer.found, answer.answer
    assert "Committee Room 2" in answer.answer and "Council Chamber" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-03-12", "2025-05-14"}
