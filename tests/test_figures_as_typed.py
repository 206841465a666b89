"""Figures as people type them: "per 1k" is the "per 1,000" the minutes print, and a figure named before the
question's words ("fly-tipping per 1k - what was it in march vs june") is the figure asked for, at each meeting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.evidence import stems
from service.facts import figure_first
from tests.conftest import papers_minutebook

MARCH = """BRAYFORD AND HULME JOINT ENVIRONMENT COMMITTEE
Minutes of the meeting held on Wednesday 6 March 2024 at 2.00 pm, Brayford Civic Offices

Present: Councillor T. Okafor (Chair); Councillors Reddy, Sallis and Whitmore.

14. STREET CLEANSING PERFORMANCE
The Neighbourhoods Manager presented the quarterly report.
- Fly-tipping reports: 38 per 1,000 households, against a target of 25.
- Streets graded acceptable for litter: 91%.
Members asked that enforcement patrols be increased in the town centre.
RESOLVED: That the report be noted.

15. WINTER SERVICE PLAN
The Highways Manager said the fleet plan assumed 6 new gritting vehicles for the winter of 2025/26, at a cost met from
the vehicle replacement reserve.
RESOLVED: That the winter service plan be approved.

16. DATE OF NEXT MEETING
The next meeting will be held on Wednesday 12 June 2024.
"""

JUNE = """BRAYFORD AND HULME JOINT ENVIRONMENT COMMITTEE
Minutes of the meeting held on Wednesday 12 June 2024 at 2.00 pm, Hulme Town Hall

Present: Councillor T. Okafor (Chair); Councillors Reddy, Sallis and Whitmore.

21. FLY-TIPPING ENFORCEMENT
The Enforcement Lead reported that the patrols had issued 46 fixed penalty notices since April. Fly-tipping reports \
had fallen to 29 per 1,000 households, still above the target of 25.
RESOLVED: That the patrols continue until March 2025.

22. FREEDOM TO SPEAK UP - ANNUAL REPORT
The Guardian reported that 41 concerns had been raised by staff, 12 of them anonymously.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "brayford-hulme-jec-2024-03-06.txt": MARCH,
            "brayford-hulme-jec-2024-06-12.txt": JUNE,
    }) as opened:
        yield opened


def test_a_figure_typed_short_is_the_number_the_papers_print() -> None:
    assert stems("per 100k") == stems("per 100,000") == stems("per 100000")
    assert stems("a £1.5m grant") == stems("a £1,500,000 grant")
    assert "90.8%" in stems("90.8% of pupils")  # a percentage is its own figure


def test_a_figure_named_before_the_question_words_is_what_is_asked() -> None:
    assert figure_first("missed bins per 100k - what were they in june")
    assert figure_first("fostring recrutment numbers??")
    assert figure_first("how did holiday club numbers compare between summer and winter?")
    assert not figure_first("what are the clerk's phone numbers")
    assert not figure_first("did we ever get the domestic abuse figures we asked for?")  # whether, not how many
    assert not figure_first("what did the committee decide about the phone numbers list")


def test_a_figure_asked_of_two_meetings_is_each_meetings_figure(committee: Minutebook) -> None:
    answer = committee.ask("fly tipping per 1k - what was it in march vs june?")
    assert answer.found
    assert "38 per 1,000" in answer.answer and "29 per 1,000" in answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2024-03-06", "2024-06-12"}


def test_a_figure_a_meeting_gave_is_that_meetings_whatever_year_it_is_of(committee: Minutebook) -> None:
    """"how many trucks did they say in march": the March meeting's figure, though it is of the winter of 2025/26;
    and the fleet's "vehicles" are the trucks people ask about."""
    answer = committee.ask("how many new gritting trucks did they say they'd need in march?")
    assert answer.found and "6 new gritting vehicles" in answer.answer


def test_what_is_counted_is_the_last_word_of_what_the_question_counts(committee: Minutebook) -> None:
    """"how many speak up concerns": "41 concerns had been raised" under "FREEDOM TO SPEAK UP - ANNUAL REPORT"."""
    answer = committee.ask("how many speak up concerns were raised at the joint environment cttee?")
    assert answer.found and "41 concerns" in answer.answer
