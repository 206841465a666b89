"""A promise or a report asked for, asked after by the matter that prompted it rather than by its own words: "the
sports hall leak at brackley - who owes us a report and by when" for "the Property Manager provide members with a
written report on the Brackley roof repairs by 31st January 2025", whose item says the rain came through the sports
hall ceiling; "cllr yeadon wanted the parish grants list - has someone promised it by a date" for "The Finance Manager
agreed to send the list ...", after "Councillor Yeadon asked for a list of the grants made to each parish council".
The action is the one asked about: its owner and date, and where it stands.

The paper is written for the test (a district council committee, typed minutes), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "actions-by-their-matter"


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text() for p in PAPERS.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "minute", "said"), [
    ("hembury - the sports hall leak at brackley, who owes members a report and by when", "CS 42",
     ("Property Manager", "31st January 2025")),
    ("cllr yeadon wanted the parish grants breakdown, has someone promised it by a date?", "CS 43",
     ("Finance Manager", "13th December 2024")),
])
def test_an_action_asked_by_its_matter_is_the_one_answered(committee: Minutebook, question: str, minute: str,
                                                          said: tuple[str, ...]) -> None:
    answered = committee.ask(question)
    assert answered.found, answered.answer
    assert answered.citations[0].minute == minute, answered.answer
    assert all(s in answered.answer for s in said), answered.answer
    assert answered.status == ActionStatus.OUTSTANDING, answered.answer


def test_the_matter_alone_names_no_action(committee: Minutebook) -> None:
    # the hire charges were held, not asked of anyone: no promise is made of the sports hall's charges
    answered = committee.ask("hembury - who owes members an update on the swimming pool boiler and by when")
    assert not any("Property Manager" in c.quote for c in answered.citations), answered.answer
