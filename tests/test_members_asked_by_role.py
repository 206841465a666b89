"""Members asked after by their role group, over fictional papers written for this test (tests/fixtures/roles-asked):
a trust board's members table printing "Non-Executive Director" and "Executive Director of Finance", and a harbour
company's board listing its "(non-executive)" directors. People ask "which non execs missed the board", "did the exec
director of finance come": a role whose title holds a body's noun ("executive"), which names no body. Read as one,
the answerer refused: the papers hold no meetings of a "Non Executive"."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.bodies import bodies_named
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "roles-asked"
COMMITTEES = ["Trust Board", "Board of Directors", "Executive", "Cabinet"]


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "which non executive directors sent apologies to the trust board",
    "were all the non-execs at the board in feb",
    "did the executive director of finance come",
    "who were the nonexecutive members present",
])
def test_role_is_no_body(question: str) -> None:
    bodies, _ = bodies_named(question, COMMITTEES)
    assert not any("executive" in b.text for b in bodies), [b.text for b in bodies]


@pytest.mark.parametrize(("question", "body"), [
    ("what did the executive decide on the budget", "executive"),  # a council's executive is a body
    ("which non execs missed the trust board", "trust board"),  # the body still named beside the role
])
def test_bodies_still_named(question: str, body: str) -> None:
    bodies, _ = bodies_named(question, COMMITTEES)
    assert body in [b.text for b in bodies]


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("which non execs missed the brindlecombe trust board in february", ["Kwabena Osei-Tutu", "Petra Vanstone"],
     "could not find"),
    ("brindlecombe board - were all the non executive directors there?", ["Osei-Tutu"], "could not find"),
    ("which non-exec directors sent apologies to the wenlow harbour board", ["Ottilie Fairweather"], "could not find"),
])
def test_members_asked_by_role(asked: Minutebook, question: str, said: list[str], not_said: str) -> None:
    answer = asked.ask(question)
    assert answer.found, answer.answer
    assert all(s in answer.answer for s in said), answer.answer
    assert not_said not in answer.answer
