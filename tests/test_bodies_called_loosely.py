"""Bodies called by another name of their kind, or by their Welsh name.

Read from three fictional bodies' minutes (``fixtures/bodies-called-loosely``): a borough council's Licensing
Sub-Committee, a Welsh community council, and a clinical commissioning group's Governing Body:

* "tollerby's licensing panel" is its licensing sub-committee, "hafren valley's commissioning board" the CCG's
  Governing Body: people call a sub-committee a panel and a governing body a board;
* "cwm eithin cymuned council" is Cwm Eithin Community Council ("cymuned", Welsh for community);
* a kind nobody calls another is still not held ("tollerby's cabinet"), and neither is a body whose own words the
  council's papers do not name ("cwm eithin's planning panel", "hafren valley's planning board").
"""

from __future__ import annotations

import pytest

from service.core import Minutebook
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "bodies-called-loosely"


opened = papers_fixture(FIXTURES)


@pytest.mark.parametrize(("question", "minute", "said"), [
    ("the wharf tavern licence bid before tollerby's licensing panel - what did they decide", "LSC/26/06",
     "23:30"),
    ("what did hafren valley's commissioning board decide on the winter plan", "GB/26/42", "40 additional"),
    ("cwm eithin cymuned council - whose quote was accepted for the bus shelter", "213", "Tegid Joinery"),
])
def test_a_body_called_otherwise_is_the_body(opened: Minutebook, question: str, minute: str, said: str) -> None:
    answer = opened.ask(question)
    assert answer.found and said in answer.answer, answer.answer
    assert answer.citations[0].minute == minute


@pytest.mark.parametrize("question", [
    "what did tollerby's cabinet decide about the wharf tavern",
    "what did cwm eithin's planning panel decide on the bus shelter",
    "what did hafren valley's planning board decide on the winter plan",
])
def test_a_body_the_papers_hold_no_meetings_of_is_still_refused(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert not answer.found and "hold no meetings" in answer.answer, answer.answer
