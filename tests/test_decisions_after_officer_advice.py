"""A planning decision asked in everyday words ("did it get through?", "what happened with the barn conversion"),
where the item first reports the officer's advice ("recommended for refusal", "The officer recommendation was
approval"), the speakers and the debate, and then the motion and its vote. The officer's advice is not the
committee's decision: the answer must carry the motion members voted on and how the vote went.

The paper is written for the test (a fictional district council's planning committee, in plain text), ingested with
the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.evidence import records_decision, whether_decided
from service.votes import records_vote
from tests.conftest import papers_minutebook

PLANNING = """KILNSEY VALE DISTRICT COUNCIL

PLANNING COMMITTEE

Minutes of the meeting held on Wednesday 9 September 2026 at 2.00 pm in the Council Chamber, Kilnsey.

PRESENT: Councillor Harriet Moss (Chair); Councillors Abbott, Chandra, Duckworth, Ellery, Fenwick, Garside and
Holroyd.

PC/26/41  26/0318/FUL  CONVERSION OF FIELD BARN TO HOLIDAY LET, LOW GILL LANE, ARNCLIFFE

The Senior Planning Officer introduced the application, which was recommended for refusal because the barn stood
isolated in open countryside, away from any road, and its conversion would need a new track across the meadow.

The applicant, Mrs Petra Hodgson, explained that the barn was falling down and that the holiday let would pay for
its repair. Arncliffe Parish Meeting supported the application.

Councillor Ellery said that saving the barn outweighed the harm of the new track. Proposed by Councillor Ellery,
seconded by Councillor Abbott, that the application be approved contrary to the officer recommendation, because the
conversion would keep a traditional building in the landscape. On a vote, 5 members voted in favour and 3 against.
The Head of Planning was asked to draft conditions.

PC/26/42  26/0402/OUT  NINE DWELLINGS, LAND OFF STATION ROAD, HEBBLEDEN

The Principal Planning Officer presented the application for outline permission for nine houses on a paddock at
the edge of Hebbleden. The officer recommendation was approval subject to a legal agreement for three affordable
homes.

The Committee heard from:
- Mr Lionel Carr, for the Hebbleden Residents' Association, who objected because of flooding on Station Road;
- Ms Yasmin Orde, the agent, who said that the drainage scheme would hold back surface water on site.

Members were concerned that the drainage scheme had not been agreed with the Lead Local Flood Authority.

It was moved by Councillor Garside and seconded by Councillor Holroyd that the application be refused on the
grounds of flood risk. On being put to the vote the motion was carried by 6 votes to 2.

The Committee REFUSED outline planning permission for the reason given in the motion.

PC/26/43  APPEALS

The Committee noted that the appeal at Moor End Farm, Skirfare, had been dismissed by the Planning Inspectorate.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"kilnsey-vale-district-council-planning-committee-2026-09-09.txt": PLANNING}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("kilnsey vale planning - the holiday let in the field barn at low gill lane, did it get through?",
     "be approved contrary to the officer recommendation"),
    ("low gill lane barn conversion, did it get through in the end", "5 members voted in favour and 3 against"),
    ("what happened with the nine houses at station road hebbleden", "be refused on the grounds of flood risk"),
    ("what happened with the station road houses in hebbleden at kilnsey planning", "carried by 6 votes to 2"),
    ("what happened with the station road houses in hebbleden at kilnsey planning", "REFUSED outline planning"),
])
def test_the_decision_after_the_officers_advice_is_answered(papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer


def test_the_officers_advice_is_not_the_committees_decision() -> None:
    assert not records_decision("The Senior Planning Officer introduced the application, which was recommended for "
                                "refusal because the barn stood isolated in open countryside.")
    assert not records_decision("The officer recommendation was approval subject to a legal agreement.")
    # the decision taken against (or with) the advice still is one
    assert records_decision("Proposed by Councillor Ellery that the application be approved contrary to the officer "
                            "recommendation.")
    assert records_decision("Members refused the application in line with the officer recommendation.")
    assert records_decision("The officer recommendation was agreed.")


def test_how_people_ask_whether_it_was_decided() -> None:
    assert whether_decided("the barn at low gill lane, did it get through?")
    assert whether_decided("did the station road houses go through")
    assert not whether_decided("what did the officer say about getting through the gate")
    assert records_vote("On a vote, 5 members voted in favour and 3 against.")
    assert records_vote("6 councillors voted for, 2 against and 1 abstained")
    assert not records_vote("The 6 members of the panel voted on each bid.")
