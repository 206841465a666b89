"""Who was there, in which role, who declared, asked as people ask it (class 25c of round 25):

- "who was sub for cllr X": a substitute, in the chat word "sub" (not a sub-committee);
- "the member who joined at 7.20", "names of absentees, plus ...": a late arrival asked by its time, the absentees by
  their names, two things joined by "plus";
- who chaired a joint meeting whose minute appointing the chair says it with a verb ("... chair the joint meeting");
- who was away when an adjourned meeting took up again, noted in the item it resumed, not under a heading;
- who left the room and for what, where the sentence saying it follows the declaration naming the member ("She/He left
  the room");
- the holders of a post asked with its field ("which directors of public health were absent"), answered with those
  lines and the minute of apologies that minutes them "as above".

The papers are written for the test (tests/fixtures/who-was-there-25c), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from minutebook.vocabulary import written_out
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "who-was-there-25c"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("harrowfield licensing june 2029 - who was sub for cllr oakes", ["Rosalind Kettlewell"], []),
    ("harrowfield licensing cttee 11/6/29: who were the absentees, plus the cllr who joined at 7.20",
     ["Martin Oakes", "Denise Farrar", "Jean Cartwright"], []),
    ("harrowfield licensing in june - which councillor turned up at 7.20pm", ["Jean Cartwright"], ["Bilal Hussain"]),
    ("harrowfield licensing june - which cllr went out of the room, and for what", ["Stuart Nevin", "left the room"],
     []),
    ("brynhafod: who was in the chair when audit and governance and ethics met jointly", ["Huw Jarman"], []),
    ("strathbeg housing got adjourned to the 11th - anyone away when it restarted?", ["Niall Ogilvie"], []),
    ("wyvern vale icb july 2029 - which directors of public health were away", ["Ian Feltham", "Anita Sharrock"],
     ["Lorna Whitcombe"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.real_model
def test_joint_chair_cites_the_appointment(asked: Minutebook) -> None:
    answer = asked.ask("brynhafod joint audit meeting in may - who chaired it?")
    assert answer.found
    assert any(c.item_title.startswith("Election of Chair") for c in answer.citations)


@pytest.mark.real_model
def test_post_away_cites_the_minute_of_apologies(asked: Minutebook) -> None:
    answer = asked.ask("wyvern vale icb july 2029 - which directors of public health were away")
    assert answer.citations and all(c.minute == "WV/2930/041" for c in answer.citations)


@pytest.mark.parametrize(("question", "written"), [
    ("who was sub for cllr oakes", "who was substitute for cllr oakes"),
    ("was there a sub for her", "was there a substitute for her"),
    ("the licensing sub for june", "the licensing sub-committee for june"),  # a sub-committee's meeting, not a
    # substitute (written out as the papers print it since round 31)
])
def test_sub_for_someone(question: str, written: str) -> None:
    assert written_out(question) == written


@pytest.mark.parametrize("question", [
    "which member joined at 11.15",
    "names of absentees at the board",
    "which directors of finance were absent",
])
def test_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE in cue_intents(question)


@pytest.mark.parametrize("question", [
    "which scheme joined at 2029 prices",  # a figure's basis, not someone arriving
])
def test_not_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)
