"""A commitment asked for in everyday words: "has the clerk promised the survey by a date", "who owes us a report on
the pool", "wasn't the treasurer meant to meet the auditors", "was someone supposed to write to the bus company". The
minutes record it as an action ("agreed to obtain ... by", "undertook to meet ... before", "to write to ... by"); the
follow-up register answers, with who owns it, when it is due and where it stands. The papers are written for the test
(a fictional town council), ingested with the real model into a real store and asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from service.core import Minutebook
from tests.conftest import papers_minutebook

COUNCIL = """ORCHARDLEIGH TOWN COUNCIL
Minutes of the meeting of Orchardleigh Town Council held on Monday 11 March 2024 at 7.00pm in the Guildhall

Present: Cllr Meg Ashby (Mayor, in the Chair), Cllrs Dev Rao, Lin Cho and Pat Quill.
In attendance: Mr Sam Tovey (Town Clerk), Mrs Ivy Pratt (Treasurer).

TC/24/31 APOLOGIES

None.

TC/24/32 FOOTPATHS

Members discussed the condition of the Mill Lane footpath. The Town Clerk agreed to obtain a condition survey of \
the footpath by 30 April 2024.

TC/24/33 SWIMMING POOL

Cllr Rao asked about the future of the open-air pool. RESOLVED: That the Leisure Officer bring a report on the \
future of the open-air pool to the Council by September 2024.

TC/24/34 ACCOUNTS

The Treasurer undertook to meet the external auditors before the end of May 2024 to agree the audit timetable.

TC/24/35 BUS SERVICES

Residents had complained about the cut to the number 7 bus. The Mayor to write to Westway Buses by 31 March 2024.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"orchardleigh-town-council-2024-03-11.txt": COUNCIL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("orchardleigh - has the town clerk promised the mill lane footpath survey by a date?", "30 April 2024"),
    ("who owes the council a report on the open-air pool, and by when", "September 2024"),
    ("wasn't the treasurer meant to meet the external auditors? by when", "end of May 2024"),
    ("was someone supposed to write to westway buses about the number 7", "31 March 2024"),
    # the action's own words name less of the subject than its item does: the item the question finds holds it
    ("orchardleigh - the state of the mill lane footpath, who owes members a survey and by when", "30 April 2024"),
    ("the residents' complaints about the number 7 bus cut - who promised to take it up?", "Westway"),
    ("orchardleigh accounts - the audit timetable, who's supposed to sort it with the external auditors",
     "end of May 2024"),
])
def test_a_commitment_asked_in_everyday_words_is_the_action(council: Minutebook, question: str, said: str) -> None:
    answer = council.ask(question)
    assert answer.found and said in answer.answer, answer.answer
    assert answer.status is not None, answer.answer


@pytest.mark.parametrize("question", ["when is fibre broadband supposed to reach the village",
                                      "when is the new bus shelter meant to go in"])
def test_when_a_thing_is_expected_is_not_who_was_to_do_it(question: str) -> None:
    assert understand(question, [], None).confidence(Intent.FOLLOWUP) < 0.8
