"""Figures and named things asked otherwise than the minutes print them: "A&E" in the papers read as the question's
"a&e" is (accident and emergency, not two stray letters); how many "people went to" an event, answered by its
visitors; how many "extra" staff, counting the staff; what a town council is "raising from council tax" (its
precept); how many "names" on a petition (its signatures) sent "to the mayor", whom the minute need not name; what the
public "sent in" (questions received). And a paper's layout: an action tracker's rows numbered "LS21", "LS22" under
the heading the page marks ("<h3>Action Tracker</h3>") are the tracker's rows, not the numbering of the minutes'
items, which stay the headings the page marks (an urgent item after the tracker among them).

The papers are written for the test (tests/fixtures/figures-asked-23b: a fictional borough's scrutiny panel page, an
ICB board's minutes and a town council's), ingested with the real model into a real store and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import read_source
from ingest.structure import parse_text
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "figures-asked-23b"
PANEL = PAPERS / "hallowby-borough-council-leisure-scrutiny-panel-2027-02-16.html"


def test_tracker_rows_are_no_items() -> None:
    parsed = parse_text(read_source(PANEL), PANEL.name, "0")
    titles = [item.title for meeting in parsed.meetings for item in meeting.items]
    assert titles == ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting",
                      "Public questions", "Riverside Lido Summer Season", "Action Tracker",
                      "Urgent Item - Closure of Millbank Pavilion", "Date of next meeting"]


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "said", "title"), [
    ("skelmoor icb - share of a&e patients seen inside 4 hrs in feb?", ["71.9%"], "Performance report"),
    ("hallowby riverside lido - about how many people went to it in the 2026 season", ["46,500"],
     "Riverside Lido Summer Season"),
    ("hallowby lido: how many extra lifeguards at weekends and what does it cost a year", ["13 staff", "£24,300"],
     "Riverside Lido Summer Season"),
    ("millbank pavilion - what will the repairs come to", ["£61,000", "£88,000"],
     "Urgent Item - Closure of Millbank Pavilion"),
    ("thornwick tc - how much are they raising from council tax in 27/28, and the band d amount", ["£287,940",
                                                                                                 "£118.62"],
     "Budget and precept 2027/28"),
    ("how many names were on mrs pellow's petition to the chair", ["3,412"], "Community petition"),
    ("hallowby leisure panel in feb: did the public send anything in", ["No questions"], "Public questions"),
])
def test_answered(asked: Minutebook, question: str, said: list[str], title: str) -> None:
    answer = answered(asked, question, said)
    assert answer.citations[0].item_title == title, (question, answer.citations[0])


@pytest.mark.parametrize("question", [
    "hallowby lido - how many extra car parking spaces",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question
