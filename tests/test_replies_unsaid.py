"""Another body's word asked for, where the papers name that body only as written to, met or asked, is refused; where
the papers print its word (a reply reported, a letter from it, its reply noted), it is answered.

- "what did the county council say about the mill lane weight limit": the council resolved to write to it;
- "what did the canal trust say about the towpath": the clerk is to meet the trust;
- "did the commissioner respond to the rural crime recommendations": the panel asked him to respond by a date;
- the twins: the county council's reply on a 20mph limit reported by the clerk, a letter from a rivers trust objecting
  to an outfall, the commissioner's reply on a contract.

Papers in tests/fixtures/replies-awaited/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from service.replies_unsaid import body_named
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "replies-awaited"


papers = papers_fixture(PAPERS)


def test_the_body_asked_is_read_from_how_people_ask() -> None:
    assert body_named("what did the county council say about the 20mph on church st") == ["county", "council"]
    assert body_named("has the canal trust ever replied about the towpath") == ["trust"]
    assert body_named("what was the rivers trust's response to the outfall") == ["trust"]
    assert body_named("what did cllr tremlett say about the towpath") is None  # a person, read elsewhere
    assert body_named("what did the council say about the towpath") is None  # the council whose minutes they are
    assert body_named("has the speed survey come back to the council yet") is None  # a report, not a reply


def test_a_body_only_written_to_has_said_nothing(papers: Minutebook) -> None:
    answer = papers.ask("ashwell magna - what did the county council say about the mill lane weight limit?")
    assert not answer.found and "County Council" in answer.answer
    answer = papers.ask("what did the county council say about the 20mph on church street in ashwell magna")
    assert answer.found and "2025/26" in answer.answer


def test_a_body_only_to_be_met_has_said_nothing(papers: Minutebook) -> None:
    answer = papers.ask("what did the severn vale canal trust say about the towpath repairs at ashwell magna")
    assert not answer.found
    answer = papers.ask("what did the ashbrook rivers trust say about the pound meadow outfall")
    assert answer.found and "trout" in answer.answer


def test_a_reply_asked_for_by_a_date_has_not_come(papers: Minutebook) -> None:
    answer = papers.ask("did the harnford commissioner respond to the panel's rural crime recommendations")
    assert not answer.found
    answer = papers.ask("what did the harnford commissioner reply about the victims services contract")
    assert answer.found and "March 2027" in answer.answer


def test_a_reply_said_to_be_awaited_answers_whether_it_came(papers: Minutebook) -> None:
    answer = papers.ask("did the environment agency ever reply to ashwell magna about the pound meadow footpath "
                        "flooding")
    assert answer.found and "awaited" in answer.answer
    # what it said is not given by its reply being awaited
    answer = papers.ask("what did the environment agency say to ashwell magna about the pound meadow footpath "
                        "flooding")
    assert not answer.found
