"""A question asking the same thing of several meetings it names ("what did she argue for at the licensing committee
and at the planning committee?", "any public questions at the march and the june meetings?") is answered for each,
from that meeting's papers; where one of them does not answer it, nothing is made up for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

LICENSING_MARCH = """ASHWORTH DISTRICT COUNCIL
LICENSING COMMITTEE
Minutes of the meeting held on 1 March 2023

Present: Councillors R Okafor (Chair), M Patel, S Lindqvist and T Brennan.

LC/23/10 Public questions
Mrs Dale asked whether late-night taxi ranks would be staffed over Easter. The Chair replied that marshals would be
provided on Friday and Saturday nights.

LC/23/11 Hackney carriage fares
Councillor Patel argued for a freeze on hackney carriage fares for a further year, given the cost of living.
RESOLVED that hackney carriage fares be frozen until 31 March 2024.
"""

LICENSING_JUNE = """ASHWORTH DISTRICT COUNCIL
LICENSING COMMITTEE
Minutes of the meeting held on 14 June 2023

Present: Councillors R Okafor (Chair), M Patel and T Brennan.

LC/23/19 Public questions
Mr Idris asked when the street trading consultation would close. Officers replied that it would close on 31 July.

LC/23/20 Street trading policy
RESOLVED that the draft street trading policy be published for consultation.
"""

PLANNING_MAY = """ASHWORTH DISTRICT COUNCIL
PLANNING COMMITTEE
Minutes of the meeting held on 10 May 2023

Present: Councillors J Whitcombe (Chair), M Patel, L Osei and D Varga.

PC/23/31 Solar farm, Low Field, Ashworth Moor (23/0412/FUL)
Councillor Patel argued for refusal on the grounds of the loss of best and most versatile agricultural land.
RESOLVED that planning permission be refused.
"""


@pytest.fixture(scope="module")
def ashworth(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashworth-district-council-licensing-committee-2023-03-01.txt": LICENSING_MARCH,
            "ashworth-district-council-licensing-committee-2023-06-14.txt": LICENSING_JUNE,
            "ashworth-district-council-planning-committee-2023-05-10.txt": PLANNING_MAY,
    }) as opened:
        yield opened


def _days(answer: object) -> set[str]:
    return {c.meeting_date.isoformat() for c in getattr(answer, "citations", [])}


def test_the_same_thing_asked_of_two_bodies(ashworth: Minutebook) -> None:
    answer = ashworth.ask("cllr patel - what did she argue for at the ashworth licensing cttee and at the planning "
                          "committee?")
    assert answer.found
    assert {"2023-03-01", "2023-05-10"} <= _days(answer)
    assert "freeze" in answer.answer and "refusal" in answer.answer


def test_the_same_thing_asked_of_two_dates(ashworth: Minutebook) -> None:
    answer = ashworth.ask("did the ashworth licensing committee get any public questions in march 23 and in june 23?")
    assert answer.found
    assert {"2023-03-01", "2023-06-14"} <= _days(answer)
    assert "Mrs Dale" in answer.answer and "Mr Idris" in answer.answer


def test_one_meeting_that_does_not_answer_is_not_made_up(ashworth: Minutebook) -> None:
    answer = ashworth.ask("what did cllr patel argue about the library closures at the licensing cttee and at the "
                          "planning committee?")
    assert not answer.found
