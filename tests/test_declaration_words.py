"""Declarations asked in members' own words: "a dpi" (a disclosable pecuniary interest), and whether a member with an
interest "stayed in the room" (remained, spoke and voted) as well as whether they left it, answered from the
declarations however the minutes set them out (a table, lettered paragraphs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

TARNFORD = """# Tarnford Borough Council – Planning Committee

Minutes of the meeting held on 10 April 2018

Present: Councillors Ashdown (Chair), Brierley, Coates, Dawlish and Ellery

## 41. Declarations of interest

| Member | Item | Interest | Action |
|---|---|---|---|
| Cllr Brierley | 43 | Personal – knows the applicant | Remained and voted |
| Cllr Ellery | 44 | Disclosable pecuniary – owns adjoining land | Left the room |

## 42. Minutes

The minutes of the meeting held on 13 March 2018 were agreed.

## 43. 12 Orchard Rise – two-storey extension (18/0211/HH)

RESOLVED that permission be granted.

## 44. Land at Moor Lane – 30 dwellings (17/0988/OUT)

RESOLVED that the application be refused on highway safety grounds.
"""

PENDLE = """PENDLE VALE COMMUNITY COUNCIL
Minutes of the meeting held on Monday 13 June 2016 in the Memorial Hall

Present: Cllrs F. Gower (Chair), G. Harris, H. Ivens, J. Jenkins

1. Apologies: none.

2. Declarations of interest
(a) Cllr Harris declared a personal interest in item 3 as a trustee of the Memorial Hall and remained in the room.
(b) Cllr Ivens declared a disclosable pecuniary interest in item 4 as the landowner and left the meeting for that item.

3. Memorial Hall grant
RESOLVED to award £750 to the Memorial Hall Committee.

4. Sale of the allotment field
RESOLVED that the offer for the allotment field be declined.
"""


@pytest.fixture(scope="module")
def declared(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "tarnford-borough-council-planning-committee-2018-04-10.md": TARNFORD,
            "pendle-vale-community-council-2016-06-13.txt": PENDLE,
    }) as opened:
        yield opened


@pytest.mark.parametrize(("question", "named"), [
    ("who had a dpi at tarnford planning in april 18", "Ellery"),
    ("any dpis declared at pendle vale cc in june 2016?", "Ivens"),
    ("did cllr brierley stay in the room for orchard rise", "Brierley"),
    ("did cllr harris remain in the meeting for the memorial hall grant at pendle vale?", "Harris"),
])
def test_declarations_in_members_words(declared: Minutebook, question: str, named: str) -> None:
    answer = declared.ask(question)
    assert answer.found, question
    assert named in answer.answer
    assert any("eclar" in c.item_title for c in answer.citations)
