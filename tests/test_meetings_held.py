"""When the bodies asked about met, asked of the papers people have ("when did each of the council's meetings we have
take place", "when did the parish council meet?"): each meeting of those bodies with its date, cited to its record.
Not when a body met after another meeting, nor the meeting that took up a subject. The papers are written for the
test: a parish council's three meetings and its planning committee's one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.meetings_held import HELD_ASKED, NOT_HELD
from tests.conftest import papers_minutebook


def parish(date: str, number: int, business: str) -> str:
    return f"""WYCHBOLD MAGNA PARISH COUNCIL
Minutes of the Parish Council meeting held on {date} at 7.30pm in the Village Hall, Wychbold Magna

Present: Cllr R. Astley (Chair), Cllr F. Oduya, Cllr P. Lindqvist, Cllr D. Harte.
In attendance: Mrs S. Kemble (Clerk).

{number}/25 Apologies
None.

{number + 1}/25 {business}
"""


PAPERS = {
    "wychbold-magna-parish-council-2025-01-14.txt": parish(
        "Tuesday 14 January 2025", 101, "Precept 2025/26\nRESOLVED that the precept for 2025/26 be set at £18,400."),
    "wychbold-magna-parish-council-2025-03-11.txt": parish(
        "Tuesday 11 March 2025", 121, "Allotments\nThe Clerk reported a waiting list of 14 for the Mill Lane "
        "allotments.\nRESOLVED that two plots be split into half plots."),
    "wychbold-magna-parish-council-2025-05-13.txt": parish(
        "Tuesday 13 May 2025", 141, "Bus shelter\nRESOLVED that the Clerk obtain quotes for a new bus shelter."),
    "wychbold-magna-parish-council-planning-committee-2025-02-04.txt": """WYCHBOLD MAGNA PARISH COUNCIL
PLANNING COMMITTEE
Minutes of the meeting of the Planning Committee held on Tuesday 4 February 2025 at 7.00pm in the Village Hall

Present: Cllr F. Oduya (Chair), Cllr D. Harte, Cllr P. Lindqvist.

PC/25/03 Application 25/0042/FUL, Orchard Barn
RESOLVED to raise no objection.
""",
}


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, PAPERS) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "when did each of the wychbold magna parish council meetings we have take place?",
    "when did wychbold magna parish council meet",
    "when were the wychbold magna parish council's meetings held?",
])
def test_worded_as_asking_the_dates_held(question: str) -> None:
    assert HELD_ASKED.search(question) and not NOT_HELD.search(question)


@pytest.mark.parametrize("question", [
    "when did wychbold magna parish council next meet",
    "when did the parish council meet after the march meeting",
    "when was the last wychbold magna meeting held",
])
def test_the_next_or_last_meeting_is_not_asked_so(question: str) -> None:
    assert not (HELD_ASKED.search(question) and not NOT_HELD.search(question))


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "when did each of the wychbold magna parish council meetings we have take place?",
    "when did the wychbold magna parish council meet in 2025",
])
def test_each_meeting_of_the_body_is_dated_and_cited(council: Minutebook, question: str) -> None:
    answer = council.ask(question)
    assert answer.found, answer.answer
    for said in ("14 January 2025", "11 March 2025", "13 May 2025"):
        assert said in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2025-01-14", "2025-03-11", "2025-05-13"}


@pytest.mark.real_model
def test_the_meeting_that_took_up_a_subject_is_not_every_meeting(council: Minutebook) -> None:
    answer = council.ask("when did wychbold magna parish council meet to discuss the allotments?")
    assert "14 January 2025" not in answer.answer, answer.answer


@pytest.mark.real_model
def test_the_meeting_after_another_is_cited_to_the_record_that_dates_it(council: Minutebook) -> None:
    answer = council.ask("wychbold magna - the parish council met on 14 jan 25, when did it meet after that?")
    assert answer.found, answer.answer
    assert "11 March 2025" in answer.answer, answer.answer
    cited = answer.citations[0]
    assert cited.meeting_date.isoformat() == "2025-03-11" and cited.minute is None
    assert not cited.item_title.startswith("Attendance"), cited  # the header that prints the date, not who came
