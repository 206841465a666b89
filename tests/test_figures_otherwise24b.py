"""Figures asked otherwise than the minutes print them (round 24, class b): the incidents a fire service "attended"
(a count, not who came to the meeting) with an "avg" response time; "urgent biz"; calls answered within "7 secs";
how available the on-call "engines" were (the papers' "appliances") and where it was "worst" (the lowest); the
households with a "brown bin" (the garden waste service) and its "charge" (a sum the minute prints without the word);
a petition's "names" (whom it was "signed by") and the "cost" of the work, given two sentences apart; how many of the
public "showed up" (the attendance record's count); and a run of planning references asked with its last digit left
open ("28/11x").

The papers are written for the test (tests/fixtures/figures-otherwise-24b: a fictional fire authority's minutes, a
district council committee's and a parish council's), ingested with the real model into a real store and asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "figures-otherwise-24b"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "said", "title"), [
    ("brackwater fire authority - how many incidents were attended in 2027/28, and what was the avg response time "
     "for primary fires", ["7,482", "8 minutes 51 seconds"], "PERFORMANCE REPORT - 2027/28 YEAR END"),
    ("was any urgent biz taken at brackwater fire in may 2028?", ["no items of urgent business"],
     "ITEMS OF URGENT BUSINESS"),
    ("are they answering 999 calls within 7 secs at brackwater?", ["96%"], "CONTROL ROOM"),
    ("brackwater on-call engines: what availability did they manage, and where was it worst?",
     ["78.2%", "Fellgate", "58%"], "ON-CALL CREWING"),
    ("kelby - how many households have the brown bin service, and what's the annual charge?", ["12,940", "£52"],
     "Household waste performance – quarter 4"),
    ("moorside pavilion petition in kelby: how many names, and the cost of the building work?", ["648", "£86,000"],
     "Petition – Moorside Pavilion"),
    ("elmcote planning in june 2028 - did they object to any of the 28/11x applications?", ["28/115/FUL", "Objection"],
     "Planning Applications"),
])
def test_answered(asked: Minutebook, question: str, said: list[str], title: str) -> None:
    answer = answered(asked, question, said)
    assert answer.citations[0].item_title == title, (question, answer.citations[0])


def test_public_count_from_attendance(asked: Minutebook) -> None:
    answer = asked.ask("how many people from the public showed up at elmcote parish council in june 2028")
    assert answer.found
    assert "11 members of the public" in answer.answer, answer.answer
    assert answer.citations[0].item_title.startswith("Attendance"), answer.citations[0]


@pytest.mark.parametrize("question", [
    "elmcote planning in june 2028 - did they object to any of the 28/12x applications?",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question
