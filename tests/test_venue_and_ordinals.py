"""A meeting named by where it was held, and "the second" as an ordinal.

Read from a fictional district council's planning and licensing committees, which met at different venues
(``fixtures/venue-and-times``):

* people name a meeting by its venue ("the Quarrendon Lodge meeting"), a word the papers print only in the meeting's
  heading: it says which meeting, so an item of that meeting is not refused for lacking it, and an item of a meeting
  held elsewhere does not answer;
* "who addressed members on the second plans list application" asks who spoke, not who seconded a motion.
"""

from __future__ import annotations

import pytest

from service.core import Minutebook
from service.who_where import MOTION_ASKED
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "venue-and-times"


opened = papers_fixture(FIXTURES)


def test_a_meeting_named_by_its_venue_is_answered_from_its_items(opened: Minutebook) -> None:
    answer = opened.ask("what did the inspectorate decide on costs at weir house, quarrendon lodge meeting")
    assert answer.found and "award of costs" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2026-05-07"}


def test_a_venue_names_one_meeting_not_another_held_elsewhere(opened: Minutebook) -> None:
    # street trading was decided by the licensing committee, which met in the Civic Offices
    answer = opened.ask("what did the quarrendon lodge meeting decide about the town centre street trading consents")
    assert not answer.found, answer.answer
    # asked without the venue, the licensing committee's decision is the answer
    answer = opened.ask("what did greyholt decide about the town centre street trading consents in may 2026")
    assert answer.found and "held at the 2025/26 level" in answer.answer, answer.answer


def test_the_second_of_a_list_is_no_seconder(opened: Minutebook) -> None:
    answer = opened.ask("quarrendon lodge planning meeting in may - who addressed members on the second plans list "
                        "application")
    # (refused before as "the papers do not say who seconded it"; which of the list is second is not yet read)
    assert answer.found and "addressed the committee" in answer.answer, answer.answer
    assert [c.minute for c in answer.citations][:1] == ["PC/26/16"]


@pytest.mark.parametrize(("question", "seconder"), [
    ("who seconded the motion", True),
    ("who seconds it", True),
    ("who addressed members on the second plans list application", False),
    ("who spoke at the second meeting", False),
    ("who took a second look at the report", False),
])
def test_seconding_asked_is_told_from_the_ordinal(question: str, seconder: bool) -> None:
    found = MOTION_ASKED.search(question)
    assert bool(found and found.group(2)) is seconder
