"""Near misses: a question names a real subject and asks a particular of it (whom a contract went to, how another
body responded, what a survey found, a rate, a sum paid, who was absent on a day, a new holder after one who went)
that the papers do not give. The answer is "not in the papers", and the same particular, where the papers do give it,
is answered:

- a contract "award to come to the Board in May": no winner yet ("which network won ...");
- a panel's recommendation to Cabinet: no word of Cabinet's ("how did cabinet respond");
- a survey a grant is made "subject to the group providing" by a date: its findings are not in the papers;
- an action log's "2030-02 ... rate improvement plan": a reference number, no rate;
- the person named only in the attendance record, asked what they are paid;
- absentees asked of a day no meeting was held on;
- a tribute to a chair who died, asked who the new chair is;
- the spaces a pool has, where the papers count only the extra ones a neighbour would give;
- what a building sells for, where the papers give only the savings its sale brings.

The papers are written for the test (tests/fixtures/near-misses-23e), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "near-misses-23e"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "which primary care network won the urgent treatment centre contract in tarnwick",
    "how did brackenfold cabinet respond to the panel's leisure centre recommendations",
    "what did the ashbury vale housing needs survey find",
    "whats the swimming participation rate in brackenfold",
    "what's ashbury vale paying dennis whitlock for the warden work",
    "ashbury vale councillors absent on 19 march 2030 - who?",
    "ashbury vale after cllr mellor died - new chair appointed? who",
    "how many parking spaces does westmere pool have of its own in brackenfold",
    "ashbury vale selling the old pavilion - what's the sale value",
])
def test_refused(asked: Minutebook, question: str) -> None:
    answer = asked.ask(question)
    assert not answer.found, (question, answer.answer)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said"), [
    ("which provider won the community podiatry contract at tarnwick", "Tarnwick Foot Health Partnership"),
    ("what's the occupancy rate of brackenfold's community centre halls", "61%"),
    ("what is ashbury vale paying for the grass cutting", "£2,340"),
    ("ashbury vale councillors absent on 12 march 2030 - who?", "Fenwick"),
    ("how many parking spaces does the eastgate leisure centre have in brackenfold", "120"),
    ("what's the sale value of ashbury vale's old scout hut", "£15,000"),
])
def test_answered(asked: Minutebook, question: str, said: str) -> None:
    answer = asked.ask(question)
    assert answer.found, (question, answer.answer)
    assert said in answer.answer, (question, said, answer.answer)
