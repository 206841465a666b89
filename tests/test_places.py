"""A question that names a council or place is answered from that council's papers alone.

Two fictional parish councils, both minuted as "Parish Council" and named only by their papers' file names (as
councils' minutes pages export them): a question naming one must never be answered from the other's minutes,
whatever the other's words match. Ingested with the real model and asked through the service's ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from entry.compose import open_minutebook
from index.embedder import Embedder
from minutebook.settings import Settings
from service.core import Minutebook
from tests.conftest import build_store, papers_minutebook

OAKHURST = """Minutes of the Parish Council Meeting
Held on Monday 4th March 2024 at 7.30pm in the Village Hall

Present: Cllrs Amelia Hartley (Chair), Dev Patel, Rosa Greene

24/31 Apologies
Apologies were received from Cllr Tom Blackwood and Cllr Nia Evans.

24/32 Declarations of Interest
There were no declarations of interest.

24/33 Allotments
The council discussed the waiting list for allotments. RESOLVED – to create four half plots at the Mill Lane site.
Members asked about publicity. A note will be added to the noticeboard about the new half plots.

24/34 Date of next meeting
The next meeting will be held on Monday 8th April 2024 at 7.30pm.
"""

MILLBROOK = """Minutes of the Parish Council Meeting
Held on Wednesday 13th March 2024 at 7pm in the Pavilion

Present: Cllrs Joan Whitaker (Chair), Sam Oduya, Laura Finch

24/51 Apologies
Apologies were received from Cllr Peter Mayhew.

24/52 Bus Shelter
Members considered quotations for replacing the bus shelter on the High Street. RESOLVED – to accept the \
quotation of £4,200 from Parkside Joinery.

24/53 Date of next meeting
The next meeting will be held on Wednesday 10th April 2024 at 7pm.
"""


ASHBY = """Minutes of the Parish Council Meeting
Held on Monday 5th February 2024 at 7pm in the Reading Room

Present:
Cllr Ken Ashworth (Chair)
Cllr Beth Lyle
Cllr Omar Reid

24/11 Apologies
None.

24/12 Footpaths
RESOLVED – to ask the County Council to clear the footpath by the church.
"""


@pytest.fixture(scope="module")
def two_parishes(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "oakhurst-parish-council-2024-03-04.txt": OAKHURST,
            "millbrook-parish-council-2024-03-13.txt": MILLBROOK,
            "ashby-parish-council-2024-02-05.txt": ASHBY,
    }) as opened:
        yield opened


def test_attendance_of_the_council_named(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("who couldn't make the oakhurst meeting?")
    assert answer.found and "Blackwood" in answer.answer
    assert "Mayhew" not in answer.answer
    answer = two_parishes.ask("Who sent apologies to Millbrook in March?")
    assert answer.found and "Mayhew" in answer.answer and "Blackwood" not in answer.answer


def test_next_meeting_of_the_council_named(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("when is millbrook's next meeting?")
    assert answer.found and "10th April 2024" in answer.answer
    assert {str(c.meeting_date) for c in answer.citations} == {"2024-03-13"}


def test_a_next_meeting_the_named_councils_papers_do_not_give_is_not_found(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("when is ashby's next meeting?")
    assert not answer.found and answer.citations == []  # not the footpath resolution, not another council's date


def test_a_count_of_apologies_is_counted_from_the_record(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("how many councillors sent apologies to the oakhurst meeting?")
    assert answer.found and answer.answer.count("2 sent apologies") == 1 and "Blackwood" in answer.answer
    assert "Apologies were received from Cllr Tom Blackwood" in answer.citations[0].quote  # the words counted


def test_a_list_printed_one_name_a_line_is_quoted_whole(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("who was at the ashby meeting?")
    assert answer.found and all(name in answer.answer for name in ("Ashworth", "Lyle", "Reid"))
    assert len(answer.citations) == 1  # one quote for the list, not one a name


def test_where_the_named_council_met(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("where was the millbrook meeting held?")
    assert answer.found and "the Pavilion" in answer.answer and "Village Hall" not in answer.answer
    assert answer.citations[0].quote == "the Pavilion"  # as the header prints it


def test_a_commitment_in_the_minutes_prose_is_a_follow_up_with_its_status(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("has oakhurst put the note about the half plots on the noticeboard yet?")
    assert answer.found and answer.status is not None and answer.status.value == "outstanding"
    assert "noticeboard" in answer.answer and answer.citations[0].minute == "24/33"


def test_a_decision_of_another_council_is_not_the_named_councils(two_parishes: Minutebook) -> None:
    answer = two_parishes.ask("what did millbrook decide about the bus shelter?")
    assert answer.found and "Parkside Joinery" in answer.answer
    answer = two_parishes.ask("what did oakhurst decide about the bus shelter?")
    assert not answer.found and answer.citations == []  # only Millbrook's minutes speak of it


def test_the_meeting_after_one_is_the_next_in_the_papers(tmp_path_factory: pytest.TempPathFactory,
                                                        embedder: Embedder) -> None:
    """No paper announces the date, but the papers hold the next meeting: its minutes, approving the earlier ones."""
    papers = tmp_path_factory.mktemp("later")
    (papers / "kingsmead-parish-council-2024-06-03.txt").write_text(
        "Minutes of the Parish Council Meeting\nHeld on Monday 3rd June 2024 at 7pm in the Village Hall\n\n"
        "Present: Cllrs Ada Lowe (Chair), Ben Marsh\n\n"
        "24/40 Minutes\nThe minutes of the meeting held on 13th May 2024 were approved as a correct record.\n\n"
        "24/41 Play Area\nRESOLVED – to repaint the swings.\n")
    store = build_store(tmp_path_factory.mktemp("later-store"), [papers], embedder)
    with open_minutebook(Settings(store=store), embedder) as mb:
        answer = mb.ask("when did kingsmead parish council meet after their may 2024 meeting?")
        assert answer.found and "3 June 2024" in answer.answer
        assert answer.citations[0].minute == "24/40" and "13th May 2024" in answer.citations[0].quote
        assert not mb.ask("when does kingsmead parish council meet next?").found  # after June: no paper says
