"""A question in parts, one asking a particular of the meeting (where it was held, when it ended) and one of its
business: "was it quorate? was it in person?". The venue or time route answers one part and cannot speak to the
other; the answerer then answers each part alone and joins them, where every part is answered from the same meeting.
A part the papers do not answer still refuses the question.

Papers in tests/fixtures/particulars-in-parts/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "particulars-in-parts"


papers = papers_fixture(PAPERS)


def test_quorum_and_manner_asked_together(papers: Minutebook) -> None:
    answer = papers.ask("ashcombe ccg governing body feb 23 - was it quorate? was it held in person?")
    assert answer.found
    assert "quorate" in answer.answer and "Microsoft Teams" in answer.answer
    assert {c.meeting_date for c in answer.citations} == {dt.date(2023, 2, 9)}


def test_a_business_part_and_the_venue(papers: Minutebook) -> None:
    answer = papers.ask("tarnley town council jan 2024 - how much did the christmas lights cost? "
                        "which room were they in?")
    assert answer.found
    assert "£4,250" in answer.answer and "Jubilee Room" in answer.answer
    answer = papers.ask("tarnley town council jan 2024 - are they keeping the christmas lights supplier? "
                        "where did they meet?")
    assert answer.found
    assert "same supplier" in answer.answer and "Jubilee Room" in answer.answer


def test_a_part_the_papers_do_not_answer_refuses_the_question(papers: Minutebook) -> None:
    answer = papers.ask("tarnley town council jan 2024 - what did the new bus shelter cost? where was it held?")
    assert not answer.found
    answer = papers.ask("ashcombe ccg governing body feb 23 - who asked the public questions? was it online?")
    assert not answer.found
