"""Which item of several holds the answer, and the facts of it quoted (class 29b of round 29):

- what came of a matter asked by the body it went to, named as where it happened ("what happend at planning", "what
  happened in council with ..."): the decision, with how the vote that carried it came out (a casting vote);
- a person's thing asked in the possessive ("quilliam's request", "mrs ellery's letter"): the item naming that person,
  not one whose title only shares the thing's words (the person's name says what, not where);
- a sum asked by the noun of what a service is paid with, "how much" away from it ("garden bin subscription next year
  - how much"): the item giving the sum, not one printing the noun beside a count;
- a question in two parts whose first part is answered by a lead-in and its table or list: the lead-in and every row,
  not the last row alone (and a later part's answer repeating them adds nothing);
- who was given a contract, where a later meeting took the award up again (a call-in): the award itself.

The papers are written for the test (tests/fixtures/items-asked-29b), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutebook.model import Citation
from service.core import Minutebook
from service.evidence import asks_money
from service.facts import CAME_OF
from service.question_parts import with_part
from service.schemas import Answer
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "items-asked-29b"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    # what came of it, asked by the body it went to
    ("mill farm holloway 45 houses - what happend at planning?", ["REFUSED", "casting vote"], []),
    ("brackley vale planning 4 march: larch close extension, what happened at committee", ["APPROVED"], ["REFUSED"]),
    ("what happened in council with the assembly room hire rise at harrowgate fell", ["casting vote", "£24"], []),
    # a person's thing, in the possessive
    ("quilliam's request to see mill farm again - put off till which meeting?", ["April meeting"], []),
    ("mrs ellery's letter on the shelter glass - what reply did they agree", ["replaced by the end of June"], []),
    ("brennan's dispensation form - what meeting was it put back to?", ["June meeting"], ["Abbott and Foy"]),
    # a sum asked by the noun of what is paid
    ("how much's the garden bin subscription next year at carrow", ["£49"], ["12,900"]),
    ("brown bin subscription 2037/38 at carrow and stenby - how much", ["£49"], ["12,900"]),
    ("allotment rent next year at harrowgate fell, how much?", ["£38"], []),
    # a lead-in with its table or list, as the first part's answer
    ("q2 overspend at dunmere cabinet, and which service area is most over", ["£4.8 million", "Children's Services"],
     []),
    ("carrow stenby waste q1 overspend, and what was the biggest pressure", ["£640,000", "vehicle hire"], []),
    # the award, not only the call-in taking it up
    ("who won the grounds maintenance contract at dunmere", ["Greenway Landscapes Ltd", "awarded"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.real_model
def test_award_cited_before_call_in(asked: Minutebook) -> None:
    answer = answered(asked, "who got the grounds maintenance contract at dunmere?", ["Greenway Landscapes Ltd"])
    assert answer.citations[0].item_title.startswith("Grounds Maintenance Contract"), answer.answer


@pytest.mark.real_model
def test_lead_in_listed_once(asked: Minutebook) -> None:
    answer = answered(asked, "carrow stenby waste q1 overspend, and what was the biggest pressure", ["£640,000"])
    assert answer.answer.count("made up of the following pressures") == 1, answer.answer


@pytest.mark.parametrize(("question", "came_of"), [
    ("what happend at planning with the quarry site", True),
    ("the hire rise - what happened in cabinet", True),
    ("what went on at committee over the depot", True),
    ("what happened at the meeting", False),
    ("what happened at the site visit", False),
])
def test_came_of_by_body(question: str, came_of: bool) -> None:
    assert bool(CAME_OF.search(question)) is came_of


@pytest.mark.parametrize(("question", "money"), [
    ("garden bin subscription next year - how much", True),
    ("how much is the allotment rent going to be", True),
    ("the brown bin fee for 2027, how much?", True),
    ("how much waste was collected", False),
])
def test_money_asked_by_noun(question: str, money: bool) -> None:
    assert asks_money(question) is money


def _cited(n: int, quote: str) -> Citation:
    return Citation(n=n, committee="Cabinet", meeting_date=dt.date(2036, 2, 10), item_title="Budget Monitoring",
                    document="cabinet.html", quote=quote)


def test_part_keeps_lines_of_its_quote() -> None:
    """A later part's quote of several lines (a lead-in and its table) is added whole, marked on its last line."""
    noted = "That the forecast be noted."
    first = Answer(answer=f"{noted} [1]", found=True, citations=[_cited(1, noted)])
    table = "An overspend of £4.8 million was reported.\nArea\tVariance\nAdults\t+1.8\nChildren\t+3.6"
    more = Answer(answer=f"{table} [1]", found=True, citations=[_cited(1, table)])
    joined = with_part(first, more)
    assert joined.answer == f"That the forecast be noted. [1]\n{table} [2]"
    assert [c.n for c in joined.citations] == [1, 2]
    again = Answer(answer="Children\t+3.6 [1]", found=True, citations=[_cited(1, "Children +3.6")])
    assert with_part(joined, again).answer == joined.answer  # words the answer already gives add nothing
