"""A meeting's particulars where a PDF's text was flattened onto one line: ModernGov's printed minutes put the venue
and the meeting's times on a line of their own under the officers in attendance ("Committee Room 3, Neuadd Dinas -
Neuadd Dinas, Heol y Castell, Caerwen. CW4 7QX. - 2.00 - 3.40 pm"), and flattening runs that line on after the last
officer's post. The venue and the start are read from it, the last officer is read as a person, and a question
asking where (or whether people could join from elsewhere) of two meetings gets a line for each. The papers are
written for the test: a Welsh county council's audit committee (flattened PDF text) and its licensing committee
(the council website's page, a hybrid meeting)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

PAPERS = REPO / "tests" / "fixtures" / "headers-run-on"
AUDIT = PAPERS / "caerwen-county-council-audit-and-governance-committee-2024-03-05.txt"
LICENSING = PAPERS / "caerwen-county-council-licensing-committee-2024-06-13.txt"


def test_the_venue_and_times_run_on_after_the_officers_are_the_meetings() -> None:
    (meeting,) = parse_file(AUDIT).meetings
    assert meeting.venue == "Committee Room 3, Neuadd Dinas - Neuadd Dinas, Heol y Castell, Caerwen. CW4 7QX"
    assert meeting.time == "2.00"
    # the last officer is a person, and no part of the address is one
    assert meeting.in_attendance == ["C. Ferrand", "J. Abernethy", "M.E. Lloyd"]
    assert "Neuadd" not in meeting.attendance_text


def test_an_officer_written_after_the_last_word_of_a_role_is_read() -> None:
    from ingest.people import people

    names = [p.name for p in people("A. Rowe, Head of Law and Governance B.C. Dunn, Scrutiny Officer")]
    assert names == ["A. Rowe", "B.C. Dunn"]


def test_a_line_ending_in_times_with_no_officer_before_it_is_left_whole() -> None:
    # the venue cannot be told from what runs on before it: nothing is made of it
    from ingest.cleaning import _venue_line_apart

    piece = "Councillors: A. Lloyd and B. Morris Council Chamber, Town Hall - 6.00 - 7.15 pm"
    assert _venue_line_apart(piece) == [piece]


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {p.name: p.read_text(encoding="utf-8") for p in (AUDIT, LICENSING)}) as opened:
        yield opened


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "caerwen - which rooms were the audit cttee in march 2024 and the licensing committee in june 2024 held in?",
    "where did caerwen's audit committee and licensing committee each sit?",
])
def test_where_two_meetings_sat_gives_each(council: Minutebook, question: str) -> None:
    answer = council.ask(question)
    assert answer.found, answer.answer
    assert "Committee Room 3" in answer.answer and "Siambr" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2024-03-05", "2024-06-13"}


@pytest.mark.real_model
def test_what_time_a_flattened_meeting_began(council: Minutebook) -> None:
    answer = council.ask("what time did the caerwen audit committee start in march")
    assert answer.found, answer.answer
    assert "2.00" in answer.answer, answer.answer


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "caerwen - audit cttee march 2024 and licensing cttee june 2024, could people join remotely for either?",
    "caerwen audit committee (mar 24) and licensing committee (jun 24) - which had people joining online, and how",
])
def test_whether_people_could_join_from_elsewhere_is_the_venue_lines_word(council: Minutebook, question: str) -> None:
    # the attendance records say nothing of anyone joining from elsewhere: the venue lines answer, each meeting's
    answer = council.ask(question)
    assert answer.found, answer.answer
    assert "remotely" in answer.answer and "Committee Room 3" in answer.answer, answer.answer
    assert "Apologies" not in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2024-03-05", "2024-06-13"}


def test_a_hybrid_venue_is_where_the_meeting_was_held() -> None:
    from service.drafting import held_where

    assert held_where("Siambr - Neuadd Dinas, Caerwen and remotely") == \
        "held at Siambr - Neuadd Dinas, Caerwen and remotely"
    assert held_where("Virtual meeting via Zoom") == "held remotely (Virtual meeting via Zoom)"
