"""A new level asked for ("what's the monthly membership going up to from april", "what are allotment rents rising
to", "what is the speed limit being cut to"): the answer is a figure, set at a meeting before it takes effect. The
sentence giving the figure answers, not the resolution that only dates the change ("AGREED ... be adopted from
1 April 2025").

The papers are written for the test (a fictional town council), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

SEPTEMBER = """MARLBECK TOWN COUNCIL
AMENITIES COMMITTEE
Minutes of the meeting held on Monday, 9 September 2024 at 7.00 pm in the Guildhall

Present: Councillors Abbott (Chair), Brennan, Dale and Okafor.

41. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Ferris.

42. ALLOTMENT RENTS 2025

The Clerk reported on rents charged by neighbouring councils. The rent for a full plot would rise from £48 to \
£52 a year, and for a half plot from £26 to £28. Water charges would be unchanged.

RESOLVED that the new rents take effect from 1 January 2025.

43. RIVERSIDE ROAD SPEED LIMIT

The County Council's proposal for Riverside Road was considered. The limit past the primary school would be \
reduced from 30 mph to 20 mph, with signs and two speed humps.

RESOLVED that the Committee support the proposal, to take effect from 1 March 2025.

44. PAVILION HIRE CHARGES

The Facilities Officer proposed that the hourly hire charge for the pavilion be increased from £15.00 to \
£16.50 for local groups and from £22.00 to £24.00 for others.

RESOLVED that the new charges apply from 1 April 2025.

45. PLAY AREA INSPECTIONS

The annual inspection report was noted. No high risks had been found.

RESOLVED that the report be noted.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"marlbeck-amenities-2024-09-09.txt": SEPTEMBER}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "figure"), [
    ("what are allotment rents going up to from january 2025", "£52"),
    ("whats the speed limit by the school on riverside road being cut to from march 2025", "20 mph"),
    ("what's pavilion hire for local groups rising to from april 2025", "£16.50"),
    ("how high is a full allotment plot going to from jan 2025", "£52"),
    ("what will hiring the pavilion go up to for local groups from april 2025", "£16.50"),
])
def test_a_new_level_asked_is_answered_with_its_figure(committee: Minutebook, question: str, figure: str) -> None:
    answer = committee.ask(question)
    assert answer.found and figure in answer.answer
