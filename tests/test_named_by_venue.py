"""A meeting named by where it was held, and apologies asked in other words: "the skelbrant village hall planning
meeting" names the meeting by its venue, which only the minutes' heading prints; such words say which meeting, not
what an item of it says, so they count for every item of that meeting (and neither against the item that answers
nor as a word no paper prints). "Who sent regrets" and "list of absentees" ask for the apologies ("list of", a request's
framing, names nothing). And the near misses
beside them, refused: a thing the meeting so named never took up, and a figure its item does not give.

The papers are written for the test (tests/fixtures/named-by-venue: a fictional national park authority's planning
committee meeting in a village hall, and a parish council meeting), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from service.places import where_said
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "named-by-venue"


asked = papers_fixture(PAPERS, "*.txt")


@pytest.mark.parametrize(("question", "said"), [
    # the meeting named by its venue, the question in everyday words
    ("skelbrant village hall planning session march 25 - the holiday let at low scarth, yes or no",
     ["granted"]),
    ("skelbrant hall - did the inspector award costs against the park over the thornsgill mast", ["refused"]),
    # apologies asked in other words
    ("harwood fells planning, march 2025 - which members sent regrets", ["Fenwick", "Quarmby"]),
    ("oxley wendon pc jan 25 - list of absentees", ["Rowntree", "Aspinall"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str]) -> None:
    answered(asked, question, said)


@pytest.mark.parametrize("question", [
    # the meeting named by its venue took up no wind turbine
    "skelbrant village hall planning session march 25 - what was decided about the wind turbine at high moss",
    # nor does its item give what the holiday let will cost to build
    "skelbrant village hall planning session march 25 - how much will the low scarth barn conversion cost",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question


def test_where_said_is_a_run_holding_a_word_no_item_prints() -> None:
    where = {"skelbrant", "village", "hall", "planning", "committee", "harwood", "fells"}
    printed = {"village", "hall", "planning", "committee"}
    # the run around the venue's own word, and none where every word is printed in items too
    assert where_said("the skelbrant village hall planning meeting", where, lambda w: w not in printed) == \
        {"skelbrant", "village", "hall", "planning"}
    assert where_said("the village hall planning meeting", where, lambda w: w not in printed) == set()
    assert where_said("skelbrant - what about the village hall", where, lambda w: w not in printed) == {"skelbrant"}
