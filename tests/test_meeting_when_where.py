"""When and where a meeting was held: the time and venue its header prints, or the clerk's opening line.

Three fictional bodies' papers, written for these tests, print the start in the ways minutes do: on the header's
date line after the date ("Tuesday 9 July 2024 at 6.30 pm"), before the date in a header run into one line with
the attendance ("Minutes of a Meeting of Brookhaven Parish Council held at 7.15pm on Monday 3 June 2024 at the
Village Hall ... Present: ..."), and in the minutes' first item ("The meeting commenced at 10.05am."). "What time
did X start / kick off", "start time" ask for that time; "what time did X finish" is still the closing line, and
"what time is the next meeting" the next meeting's. The venue is asked many ways ("what room", "whereabouts",
"location of the ... meeting", "was it online?", "was it held in the village hall?"); a header's "Venue: Remote" is
said as held remotely. The contact a council website prints under the venue ("Contact: Priya Natt") answers "who's the
contact for ...", "who do I email about the ... meeting". Ingested with the real model, asked through ``Minutebook``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_minutebook

KESTREL = """Kestrel Vale District Council
Licensing Committee
Tuesday 9 July 2024 at 6.30 pm
Venue: Committee Room 2, Kestrel House

Present: Councillors A. Mbeki (Chair), P. Rowntree and H. Lisle

1. APOLOGIES
Apologies were received from Councillor Dorn.

2. TAXI LICENSING POLICY
The committee considered the draft taxi licensing policy. RESOLVED that the draft policy be approved for \
consultation.

The meeting closed at 8.10 pm.
"""

BROOKHAVEN = """Minutes of a Meeting of Brookhaven Parish Council held at 7.15pm on Monday 3 June 2024 at the \
Village Hall, Church Lane, Brookhaven BPC/24/31 Present Members: Cllr J Ashe (Chairman), Cllr M Oduya, Cllr R \
Penn and Cllr S Vale. BPC/24/32 Apologies for Absence Apologies were received from Cllr Tamsin Hale. BPC/24/33 \
Allotments The Clerk reported that two allotment plots were vacant. It was RESOLVED to advertise the plots.
"""

ORCHARD = """Orchard Hill Police and Crime Panel - Thursday, 17th September, 2020 10.30 am

Venue: Remote

Contact: Priya Natt

1. Apologies for absence
Apologies were received from Councillor Bream.

2. Police and Crime Plan update
The Panel noted the update on the Police and Crime Plan.
"""

ORCHARD_LATER = """Orchard Hill Police and Crime Panel - Thursday, 19th November, 2020 10.30 am

Venue: Remote

1. Minutes of the previous meeting
The minutes of the meeting held on 17 September 2020 were approved as a correct record.

2. Precept proposals
The Panel noted the early precept proposals.
"""

FENWICK = """FENWICK AND MARSH JOINT WASTE BOARD
Minutes of the meeting held on 12 September 2024

Members: Cllr D. Ruiz (Fenwick), Cllr K. Osei (Marsh)

1. Opening of the meeting
The meeting commenced at 10.05am. The Chair welcomed members.

2. Recycling contract
The Board noted the recycling contract update. Next meeting: 14 November 2024 at 2pm.
"""

# a parish page whose title line gives the date alone; the line under it, the date with the time
HOLLINS = """Minutes for Hollins Cross Parish Council meeting 8th May 2023
01632 960123
Minutes B12 – May 8th 2023
Minutes from council meeting on May 8th 2023 7.30pm held in the Reading Room.
Present: Councillors – Ann Pike(Chair), Tom Frith, Lena Obi

1. Apologies: Cllr Marsh(holiday)
2. Bus shelter: Council agreed to replace the glass panels.
"""

# a committee whose header prints its times as a range, and no time by its date
WYNDHAM = """Agenda Template STANDARDS COMMITTEE Friday, 10 March 2023 PRESENT: J. Carew (Chair) Councillors: P. \
Dale and S. Ivo Chamber, Wyndham House - 2.00 - 3.15 pm 1. APOLOGIES FOR ABSENCE. Apologies for absence were \
received from R. Lowe. 2. CODE OF CONDUCT TRAINING. UNANIMOUSLY RESOLVED that training be arranged for all \
members.
"""


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "kestrel-vale-district-council-licensing-committee-2024-07-09.txt": KESTREL,
            "brookhaven-parish-council-2024-06-03.txt": BROOKHAVEN,
            "fenwick-and-marsh-joint-waste-board-2024-09-12.txt": FENWICK,
            "orchard-hill-police-and-crime-panel-2020-09-17.txt": ORCHARD,
            "orchard-hill-police-and-crime-panel-2020-11-19.txt": ORCHARD_LATER,
            "hollins-cross-parish-council-2023-05-08.txt": HOLLINS,
            "wyndham-borough-council-standards-committee-2023-03-10.txt": WYNDHAM,
    }) as opened:
        yield opened


def test_start_questions_ask_for_the_start() -> None:
    day = dt.date(2024, 10, 1)
    for question in ("what time did the licensing committee start?", "when did the waste board kick off",
                     "start time for brookhaven pc in june?", "what time was the kestrel licensing meeting?"):
        assert understand(question, [], day).confidence(Intent.START) >= 0.8, question
    for other in ("what time did the licensing committee finish?", "what time is the next waste board meeting?",
                  "when did the consultation start?", "when does the taxi policy start?"):
        assert not understand(other, [], day).intents.get(Intent.START), other


def test_what_time_they_met_asks_for_the_start() -> None:
    day = dt.date(2024, 10, 1)
    for question in ("what time did the glos hwb meet in january", "what time does hollins cross pc meet",
                     "what time did cabinet sit on the 17th", "what time was it the waste board met?"):
        assert understand(question, [], day).confidence(Intent.START) >= 0.8, question
    for other in ("what time did they meet until?", "where did the waste board meet", "did the panel meet in person"):
        assert not understand(other, [], day).intents.get(Intent.START), other


def test_the_time_on_the_line_under_a_dated_title(councils: Minutebook) -> None:
    answer = councils.ask("what time did hollins cross parish council start in may")
    assert answer.found and "7.30pm" in answer.answer


def test_the_parse_reads_the_time_by_the_date_not_another(tmp_path: Path) -> None:
    paper = tmp_path / "hollins-cross-parish-council-2023-05-08.txt"
    paper.write_text(HOLLINS)
    assert parse_file(paper).meetings[0].time == "7.30pm"
    # a time printed elsewhere in the header block, not by the meeting's date, is not its start
    paper.write_text(HOLLINS.replace("May 8th 2023 7.30pm held in the Reading Room.",
                                     "May 8th 2023, held in the Reading Room. Next surgery 7.30pm."))
    assert parse_file(paper).meetings[0].time is None


def test_the_start_of_a_printed_range(councils: Minutebook) -> None:
    answer = councils.ask("what time did the wyndham standards committee meet?")
    assert answer.found and "2.00 - 3.15 pm" in answer.answer
    assert answer.citations[0].meeting_date == dt.date(2023, 3, 10)


def test_the_header_time_after_the_date(councils: Minutebook) -> None:
    answer = councils.ask("what time did the kestrel licensing committee start?")
    assert answer.found and "6.30 pm" in answer.answer
    assert answer.citations[0].meeting_date == dt.date(2024, 7, 9)
    closing = councils.ask("what time did the kestrel licensing committee finish?")
    assert closing.found and "8.10 pm" in closing.answer and "6.30" not in closing.answer


def test_the_header_time_before_the_date_in_a_run_in_header(councils: Minutebook) -> None:
    answer = councils.ask("what time did brookhaven parish council start in june")
    assert answer.found and "7.15pm" in answer.answer


def test_the_clerks_opening_line(councils: Minutebook) -> None:
    answer = councils.ask("when did the fenwick waste board meeting begin?")
    assert answer.found and "10.05am" in answer.answer
    assert answer.citations[0].item_title == "Opening of the meeting"


def test_venue_questions_ask_for_the_venue() -> None:
    day = dt.date(2024, 10, 1)
    for question in ("what room did the licensing committee use", "whereabouts was the waste board held",
                     "location of the orchard hill panel meeting?", "was the crime panel meeting online?",
                     "was brookhaven pc held in the village hall", "was the panel in september in person"):
        assert understand(question, [], day).confidence(Intent.VENUE) >= 0.8, question
    # the address of where it met, a room or building asked of two meetings, a location asked of the meeting
    for question in ("what's the address where brookhaven pc met?", "the address of the council chamber they met in",
                     "which rooms were the licensing committee and the crime panel in?",
                     "what buildings did the two committees sit in", "what location was the waste board meeting at?",
                     "the venue's address for the kestrel licensing committee"):
        assert understand(question, [], day).confidence(Intent.VENUE) >= 0.8, question
    for other in ("what's the location of the new depot?", "was the recycling contract held up?",
                  "where are we with the taxi policy?", "what did the new chairman say in his address?",
                  "which location was chosen for the defibrillator?", "what address was the licence for?"):
        assert not understand(other, [], day).intents.get(Intent.VENUE), other


def test_the_venue_asked_another_way(councils: Minutebook) -> None:
    answer = councils.ask("what room did the kestrel licensing committee use?")
    assert answer.found and "Committee Room 2, Kestrel House" in answer.answer
    answer = councils.ask("was the orchard hill crime panel meeting online?")
    assert answer.found and "held remotely" in answer.answer
    answer = councils.ask("brookhaven pc june 2024 - what's the address where they met?")
    assert answer.found and "Church Lane" in answer.answer


def test_when_and_where_the_next_meeting_was_held_remotely(councils: Minutebook) -> None:
    answer = councils.ask("when and where did the orchard hill crime panel meet after the september 2020 meeting?")
    assert answer.found and "19 November 2020" in answer.answer
    assert "held remotely" in answer.answer and "held at Venue" not in answer.answer


def test_the_contact_the_papers_name(councils: Minutebook) -> None:
    for question in ("who's the contact for the orchard hill crime panel?",
                     "who do i email about the orchard hill panel meeting"):
        answer = councils.ask(question)
        assert answer.found and "Priya Natt" in answer.answer, question
        assert answer.citations[0].meeting_date == dt.date(2020, 9, 17), question
    day = dt.date(2024, 10, 1)
    assert understand("contact officer for the waste board?", [], day).confidence(Intent.CONTACT) >= 0.8
    # a subject's contact is not a meeting's: no meeting or body named
    answer = councils.ask("who do i contact about the recycling contract?")
    assert "Priya Natt" not in answer.answer


def test_a_phone_number_the_page_prints(councils: Minutebook) -> None:
    answer = councils.ask("whats the phone number for hollins cross parish council")
    assert answer.found and "01632 960123" in answer.answer
    # a council whose papers print no number has none to give
    assert not councils.ask("what's the telephone number for the wyndham standards committee?").found
