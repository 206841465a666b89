"""How long deciding takes, asked ("how long is the council taking to decide local planning apps compared to
target", "how quickly are householder applications decided", "the average time taken to decide major applications"):
a performance figure the papers report, not a decision to look for; "what did they decide" still is one. The
committees and papers are written for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from index.spelling import Speller
from service.core import Minutebook
from tests.conftest import papers_minutebook

COMMITTEES = ["Brackley Vale Town Council", "Planning Committee"]
PAPERS = ["Brackley Vale Town Council. The Planning Committee decided the quarry application.", *COMMITTEES]
LATEST = dt.date(2024, 3, 12)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.of_texts(PAPERS)


@pytest.mark.parametrize("question", [
    "how long is the council taking to decide local planning apps compared to target",
    "how quickly are householder applications decided at brackley vale",
    "what's the average time taken to decide major applications",
])
def test_how_long_deciding_takes_is_no_decision(question: str, speller: Speller) -> None:
    assert understand(question, COMMITTEES, LATEST, speller).confidence(Intent.RESOLUTION) < 0.5


def test_what_was_decided_is_still_a_decision(speller: Speller) -> None:
    plan = understand("what did the planning committee decide about the quarry", COMMITTEES, LATEST, speller)
    assert plan.confidence(Intent.RESOLUTION) >= 0.5


PERFORMANCE = """MARSHBY DISTRICT COUNCIL
PLANNING COMMITTEE
Minutes of the meeting of the Planning Committee held on Tuesday 10 October 2023 at 6.00pm in the Council Chamber

Present: Councillor Ros Dean (Chair), Councillors Al Fox and Bea Grey.

PL/23/61 APOLOGIES

None.

PL/23/62 PLANNING PERFORMANCE - QUARTER 1 2023/24

The Development Manager reported that householder applications had taken an average of 7.2 weeks against a target \
of 8 weeks, and major applications an average of 14.9 weeks against the statutory 13 weeks.

RESOLVED: That the report be noted.

PL/23/63 LAND AT QUARRY FARM

RESOLVED: That planning permission be refused.
"""


@pytest.fixture(scope="module")
def planning(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"marshby-planning-committee-2023-10-10.txt": PERFORMANCE}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


@pytest.mark.parametrize(("question", "figure"), [
    ("how long is marshby taking to decide householder apps compared to target", "7.2 weeks"),
    ("how quickly are major applications being decided at marshby", "14.9 weeks"),
    ("marshby planning - average time taken to decide householder applications?", "7.2 weeks"),
])
def test_how_long_deciding_takes_is_answered_by_the_figure(planning: Minutebook, question: str, figure: str) -> None:
    answer = planning.ask(question)
    assert answer.found and figure in answer.answer, answer.answer
