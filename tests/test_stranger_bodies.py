"""A body named by a word the papers never print is not one of theirs, though its kind's words match one: "the
Dunsford police and crime panel" is not Ormsby's, whose papers say "police and crime panel" too. A word that names
the council, its venue, its initials or a committee's is theirs, and a typing slip is corrected first.

Fictional papers written for the test, ingested with the real model and asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PANEL = """ORMSBY POLICE AND CRIME PANEL
Minutes of the meeting held at County Hall, Ormsby on Thursday 9 November 2017 at 10.00am

Present: Cllr Rees (Chair), Cllr Lamb, Mr Odell (co-opted).

14. POLICE AND CRIME COMMISSIONER'S ANNUAL REPORT

Members asked about the Commissioner's pledge to reinvest in the town centre CCTV network. The Commissioner said \\
£240,000 had been set aside for new cameras in 2018.

RESOLVED that the annual report be noted.
"""

PLANNING = """HARTWELL DISTRICT COUNCIL
PLANNING COMMITTEE
Minutes of the meeting held at the Village Hall, Kelby on Wednesday 8 November 2017 at 7.00pm

Present: Cllr Dane (Chair), Cllrs Ames and Blake.

P/17/88 APPLICATION 17/0411 - SOLAR FARM, KILNHURST

RESOLVED that planning permission be granted subject to a landscaping condition.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    files = {"ormsby-police-and-crime-panel-2017-11-09.txt": PANEL,
             "hartwell-district-council-planning-committee-2017-11-08.txt": PLANNING}
    with papers_minutebook(tmp_path_factory, embedder, files) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "what did the dunsford police and crime panel say about cctv reinvestment in nov 2017?",
    "what did the westmoor planning committee decide on the kilnhurst solar farm?",
    "how much has the brackley police and crime panel set aside for cctv cameras?",
])
def test_a_body_named_by_a_word_no_paper_prints_is_refused(papers: Minutebook, question: str) -> None:
    refused = papers.ask(question)
    assert not refused.found and "hold no meetings" in refused.answer, refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("what did the ormsby police and crime panel say about cctv reinvestment in nov 2017?", "CCTV"),
    ("what did the ormsbey police and crime panel say about cctv reinvestment?", "CCTV"),  # a slip
    ("what did the kelby planning committee decide on the kilnhurst solar farm?", "granted"),  # its venue
    ("what did the hdc planning committee decide on the kilnhurst solar farm?", "granted"),  # its initials
])
def test_a_body_named_by_the_papers_own_words_is_answered(papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer
