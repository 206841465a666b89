"""Attendance and declarations as any paper lays them out and anyone asks (class 28a of round 28):

- substitutes printed under a label of their own, one a line, only the first line printing the label ("Substitute
  Members: Cllr A (for Cllr B)" / "Cllr C (for Cllr D)"), or noted beside a name in the list of those present
  ("(deputising for Cllr X)"), asked in everyday idioms ("who stood in for whom", "whose seat-warmer", "covering for");
- a late arrival noted in a line of its own under the record ("Councillor X arrived at 10.15 am, during item 3",
  "Cllr Y arrived late at 7.52pm"), read as part of the record and asked without a verb of coming ("somebody was
  late", "latecomers", "stragglers");
- who was away when an adjourned meeting took up again, noted in the item that adjourned it ("It resumed on ...
  Those present at the first sitting attended, except Councillor X"), asked of the body without a date: the meeting
  that was adjourned, not the body's latest;
- an interest declared part-way through an item ("In the course of the discussion, Cllr X disclosed that ..."), read
  as a declaration on that item, and giving why the member left;
- the interest asked as the member's link to the matter ("whats cllr x's link to the farm application");
- whether a member could vote given the interest ("was X allowed to vote on ..."): the dispensation beside the
  declaration ("to speak, but not vote").

The papers are written for the test (tests/fixtures/attendance-asked-28a), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from ingest.readers import read_source
from ingest.structure import parse_text
from service.core import Minutebook
from service.record_parts import asked_part
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "attendance-asked-28a"

asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    # substitutes under their own label, each line one member sitting for another
    ("harrowfield licensing committee in march - who stood in for whom?", ["Whitcombe", "Varga"], ["Dunmore"]),
    ("who subbed for hebblethwaite at the harrowfield licensing cttee", ["Varga"], []),
    # a substitute noted beside a name, asked as an idiom
    ("oduya couldn't get to the fellgate health scrutiny panel - who was her seat warmer?", ["Sian Marsh"], []),
    ("fellgate joint panel: who was covering for cllr oduya", ["Sian Marsh"], []),
    # a late arrival in a line of its own under the record, asked without a verb of coming
    ("somebody was late to the harrowfield licensing committee - who, and at what time?", ["Penrose", "10.15 am"],
     ["Whitcombe"]),
    ("any latecomers at oxley parish council in may 2032", ["Wren", "7.52pm"], ["Sowerby"]),
    ("stragglers at the oxley parish meeting, when did they turn up", ["Wren"], []),
    # the sitting after an adjournment, of the body asked without a date
    ("brackwater fire authority - who didn't make it back after they adjourned and came back?", ["Nuttall"],
     ["Whitby"]),
    # an interest declared part-way through an item
    ("why did hobday leave the room during the allotment track item at oxley", ["brother-in-law"], []),
    # the interest asked as the member's link to the matter
    ("what's cllr hobday's connection with the low field allotments track", ["brother-in-law"], []),
    # whether a member could take part, given the interest: the dispensation beside the declaration
    ("was fenn allowed to vote on the bowls club lease at pelham, seeing she's their secretary?",
     ["dispensation", "speak, but not vote"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize("question", [
    "somebody was late to the planning meeting, who",
    "any latecomers?",
    "were there late arrivals at the panel",
    "stragglers at the parish council in may",
    "whose seat-warmer was cllr kent",
    "cllr lowe couldnt come - who took her seat",
])
def test_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE in cue_intents(question)


@pytest.mark.parametrize("question", [
    "was the audit late with its returns",
    "anyone late with their rent payments?",
    # those behind with something owed, and a member taking up their own seat
    "the stragglers on the register of interests forms - who is still to send one",
    "did the new member sign the declaration before she took her seat",
    "was the form signed on taking his seat",
])
def test_not_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)


@pytest.mark.parametrize(("question", "declared"), [
    ("whats cllr ellis's link to the farm application", True),
    ("what is councillor dunn's relationship with the applicant", True),
    ("what's the council's link to its twin town", False),
])
def test_link_asked_as_interest(question: str, declared: bool) -> None:
    assert (Intent.DECLARATION in cue_intents(question)) is declared


def test_substitutes_listed_under_their_label() -> None:
    """Every line under a label of substitutes is one who sat for another, though only the first prints the word."""
    record = ("PRESENT: Councillor R. Amis (Chair)\nCouncillors B. Cole and D. Fox\n"
              "SUBSTITUTES: Councillor E. Gold (for Councillor H. Ives)\nCouncillor J. Kemp (for Councillor L. Mott)\n"
              "APOLOGIES: Councillors H. Ives and L. Mott")
    parts = asked_part(record, "who subbed for who", set())
    assert any("Gold" in p for p in parts) and any("Kemp" in p for p in parts)
    assert not any("Cole" in p for p in parts)


def test_late_arrival_read_into_the_record() -> None:
    """A line under the record noting a member's late arrival at a time is part of the record, not an item."""
    path = PAPERS / "harrowfield-district-council-licensing-committee-2032-03-04.txt"
    meeting = parse_text(read_source(path), path.name, "0" * 64).meetings[0]
    assert "Councillor Penrose arrived at 10.15 am" in meeting.attendance_text
    assert all("arrived at 10.15" not in i.text for i in meeting.items)
