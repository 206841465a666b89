"""Who holds a post the minutes name someone by (tests/fixtures/post-holders, a fictional audit committee's minutes
written for this test): the minute says "The Head of Finance reported ...", and only the record of attendance names
the holder ("M. Okoro, Head of Finance"). "Who is the head of finance that reported the underspend" is answered with
both; a question that asks no holder ("what did the head of finance report") is not given the record's line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from service.post_holders import HOLDER_ASKED
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "post-holders"


audit = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "asked"), [
    ("who is the head of finance that reported the q3 underspend to the brackenmoor audit committee?", True),
    ("who's the internal audit manager who said 14 audits were done", True),
    ("and who was the officer that reported on the car park income audit?", True),
    ("what did the head of finance report about the underspend?", False),
    ("who did the committee ask to report on the reserves?", False),
])
def test_a_holder_asked(question: str, asked: bool) -> None:
    assert bool(HOLDER_ASKED.search(question)) is asked


def test_the_record_names_the_holder(audit: Minutebook) -> None:
    answered = audit.ask("who is the head of finance that reported the q3 underspend to the brackenmoor audit "
                         "committee in february 2024?")
    assert answered.found, answered.answer
    assert "underspend of £212,000" in answered.answer  # what the minute says they reported
    assert "M. Okoro, Head of Finance" in answered.answer  # and who they are, from the record
    assert any(c.item_title.startswith("Attendance and apologies") for c in answered.citations)


def test_the_manager_named_for_the_audits(audit: Minutebook) -> None:
    answered = audit.ask("who's the internal audit manager who told the brackenmoor audit committee that 14 audits "
                         "had been completed?")
    assert answered.found, answered.answer
    assert "R. Vane" in answered.answer


def test_no_holder_asked_no_record(audit: Minutebook) -> None:
    answered = audit.ask("what did the head of finance report about the underspend at the brackenmoor audit "
                         "committee?")
    assert answered.found, answered.answer
    assert "Okoro" not in answered.answer
