"""What a body did about a matter over a span of its meetings ("what did the parish council do about the solar farm
over the summer", "over the past few months"), read from a parish council's two meetings written for the test
(``fixtures/over-the-summer``):

* the question asks across meetings: each meeting that took the matter up gives its line, with what it decided on the
  item quoted, in whatever words the decision is put ("to send the response as drafted, adding a request for a
  community benefit fund");
* a planning item set out in lettered paragraphs, each with its own decision: "c) 25/00902/FUL ... RESOLVED to object"
  ends at the next paragraph, "b) Quarry Lane solar farm: RESOLVED that ..." is a decision of its own read with its
  title, and "b) RESOLVED to approve payments ..." is one too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

PAPERS = sorted((REPO / "tests" / "fixtures" / "over-the-summer").iterdir())


def test_each_lettered_paragraph_keeps_its_own_decision() -> None:
    (meeting,) = parse_file(PAPERS[0]).meetings
    decisions = {i.number: [r.text for r in i.resolutions] for i in meeting.items}
    assert decisions["25/40"] == [
        "Quarry Lane solar farm: RESOLVED that Cllrs Dyer and Whitlock draft the council's response to the scoping "
        "consultation on the solar farm for the September meeting.",
        "to object on the grounds of parking on Ferry Road. Four in favour.",
    ]
    assert decisions["25/41"] == ["to approve payments of £1,284.60 as listed in the schedule."]


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {p.name: p.read_text(encoding="utf-8") for p in PAPERS}) as mb:
        yield mb


@pytest.mark.parametrize("question", [
    "what did thornbury magna parish council do about the quarry lane solar farm over the summer",
    "what has the parish council done on the solar farm over the past few months?",
])
def test_what_a_body_did_over_a_span_gives_each_meetings_decision(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert answer.found
    assert {(str(c.meeting_date), c.minute) for c in answer.citations} >= {("2025-07-14", "25/40"),
                                                                           ("2025-09-08", "25/54")}
    assert "Cllrs Dyer and Whitlock draft" in answer.answer and "community benefit fund" in answer.answer
