"""Money moved between budgets, and decisions not to: a question asks whether a body agreed to 'move money' or
'shift money' from one budget to another, which minutes record as a 'transfer' or 'virement'; and a body that
'did not agree' or 'declined to approve' it has decided, as much as one that agreed.

The papers are written for the test (a fictional borough's schools forum and finance committee), ingested with the
real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.evidence import records_decision, whether_decided
from tests.conftest import papers_minutebook

FORUM = """ASHBOURNE VALE BOROUGH COUNCIL
SCHOOLS FORUM
Minutes of the meeting held on Wednesday 20 January 2021

Present: Mrs Okoro (Chair), Mr Dyer, Ms Fenwick, Mr Grant.

3. EARLY YEARS FUNDING FORMULA 2021/22

The Early Years Manager presented the proposed base rate of £4.61 an hour for three and four year olds.
RESOLVED that the early years funding formula for 2021/22 be approved.

4. SPECIALIST PROVISION BLOCK - RECOVERY PLAN

The Finance Manager set out a proposal for a transfer of 0.5% (about £610,000) from the schools block to the
specialist provision block to reduce its deficit. Mr Dyer said schools could not absorb a further cut.
The Forum did not agree the transfer. The Council would consider asking the Secretary of State to decide.
"""

FINANCE = """ASHBOURNE VALE BOROUGH COUNCIL
FINANCE AND RESOURCES COMMITTEE
Minutes of the meeting held on Tuesday 9 March 2021

Present: Councillor Price (Chair), Councillors Quinn, Rahman and Stott.

12. PLAY AREAS - CAPITAL PROGRAMME

The Parks Manager reported that the cost of new swings at Mill Lane was £21,000.
RESOLVED that £15,000 be transferred from the general reserve to the play areas budget.

13. BUS SUPPORT

The Transport Officer proposed a virement of £40,000 from the parking account to supported bus services.
Members declined to approve the virement and asked for a fuller report in June.

14. PUBLIC CONVENIENCES

The Facilities Manager proposed a transfer of £8,000 from the markets budget to reopen the Mill Lane toilets.
Members discussed opening hours and cleaning.
"""


@pytest.fixture(scope="module")
def borough(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"ashbourne-vale-borough-council-schools-forum-2021-01-20.txt": FORUM,
              "ashbourne-vale-borough-council-finance-and-resources-committee-2021-03-09.txt": FINANCE}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("did the ashbourne schools forum agree to move money from schools into specialist provision?",
     "did not agree"),
    ("did ashbourne finance back shifting money out of the parking account into buses?", "declined to approve"),
    ("did the finance cttee approve moving money from the general reserve into play areas?", "£15,000"),
    ("did the ashbourne finance committee agree to shift money from the general reserve to play areas?", "£15,000"),
])
def test_money_moved_is_a_transfer_and_a_refusal_a_decision(borough: Minutebook, question: str, said: str) -> None:
    answered = borough.ask(question)
    assert answered.found and said in answered.answer


def test_a_decision_not_to_is_a_decision() -> None:
    assert records_decision("The Forum did not agree the transfer.")
    assert records_decision("Members declined to approve the virement and asked for a fuller report.")
    assert records_decision("that £15,000 be transferred from the general reserve to the play areas budget.")
    assert not records_decision("The Finance Manager set out a proposal for a transfer of 0.5%.")


def test_money_moved_into_something_not_minuted_is_still_refused(borough: Minutebook) -> None:
    answered = borough.ask("did ashbourne finance agree to move money from the markets budget into the toilets?")
    assert not answered.found


@pytest.mark.parametrize(("question", "verb"), [
    ("did the cabinet back the proposal to close the depot?", "back"),
    ("did ashbourne finance back shifting money into buses?", "back"),
    ("what did we say back in jan 2018 about exclusions", None),
    ("did the report go back to cabinet?", None),
    ("did the clerk ever write back to the residents?", None),
])
def test_backing_a_proposal_asks_whether_it_was_decided(question: str, verb: str | None) -> None:
    assert whether_decided(question) == verb
