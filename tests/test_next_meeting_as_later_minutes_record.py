"""When a body met next, as its later minutes record it: a meeting held in between, known only because the next paper
approves its minutes ("the minutes of the Extraordinary Meeting held on 23 September 2024 be signed"); and a meeting
set for a date that did not go ahead then ("the meeting arranged for 14 October had been postponed to this date").
Another body's minutes received at the same item are no meeting of the body. The papers are written for the test: a
parish council (September and October) and a district's scrutiny panel (July and November), in their own layouts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import MinuteItem
from service.core import Minutebook
from service.held_between import held_between, moved_meeting
from tests.conftest import papers_minutebook

PARISH_SEPT = """HOLLINGBRIDGE PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Monday 9 September 2024 at 7.30pm in the Village Hall

Present: Cllr S. Pryor (Chairman), Cllrs Abbott, Glynn, Mercer and Odell.

64/24 APOLOGIES
Apologies were received from Cllr Tandy.

65/24 BUS SHELTER, CHURCH LANE
The Clerk reported that the glazing had been replaced.

66/24 DATE OF NEXT MEETING
Monday 14 October 2024.
"""

PARISH_OCT = """HOLLINGBRIDGE PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Monday 14 October 2024 at 7.30pm in the Village Hall

Present: Cllr S. Pryor (Chairman), Cllrs Abbott, Glynn, Mercer, Odell and Tandy.

70/24 MINUTES
It was resolved that the minutes of the meeting of the Parish Council held on 9 September 2024 be signed as a correct
record. It was resolved that the minutes of the Extraordinary Meeting held on Monday 23 September 2024, called to
respond to the solar farm consultation, be signed as a correct record. The minutes of the Allotments Committee held
on 16 September 2024 were received.

71/24 SOLAR FARM, HOLLOW LANE
The Clerk confirmed that the council's objection had been sent on 25 September.
"""

PANEL_JULY = """WESTREY DISTRICT COUNCIL

HOUSING SCRUTINY PANEL

Minutes of the meeting held on Thursday 18 July 2024 at 6.00pm in Committee Room 2, Westrey House

Present: Councillor J. Okafor (Chair), Councillors Bell, Dunn and Harcourt.

HSP/12 VOID PROPERTIES
The Head of Housing reported 146 empty council homes, against 131 in March.

RESOLVED - That the report be noted.

HSP/13 DATE AND TIME OF NEXT MEETING
RESOLVED - That the next meeting of the Panel be held on Monday 14 October 2024 at 6.00pm.
"""

PANEL_NOV = """WESTREY DISTRICT COUNCIL

HOUSING SCRUTINY PANEL

Minutes of the meeting held on Monday 11 November 2024 at 6.00pm in Committee Room 2, Westrey House

Present: Councillor J. Okafor (Chair), Councillors Bell, Dunn and Harcourt.

HSP/17 MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting held on 18 July 2024 were agreed as a correct record. It was noted that the meeting
arranged for 14 October 2024 had been postponed to this date because of the by-election.

HSP/18 DAMP AND MOULD
The Head of Housing reported 212 open damp and mould cases.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "hollingbridge-parish-council-2024-09-09.txt": PARISH_SEPT,
            "hollingbridge-parish-council-2024-10-14.txt": PARISH_OCT,
            "westrey-district-council-housing-scrutiny-panel-2024-07-18.txt": PANEL_JULY,
            "westrey-district-council-housing-scrutiny-panel-2024-11-11.txt": PANEL_NOV,
    }) as opened:
        yield opened


def item(text: str) -> MinuteItem:
    return MinuteItem(number="1", title="Minutes", text=text)


def test_a_meeting_whose_minutes_are_approved_is_one_held_in_between() -> None:
    said = ("That the minutes of the meeting held on 2 May 2022 be signed. That the minutes of the special meeting "
            "held on Tuesday 17 May 2022 be signed as correct.")
    found = held_between([item(said)], "Town Council", dt.date(2022, 6, 6), dt.date(2022, 5, 2))
    assert found is not None and found[0] == dt.date(2022, 5, 17)
    # the meeting asked about itself, and another body's minutes received, are not it
    other = "The minutes of the Planning Committee held on 20 May 2022 were received."
    assert held_between([item(other)], "Town Council", dt.date(2022, 6, 6), dt.date(2022, 5, 2)) is None
    assert held_between([item(said)], "Town Council", dt.date(2022, 6, 6), dt.date(2022, 5, 17)) is None


def test_a_later_meeting_says_the_one_set_before_it_was_moved() -> None:
    moved = moved_meeting([item("The minutes were agreed. The meeting arranged for 3 March had been cancelled.")])
    assert moved is not None and "cancelled" in moved[1]
    assert moved_meeting([item("The minutes of the meeting held on 3 February were agreed as a correct record.")]) \
        is None


@pytest.mark.real_model
def test_the_next_meeting_is_the_one_held_in_between(bodies: Minutebook) -> None:
    answer = bodies.ask("hollingbridge parish council met on 9 september 2024 - when did they next meet after that?")
    assert answer.found, answer.answer
    assert "23 September 2024" in answer.answer, answer.answer
    assert "16 September" not in answer.answer  # the allotments committee's, received
    assert any(c.meeting_date == dt.date(2024, 10, 14) for c in answer.citations)


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "westrey housing scrutiny panel - did the october meeting they set in july actually go ahead?",
    "westrey housing panel july 2024 - the next meeting they set, did it go ahead?",
])
def test_a_meeting_set_for_a_date_that_was_moved_says_so(bodies: Minutebook, question: str) -> None:
    answer = bodies.ask(question)
    assert answer.found, answer.answer
    assert "14 October 2024" in answer.answer and "postponed" in answer.answer, answer.answer
    assert {c.meeting_date for c in answer.citations} >= {dt.date(2024, 7, 18), dt.date(2024, 11, 11)}
