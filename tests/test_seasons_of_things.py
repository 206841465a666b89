"""A season named with its year for what it dates, not when a meeting was held: "the summer 2023 holiday
programme", "the reading challenge for summer 2024". Councils report on a season's programme at a later meeting
("Holiday Activities and Food Programme - Summer 2023", minuted in November), and the committee may well have met
in that summer too: the answer is the item that prints the season, not the summer meeting's business nor the next
season's report. "What did the panel decide in summer 2024" still asks for the summer meeting.

Fictional papers written for the test, ingested with the real model into a real store and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JULY = """ELMSTEAD BOROUGH COUNCIL
Minutes of the meeting of the Communities Scrutiny Panel held on Tuesday 9 July 2024 at 6pm

Present: Councillor Iris Penn (Chair), Councillor Kit Rowe, Councillor Lou Sands

4. LIBRARY OPENING HOURS
Resolved: that Saturday opening at the branch libraries be extended to 4pm.

5. PARKS EVENTS
Resolved: that the parks events calendar be published on the council's website.
"""

NOVEMBER = """ELMSTEAD BOROUGH COUNCIL
Minutes of the meeting of the Communities Scrutiny Panel held on Tuesday 12 November 2024 at 6pm

Present: Councillor Iris Penn (Chair), Councillor Kit Rowe, Councillor Lou Sands

11. SUMMER READING CHALLENGE - SUMMER 2024
The Libraries Manager reported that 3,412 children had taken part in the reading challenge over the summer.
Resolved: that the Panel thank library staff and volunteers, and that a report on the winter 2024 reading \
challenge come to the March 2025 meeting.
"""

MARCH = """ELMSTEAD BOROUGH COUNCIL
Minutes of the meeting of the Communities Scrutiny Panel held on Tuesday 11 March 2025 at 6pm

Present: Councillor Iris Penn (Chair), Councillor Kit Rowe

7. READING CHALLENGE - WINTER 2024
The Libraries Manager reported that 1,208 children had taken part in the winter reading challenge.
Resolved: that the report be noted.
"""


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"elmstead-communities-scrutiny-panel-2024-07-09.txt": JULY,
              "elmstead-communities-scrutiny-panel-2024-11-12.txt": NOVEMBER,
              "elmstead-communities-scrutiny-panel-2025-03-11.txt": MARCH}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "what did the panel decide about the summer 2024 reading challenge?",
    "what did they decide about the reading challenge for summer 2024?",
])
def test_a_season_naming_a_thing_is_the_item_printing_it(panel: Minutebook, question: str) -> None:
    answered = panel.ask(question)
    assert answered.found, answered.answer
    assert {str(c.meeting_date) for c in answered.citations} == {"2024-11-12"}, answered.answer


def test_a_season_after_the_verb_is_when_the_body_met(panel: Minutebook) -> None:
    answered = panel.ask("what did the panel decide in summer 2024?")
    assert answered.found and {str(c.meeting_date) for c in answered.citations} == {"2024-07-09"}, answered.answer
