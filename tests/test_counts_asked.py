"""A count asked ("how many people can't get an nhs dentist") is refused where the quotes give only shares and spans
of time on the subject ("46% of adults had seen an NHS dentist in the previous 24 months"): a rate counts no one. A
count printed beside a rate is answered, as is a part of a whole asked by its share ("how many of the practices are
taking new patients": "12% of dental practices") and a count of the unit a span is printed in ("how many hours a
week").

Papers in tests/fixtures/counts-asked/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from service.figures_asked import not_counts
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "counts-asked"


papers = papers_fixture(PAPERS)


def test_shares_and_spans_count_nothing_asked() -> None:
    said = "Only 46% of adults had seen a dentist in the previous 24 months, and 1,210 were waiting."
    assert "46" not in not_counts("how many people are waiting", said)
    assert "24" not in not_counts("how many people are waiting", said)
    assert "1,210" in not_counts("how many people are waiting", said)
    assert "46%" in not_counts("how many of the adults saw a dentist", said)
    assert "24 months" in not_counts("how many months was it", said)
    assert "71%" in not_counts("how many want a clinic", "71% of respondents said they would prefer a clinic")


def test_a_share_is_no_count_of_people(papers: Minutebook) -> None:
    answer = papers.ask("how many people in corranby can't get an nhs dentist")
    assert not answer.found
    answer = papers.ask("how many people in corranby are waiting for a hip or knee operation")
    assert answer.found and "1,210" in answer.answer


def test_a_share_answers_a_part_of_a_whole(papers: Minutebook) -> None:
    answer = papers.ask("how many of corranby's dental practices are taking new adult nhs patients")
    assert answer.found and "12%" in answer.answer
    answer = papers.ask("how many hours a week is the corranby dental helpline staffed")
    assert answer.found and "40 hours" in answer.answer


def test_a_surveys_share_answers_how_many_want_it(papers: Minutebook) -> None:
    answer = papers.ask("how many corranby residents want a saturday morning clinic")
    assert answer.found and "71%" in answer.answer
