"""Questions typed with a slip of the keys are read as meant: a council's name mistyped ("thornbry" for Thornbury,
named only by its papers' headings and file names), a long month's name mistyped ("Octtober"), and a word the papers
print with a letter doubled or swapped ("meetting"). Three fictional parish councils, ingested with the real model
and asked through the service's ``Minutebook``; the slips were found by typing the development questions again with
one letter wrong (``minutebook eval`` on perturbed copies), where a council's or month's name mistyped had been
refused or answered from another council's papers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.spelling import Speller
from service.core import Minutebook
from tests.conftest import papers_minutebook

THORNBURY_OCT = """THORNBURY PARISH COUNCIL
Minutes of the Parish Council Meeting held on Tuesday 8th October 2024 at 7.30pm in the Village Hall

Present: Cllrs Alice Marsden (Chair), Peter Quinn, Ruth Oyelaran

24/101 Apologies
Apologies were received from Cllr Simon Hale.

24/102 Defibrillator
The clerk reported that the defibrillator cabinet at the old phone box had been damaged. RESOLVED – to replace the \
cabinet at a cost of £650.

24/103 Date of next meeting
The next meeting will be held on Tuesday 12th November 2024 at 7.30pm.
"""

THORNBURY_NOV = """THORNBURY PARISH COUNCIL
Minutes of the Parish Council Meeting held on Tuesday 12th November 2024 at 7.30pm in the Village Hall

Present: Cllrs Alice Marsden (Chair), Simon Hale, Ruth Oyelaran

24/111 Apologies
Apologies were received from Cllr Peter Quinn and Cllr Dora Wilkes.

24/112 Defibrillator
The clerk confirmed that the new defibrillator cabinet had been fitted and checked.

24/113 Date of next meeting
The next meeting will be held on Tuesday 10th December 2024 at 7.30pm.
"""

KELBROOK = """KELBROOK PARISH COUNCIL
Minutes of the Parish Council Meeting held on Monday 11th November 2024 at 7pm in the Pavilion

Present: Cllrs Janet Boyce (Chair), Omar Siddiqui, Fay Turner

24/88 Apologies
Apologies were received from Cllr Gordon Lyle.

24/89 Defibrillator
Members noted that the defibrillator at the pavilion had not yet been checked this year.
"""


@pytest.fixture(scope="module")
def parishes(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "thornbury-parish-council-2024-10-08.txt": THORNBURY_OCT,
            "thornbury-parish-council-2024-11-12.txt": THORNBURY_NOV,
            "kelbrook-parish-council-2024-11-11.txt": KELBROOK,
    }) as opened:
        yield opened


@pytest.mark.parametrize("typed", ["thornbry", "thornbuyr", "thonrbury"])
def test_a_councils_name_mistyped_is_that_council(parishes: Minutebook, typed: str) -> None:
    answer = parishes.ask(f"has {typed} had the defib checked?")
    assert answer.found and {str(c.meeting_date) for c in answer.citations} <= {"2024-10-08", "2024-11-12"}
    assert "pavilion" not in answer.answer.lower()  # not Kelbrook's defibrillator


@pytest.mark.parametrize("month", ["Octtober", "octber", "Ocotber"])
def test_a_long_months_name_mistyped_is_that_month(parishes: Minutebook, month: str) -> None:
    answer = parishes.ask(f"who sent apologies to thornbury in {month}?")  # not the latest meeting, November's
    assert answer.found and "Hale" in answer.answer and "Quinn" not in answer.answer
    assert {str(c.meeting_date) for c in answer.citations} == {"2024-10-08"}


def test_a_short_word_near_a_month_is_no_month() -> None:
    speller = Speller.of_texts(["The meeting was held in March at Welton le Marsh."])
    assert speller.correct_word("marsh") == "marsh"  # printed: never changed


def test_a_printed_words_slip_is_put_right_and_its_other_forms_are_left() -> None:
    speller = Speller.of_texts(["The meeting was held. Members decided to defer it. Councillor Brown spoke."])
    assert speller.correct_word("meetting") == "meeting"  # a letter doubled
    assert speller.correct_word("counicllor") == "councillor"  # two swapped
    assert speller.correct_word("meetings") == "meetings"  # a plural the papers' stems find as it is
    assert speller.correct_word("decides") == "decides"  # another tense, not a slip


def test_the_meeting_after_asked_with_a_slip(parishes: Minutebook) -> None:
    answer = parishes.ask("thornbury met on 8 october 2024 - when was the meetting after that?")
    assert answer.found and "12" in answer.answer and "November" in answer.answer


HARBOUR = """PORTHCURRAN HARBOUR TRUST
Minutes of the meeting of the Board of Trustees held on Thursday 10th October 2024 at 2pm in the Harbour Office

Present: Mr Ewan Trago (Chair), Mrs Jenna Rosewarne, Mr Col Pengelly

31 Slipway repairs
The Harbour Master reported that the slipway had cracked in two places. RESOLVED – that the slipway be repaired \
before the winter at a cost of £12,400.

32 Harbour dues
The harbour dues for moorings in the inner harbour were reviewed. The Board agreed that the harbour wall \
and the harbour steps be inspected in the spring.
"""

PANEL = """MARCHLAND POLICE AND CRIME PANEL
Minutes of the meeting held on Friday 11th October 2024 at 10am at County Hall

Present: Cllr Nia Powell (Chair), Cllr Huw Jenkins, Mr Alun Davies

12 Police and Crime Plan
The Commissioner said that the rural crime team went out to every farm watch meeting in the summer. The Panel noted \
the update on the plan.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "porthcurran-harbour-trust-board-of-trustees-2024-10-10.txt": HARBOUR,
            "marchland-police-and-crime-panel-2024-10-11.txt": PANEL,
    }) as opened:
        yield opened


@pytest.mark.parametrize("typed", ["haarbour", "harbuor", "hrabour"])
def test_a_word_of_a_bodys_name_mistyped_is_that_body(bodies: Minutebook, typed: str) -> None:
    answer = bodies.ask(f"what did the {typed} trust board agree about the slipway?")
    assert answer.found and {str(c.meeting_date) for c in answer.citations} == {"2024-10-10"}, answer.answer


def test_a_place_no_paper_prints_is_no_slip_for_a_word_they_print(bodies: Minutebook) -> None:
    # "gwent" is an edit from "went", which the panel's minutes print; a word naming no council is not what was meant
    answer = bodies.ask("what did the gwent police and crime panel say about rural crime?")
    assert not answer.found, answer.answer
    assert "Gwent" in answer.answer


# A slip in the topic's own word ("remmembrance") was put right for reading the question but not for its meaning:
# the item on it ranked by its words alone, below every item both searches returned. A word a paper prints only in
# an item's title ("Quarterly") and a question's own verbs ("decide", "chair") are known to the speller too.
HARWICK = """HARWICK PARISH COUNCIL
Minutes of the meeting held on Monday 10th November 2025 at 7pm in the Reading Room

Present: Cllrs Nora Pike (Chair), Owen Reed, Pam Stokes

25/12 REMEMBRANCE SUNDAY
A wreath will be laid at the war memorial by the Chair. Resolved: that £30 be given to the Poppy Appeal.

25/13 QUARTERLY FINANCE REPORT
The clerk presented the figures for July to September. Resolved: that the report be noted.

25/14 PLAYING FIELD
The goalposts had been repaired. Resolved: that the grass be cut fortnightly until the end of October.

25/15 BUS SHELTER
Resolved: that the clerk obtain three quotes for a new bus shelter on Mill Road.
"""


@pytest.fixture(scope="module")
def harwick(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"harwick-parish-council-2025-11-10.txt": HARWICK}) as opened:
        yield opened


@pytest.mark.parametrize(("question", "minute"), [
    ("what did harwick decdie about remmembrance sunday?", "25/12"),
    ("what did harwick deccide about the quuarterly finance report?", "25/13"),
])
def test_a_slip_in_the_topics_word_finds_the_item(harwick: Minutebook, question: str, minute: str) -> None:
    answered = harwick.ask(question)
    assert answered.found and answered.citations[0].minute == minute, answered.answer


def test_a_slip_in_the_question_verb_is_that_verb(harwick: Minutebook) -> None:
    answered = harwick.ask("who chared harwick parish council in november 2025?")
    assert answered.found and "Nora Pike" in answered.answer, answered.answer


def test_of_two_words_as_near_the_one_the_slip_sounds_like_is_meant() -> None:
    # "presept" is one letter from "present" and from "precept": it sounds like the precept, however often the papers
    # print "present"
    speller = Speller.of_texts(["Members present: A, B. Members present agreed. Those present noted the precept."])
    assert speller.correct_word("presept") == "precept"
    assert speller.correct_word("presnt") == "present"


def test_a_plurals_slip_is_put_right_by_its_singular() -> None:
    speller = Speller.of_texts(["GRANT APPLICATIONS. The grant was awarded."])
    assert speller.correct_word("grnats") == "grants"
    assert speller.correct_word("grnat") == "grant"


def test_a_plural_no_printed_word_is_one_slip_from_is_left_as_typed() -> None:
    speller = Speller.of_texts(["The matter is urgent. Code compliance data was received."])
    assert speller.correct_word("argents") == "argents"  # another first letter: a name, not a slip of "urgent"
    assert speller.correct_word("complaints") == "complaints"  # two letters from "compliance": another word
