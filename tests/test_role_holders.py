"""Who holds a part in a matter ("who's the landowner", "who was the contractor", "who is the applicant") is answered
only by a quote naming someone beside the part's word, or in an item titled for it; a quote that speaks of the matter
and names someone else (a member declaring an interest in it) does not say who holds the part.

A fictional planning committee's minutes, ingested with the real model and asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """BRAMFORD BOROUGH COUNCIL - PLANNING COMMITTEE
Minutes of the meeting held on Monday 6 March 2023

Present: Cllr Orton (Chair), Cllrs Patel, Quayle and Rudd.

PL/23/14 DECLARATIONS OF INTEREST

Cllr Patel declared an interest in item PL/23/16 (Land at Mill Croft, Ashby Green) as a member of Ashby Green \\
Parish Council.

PL/23/15 APPLICATION 22/1180 - NINE DWELLINGS, ORCHARD WAY

The applicant, Mr Desmond Hale, addressed the Committee in support of the scheme. RESOLVED that permission be \\
granted.

PL/23/16 APPLICATION 22/1204 - LAND AT MILL CROFT, ASHBY GREEN

Members discussed access to the site from Mill Croft. RESOLVED that permission be refused on highway grounds.

PL/23/17 GROUNDS MAINTENANCE CONTRACT

The Committee noted that the grounds maintenance contract had been re-tendered. Greenway Landscapes Ltd had been \\
appointed as the new contractor from 1 April 2023.
"""


@pytest.fixture(scope="module")
def bramford(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"bramford-borough-council-planning-committee-2023-03-06.txt": MINUTES}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "who's the landowner at mill croft, ashby green?",
    "who was the applicant for the mill croft land at ashby green?",
    "who is the developer of the nine dwellings at orchard way?",
])
def test_a_part_no_quote_names_a_holder_of_is_refused(bramford: Minutebook, question: str) -> None:
    refused = bramford.ask(question)
    assert not refused.found, refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("who was the applicant for the nine dwellings at orchard way?", "Desmond Hale"),
    ("who's the new grounds maintenance contractor?", "Greenway Landscapes"),
])
def test_a_part_a_quote_names_the_holder_of_is_answered(bramford: Minutebook, question: str, said: str) -> None:
    answered = bramford.ask(question)
    assert answered.found and said in answered.answer, answered.answer
