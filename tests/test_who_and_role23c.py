"""Who was there, in which role, and who declared, asked as people ask it (class 23c of round 23):

- a substitute asked as someone "sitting in for" another, under a record's "SUBSTITUTE:" line;
- a member who "got to" the meeting late, and one who "headed off before the end", noted under the record ("left the
  meeting at 8.05 pm during item 6."): the record's lines, with the time;
- "who was in the chair for <the committee>": the chair, not the vice-chair whose line names the ward;
- "why didn't X vote": the declaration that kept them out of the vote;
- "the presiding member ... + the absentees": "Presiding:" and "Apology:", the record's parts both;
- another body's officers at a meeting asked for by name ("constabulary reps at ... - names?"), and posts asked as
  absent ("which directors were absent");
- a committee named beside its council ("the harlow bay fire policy cttee on 4/6/27") where another council holds a
  committee of those words: the named council's meeting of that day, not a refusal.

The papers are written for the test (tests/fixtures/who-and-role-23c), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "who-and-role-23c"


asked = papers_fixture(PAPERS, "*.txt")


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("brackenmoor licensing in may - was anybody sitting in for another member", ["Fairclough", "Dunstan"], []),
    ("which councillor got to the brackenmoor licensing meeting late", ["Pell", "7.20 pm"], []),
    ("brackenmoor licensing cttee - did any member head off before the end?", ["Ormsby", "8.05 pm"], []),
    ("who was in the chair for brackenmoor licensing in may", ["Tranter (Chair)"], []),
    ("why didnt hensley vote on the taxi fares", ["pecuniary interest", "did not vote"], []),
    ("presiding member at corrie vale's may council + the two absentees?", ["H T Maguire", "Rafferty", "D Quinn"],
     []),
    ("westshire constabulary reps at corrie vale's may council - names?", ["P Lavery", "C Mulholland"], []),
    ("list the harlow bay fire substitutes at the 4/6/27 policy cttee and who they stood for",
     ["Anya Stokes", "Owen Treharne"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize(("question", "intent"), [
    ("was anyone sitting in for someone else at the panel", Intent.ATTENDANCE),
    ("did someone slip away early from the board", Intent.ATTENDANCE),
    ("who got there late", Intent.ATTENDANCE),
    ("which finance directors were absent", Intent.ATTENDANCE),
    ("why did cllr jones not vote", Intent.DECLARATION),
])
def test_asked_as_people_ask(question: str, intent: Intent) -> None:
    assert intent in cue_intents(question)


@pytest.mark.parametrize("question", [
    "why did the council vote for the plan",  # a body's reasons, no member kept out
    "why did they not approve it",
    "which officers at the council recommended refusal",  # no names asked
])
def test_not_asked_as_attendance_or_declaration(question: str) -> None:
    cues = cue_intents(question)
    assert Intent.ATTENDANCE not in cues and Intent.DECLARATION not in cues
