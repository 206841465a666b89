"""Decisions asked in everyday words, of small fictional papers written for these tests
(``fixtures/decisions-everyday-23a``):

* a ModernGov-style page whose items are marked headings with no numbers, one of them an action tracker whose table
  rows are numbered by their own references ("HS21", "HS22"): the items are the headings, not the tracker's rows;
* a planning committee's typed minutes whose capitals headings run onto a second line ("... FORMER GASWORKS SITE," /
  "TANNERY LANE, BRINSCALL"), with a grant "subject to" (no colon) over its (a) and (b): the title whole, and the
  grant one decision with what it is subject to;
* a parish's co-option to a seat left empty after an election (a "vacancy"), asked as "the spare seat";
* and questions as people ask them: "did it get the go ahead", "what did they settle on", "did they back it", "what did
  they ask cabinet to change", "did it go through" — a decision asked, answered by the item's resolution (not the next
  meeting's date, not refused because the resolution words the matter otherwise than the question does).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

pytestmark = pytest.mark.real_model

FIXTURES = REPO / "tests" / "fixtures" / "decisions-everyday-23a"
PANEL = FIXTURES / "ashgrove-borough-council-housing-scrutiny-panel-2027-10-06.html"
PLANNING = FIXTURES / "thornley-vale-district-council-planning-committee-2027-09-14.txt"
FIRE = FIXTURES / "harrowmere-fire-authority-full-authority-2027-02-18.md"
PARISH = FIXTURES / "fellbeck-parish-council-annual-meeting-2027-05-11.txt"


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in (PANEL, PLANNING, FIRE, PARISH)}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


def test_unnumbered_headings_are_the_items_not_the_trackers_rows() -> None:
    (meeting,) = parse_file(PANEL).meetings
    titles = [i.title for i in meeting.items]
    assert "Empty Homes Strategy" in titles and "Tenant Satisfaction Measures" in titles, titles
    assert not any(i.number and i.number.startswith("HS") for i in meeting.items), titles


def test_a_capitals_heading_run_onto_the_next_line_is_one_title() -> None:
    (meeting,) = parse_file(PLANNING).meetings
    item = next(i for i in meeting.items if i.number == "PC/27/33")
    assert item.title.endswith("TANNERY LANE, BRINSCALL"), item.title
    (grant,) = item.resolutions
    assert grant.text.startswith("That planning permission be GRANTED subject to") and "£96,500" in grant.text


@pytest.mark.parametrize(("question", "printed"), [
    ("thornley vale - did the tannery lane gasworks homes get the go ahead?", "GRANTED"),
    ("harrowmere fire - which band d precept did they settle on for 27/28", "£88.15"),
    ("did harrowmere's precept go through", "£88.15"),
    ("ashgrove housing panel: did they back the empty homes strategy?", "endorses"),
    ("ashgrove empty homes - what did the panel ask cabinet to change", "eighteen months"),
])
def test_a_decision_asked_in_everyday_words_is_its_resolution(opened: Minutebook, question: str,
                                                                printed: str) -> None:
    answer = opened.ask(question)
    assert answer.found and printed in answer.answer, answer.answer
    assert "next meeting" not in answer.answer.lower(), answer.answer


def test_a_spare_seat_is_the_vacancy_filled(opened: Minutebook) -> None:
    answer = opened.ask("fellbeck: who took the spare seat on the parish council after the elections?")
    assert answer.found and "Pickup" in answer.answer, answer.answer
