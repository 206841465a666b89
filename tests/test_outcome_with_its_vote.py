"""The outcome of a matter put to the vote is the decision and the vote that carried it: "On being put to the
vote, the recommendation was carried by 6 votes to 2." then "RESOLVED that the application ... has not been
accepted". Asked "outcome?" or "what did they decide", the answer gives both.

The papers are written for the test (a fictional county committee), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

COMMITTEE = """MARSHFORD COUNTY COUNCIL
PLANNING AND REGULATION COMMITTEE
Minutes of the meeting held on Wednesday 10 April 2024 at 10.00 am at County Hall

Present: Cllr A Bly (Chairman), Cllr C Dow, Cllr E Fry, Cllr G Hale, Cllr J Kay

14. DECLARATIONS OF INTEREST

None.

15. SKATE PARK, ORCHARD LANE, WESTHAM

The Planning Officer presented the application for a concrete skate park with floodlights. Eleven objections had \
been received, mainly about noise in the evenings.

On being put to the vote, the recommendation to grant permission was carried by 4 votes to 1.

RESOLVED that planning permission be granted subject to the conditions in the report, with the floodlights to be \
switched off by 9.00 pm.

16. MINERALS SITE, HOLLOW FARM

The Planning Officer presented the application to extend sand extraction at Hollow Farm for a further five years.

Upon a vote, the motion to refuse was carried by 3 votes to 2.

RESOLVED that planning permission be refused because of the effect of lorry traffic on the village.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"marshford-planning-2024-04-10.txt": COMMITTEE}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "vote"), [
    ("orchard lane skate park at marshford - outcome?", "4 votes to 1"),
    ("what did the committee decide on the hollow farm sand extraction", "3 votes to 2"),
])
def test_the_outcome_is_the_decision_and_its_vote(committee: Minutebook, question: str, vote: str) -> None:
    answer = committee.ask(question)
    assert answer.found and vote in answer.answer
