"""Minutes whose items are unnumbered headings in capitals, with a numbered list under one of them (a planning
committee's "APPLICATIONS FOR PLANNING PERMISSION" over applications numbered 1) to 3), then "TREE PRESERVATION
ORDERS", "ENFORCEMENT REPORT" and exempt business): the paper in tests/fixtures/headed-lists/, written for these
tests.

* the headings before and after the list are items of their own: not lost into the list's first and last members
  (the business after the last application, exempt business among it, was read as that application's text);
* each numbered application is an item, titled by its whole heading: its reference, site and proposal
  ("WV/25/01877/FUL - Orchard House, Little Wenham - Two-storey rear extension ..."), not the reference alone;
* a numbered run that is the items' own numbering is read as before;
* asked "how many of the X homes are affordable", the count is of the homes: "13 of the dwellings" answers it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from ingest.pipeline import parse_file
from minutebook.model import Meeting
from service.core import Minutebook
from tests.conftest import papers_minutebook, parsed_meeting

HEADED_LISTS = Path(__file__).parent / "fixtures" / "headed-lists"
PAPER = HEADED_LISTS / "wenham-vale-district-council-planning-committee-2026-02-12.txt"


def _meeting() -> Meeting:
    (meeting,) = parse_file(PAPER).meetings
    return meeting


def test_the_headings_around_a_numbered_list_are_items() -> None:
    titles = [i.title for i in _meeting().items]
    for heading in ("MINUTES OF THE PREVIOUS MEETING", "APPLICATIONS FOR PLANNING PERMISSION",
                    "TREE PRESERVATION ORDERS", "ENFORCEMENT REPORT", "EXCLUSION OF THE PRESS AND PUBLIC",
                    "PROSECUTION - LAND AT KETTLEBROOK FARM (EXEMPT)", "DATE OF NEXT MEETING"):
        assert heading in titles
    assert titles.index("APPLICATIONS FOR PLANNING PERMISSION") < titles.index(
        "WV/26/00041/LBC - The Old Maltings, Priory Road, Wenham - Replacement of sash windows") \
        < titles.index("TREE PRESERVATION ORDERS")


def test_the_last_application_holds_its_own_text_and_the_exempt_business_is_exempt() -> None:
    items = {i.title.split(" - ")[0]: i for i in _meeting().items}
    last = items["WV/26/00041/LBC"]
    assert last.number == "3" and "enforcement" not in last.text.lower() and not last.exempt
    assert [r.text for r in last.resolutions] == ["That listed building consent be GRANTED."]
    assert "41 open enforcement cases" in items["ENFORCEMENT REPORT"].text
    assert items["PROSECUTION"].exempt
    assert not items["ENFORCEMENT REPORT"].exempt


def test_an_application_is_titled_by_its_reference_site_and_proposal() -> None:
    first = next(i for i in _meeting().items if i.number == "1")
    assert first.title == ("WV/25/01877/FUL - Orchard House, Little Wenham - Two-storey rear extension and detached "
                           "garage")
    assert first.text.startswith("The Planning Officer presented the application.")


def test_numbered_items_under_one_heading_of_the_paper_keep_their_numbering(tmp_path: Path) -> None:
    """A heading in capitals over numbered items ("PUBLIC BUSINESS"), none after them: the numbering is the items'."""
    meeting = parsed_meeting(tmp_path, """WENHAM VALE DISTRICT COUNCIL
LICENSING COMMITTEE
Minutes of the meeting of the Licensing Committee held on Monday 9 March 2026 at 10.00 am.

PRESENT: Councillors Rosalind Tebbutt (Chair) and Gareth Olney.

PUBLIC BUSINESS

1. APOLOGIES

Apologies were received from Councillor Priya Chandran.

2. STREET TRADING POLICY

RESOLVED: That the revised policy be adopted.

3. TAXI FARES

RESOLVED: That the table of fares be advertised.
""")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES"), ("2", "STREET TRADING POLICY"), ("3", "TAXI FARES")]


# ----------------------------------------------------------------------------- asked of the paper


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {PAPER.name: PAPER.read_text(encoding="utf-8")}) as mb:
        yield mb


def test_a_heading_after_the_list_is_cited_for_what_it_reports(opened: Minutebook) -> None:
    answer = opened.ask("how many open enforcement cases has the wenham vale planning committee got")
    assert answer.found and "41" in answer.answer, answer.answer
    assert answer.citations[0].item_title == "ENFORCEMENT REPORT"


@pytest.mark.parametrize("question", [
    "wenham vale planning committee - how many of the mill road homes r affordable",
    "how many of the mill road houses at wenham vale planning cttee will be affordable",
])
def test_how_many_of_the_things_counts_the_things(opened: Minutebook, question: str) -> None:
    """"How many of the X homes are affordable": a part of the homes, counted as homes ("13 of the dwellings")."""
    answer = opened.ask(question)
    assert answer.found and "13 of the dwellings" in answer.answer, answer.answer
    assert answer.citations[0].minute == "2"
