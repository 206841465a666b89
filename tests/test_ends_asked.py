"""When something ends, asked (a contract's term, someone's time in a post), is refused where the cited items give
times of other things on the subject; answered where a clause gives a time with the word of that end.

- "when does the brightside contract run out": a performance report on the contract, for April to June 2024;
- "what date does Mr Adeyemi leave": his notice of retirement, and the date of interviews for his successor;
- the twins: a contract that "expires on 31 March 2026"; an officer who "would leave the Council on 30 November 2024".

Papers in tests/fixtures/ends-asked/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from service.ends_asked import ENDS
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "ends-asked"


papers = papers_fixture(PAPERS)


def test_an_end_is_read_from_how_people_ask() -> None:
    def asked(q: str) -> bool:
        return any(a.search(q) for a, _ in ENDS)
    assert asked("when does the bin contract run out") and asked("what date does mrs woods actually leave")
    assert asked("when's the lease on the depot expire")
    assert not asked("when will the bypass be finished")  # works completed: a time of any kind says it
    assert not asked("when did they agree the contract")


def test_a_contracts_report_period_is_not_its_end(papers: Minutebook) -> None:
    answer = papers.ask("when does the brenholt brightside waste collection contract run out")
    assert not answer.found
    answer = papers.ask("when does brenholt's greenway grounds maintenance contract expire")
    assert answer.found and "31 March 2026" in answer.answer


def test_a_successors_interviews_are_not_the_leaving_date(papers: Minutebook) -> None:
    answer = papers.ask("brenholt - what date does mr adeyemi actually leave as head of environmental services?")
    assert not answer.found
    answer = papers.ask("brenholt - when does ms quayle leave as waste strategy officer?")
    assert answer.found and "30 November 2024" in answer.answer
