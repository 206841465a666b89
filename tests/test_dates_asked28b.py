"""Dates, the meeting to come and a meeting named otherwise (class 28b of round 28):

- a meeting named by its season, no year ("their autumn sitting"): the date announced for it where it is still to
  come (a run-in "the next meeting ... would be held on" sentence), the meeting's own date where it was held;
- a meeting named by its business ("the precept setting meeting next year"): the row of a calendar of meetings
  that names that business;
- the call-in deadline asked with the verb split by its object ("last day anyone could call any of it in");
- a meeting's venue jotted by its noun ("june mtg location?", "location of the meeting"), and a later question
  jotted as a noun phrase after a question mark ("venue? leader's name?");
- "which earlier meetings" had their minutes signed: meetings are named by their dates, not by names.

The papers are written for the test (tests/fixtures/dates-asked-28b), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from service.question_parts import question_parts
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "dates-asked-28b"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("ferncombe fire - when's their autumn meeting?", ["9 October 2031"], []),
    ("date of the ferncombe fire authority's autumn sitting", ["9 October 2031"], []),
    ("aldwick pc - when is the precept setting meeting next year", ["12 January 2032"], ["14 July 2031"]),
    ("what date was aldwick's spring meeting", ["10 March 2031"], ["14 July 2031"]),
    ("aldwick 10 march: which earlier meetings got their minutes signed, and when were they",
     ["13 January 2031", "3 February 2031"], []),
    ("harnley cabinet 10/6/31 - last day anyone could call any of it in?", ["19 June 2031"], []),
    ("harnley cabinet june mtg location?", ["Committee Room 2"], []),
    ("aldwick may 2031 meeting - location of the meeting", ["Village Hall"], []),
    ("harnley cabinet june mtg location? leader's name?", ["Committee Room 2", "Adeyemi"], []),
])
def test_dates_and_meetings_asked_otherwise(asked: Minutebook, question: str, said: list[str],
                                             unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


def test_a_season_names_a_meeting_asked_its_date() -> None:
    assert cue_intents("kelbrook - date of the summer session?").get(Intent.NEXT_MEETING, 0.0) >= 0.9
    assert cue_intents("how much salt is stockpiled for the winter").get(Intent.NEXT_MEETING, 0.0) == 0.0


def test_a_jotted_noun_phrase_is_a_question_of_its_own() -> None:
    assert question_parts("spring 2017 mtg location? translator's name?") == ["spring 2017 mtg location",
                                                                              "translator's name?"]
    assert question_parts("who moved it? why not?") == ["who moved it? why not?"]
