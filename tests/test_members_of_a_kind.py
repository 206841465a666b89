"""Which members of a kind came ("which independent members were at the standards committee", "which of the lay
members were at the board") is asked of the record of attendance, which lists them under their own label or names
each one's role: it was read as a question for a member the minutes name by what they did, and refused.

The paper is written for the test (a fictional council's standards committee), ingested with the real model.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """HARTMOOR DISTRICT COUNCIL
STANDARDS COMMITTEE
Friday, 8 November 2019

PRESENT: Mr K. Blythe (Chair)
Independent Members: P. Quayle and T. Ormerod
Parish Council Representatives: J. Fenn
Councillors: A. Daley and R. Moss
Sara Nkemelu SN Lay Member for Audit

1. APOLOGIES FOR ABSENCE
Apologies were received from Councillor V. Hart.

2. CODE OF CONDUCT COMPLAINTS
The Monitoring Officer reported that four complaints had been received since June, none of which had been upheld.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"hartmoor-standards-2019-11-08.txt": MINUTES}) as opened:
        yield opened


@pytest.mark.parametrize(("question", "names"), [
    ("which independent members were at the hartmoor standards cttee in nov 19?", ["Quayle", "Ormerod"]),
    ("which indepedent members were at hartmoor standards in nov 19", ["Quayle", "Ormerod"]),
    ("which of the lay members were at the hartmoor standards committee on 8 nov 19", ["Nkemelu"]),
    ("which of the parish reps were at hartmoor standards committee in november 2019", ["Fenn"]),
    ("which lay members were present at the hartmoor standards committee in november 2019?", ["Nkemelu"]),
])
def test_members_of_a_kind_are_the_records(committee: Minutebook, question: str, names: list[str]) -> None:
    answer = committee.ask(question)
    assert answer.found, answer.answer
    assert all(n in answer.answer for n in names), answer.answer
